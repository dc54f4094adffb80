import type { LinearScale } from './linear-scale.js';
import type { Collaboration, CollaborationKind } from '../data/types.js';
import { collaborationExtent, compareByStart, isSpan } from '../data/dates.js';

export type TimelineGrouping = 'kind' | 'partner';

export interface TimelineLayoutOptions {
  /** One lane per kind, or one lane per partner organisation. */
  grouping: TimelineGrouping;
  /** Maps decimal years to pixels along the time axis, such as from `timeScale`. */
  scale: LinearScale;
  /**
   * Lane keys (kinds or organisation ids) to show first, in this order. Lanes it does
   * not name follow in the default order, so that no collaboration is ever dropped.
   */
  laneOrder?: string[];
  /** Pixels; keeps a span of a few days visible and clickable. Default 6. */
  minSpanLength?: number;
  /** Pixels an event mark takes along the axis. Default 14. */
  eventSize?: number;
  /** Pixels kept free between two marks sharing a row. Default 2. */
  gap?: number;
  /**
   * On a range that grows left to right: the pixels an item's label wants beside its mark
   * (an event, or a span too short to hold `labelMin` inside). Its room is packed with the
   * mark, after it or, when that leaves `labelBounds`, before it. No labels when absent.
   */
  labelWidth?: (collaboration: Collaboration) => number;
  /** The least a label may shrink to, in pixels: a few characters and an ellipsis. */
  labelMin?: (collaboration: Collaboration) => number;
  /** The most room, in pixels, that packing keeps for a label; it may then take free room beyond. */
  labelCap?: number;
  /** Pixels between a mark and its label. Default 4. */
  labelGap?: number;
  /** Where labels may reach along the axis. Default the scale's range. */
  labelBounds?: [number, number];
  /** While the rows exceed this, two adjacent lanes whose merging saves a row merge. */
  maxRows?: number;
}

export interface TimelineItem {
  /** Unique across the layout, since in partner grouping one collaboration has several items. */
  key: string;
  /** The collaboration's id. */
  id: string;
  lane: string;
  /** Global, counted across lanes, so that the element multiplies it by its row height. */
  row: number;
  /**
   * Pixels along the time axis: where the mark begins and ends, in the direction of
   * time, so `start > end` on a reversed range. For a span, from its start date and at
   * least `minSpanLength` long; for an event, `eventSize` around `center`. This is the
   * room used for packing, so drawing exactly it never overlaps another mark.
   */
  start: number;
  end: number;
  /**
   * Pixels; for an event, the middle of its date, so that an event known only by its
   * year sits in the middle of that year rather than on 1 January.
   */
  center: number;
  span: boolean;
  collaboration: Collaboration;
  /** Where the label goes: 0 inside the span (or nowhere), 1 after the mark, -1 before it. */
  side: -1 | 0 | 1;
  /**
   * Pixels the label may take: inside the span, or beside the mark up to the next thing in
   * its row. At least `labelMin`, unless `labelBounds` leave less.
   */
  room: number;
}

export interface Lane {
  key: string;
  /** The lanes it holds: one, or several that `maxRows` merged (`key` joins them with `+`). */
  keys: string[];
  firstRow: number;
  rowCount: number;
  /** In time order. */
  items: TimelineItem[];
}

export interface TimelineLayout {
  lanes: Lane[];
  /** In time order; a collaboration in several lanes is listed once per lane, in lane order. */
  items: TimelineItem[];
  rowCount: number;
}

/** Long-running collaborations first, then events from the broadest to the most specific. */
export const KIND_LANE_ORDER = [
  'partnership',
  'programme',
  'project',
  'agreement',
  'submission',
  'study',
  'conference',
  'milestone',
] as const satisfies readonly CollaborationKind[];

interface Placed {
  item: TimelineItem;
  /** Order of the collaboration by `compareByStart`. */
  rank: number;
  /** The mark's extent in axis units that always grow with time. */
  low: number;
  high: number;
  /** Pixels the label wants beside the mark, within `labelCap`, and whole; 0 for none. */
  want: number;
  whole: number;
  /** The extent of mark and label, as packed. */
  lo: number;
  hi: number;
}

