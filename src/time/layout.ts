import type { LinearScale } from './linear-scale.js';
import type { Collaboration, CollaborationKind } from '../data/types.js';
import { collaborationExtent, compareByStart, isSpan } from './dates.js';

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
}

export interface Lane {
  key: string;
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
 * is centred on its date and reaches back before it.
 */
function packRows(placed: Placed[], gap: number): number {
  const rowEnds: number[] = [];
  const order = [...placed].sort((a, b) => a.low - b.low || a.rank - b.rank);
  for (const entry of order) {
    let row = rowEnds.findIndex((end) => entry.low >= end + gap);
    if (row === -1) row = rowEnds.length;
    rowEnds[row] = entry.high;
    entry.item.row = row;
  }
  return rowEnds.length;
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
  const [rangeStart = 0, rangeEnd = 1] = scale.range();
  const direction = rangeEnd < rangeStart ? -1 : 1;

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
      };
      const placed: Placed = { item, rank, low: direction * start, high: direction * end };
      const entries = byLane.get(lane);
      if (entries) entries.push(placed);
      else byLane.set(lane, [placed]);
    }
  });

  const lanes: Lane[] = [];
  let rowCount = 0;
  for (const key of orderLanes([...byLane.keys()], grouping, laneOrder)) {
    const placed = byLane.get(key) ?? [];
    const laneRows = packRows(placed, gap);
    for (const entry of placed) entry.item.row += rowCount;
    lanes.push({ key, firstRow: rowCount, rowCount: laneRows, items: placed.map((entry) => entry.item) });
    rowCount += laneRows;
  }

  const laneIndex = new Map(lanes.map((lane, index) => [lane.key, index]));
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
