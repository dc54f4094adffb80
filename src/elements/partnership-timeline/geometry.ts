import type { ScaleLinear } from 'd3-scale';
import type { Collaboration } from '../../data/types.js';
import {
  layoutTimeline,
  timeScale,
  yearTicks,
  type Period,
  type TimelineGrouping,
  type TimelineItem,
  type TimelineLayout,
} from '../../time/index.js';

export type Orientation = 'horizontal' | 'vertical';

/** Pixels. Rows are 24 px so that every item is a target of at least 24 × 24 px (WCAG 2.5.8). */
export const HORIZONTAL = {
  axisHeight: 30,
  rowHeight: 24,
  barHeight: 16,
  laneGap: 10,
  padTop: 8,
  padBottom: 8,
  padRight: 16,
  eventSize: 16,
  minLabelColumn: 104,
  maxLabelColumn: 160,
};

export const VERTICAL = {
  axisWidth: 48,
  padTop: 14,
  padBottom: 14,
  padRight: 8,
  laneGap: 4,
  minColumn: 6,
  maxColumn: 16,
  eventSize: 14,
  /** Pixels per year: enough for the year labels, more when there are many items to label. */
  minYear: 48,
  maxYear: 120,
  /** Vertical room one label needs on average, used to choose the pixels per year. */
  labelAllowance: 44,
  labelGap: 6,
  titleLine: 16,
  metaLine: 15,
};

/** Average glyph width in em; text is wrapped by estimate so that no layout pass is needed. */
const GLYPH_EM = 0.56;

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
  scale: ScaleLinear<number, number>;
  /** Pixels along the time axis where the plot begins and ends. */
  range: [number, number];
  ticks: number[];
  layout: TimelineLayout;
  /** Across the time axis, the offset of each global row: y of its top, or x of its left. */
  rowOffsets: number[];
  rowSize: number;
  /** The thickness of a bar in its row. */
  markSize: number;
  bands: LaneBand[];
  /** Horizontal: the right edge of the lane label column. Vertical: where item labels begin. */
  labelEdge: number;
  /** Vertical only: the room item labels have. */
  labelWidth: number;
}