function laneKeysOf(collaboration: Collaboration, grouping: TimelineGrouping): string[] {
  return grouping === 'kind' ? [collaboration.kind] : [...new Set(collaboration.partners)];
}

function orderLanes(
  present: string[],
  grouping: TimelineGrouping,
  laneOrder: string[] | undefined,
): string[] {
  let natural = present;
  if (grouping === 'kind') {
    const known = (KIND_LANE_ORDER as readonly string[]).filter((kind) => present.includes(kind));
    natural = [...known, ...present.filter((key) => !known.includes(key))];
  }
  if (!laneOrder) return natural;
  const first = [...new Set(laneOrder)].filter((key) => present.includes(key));
  return [...first, ...natural.filter((key) => !first.includes(key))];
}

/**
 * Greedy first-fit in order of the marks' leading edges: the fewest rows an interval
 * packing can have. Leading edges rather than dates decide, because an event's mark
 * is centred on its date and reaches back before it. A label goes after its mark, or
 * before it when that is where it fits whole, shortened to the room the bounds leave.
 */
function packRows(placed: Placed[], gap: number, labelGap: number, [left, right]: number[]): number {
  const rowEnds: number[] = [];
  const order = [...placed].sort((a, b) => a.low - b.low || a.rank - b.rank);
  order.forEach((entry, index) => {
    const { item, low, high, want } = entry;
    const after = right! - high - labelGap;
    const before = low - labelGap - left!;
    // Whole after, whole before, else on the roomier side.
    const sides: [side: -1 | 0 | 1, lo: number, hi: number][] = [];
    if (!want) sides.push([0, low, high]);
    else {
      if (want <= after) sides.push([1, low, high + labelGap + want]);
      // Before, first when after would reach the next mark: a crowded stretch packs tighter.
      if (want <= before) {
        const next = order[index + 1];
        sides[next && high + labelGap + want + gap > next.low ? 'unshift' : 'push']([
          -1,
          low - labelGap - want,
          high,
        ]);
      }
      if (!sides.length) {
        sides.push(
          after >= before
            ? [1, low, high + labelGap + Math.max(0, after)]
            : [-1, low - labelGap - before, high],
        );
      }
    }
    let row = -1;
    let choice = sides[0]!;
    for (let index = 0; index < rowEnds.length && row < 0; index++) {
      const fit = sides.find(([, lo]) => lo >= rowEnds[index]! + gap);
      if (fit) [row, choice] = [index, fit];
    }
    if (row < 0) row = rowEnds.length;
    [item.side, entry.lo, entry.hi] = choice;
    rowEnds[row] = entry.hi;
    item.row = row;
  });
  return rowEnds.length;
}

/**
 * A label's room, now that the row is known: after its mark, up to what comes next in
 * the row; before it, back to where the one before ends (having taken its own room).
 */
function measureRooms(
  placed: Placed[],
  rows: number,
  gap: number,
  labelGap: number,
  [left, right]: number[],
): void {
  for (let row = 0; row < rows; row++) {
    const inRow = placed.filter((entry) => entry.item.row === row).sort((a, b) => a.lo - b.lo);
    let end = left! - gap;
    inRow.forEach((entry, index) => {
      const { item } = entry;
      const next = inRow[index + 1]?.lo ?? right! + gap;
      const after = next - gap - entry.high - labelGap;
      const before = entry.low - labelGap - end - gap;
      // After the mark, unless the label is cut short there and has more room before it.
      if (item.side > 0 && (after >= entry.whole || after >= before)) {
        item.room = after;
        end = next - gap;
      } else {
        if (item.side) [item.side, item.room] = [-1, before];
        end = entry.high;
      }
    });
  }
}

/**
 * Pure and deterministic, so that the element can recompute it on every resize and
 * regrouping, and keyed so that Lit's `repeat` can animate marks between layouts.
 */
