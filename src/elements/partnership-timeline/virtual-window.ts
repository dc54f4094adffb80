import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ResizeController } from '../../controllers/resize-controller.js';
import type { TimelineItem } from '../../time/index.js';
import { memo } from '../shared/memo.js';
import type { TimelineGeometry } from './geometry.js';
import type { LaidOut } from './timeline-layout.js';
import type { ItemLabel } from './vertical-labels.js';

/**
 * Above this many items the timeline scrolls in a bounded area and keeps only the items
 * in and near its visible part in the DOM: drawing every one of 10,000 items costs
 * seconds, and a year change then touches tens of thousands of nodes.
 */
export const VIRTUALISE_ABOVE = 300;
/** Pixels drawn beyond each edge of the visible part, so that a scroll finds items drawn. */
const OVERSCAN = 160;
/** The drawn stretch moves in steps of this many pixels, so that most scroll events re-render nothing. */
const WINDOW_STEP = 128;
/** The scroll area's height until it has been measured: its default largest height, 36em. */
const ASSUMED_VIEWPORT = 576;
/** A selected item farther than this many scroll-area heights away is jumped to, not scrolled to. */
const SMOOTH_SCROLL_LIMIT = 2;
/** Pixels the focus ring reaches outside an item, and its stroke: kept in view when scrolling. */
const FOCUS_RING_ROOM = 8;

/** The items an update draws. */
export interface Drawn {
  /** By lane, in time order; only lanes with an item drawn. */
  lanes: Map<string, TimelineItem[]>;
  count: number;
  /**
   * Vertical and virtualised: the items whose label is drawn. A long span crosses the drawn
   * stretch with its label thousands of pixels away; it is drawn as its mark alone. Null
   * when every drawn item has its label.
   */
  labels: ReadonlySet<string> | null;
}

/** Where each item, in time order, begins and ends across the scroll direction. */
interface Extents {
  low: Float64Array;
  high: Float64Array;
  /** Vertical: the labels, part of each item's extent. */
  labels: ReadonlyMap<string, ItemLabel> | null;
}

/** Across the scroll direction: the item's row, or in a vertical timeline its mark and label. */
function measureExtents(geometry: TimelineGeometry, labels: ReadonlyMap<string, ItemLabel> | null): Extents {
  const { items } = geometry.layout;
  const low = new Float64Array(items.length);
  const high = new Float64Array(items.length);
  items.forEach((item, position) => {
    if (!labels) {
      low[position] = geometry.rowOffsets[item.row] ?? 0;
      high[position] = low[position]! + geometry.rowSize;
      return;
    }
    const label = labels.get(item.key);
    const markLow = item.span ? Math.min(item.start, item.end) : item.center - geometry.v.eventSize / 2;
    const markHigh = item.span ? Math.max(item.start, item.end) : item.center + geometry.v.eventSize / 2;
    low[position] = Math.min(markLow, label?.y ?? markLow);
    high[position] = Math.max(markHigh, label ? label.y + label.height : markHigh);
  });
  return { low, high, labels };
}

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Which items a timeline draws, and where its scroll area is: every item up to
 * `VIRTUALISE_ABOVE`; above, those that reach into a stretch around the scroll position,
 * and always the tab stop, so that Tab still finds the listbox and focus is never on a node
 * that left. The element marks its scroll area `.scroller` and passes its `scroll` events.
 */
