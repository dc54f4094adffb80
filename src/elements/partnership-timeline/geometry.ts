import { linearScale, type LinearScale } from '../../time/linear-scale.js';
import type { Collaboration } from '../../data/types.js';
import {
  collaborationExtent,
  isSpan,
  layoutTimeline,
  timeScale,
  yearTicks,
  type Period,
  type TimelineGrouping,
  type TimelineItem,
  type TimelineLayout,
} from '../../time/index.js';

export type Orientation = 'horizontal' | 'vertical';

/**
 * Pixels at the host's default font size of 16 px; every length scales with the host's
 * font size. Rows are 24 px so that every item is a target of at least 24 × 24 px (WCAG 2.5.8).
 */
export const HORIZONTAL = {
  axisHeight: 30,
  rowHeight: 24,
  barHeight: 16,
  laneGap: 10,
  padTop: 8,
  padRight: 16,
  eventSize: 16,
  minLabelColumn: 104,
  maxLabelColumn: 160,
  labelGap: 4,
};

export const VERTICAL = {
  axisWidth: 40,
  padTop: 14,
  padBottom: 14,
  padRight: 8,
  laneGap: 4,
  maxColumn: 16,
  minColumn: 3,
  eventSize: 14,
  /** The least room a year gets: enough for its label on the axis. */
  minYear: 40,
  labelGap: 8,
  titleLine: 16,
  metaLine: 15,
  titleFont: 13,
  metaFont: 12,
};

/** Item labels and year labels, in em of the host's font size (12 px at 16 px), as the styles set them. */
export const LABEL_EM = 0.75;
/**
 * The least row height, in label font sizes: the box of a line of text, which Firefox
 * makes 1.4 times the font size, so that labels of adjacent rows never overlap.
 */
export const LEAST_ROW = 1.45;

/**
 * Bounds of labels beside marks, in label font sizes, that a timeline which must fit a
 * height tries, each with and without merging lanes. 0 leaves `labelMin`.
 */
const CAPS = [Infinity, 20, 14, 10, 7, 5, 3, 0];

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

/** The year whose stretch of the vertical axis holds an item's label: where its mark begins. */
export function labelYear(collaboration: Collaboration, period: Period): number {
  const [from, to] = collaborationExtent(collaboration);
  const at = isSpan(collaboration) ? from : (from + to) / 2;
  return Math.min(period.end, Math.max(period.start, Math.floor(at)));
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

/** How many characters of a `fontSize` px font fit in `width` px, by estimate. */
export function charsThatFit(width: number, fontSize: number): number {
  return Math.max(0, Math.floor(width / (fontSize * GLYPH_EM)));
}

/**
 * Shortens `text` to `maxChars` between words, marking the cut with an ellipsis; empty
 * when not even the first word fits. Text drawn inside an item must stay a run of words of
 * its accessible name (WCAG 2.5.3, "label in name"): a cut inside a word, or inside a
 * parenthesis that the name's comparison drops, would break that.
 */
export function truncateWords(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const room = text.slice(0, Math.max(0, maxChars - 1));
  let cut = /\s/.test(text.charAt(room.length)) ? room.length : room.search(/\s\S*$/);
  if (cut <= 0) return '';
  let kept = text.slice(0, cut);
  const open = kept.lastIndexOf('(');
  if (open > kept.lastIndexOf(')')) {
    cut = open;
    kept = text.slice(0, cut);
  }
  kept = kept.trimEnd();
  return kept ? `${kept}…` : '';
}

/**
 * Greedy word wrap that hides nothing. Each line keeps the space it was broken at, and a
 * word longer than a line is split without one, so that the lines joined read as the text.
 */
export function wrapText(text: string, maxChars: number): string[] {
  const limit = Math.max(1, maxChars);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length <= limit) {
      line = candidate;
      continue;
    }
    if (line) lines.push(`${line} `);
    let rest = word;
    while (rest.length > limit) {
      lines.push(rest.slice(0, limit));
      rest = rest.slice(limit);
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
}

/** A vertical timeline's item label: lines of title, then lines of kind or partner and period. */
export interface ItemLabel {
  key: string;
  /** Top of the label box. */
  y: number;
  height: number;
  /** Where on the time axis the item begins, so that a leader can join mark and label. */
  anchor: number;
  title: string[];
  titleLang: string;
  meta: string[];
}

export interface LabelText {
  title: string;
  titleLang: string;
  meta: string;
}

/** Title and meta wrapped to the label column, as drawn and as measured for the room. */
export function wrapLabel(
  title: string,
  meta: string,
  labelWidth: number,
  v = VERTICAL,
): { title: string[]; meta: string[] } {
  return {
    title: wrapText(title, charsThatFit(labelWidth, v.titleFont)),
    meta: wrapText(meta, charsThatFit(labelWidth, v.metaFont)),
  };
}

export function labelHeight(titleLines: number, metaLines: number, v = VERTICAL): number {
  return titleLines * v.titleLine + metaLines * v.metaLine + 4;
}

/**
 * Labels go beside their year, in time order, each below the one before: the scale gave
 * every year room for its labels, so that they do not drift into later years.
 */
export function placeLabels(
  geometry: TimelineGeometry,
  period: Period,
  textOf: (item: TimelineItem) => LabelText,
): { labels: ItemLabel[]; bottom: number } {
  const labels: ItemLabel[] = [];
  let bottom = -Infinity;
  for (const item of geometry.layout.items) {
    const text = textOf(item);
    const { v } = geometry;
    const lines = wrapLabel(text.title, text.meta, geometry.labelWidth, v);
    const height = labelHeight(lines.title.length, lines.meta.length, v);
    const anchor = item.span ? Math.min(item.start, item.end) : item.center;
    const yearTop = geometry.scale(labelYear(item.collaboration, period));
    const y = Math.max(yearTop + v.labelGap / 2, bottom + v.labelGap);
    labels.push({
      key: item.key,
      y,
      height,
      anchor,
      title: lines.title,
      titleLang: text.titleLang,
      meta: lines.meta,
    });
    bottom = y + height;
  }
  return { labels, bottom: Number.isFinite(bottom) ? bottom : 0 };
}

/** A diamond of half-diagonal `r` around a point: the mark of a one-off event. */
export function diamond(cx: number, cy: number, r: number): string {
  return `M${cx},${cy - r}L${cx + r},${cy}L${cx},${cy + r}L${cx - r},${cy}Z`;
}

/**
 * The longest start of `text` that `measure` finds no wider than `room`: the whole text,
 * else cut between words (see `truncateWords`) with an ellipsis. When not even the first
 * word fits, that word and an ellipsis, wider than `room`: the caller clips it, since a
 * word cut in the text would no longer be a word of the item's name (WCAG 2.5.3).
 */
export function fitText(text: string, room: number, measure: (text: string) => number): string {
  if (measure(text) <= room) return text;
  // A cut is no shorter for a larger `n`, so the longest that fits is found by halving.
  let [low, high] = [0, text.length - 1];
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (measure(truncateWords(text, middle)) <= room) low = middle;
    else high = middle - 1;
  }
  return truncateWords(text, low) || `${text.split(/[\s(]/)[0]}…`;
}