export function layoutTimeline(
  collaborations: readonly Collaboration[],
  options: TimelineLayoutOptions,
): TimelineLayout {
  const { grouping, scale, laneOrder, minSpanLength = 6, eventSize = 14, gap = 2 } = options;
  const { labelWidth, labelMin = () => 0, labelGap = 4, labelCap = Infinity, maxRows = Infinity } = options;
  const [rangeStart = 0, rangeEnd = 1] = scale.range();
  const direction = rangeEnd < rangeStart ? -1 : 1;
  const bounds = options.labelBounds ?? [rangeStart, rangeEnd];

  const sorted = [...collaborations].sort(compareByStart);
  const byLane = new Map<string, Placed[]>();

  sorted.forEach((collaboration, rank) => {
    const [from, to] = collaborationExtent(collaboration);
    const span = isSpan(collaboration);
    let start: number;
    let end: number;
    let center: number;
    if (span) {
      start = scale(from);
      const length = Math.max(minSpanLength, Math.abs(scale(to) - start));
      end = start + direction * length;
      center = (start + end) / 2;
    } else {
      center = scale((from + to) / 2);
      start = center - (direction * eventSize) / 2;
      end = center + (direction * eventSize) / 2;
    }
    const length = Math.abs(end - start);
    // A span holds its label inside when it holds at least the shortest form of it.
    const inside = span && length >= labelMin(collaboration) + 2 * labelGap;
    const whole = labelWidth && !inside ? labelWidth(collaboration) : 0;
    const want = whole && Math.max(Math.min(whole, labelCap), labelMin(collaboration));
    for (const lane of laneKeysOf(collaboration, grouping)) {
      const item: TimelineItem = {
        key: `${lane}:${collaboration.id}`,
        id: collaboration.id,
        lane,
        row: 0,
        start,
        end,
        center,
        span,
        collaboration,
        side: 0,
        room: inside ? length - 2 * labelGap : 0,
      };
      const low = direction * start;
      const high = direction * end;
      const placed: Placed = { item, rank, low, high, want, whole, lo: low, hi: high };
      const entries = byLane.get(lane);
      if (entries) entries.push(placed);
      else byLane.set(lane, [placed]);
    }
  });

  const pack = (placed: Placed[]) => packRows(placed, gap, labelGap, bounds);
  const groups = orderLanes([...byLane.keys()], grouping, laneOrder).map((key) => {
    const placed = byLane.get(key) ?? [];
    return { keys: [key], placed, rows: pack(placed) };
  });
  // Merging lanes is the last resort of a timeline that must fit a height.
  for (;;) {
    if (groups.reduce((sum, group) => sum + group.rows, 0) <= maxRows) break;
    // Of the merges that save a row, the one of the fewest lanes, so that no lane holds many.
    let best = -1;
    let bestRows = 0;
    let size = Infinity;
    for (let index = 0; index + 1 < groups.length; index++) {
      const [a, b] = [groups[index]!, groups[index + 1]!];
      const rows = pack([...a.placed, ...b.placed]);
      const keys = a.keys.length + b.keys.length;
      if (rows < a.rows + b.rows && keys < size) [best, bestRows, size] = [index, rows, keys];
    }
    if (best < 0) break;
    const [a, b] = [groups[best]!, groups[best + 1]!];
    const placed = [...a.placed, ...b.placed].sort((x, y) => x.rank - y.rank);
    groups.splice(best, 2, { keys: [...a.keys, ...b.keys], placed, rows: bestRows });
  }

  const lanes: Lane[] = [];
  let rowCount = 0;
  const laneIndex = new Map<string, number>();
  for (const { keys, placed } of groups) {
    // Packed again: trial merges left other rows in the entries.
    const laneRows = pack(placed);
    if (labelWidth) measureRooms(placed, laneRows, gap, labelGap, bounds);
    for (const entry of placed) entry.item.row += rowCount;
    for (const key of keys) laneIndex.set(key, lanes.length);
    lanes.push({
      key: keys.join('+'),
      keys,
      firstRow: rowCount,
      rowCount: laneRows,
      items: placed.map((entry) => entry.item),
    });
    rowCount += laneRows;
  }

  const rankOf = new Map(sorted.map((collaboration, rank) => [collaboration, rank]));
  const items = lanes
    .flatMap((lane) => lane.items)
    .sort(
      (a, b) =>
        (rankOf.get(a.collaboration) ?? 0) - (rankOf.get(b.collaboration) ?? 0) ||
        (laneIndex.get(a.lane) ?? 0) - (laneIndex.get(b.lane) ?? 0),
    );

  return { lanes, items, rowCount };
}