export class VirtualWindow implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #viewport: ResizeController;
  #virtual = false;
  /** The scroll area's last scroll position, and the one the drawn stretch is centred on. */
  #top = 0;
  #windowTop = 0;
  #stretch: readonly [from: number, to: number] = [0, 0];
  /** A scroll position for after the update, and how to get there. */
  #pendingScroll: { top: number; smooth: boolean } | null = null;
  readonly #extents = memo(measureExtents);
  readonly #all = memo((geometry: TimelineGeometry): Drawn => ({
    lanes: new Map(geometry.layout.lanes.map((lane) => [lane.key, lane.items])),
    count: geometry.layout.items.length,
    labels: null,
  }));
  readonly #near = memo(
    (
      geometry: TimelineGeometry,
      extents: Extents,
      from: number,
      to: number,
      tabStop: string | null,
    ): Drawn => {
      const lanes = new Map<string, TimelineItem[]>(geometry.layout.lanes.map((lane) => [lane.key, []]));
      const { low, high, labels } = extents;
      const labelsDrawn = new Set<string>();
      let count = 0;
      // In time order, so that each lane's list keeps the order of `lane.items`.
      geometry.layout.items.forEach((item, position) => {
        const isTabStop = item.key === tabStop;
        if (!isTabStop && (high[position]! < from || low[position]! > to)) return;
        lanes.get(item.lane)?.push(item);
        count++;
        const label = labels?.get(item.key);
        if (isTabStop || (label && label.y + label.height >= from && label.y <= to))
          labelsDrawn.add(item.key);
      });
      for (const [key, items] of lanes) if (items.length === 0) lanes.delete(key);
      return { lanes, count, labels: labels ? labelsDrawn : null };
    },
  );
  /** The items this update draws. */
  drawn: Drawn = { lanes: new Map(), count: 0, labels: null };
  /** Whether the last update scrolled, so that focus given after it must not scroll again. */
  scrolled = false;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    this.#viewport = new ResizeController(host, () => this.#scroller());
    host.addController(this);
  }

  /**
   * Chooses the items to draw, in `willUpdate`. First it moves the drawn stretch to the
   * option about to get focus (`focus`), else to the collaboration selected elsewhere
   * (`reveal`) unless one of its items is in view already.
   */
  place(
    laid: LaidOut,
    labels: ReadonlyMap<string, ItemLabel> | null,
    tabStop: string | null,
    focus: string | null,
    reveal: string | null,
  ): void {
    const { geometry } = laid;
    this.#virtual = laid.virtual;
    if (!laid.virtual) {
      this.#top = this.#windowTop = 0;
      this.drawn = this.#all(geometry);
      return;
    }
    const extents = this.#extents(geometry, labels);
    if (focus) this.#bringIntoView(laid, extents, focus, 'nearest');
    else if (reveal !== null) {
      const item = laid.firstOf.get(reveal);
      if (item && !this.#anyInView(geometry, extents, reveal)) {
        this.#bringIntoView(laid, extents, item.key, 'center');
      }
    }
    this.#stretch = this.#around(this.#windowTop);
    this.drawn = this.#near(geometry, extents, ...this.#stretch, tabStop);
  }

  /** The part of a plot `height` tall that the scroll area shows: all of it when not virtual. */
  shown(height: number): [top: number, bottom: number] {
    if (!this.#virtual) return [0, height];
    return [this.#top, Math.min(height, this.#top + this.#height())];
  }

  readonly onScroll = (event: Event): void => {
    if (!this.#virtual) return;
    const top = (event.currentTarget as HTMLElement).scrollTop;
    this.#top = this.#windowTop = top;
    const [from, to] = this.#around(top);
    if (from !== this.#stretch[0] || to !== this.#stretch[1]) this.#host.requestUpdate();
  };

  hostUpdated(): void {
    const scroll = this.#pendingScroll;
    this.#pendingScroll = null;
    this.scrolled = scroll !== null;
    if (!scroll) return;
    const behavior = scroll.smooth && !prefersReducedMotion() ? 'smooth' : 'instant';
    this.#scroller()?.scrollTo({ top: scroll.top, behavior });
  }

  #scroller(): HTMLElement | null {
    return this.#host.shadowRoot?.querySelector<HTMLElement>('.scroller') ?? null;
  }

  #height(): number {
    return this.#viewport.height || ASSUMED_VIEWPORT;
  }

  /** The stretch to draw around a scroll position, in steps so that small scrolls keep it. */
  #around(top: number): [number, number] {
    const from = Math.floor((top - OVERSCAN) / WINDOW_STEP) * WINDOW_STEP;
    const to = Math.ceil((top + this.#height() + OVERSCAN) / WINDOW_STEP) * WINDOW_STEP;
    return [Math.max(0, from), to];
  }

  /** Whether any item of the collaboration is wholly inside the visible part of the scroll area. */
  #anyInView(geometry: TimelineGeometry, { low, high }: Extents, id: string): boolean {
    const top = this.#top;
    const bottom = top + this.#height();
    return geometry.layout.items.some(
      (item, position) => item.id === id && low[position]! >= top && high[position]! <= bottom,
    );
  }

  /**
   * Moves the drawn stretch to show the item, and scrolls there after the update: `nearest`
   * scrolls as little as showing it takes, as moving focus does; `center` puts it in the
   * middle, for an item chosen elsewhere whose neighbours give it context.
   */
  #bringIntoView(laid: LaidOut, { low, high }: Extents, key: string, align: 'nearest' | 'center'): void {
    const position = laid.positions.get(key);
    if (position === undefined) return;
    // With room for the focus ring, which reaches a few pixels outside the item: an item
    // scrolled just into view must not have its ring cut by the edge.
    const from = Math.max(0, low[position]! - FOCUS_RING_ROOM);
    const to = high[position]! + FOCUS_RING_ROOM;
    const height = this.#height();
    const top = this.#top;
    let target: number;
    if (align === 'center') target = from - Math.max(0, height - (to - from)) / 2;
    else if (from < top) target = from;
    else if (to > top + height) target = Math.min(from, to - height);
    else return;
    target = Math.max(0, Math.round(target));
    const smooth = align === 'center' && Math.abs(target - top) <= SMOOTH_SCROLL_LIMIT * height;
    this.#pendingScroll = { top: target, smooth };
    this.#windowTop = target;
  }
}
