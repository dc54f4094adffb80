import { nothing, svg } from 'lit';
import { diamond } from './geometry.js';
import { yearGrid, yearStretch, type TimelineDrawing } from './timeline-view.js';

/**
 * Time runs downwards along an axis on the left; marks stand in narrow lanes beside it, and
 * each item's title and details are text to their right.
 */
export const vertical: TimelineDrawing = {
  axis: () => nothing,

  ground(view) {
    const { geometry, height, year } = view;
    const { scale, ticks, width } = geometry;
    const x = geometry.v.axisWidth;
    return svg`<g class="axis" part="axis" aria-hidden="true">
      ${yearGrid(view).map((y) => svg`<line class="grid" x1=${x} x2=${width} y1=${y} y2=${y}></line>`)}
      <line class="axis-line" x1=${x} x2=${x} y1=${geometry.range[0]} y2=${Math.max(geometry.range[1], height)}></line>
      ${ticks.map(
        (tick) =>
          svg`<text class=${`tick-label${tick === year ? ' current' : ''}`}
            x=${x - 8} y=${scale(tick + 0.5)} text-anchor="end" dominant-baseline="central">${tick}</text>`,
      )}
    </g>`;
  },

  yearMarker(view) {
    const stretch = yearStretch(view);
    if (!stretch) return nothing;
    const { from, to, middle } = stretch;
    const { width } = view.geometry;
    const x = view.geometry.v.axisWidth;
    return svg`<g class="year-marker" part="year-marker" aria-hidden="true">
      <rect class="year-band" x=${x} y=${Math.min(from, to)} width=${width - x} height=${Math.abs(to - from)}></rect>
      <line class="year-line" x1=${x} x2=${width} y1=${middle} y2=${middle}></line>
    </g>`;
  },

  mark(view, item, inferred) {
    const { geometry } = view;
    const left = geometry.rowOffsets[item.row] ?? 0;
    const centre = left + geometry.rowSize / 2;
    const mark = geometry.markSize;
    const { v, k } = geometry;
    const label = view.drawn.labels?.has(item.key) === false ? undefined : view.labels.get(item.key);
    const markTop = Math.min(item.start, item.end);
    const length = Math.abs(item.end - item.start);
    const markHit = svg`<rect class="hit" x=${left - 2} y=${markTop} width=${geometry.rowSize + 4} height=${Math.max(length, v.eventSize)}></rect>`;
    const shape = item.span
      ? svg`<rect class="mark" x=${centre - mark / 2} y=${markTop} width=${mark} height=${length} rx="2"></rect>
          ${inferred ? svg`<rect class="hatch" x=${centre - mark / 2} y=${markTop} width=${mark} height=${length} rx="2"></rect>` : nothing}`
      : svg`<path class="mark" d=${diamond(centre, item.center, v.eventSize / 2 - 1)}></path>`;
    if (!label) return svg`${markHit}${shape}`;
    const labelX = geometry.labelEdge;
    const anchorX = centre + (item.span ? mark / 2 : v.eventSize / 2);
    const titleTop = label.y + 12 * k;
    const metaTop = label.y + label.title.length * v.titleLine + 12 * k;
    return svg`${markHit}
      <rect class="hit" x=${labelX - 4} y=${label.y} width=${geometry.labelWidth + 6} height=${label.height}></rect>
      <path class="leader" d="M${anchorX},${label.anchor}L${labelX - 8},${label.y + 8 * k}L${labelX - 3},${label.y + 8 * k}"></path>
      ${shape}
      <text class="item-title" x=${labelX} y=${titleTop} lang=${view.text.langOf(label.titleLang)}>${label.title.map(
        // The space ending each line keeps words apart in the item's text (and its name as
        // assistive technology reads it); at a line's end it takes no room.
        (line, index) => svg`<tspan x=${labelX} dy=${index === 0 ? 0 : v.titleLine}>${line} </tspan>`,
      )}</text>
      <text class="item-meta" x=${labelX} y=${metaTop}>${label.meta.map(
        (line, index) => svg`<tspan x=${labelX} dy=${index === 0 ? 0 : v.metaLine}>${line} </tspan>`,
      )}</text>
      ${
        item.key === view.tabStop
          ? svg`<rect class="focus-ring" x=${labelX - 6} y=${label.y - 3} width=${geometry.labelWidth + 10} height=${label.height + 4} rx="5"></rect>`
          : nothing
      }`;
  },

  overlay: () => nothing,
};
