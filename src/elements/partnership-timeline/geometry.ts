import { linearScale, type LinearScale } from '../../time/linear-scale.js';
import type { Collaboration } from '../../data/types.js';
import {
  layoutTimeline,
  timeScale,
  yearTicks,
  type Period,
  type TimelineGrouping,
  type TimelineLayout,
} from '../../time/index.js';
import { HORIZONTAL, LABEL_EM, LEAST_ROW, VERTICAL, type Orientation } from './metrics.js';
import { labelYear } from './vertical-labels.js';

// Split off by concern; re-exported so that what imported them from here still does.
export * from './metrics.js';
export * from './text-fit.js';
export * from './vertical-labels.js';

/**
 * Bounds of labels beside marks, in label font sizes, that a timeline which must fit a
 * height tries, each with and without merging lanes. 0 leaves `labelMin`.
 */
const CAPS = [Infinity, 20, 14, 10, 7, 5, 3, 0];

/** A lane's extent across the time axis: y in a horizontal timeline, x in a vertical one. */
export interface LaneBand {
  key: string;
  start: number;
  size: number;
}

export interface TimelineGeometry {
  orientation: Orientation;
  width: number;
  /** Of the plot SVG, before vertical labels, which may need more (see `placeLabels`). */
  height: number;
  scale: LinearScale;
  /** Pixels along the time axis where the plot begins and ends. */
  range: [number, number];
  ticks: number[];
  layout: TimelineLayout;
  /** Across the time axis, the offset of each global row: y of its top, or x of its left. */
  rowOffsets: number[];
  rowSize: number;
  /** The thickness of a bar in its row, and the diagonal of a diamond. */
  markSize: number;
  bands: LaneBand[];
  /** Horizontal: the right edge of the lane label column. Vertical: where item labels begin. */
  labelEdge: number;
  /** Vertical only: the room item labels have. */
  labelWidth: number;
  /** The host's font size over 16 px, which every length follows. */
  k: number;
  /** `VERTICAL` at this font size. */
  v: typeof VERTICAL;
  /**
   * Horizontal: the share of their size that texts in the plot keep; under 1 only when
   * even rows of the least height, lanes merged, do not fit the height asked for.
   */
  textScale: number;
}

