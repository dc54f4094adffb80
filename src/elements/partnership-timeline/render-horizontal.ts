import { html, nothing, svg, type SVGTemplateResult } from 'lit';
import { diamond } from './geometry.js';
import type { MarkLabel } from './mark-labels.js';
import { HORIZONTAL, LABEL_EM, LEAST_ROW } from './metrics.js';
import { yearGrid, yearStretch, type TimelineDrawing, type TimelineView } from './timeline-view.js';

/** In a scrolling horizontal timeline, a lane's label is repeated every so many pixels of it. */
const LANE_LABEL_EVERY = 480;

/** Time runs to the right; lanes are bands of rows, named in a column on the left. */
export const horizontal: TimelineDrawing = {
  axis(view) {
    const { geometry, period, year } = view;
    const { scale, ticks, width, k } = geometry;
    // Fitting a height, the axis gives up the room above its labels.
    const h = HORIZONTAL.axisHeight * k - (view.fit ? 8 * k : 0);
    return html`<svg class="axis" part="axis" aria-hidden="true" width=${width} height=${h}>
      <line class="axis-line" x1=${geometry.range[0]} x2=${geometry.range[1]} y1=${h - 1} y2=${h - 1}></line>
      ${yearGrid(view).map((x) => svg`<line class="tick" x1=${x} x2=${x} y1=${h - 6} y2=${h}></line>`)}
      ${ticks.map(
        (tick) =>
          svg`<text class=${`tick-label${tick === year ? ' current' : ''}`}
            x=${scale(tick + 0.5)} y=${h - 12 * k} text-anchor="middle">${tick}</text>`,
      )}
      ${
        year !== null && year >= period.start && year <= period.end
          ? svg`<path class="year-pointer" part="year-marker"
            d=${diamond(scale(year + 0.5), h - 3, 5)}></path>`
          : nothing
      }
    </svg>`;
  },

  ground(view) {
    const { geometry, text } = view;
    const { bands, width, height, labelEdge, k } = geometry;
    return svg`<g aria-hidden="true">
      ${bands.map((band, index) =>
        index % 2 === 0
          ? svg`<rect class="lane-band" x="0" y=${band.start} width=${width} height=${band.size}></rect>`
          : nothing,
      )}
      ${yearGrid(view).map((x) => svg`<line class="grid" x1=${x} x2=${x} y1="0" y2=${height}></line>`)}
      ${geometry.layout.lanes.map((lane, index) => {
        const name = text.lane(lane).short;
        const shown = text.fit(name.text, labelEdge - 16 * k, geometry.textScale, text.laneFont);
        const y = (geometry.rowOffsets[lane.firstRow] ?? 0) + geometry.rowSize / 2;
        // A lane can be thousands of pixels long in a scroll area: its name recurs in it.
        const ys = [y];
        if (view.laid.virtual) {
          const band = bands[index]!;
          const last = band.start + band.size - geometry.rowSize;
          for (let next = y + LANE_LABEL_EVERY; next < last; next += LANE_LABEL_EVERY) ys.push(next);
        }
        return ys.map(
          (at) => svg`<text class="lane-label" part="lane-label" x=${labelEdge - 10 * k} y=${at}
          text-anchor="end" dominant-baseline="central" lang=${text.langOf(name.lang)}>${shown}</text>`,
        );
      })}
    </g>`;
  },

  yearMarker(view) {
    const stretch = yearStretch(view);
    if (!stretch) return nothing;
    const { from, to, middle } = stretch;
    const { height } = view;
    return svg`<g class="year-marker" part="year-marker" aria-hidden="true">
        <rect class="year-band" x=${Math.min(from, to)} y="0" width=${Math.abs(to - from)} height=${height}></rect>
        <line class="year-line" x1=${middle} x2=${middle} y1="0" y2=${height}></line>
      </g>`;
  },

  mark(view, item, inferred) {
    const { geometry } = view;
    const top = geometry.rowOffsets[item.row] ?? 0;
    const middle = top + geometry.rowSize / 2;
    const bar = geometry.markSize;
    const x = Math.min(item.start, item.end);
    const length = Math.abs(item.end - item.start);
    const label = view.marks!.get(item);
    // The label is part of the target, which is at least 24 px wide for short spans and events.
    // A compact timeline's callout is drawn over the rows, not part of any target.
    const beside = label.outside && !view.compact;
    const from = Math.min(x, beside ? label.x : x);
    const to = Math.max(x + length, beside ? label.x + label.width : 0);
    const hitWidth = Math.max(24, to - from);
    const hit = svg`<rect class="hit" x=${(from + to) / 2 - hitWidth / 2} y=${top}
      width=${hitWidth} height=${geometry.rowSize}></rect>`;
    const text = label.text ? labelText(view, label, middle) : nothing;
    const focusable = item.key === view.tabStop;
    if (!item.span) {
      // No larger than the room the layout gave it, which labels beside it keep clear of.
      const r = Math.min(bar, length) / 2;
      const ring = focusable
        ? svg`<path class="focus-ring" d=${diamond(item.center, middle, r + 3)}></path>`
        : nothing;
      return svg`${hit}<path class="mark" d=${diamond(item.center, middle, r - 1)}></path>${text}${ring}`;
    }
    return svg`${hit}<rect class="mark" x=${x} y=${middle - bar / 2} width=${length} height=${bar} rx="3"></rect>
      ${inferred ? svg`<rect class="hatch" x=${x} y=${middle - bar / 2} width=${length} height=${bar} rx="3"></rect>` : nothing}
      ${text}
      ${
        focusable
          ? svg`<rect class="focus-ring" x=${x - 4} y=${middle - bar / 2 - 4} width=${length + 8} height=${bar + 8} rx="5"></rect>`
          : nothing
      }`;
  },

  /** Whole labels of the selected collaboration that overlay their neighbours, on a plate. */
  overlay(view) {
    const { geometry, compact } = view;
    return [...view.marks!.callouts.values()].map((label) => {
      const plate = LEAST_ROW * LABEL_EM * view.text.em * geometry.textScale;
      // Compact rows can be lower than the text: the plate keeps its size and stays inside.
      const height = compact ? plate : Math.min(geometry.rowSize, plate);
      let middle = (geometry.rowOffsets[label.row] ?? 0) + geometry.rowSize / 2;
      if (label.offRow) {
        const offset = (geometry.rowSize + height) / 2;
        middle = middle - offset >= height / 2 ? middle - offset : middle + offset;
      }
      middle = Math.max(height / 2, Math.min(geometry.height - height / 2, middle));
      return svg`<g class="callout" aria-hidden="true">
        <rect class="plate" x=${label.x - 3} y=${middle - height / 2} width=${label.width + 6}
          height=${height} rx="3"></rect>
        ${labelText(view, label, middle)}
      </g>`;
    });
  },
};

function labelText(view: TimelineView, label: MarkLabel, y: number): SVGTemplateResult {
  const { x, clip } = label;
  const end = label.end && !clip;
  const text = svg`<text class=${label.outside ? 'mark-label outside' : 'mark-label'} x=${clip ? 0 : end ? x + label.width : x}
    y=${clip ? '50%' : y} text-anchor=${end ? 'end' : 'start'} dominant-baseline="central"
    lang=${view.text.langOf(label.lang)}>${label.text}</text>`;
  if (!clip) return text;
  // The first word, cut short by a viewport, then an ellipsis.
  const height = view.geometry.rowSize;
  return svg`<svg class="clip" x=${x} y=${y - height / 2} width=${clip} height=${height}>${text}</svg>
    <text class=${label.outside ? 'mark-label outside' : 'mark-label'} x=${x + clip} y=${y}
      dominant-baseline="central">…</text>`;
}