export interface GeometryOptions {
  period: Period;
  width: number;
  grouping: TimelineGrouping;
  orientation: Orientation;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
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

function itemCount(collaborations: readonly Collaboration[], grouping: TimelineGrouping): number {
  if (grouping === 'kind') return collaborations.length;
  return collaborations.reduce((sum, collaboration) => sum + new Set(collaboration.partners).size, 0);
}

/**
 * Everything that depends on the data, the size, the grouping and the orientation, and on
 * nothing else: the element computes it once per change of those, never on a year change,
 * a selection or a language switch.
 */
export function computeGeometry(
  collaborations: readonly Collaboration[],
  options: GeometryOptions,
): TimelineGeometry {
  const { period, width, grouping, orientation } = options;
  const years = period.end - period.start + 1;

  if (orientation === 'horizontal') {
    const h = HORIZONTAL;
    const labelEdge = clamp(Math.round(width * 0.16), h.minLabelColumn, h.maxLabelColumn);
    const range: [number, number] = [labelEdge, Math.max(labelEdge + years, width - h.padRight)];
    const scale = timeScale(period, range);
    const layout = layoutTimeline(collaborations, {
      grouping,
      scale,
      eventSize: h.eventSize,
      minSpanLength: 6,
    });
    const rowOffsets = offsetsOf(layout, h.padTop, h.rowHeight, h.laneGap);
    const lanesHeight = layout.rowCount * h.rowHeight + Math.max(0, layout.lanes.length - 1) * h.laneGap;
    return {
      orientation,
      width,
      height: h.padTop + lanesHeight + h.padBottom,
      scale,
      range,
      // Room for a label of four digits and some space, so that labels never touch.
      ticks: yearTicks(period, Math.floor((range[1] - range[0]) / 40)),
      layout,
      rowOffsets,
      rowSize: h.rowHeight,
      markSize: h.barHeight,
      bands: bandsOf(layout, rowOffsets, h.rowHeight, h.laneGap),
      labelEdge,
      labelWidth: labelEdge,
    };
  }

  const v = VERTICAL;
  const perYear = clamp(
    Math.ceil((itemCount(collaborations, grouping) * v.labelAllowance) / years),
    v.minYear,
    v.maxYear,
  );
  const range: [number, number] = [v.padTop, v.padTop + years * perYear];
  const scale = timeScale(period, range);
  const layout = layoutTimeline(collaborations, {
    grouping,
    scale,
    eventSize: v.eventSize,
    minSpanLength: 8,
  });
  // The marks take at most 30 % of the width, so that titles stay readable at 320 px.
  const markRoom = Math.max(0, (width - v.axisWidth) * 0.3 - layout.lanes.length * v.laneGap);
  const column = clamp(Math.floor(markRoom / Math.max(1, layout.rowCount)), v.minColumn, v.maxColumn);
  const rowOffsets = offsetsOf(layout, v.axisWidth + 4, column, v.laneGap);
  const marksEnd =
    v.axisWidth + 4 + layout.rowCount * column + Math.max(0, layout.lanes.length - 1) * v.laneGap;
  const labelEdge = marksEnd + 12;
  return {
    orientation,
    width,
    height: range[1] + v.padBottom,
    scale,
    range,
    ticks: yearTicks(period, Math.floor((range[1] - range[0]) / 20)),
    layout,
    rowOffsets,
    rowSize: column,
    markSize: Math.max(4, column - 4),
    bands: bandsOf(layout, rowOffsets, column, v.laneGap),
    labelEdge,
    labelWidth: Math.max(60, width - labelEdge - v.padRight),
  };
}

/** How many characters of a `fontSize` px font fit in `width` px, by estimate. */
export function charsThatFit(width: number, fontSize: number): number {
  return Math.max(0, Math.floor(width / (fontSize * GLYPH_EM)));
}

/** Cuts `text` to `maxChars`, marking the cut with an ellipsis. */
export function truncate(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  if (maxChars <= 1) return '…';
  return `${text.slice(0, maxChars - 1).trimEnd()}…`;
}

/** Greedy word wrap; a word longer than a line is cut, and a text longer than `maxLines` ends in "…". */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const limit = Math.max(1, maxChars);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length <= limit) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word.length > limit ? truncate(word, limit) : word;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = truncate(`${kept[maxLines - 1] ?? ''} …`, limit);
  return kept;
}

/** A vertical timeline's item label: lines of title, a line of kind or partner and period. */
export interface ItemLabel {
  key: string;
  /** Top of the label box. */
  y: number;
  height: number;
  /** Where on the time axis the item begins, so that a leader can join mark and label. */
  anchor: number;
  title: string[];
  titleLang: string;
  meta: string;
}

export interface LabelText {
  title: string;
  titleLang: string;
  meta: string;
}

/**
 * Labels go beside their marks, as close to the item's date as the label above allows:
 * pushed down rather than overlapped, in time order, so that they read top to bottom.
 */
export function placeLabels(
  geometry: TimelineGeometry,
  textOf: (item: TimelineItem) => LabelText,
): { labels: ItemLabel[]; bottom: number } {
  const v = VERTICAL;
  const titleChars = charsThatFit(geometry.labelWidth, 13);
  const labels: ItemLabel[] = [];
  let bottom = -Infinity;
  for (const item of geometry.layout.items) {
    const text = textOf(item);
    const title = wrapText(text.title, titleChars, 3);
    const height = title.length * v.titleLine + v.metaLine + 4;
    const anchor = item.span ? Math.min(item.start, item.end) : item.center;
    const y = Math.max(anchor - 6, bottom + v.labelGap);
    labels.push({ key: item.key, y, height, anchor, title, titleLang: text.titleLang, meta: text.meta });
    bottom = y + height;
  }
  return { labels, bottom: Number.isFinite(bottom) ? bottom : 0 };
}

/** A diamond of half-diagonal `r` around a point: the mark of a one-off event. */
export function diamond(cx: number, cy: number, r: number): string {
  return `M${cx},${cy - r}L${cx + r},${cy}L${cx},${cy + r}L${cx - r},${cy}Z`;
}