export interface GeometryOptions {
  period: Period;
  width: number;
  grouping: TimelineGrouping;
  orientation: Orientation;
  /** The host's font size in pixels. Default 16. */
  em?: number;
  /**
   * Vertical only: the pixels the label of `collaboration` in `lane` needs at `labelWidth`.
   * It should hold for every language, so that a language switch moves nothing.
   */
  labelHeight?: (
    collaboration: Collaboration,
    lane: string,
    labelWidth: number,
    v: typeof VERTICAL,
  ) => number;
  /**
   * Horizontal only: the pixels of a collaboration's label (whole, and at its shortest), in
   * the label font, in whichever language is the widest. Without them, events have no labels.
   */
  labelWidth?: (collaboration: Collaboration) => number;
  labelMin?: (collaboration: Collaboration) => number;
  /** Horizontal only: the height the plot must fit in; without it, it takes what it needs. */
  fitHeight?: number;
  /**
   * Marks only (no lane names, no labels but the selected one's callout): rows need only
   * hold a mark, and text never shrinks. See the element's `compact`.
   */
  compact?: boolean;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

function scaled<T extends Record<string, number>>(metrics: T, k: number): T {
  return Object.fromEntries(Object.entries(metrics).map(([key, value]) => [key, value * k])) as T;
}

/** Rows of one lane stay together; lanes are separated by a gap so that they read as groups. */
function offsetsOf(layout: TimelineLayout, origin: number, rowSize: number, laneGap: number): number[] {
  const offsets: number[] = [];
  layout.lanes.forEach((lane, laneIndex) => {
    for (let row = lane.firstRow; row < lane.firstRow + lane.rowCount; row++) {
      offsets[row] = origin + row * rowSize + laneIndex * laneGap;
    }
  });
  return offsets;
}

function bandsOf(layout: TimelineLayout, offsets: number[], rowSize: number, laneGap: number): LaneBand[] {
  return layout.lanes.map((lane) => {
    const start = (offsets[lane.firstRow] ?? 0) - laneGap / 2;
    return { key: lane.key, start, size: lane.rowCount * rowSize + laneGap };
  });
}

function lanesOf(collaboration: Collaboration, grouping: TimelineGrouping): string[] {
  return grouping === 'kind' ? [collaboration.kind] : [...new Set(collaboration.partners)];
}

/**
 * A vertical timeline is as long as its labels need: each year gets room for the labels
 * of the items that begin in it, so that labels sit beside their year rather than drift
 * away from it in a busy stretch. Time stays linear within each year.
 */
function verticalScale(
  collaborations: readonly Collaboration[],
  period: Period,
  grouping: TimelineGrouping,
  labelWidth: number,
  labelHeight: NonNullable<GeometryOptions['labelHeight']>,
  v: typeof VERTICAL,
): LinearScale {
  const room = new Map<number, number>();
  for (const collaboration of collaborations) {
    const year = labelYear(collaboration, period);
    for (const lane of lanesOf(collaboration, grouping)) {
      room.set(year, (room.get(year) ?? 0) + labelHeight(collaboration, lane, labelWidth, v) + v.labelGap);
    }
  }
  const domain: number[] = [];
  const range: number[] = [];
  let y = v.padTop;
  for (let year = period.start; year <= period.end; year++) {
    domain.push(year);
    range.push(y);
    y += Math.max(v.minYear, (room.get(year) ?? 0) + v.labelGap);
  }
  domain.push(period.end + 1);
  range.push(y);
  return linearScale(domain, range);
}

/**
 * Everything that depends on the data, the size, the font size, the grouping and the
 * orientation, and on nothing else: the element computes it once per change of those,
 * never on a year change, a selection or a language switch.
 *
 * A horizontal timeline given `fitHeight` keeps to it: when its rows at their usual
 * height do not fit, lanes close up and rows may shrink to `LEAST_ROW` times the label
 * font. Of the layouts with labels bounded ever shorter (`CAPS`), lanes merged or not, it
 * takes the one that shows most of its labels, among those whose rows are tall enough;
 * when none is, the one of the tallest rows, whose texts then shrink with them.
 */
export function computeGeometry(
  collaborations: readonly Collaboration[],
  options: GeometryOptions,
): TimelineGeometry {
  const { period, width, grouping, orientation, em = 16, fitHeight, compact = false } = options;
  const years = period.end - period.start + 1;
  const k = em / 16;
  const v = scaled(VERTICAL, k);

  if (orientation === 'horizontal') {
    const h = scaled(HORIZONTAL, k);
    const labelEdge = compact ? 4 * k : clamp(Math.round(width * 0.16), h.minLabelColumn, h.maxLabelColumn);
    const range: [number, number] = [labelEdge, Math.max(labelEdge + years, width - h.padRight)];
    const scale = timeScale(period, range);
    const font = LABEL_EM * em;
    const { labelWidth = () => 0 } = options;
    const lay = (cap: number, eventSize = h.eventSize, maxRows?: number) =>
      layoutTimeline(collaborations, {
        grouping,
        scale,
        eventSize,
        minSpanLength: 6,
        labelWidth: options.labelWidth,
        labelCap: cap * font,
        labelMin: options.labelMin,
        labelGap: h.labelGap,
        labelBounds: [labelEdge, width - 2],
        maxRows,
      });
    let layout = lay(Infinity);
    let { rowHeight: rowSize, laneGap, padTop: pad } = h;
    let textScale = 1;
    const rowsIn = (candidate: TimelineLayout) =>
      (fitHeight! - 2 * pad - (candidate.lanes.length - 1) * laneGap) / Math.max(1, candidate.rowCount);
    if (fitHeight && rowsIn(layout) < rowSize) {
      pad = laneGap = 2 * k;
      const least = compact ? font : LEAST_ROW * font;
      const maxRows = Math.floor((fitHeight - 2 * pad) / (least + laneGap));
      const wanted = collaborations.map(labelWidth);
      const average = wanted.reduce((sum, value) => sum + value, 0) / Math.max(1, wanted.length);
      // Pixels of label shown, less twice an average label for each lane merged away.
      const lanes = layout.lanes.length;
      let best = -Infinity;
      for (const cap of CAPS) {
        for (const merge of [0, 1]) {
          const candidate = lay(cap, (least * 2) / 3, merge ? maxRows : undefined);
          const rows = rowsIn(candidate);
          let score = rows - 1e9;
          if (rows >= least) {
            score = -2 * average * (lanes - candidate.lanes.length);
            for (const item of candidate.items) score += Math.min(item.room, labelWidth(item.collaboration));
          }
          if (score > best) [best, layout] = [score, candidate];
        }
      }
      rowSize = Math.max(1, Math.min(h.rowHeight, rowsIn(layout)));
      if (!compact) textScale = Math.min(1, rowSize / least);
    }
    const rowOffsets = offsetsOf(layout, pad, rowSize, laneGap);
    const lanesHeight = layout.rowCount * rowSize + Math.max(0, layout.lanes.length - 1) * laneGap;
    return {
      orientation,
      width,
      height: pad + lanesHeight + pad,
      scale,
      range,
      // Room for a label of four digits and some space, so that labels never touch.
      ticks: yearTicks(period, Math.floor((range[1] - range[0]) / (2.5 * em))),
      layout,
      rowOffsets,
      rowSize,
      markSize: (rowSize * 2) / 3,
      bands: bandsOf(layout, rowOffsets, rowSize, laneGap),
      labelEdge,
      labelWidth: labelEdge,
      k,
      v,
      textScale,
    };
  }

  // The marks get a fixed share of the width, so that the label column, and with it the
  // room each year needs, is known before the marks are packed.
  const markArea = clamp(Math.round((width - v.axisWidth) * 0.25), 56 * k, 120 * k);
  const labelEdge = v.axisWidth + 4 * k + markArea + 12 * k;
  const labelWidth = Math.max(60 * k, width - labelEdge - v.padRight);
  const scale = verticalScale(
    collaborations,
    period,
    grouping,
    labelWidth,
    options.labelHeight ?? (() => v.titleLine + v.metaLine),
    v,
  );
  const range = [scale(period.start), scale(period.end + 1)] as [number, number];
  const layout = layoutTimeline(collaborations, {
    grouping,
    scale,
    eventSize: v.eventSize,
    minSpanLength: 8,
  });
  const gaps = Math.max(0, layout.lanes.length - 1) * v.laneGap;
  const column = clamp(
    Math.floor((markArea - gaps) / Math.max(1, layout.rowCount)),
    v.minColumn,
    v.maxColumn,
  );
  const rowOffsets = offsetsOf(layout, v.axisWidth + 4 * k, column, v.laneGap);
  return {
    orientation,
    width,
    height: range[1] + v.padBottom,
    scale,
    range,
    // Every year is labelled: each has at least the room of one label.
    ticks: yearTicks(period, years),
    layout,
    rowOffsets,
    rowSize: column,
    markSize: Math.max(2, column - 3),
    bands: bandsOf(layout, rowOffsets, column, v.laneGap),
    labelEdge,
    labelWidth,
    k,
    v,
    textScale: 1,
  };
}

/** A diamond of half-diagonal `r` around a point: the mark of a one-off event. */
export function diamond(cx: number, cy: number, r: number): string {
  return `M${cx},${cy - r}L${cx + r},${cy}L${cx},${cy + r}L${cx - r},${cy}Z`;
}
