import { html, nothing, svg, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from '../shared/style-map.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import { localize, UI_LANGUAGES, type LocalizedString, type UiLanguage } from '../../data/localize.js';
import { highlightedBy, matchesPartners, type DatasetIndex, type Highlight } from '../../data/queries.js';
import type { Collaboration } from '../../data/types.js';
import { PartnershipSelectEvent, PartnershipYearChangeEvent } from '../../events.js';
import { formatPeriod } from '../../i18n/format.js';
import { messagesFor } from '../../i18n/messages.js';
import {
  activeYears,
  isActiveIn,
  type Lane,
  type TimelineGrouping,
  type TimelineItem,
} from '../../time/index.js';
import { defineElement } from '../shared/define.js';
import { PartnershipElement } from '../shared/partnership-element.js';
import { themeStyles } from '../shared/styles.js';
import {
  computeGeometry,
  diamond,
  fitText,
  HORIZONTAL,
  LABEL_EM,
  labelHeight,
  LEAST_ROW,
  placeLabels,
  wrapLabel,
  type ItemLabel,
  type LabelText,
  type Orientation,
  type TimelineGeometry,
  type VERTICAL,
} from './geometry.js';
import { timelineStyles } from './partnership-timeline.styles.js';
import { timelineMessagesFor, type TimelineMessages } from './timeline-messages.js';

export type TimelineOrientation = 'auto' | 'horizontal' | 'vertical';

/** The class attribute for flags, as Lit's classMap would set it, without its directive. */
function classNames(flags: Record<string, boolean>): string {
  return Object.keys(flags)
    .filter((name) => flags[name])
    .join(' ');
}

/** Below this width, `orientation="auto"` turns the timeline on its side. */
const VERTICAL_BELOW = 600;
/** The scrubber's thumb, in pixels; the CSS draws it this size so that it lines up with the axis. */
const THUMB = 16;

/** Pixels the focus ring reaches outside an item, and its stroke: kept in view when scrolling. */
const FOCUS_RING_ROOM = 8;

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
/** A vertical timeline's labels reach its right edge; a scroll bar must not cover them. */
const SCROLLBAR_ALLOWANCE = 16;
/** A selected item farther than this many scroll-area heights away is jumped to, not scrolled to. */
const SMOOTH_SCROLL_LIMIT = 2;
/** In a scrolling horizontal timeline, a lane's label is repeated every so many pixels of it. */
const LANE_LABEL_EVERY = 480;

const OPTION = '[role="option"]';

/** A horizontal item's label: inside its bar, or beside its mark (`outside`), dark on the ground. */
interface MarkLabel {
  text: string;
  lang: string;
  /** Where the text begins. */
  x: number;
  /** Pixels the label takes. */
  width: number;
  outside: boolean;
  row: number;
  /**
   * When even the first word is too wide: the pixels of it that show, before an ellipsis.
   * The whole word stays in the text, so that it is a word of the item's name.
   */
  clip: number;
  /** A compact timeline's callout too wide for either side of its mark: over or under it. */
  offRow?: boolean;
}

/** What the layout will hold, known before it is computed: one item per collaboration and lane. */
function itemCountOf(collaborations: readonly Collaboration[], grouping: TimelineGrouping): number {
  if (grouping === 'kind') return collaborations.length;
  return collaborations.reduce((sum, collaboration) => sum + new Set(collaboration.partners).size, 0);
}

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Derived values are recomputed only when one of their inputs is no longer the same. */
function sameInputs(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, index) => Object.is(value, b[index]));
}

/**
 * A 2006–2026 timeline of the collaborations: partnerships and programme phases as bars,
 * one-off events as diamonds, in lanes by kind or by partner. A year scrubber dims what
 * was not active that year; items are selectable with pointer and keyboard (one tab stop,
 * arrow keys in time order). Under 600 px wide it turns vertical, time running downwards
 * with each item's title beside it.
 *
 * Horizontal, every item is labelled: inside its bar, or beside its mark, with more rows in
 * a lane where labels would overlap. A label shortened to fit shows its whole title in the
 * tooltip, on hover and on focus; the selected item's label is always whole. Text, rows
 * and the lane label column follow the host's `font-size` (the default look at 16 px).
 * With `fit`, the timeline keeps to the height the page's CSS gives it (see `fit`).
 *
 * With more than 300 items (`VIRTUALISE_ABOVE`) the plot scrolls in an area of at most
 * `--pw-timeline-max-height`, and only the items in and near its visible part are in the
 * DOM, plus the item holding the tab stop; events then have no label beside them, and
 * `fit` does not apply. Items then carry `aria-setsize` and
 * `aria-posinset` (their place in time order); arrow keys still reach every item, drawing
 * it before focusing it; a collaboration selected from outside is scrolled into view. The
 * read-only `itemCount` and `renderedItemCount` tell how many items were laid out and how
 * many of them are in the DOM now (equal up to 300 items).
 *
 * @tagname partnership-timeline
 * @summary Timeline of the collaborations, with a year scrubber and grouping by kind or partner.
 *
 * @event partnership-select - An item was selected (`detail` is `{kind: 'collaboration', id}`), or the selection was cleared with Escape (`detail` is null).
 * @event partnership-year-change - The user moved the year scrubber or chose all years; `detail` is `{year}`, null for all years.
 * @event partnership-error - The dataset could not be loaded or is invalid; `detail` is `{message, issues}`.
 *
 * @csspart base - The wrapper of everything below; carries `data-orientation`.
 * @csspart toolbar - The row with the grouping control, the year label and the "All years" button.
 * @csspart group-by - The grouping control.
 * @csspart button - Each button.
 * @csspart all-years - The "All years" button.
 * @csspart axis - The year axis.
 * @csspart scrubber - The year range input.
 * @csspart plot - The SVG holding lanes and items.
 * @csspart lane-label - Each lane's label.
 * @csspart item - Each item; also `span` or `event`, and `inferred`, `selected`, `highlighted`, `dimmed` when so.
 * @csspart year-marker - The line marking the chosen year.
 * @csspart tooltip - The tooltip shown on hover and focus.
 * @csspart empty - The message shown when no collaboration matches.
 * @csspart status - The loading message.
 * @csspart error - The error message with its list of problems.
 *
 * @cssproperty --pw-color-span - Fill of bars (partnerships, programme phases).
 * @cssproperty --pw-color-event - Fill of event diamonds.
 * @cssproperty --pw-color-inferred - Hatching and dashed outline of inferred items.
 * @cssproperty --pw-color-selected - Outline of the selected item.
 * @cssproperty --pw-color-accent - Year marker, scrubber and outline of highlighted items.
 * @cssproperty --pw-color-focus - Keyboard focus ring.
 * @cssproperty --pw-color-surface - Background of every other lane and of buttons.
 * @cssproperty --pw-color-text - Text and outlines.
 * @cssproperty --pw-color-text-muted - Axis, grid and secondary text.
 * @cssproperty --pw-color-background - Background, and the ground of hatched marks.
 * @cssproperty --pw-radius - Corner radius of buttons and tooltip.
 * @cssproperty --pw-timeline-dim-opacity - Opacity of items not active in the chosen year or outside the selected country. Default 0.3.
 * @cssproperty --pw-timeline-max-height - Largest height of the plot's scroll area, used above 300 items. Default 36em.
 */
export class PartnershipTimeline extends PartnershipElement {
  static override properties = {
    groupBy: { attribute: 'group-by', reflect: true },
    orientation: { reflect: true },
    fit: { type: Boolean, reflect: true },
    compact: { type: Boolean, reflect: true },
    focusKey: { state: true, attribute: false },
    hoverKey: { state: true, attribute: false },
    focusInItems: { state: true, attribute: false },
    tooltipDismissed: { state: true, attribute: false },
  };

  static override styles = [themeStyles, timelineStyles];

  /** Lanes by collaboration kind, or one lane per partner organisation. */
  groupBy: TimelineGrouping = 'kind';

  /** `auto` is horizontal from 600 px wide and vertical below; the others force one. */
  orientation: TimelineOrientation = 'auto';

  /**
   * Horizontal: keeps to the height that the page's CSS gives the element (`height`, a flex
   * or grid cell), without a scroll bar: rows compress to 1.45 times the label font, labels
   * shorten (to a few characters and an ellipsis at the least), lanes merge, and only then
   * do rows and text shrink further. The selected item's label stays whole. Without it, the
   * timeline is as tall as its content needs.
   */
  fit = false;

  /**
   * Horizontal: marks without labels but the selected item's, which stays whole; every title
   * is still in the tooltip and the items' names. For a box too small to name every item at
   * the type size its audience needs (a slide on a portrait kiosk).
   */
  compact = false;

  /** Key of the item that holds the tab stop; an id, not a node, so that it survives re-rendering. */
  private focusKey: string | null = null;
  private hoverKey: string | null = null;
  private focusInItems = false;
  /** Escape hides the tooltip until the pointer or focus moves to another item (WCAG 1.4.13). */
  private tooltipDismissed = false;

  /**
   * Measures a zero-height sizer rather than the host, whose height follows the layout:
   * observing the host would resize it within its own notification and make the browser
   * report a ResizeObserver loop.
   */
  readonly #size = new ResizeController(this, () => this.renderRoot.querySelector('.sizer'));
  /** The plot's scroll area, present only above `VIRTUALISE_ABOVE` items. */
  readonly #viewport = new ResizeController(this, () => this.#scroller());
  /** With `fit`, the box the plot must keep to, which the CSS sizes from the host's height. */
  readonly #frame = new ResizeController(this, () =>
    this.fit ? this.renderRoot.querySelector('.plot-frame') : null,
  );

  #geometry: TimelineGeometry | null = null;
  #geometryInputs: readonly unknown[] = [];
  #itemsByKey = new Map<string, TimelineItem>();
  #labels = new Map<string, ItemLabel>();
  #labelsBottom = 0;
  #labelInputs: readonly unknown[] = [];
  /** Horizontal labels, placed on demand by `#markLabel`, for the layout, language and selection they were placed for. */
  #markLabels = new Map<string, MarkLabel>();
  /** The selected collaboration's labels, by item key, when they take more than their room. */
  #callouts = new Map<string, MarkLabel>();
  #markInputs: readonly unknown[] = [];
  /** The host's font size, and the font of labels in the plot, as the styles set them. */
  #em = 16;
  #fonts: [label: string, lane: string] = ['', ''];
  #context: CanvasRenderingContext2D | undefined;
  #widths = new Map<string, number>();
  #highlight: Highlight = { countries: new Set<string>(), collaborations: new Set<string>() };
  #highlightInputs: readonly unknown[] = [];
  /** Formatting dates builds `Intl` objects, so periods are formatted once per language. */
  #periods = new Map<string, string>();
  #periodsIndex: DatasetIndex | null = null;
  #focusId: string | null = null;
  #tabStopKey: string | null = null;
  #restoreFocus = false;
  #timelineMessages: TimelineMessages = timelineMessagesFor('en');

  // Derived from the geometry alone, so computed once per layout.
  #derivedFor: TimelineGeometry | null = null;
  #positionByKey = new Map<string, number>();
  #firstItemById = new Map<string, TimelineItem>();
  /** Collaborations active in each year, counted once however many lanes show them. */
  #activeByYear = new Map<number, number>();
  #collaborationCount = 0;
  #virtual = false;

  /** Accessible names without the year, which only some items add: once per layout and language. */
  #names = new Map<string, string>();
  #nameInputs: readonly unknown[] = [];

  /** Where each item, in time order, begins and ends across the scroll direction. */
  #extentLow = new Float64Array(0);
  #extentHigh = new Float64Array(0);
  #extentInputs: readonly unknown[] = [];

  /** The scroll area's last scroll position, and the one the drawn stretch is centred on. */
  #plotScrollTop = 0;
  #windowTop = 0;
  #drawnWindow: readonly [from: number, to: number] = [0, 0];
  #windowInputs: readonly unknown[] = [];
  /** The items drawn, by lane; every lane's items when not virtualised. */
  #windowLanes = new Map<string, TimelineItem[]>();
  #drawnCount = 0;
  /**
   * Vertical and virtualised: the items whose label is drawn. A long span crosses the drawn
   * stretch with its label thousands of pixels away; it is drawn as its mark alone. Null
   * when every drawn item has its label.
   */
  #labelsDrawn: ReadonlySet<string> | null = null;
  /** A collaboration selected since the last update, to bring into view. */
  #revealPending = false;
  /** A scroll position for `updated` to apply, and how; then a key to focus. */
  #pendingScroll: { top: number; smooth: boolean } | null = null;
  #pendingFocusKey: string | null = null;

  /**
   * How many items the timeline laid out: one per collaboration, or one per partner and
   * collaboration in partner lanes; 0 until the dataset is ready or while it shows an error.
   */
  get itemCount(): number {
    return this.#geometry?.layout.items.length ?? 0;
  }

  /**
   * How many of the laid-out items are in the DOM now: all of them up to 300 items, else
   * those in and near the visible part of the scroll area, and the one holding the tab stop.
   */
  get renderedItemCount(): number {
    return this.#geometry ? this.#drawnCount : 0;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#timelineMessages = timelineMessagesFor(this.uiLang);
    const index = this.index;
    if (!index) {
      this.#geometry = null;
      return;
    }
    if (index !== this.#periodsIndex) {
      this.#periodsIndex = index;
      this.#periods.clear();
    }

    // The observer reports only after the first render; the host's width is already known.
    const width = this.#size.width || this.clientWidth;
    const grouping: TimelineGrouping = this.groupBy === 'partner' ? 'partner' : 'kind';
    const orientation = this.#effectiveOrientation(width);
    // The sizer is 1em tall: a change of font size re-lays out as a resize does.
    const fitHeight = this.fit ? this.#frame.height : 0;
    const inputs = [
      index,
      width,
      grouping,
      this.partnerSet,
      orientation,
      this.#size.height,
      fitHeight,
      this.compact,
    ];
    if (width > 0 && !sameInputs(inputs, this.#geometryInputs)) {
      this.#geometryInputs = inputs;
      const shown = this.#shownCollaborations(index, grouping);
      const virtual = itemCountOf(shown, grouping) > VIRTUALISE_ABOVE;
      const style = getComputedStyle(this);
      const em = parseFloat(style.fontSize) || 16;
      if (em !== this.#em) this.#widths.clear();
      this.#em = em;
      this.#fonts = [`${LABEL_EM * em}px ${style.fontFamily}`, `600 ${0.8125 * em}px ${style.fontFamily}`];
      // Beside its mark, a label gets the room of its longest language, so that a language
      // switch moves nothing. Thousands of items (a scroll area) keep their marks alone.
      const widest = (collaboration: Collaboration, text: (title: string) => string) =>
        Math.max(
          ...Object.values((index.collaborations.get(collaboration.id) ?? collaboration).title).map((title) =>
            this.#textWidth(text(title)),
          ),
        );
      this.#geometry = computeGeometry(shown, {
        period: index.dataset.period,
        width: virtual && orientation === 'vertical' ? Math.max(1, width - SCROLLBAR_ALLOWANCE) : width,
        grouping,
        orientation,
        em,
        labelHeight: this.#labelRoom,
        ...(virtual
          ? {}
          : {
              ...(this.compact
                ? {}
                : {
                    labelWidth: (collaboration: Collaboration) => widest(collaboration, (title) => title),
                    labelMin: (collaboration: Collaboration) =>
                      widest(collaboration, (title) =>
                        title.length > 3 ? `${title.slice(0, 3).trimEnd()}…` : title,
                      ),
                  }),
              fitHeight,
              compact: this.compact,
            }),
      });
      this.#itemsByKey = new Map(this.#geometry.layout.items.map((item) => [item.key, item]));
    }
    if (this.#geometry && this.#geometry !== this.#derivedFor) this.#deriveFromLayout(this.#geometry);

    // Vertical labels are wrapped text, so they depend on the language as well as the layout.
    const geometry = this.#geometry;
    if (geometry?.orientation === 'vertical') {
      const labelInputs = [geometry, this.contentLang, this.uiLang];
      if (!sameInputs(labelInputs, this.#labelInputs)) {
        this.#labelInputs = labelInputs;
        const placed = placeLabels(geometry, index.dataset.period, (item) => this.#labelText(item));
        this.#labels = new Map(placed.labels.map((label) => [label.key, label]));
        this.#labelsBottom = placed.bottom;
      }
    }

    if (geometry?.orientation === 'horizontal') {
      const markInputs = [geometry, this.contentLang, this.selected];
      if (!sameInputs(markInputs, this.#markInputs)) {
        this.#markInputs = markInputs;
        this.#markLabels = new Map();
        this.#callouts = new Map();
        this.#placeCallouts(geometry);
      }
    }

    const highlightInputs = [index, this.selected];
    if (!sameInputs(highlightInputs, this.#highlightInputs)) {
      this.#highlightInputs = highlightInputs;
      this.#highlight = highlightedBy(index, this.selection);
    }

    const nameInputs = [geometry, this.contentLang, this.uiLang];
    if (!sameInputs(nameInputs, this.#nameInputs)) {
      this.#nameInputs = nameInputs;
      this.#names.clear();
    }

    this.#tabStopKey = this.#resolveTabStop();
    // Set here, where it schedules no second update, so that the focus restored below is
    // already the one remembered.
    if (this.focusKey !== null) this.focusKey = this.#tabStopKey;
    const active = this.shadowRoot?.activeElement;
    this.#restoreFocus = active instanceof Element && active.matches(OPTION);

    if (changed.has('selected')) this.#revealPending = true;
    if (geometry) this.#placeWindow(geometry);
  }

  protected override updated(): void {
    const scroll = this.#pendingScroll;
    this.#pendingScroll = null;
    if (scroll) {
      const behavior = scroll.smooth && !prefersReducedMotion() ? 'smooth' : 'instant';
      this.#scroller()?.scrollTo({ top: scroll.top, behavior });
    }
    const pendingFocus = this.#pendingFocusKey;
    this.#pendingFocusKey = null;
    // Scrolled already: focusing must not scroll again, to a place of the browser's choosing.
    if (pendingFocus) this.#itemElement(pendingFocus)?.focus({ preventScroll: scroll !== null });

    // A regrouping or filter replaces the focused node; focus follows the collaboration.
    if (!this.#restoreFocus) return;
    this.#restoreFocus = false;
    const active = this.shadowRoot?.activeElement;
    if (active instanceof Element && active.matches(OPTION) && active.isConnected) return;
    if (this.#tabStopKey) this.#itemElement(this.#tabStopKey)?.focus();
  }

  /** What a year change or a selection would otherwise recompute from the whole layout. */
  #deriveFromLayout(geometry: TimelineGeometry): void {
    this.#derivedFor = geometry;
    const { items } = geometry.layout;
    this.#virtual = items.length > VIRTUALISE_ABOVE;
    this.#positionByKey = new Map(items.map((item, position) => [item.key, position]));
    this.#firstItemById = new Map();
    this.#activeByYear = new Map();
    for (const item of items) {
      if (this.#firstItemById.has(item.id)) continue;
      this.#firstItemById.set(item.id, item);
      const [first, last] = activeYears(item.collaboration);
      for (let year = first; year <= last; year++) {
        this.#activeByYear.set(year, (this.#activeByYear.get(year) ?? 0) + 1);
      }
    }
    this.#collaborationCount = this.#firstItemById.size;
    if (!this.#virtual) {
      this.#plotScrollTop = 0;
      this.#windowTop = 0;
    }
  }

  /** Across the scroll direction: the item's row, or in a vertical timeline its mark and label. */
  #measureExtents(geometry: TimelineGeometry): void {
    const { items } = geometry.layout;
    const low = new Float64Array(items.length);
    const high = new Float64Array(items.length);
    items.forEach((item, position) => {
      if (geometry.orientation === 'horizontal') {
        low[position] = geometry.rowOffsets[item.row] ?? 0;
        high[position] = low[position]! + geometry.rowSize;
        return;
      }
      const label = this.#labels.get(item.key);
      const markLow = item.span ? Math.min(item.start, item.end) : item.center - geometry.v.eventSize / 2;
      const markHigh = item.span ? Math.max(item.start, item.end) : item.center + geometry.v.eventSize / 2;
      low[position] = Math.min(markLow, label?.y ?? markLow);
      high[position] = Math.max(markHigh, label ? label.y + label.height : markHigh);
    });
    this.#extentLow = low;
    this.#extentHigh = high;
  }

  #viewportHeight(): number {
    return this.#viewport.height || ASSUMED_VIEWPORT;
  }

  /** The stretch to draw around a scroll position, in steps so that small scrolls keep it. */
  #windowAround(top: number): [number, number] {
    const from = Math.floor((top - OVERSCAN) / WINDOW_STEP) * WINDOW_STEP;
    const to = Math.ceil((top + this.#viewportHeight() + OVERSCAN) / WINDOW_STEP) * WINDOW_STEP;
    return [Math.max(0, from), to];
  }

  /**
   * Chooses the items to draw: all of them up to `VIRTUALISE_ABOVE`, else those that reach
   * into the stretch around the scroll position, and always the tab stop, so that Tab
   * still finds the listbox and focus is never on a node that left.
   */
  #placeWindow(geometry: TimelineGeometry): void {
    if (!this.#virtual) {
      if (this.#windowInputs[0] !== geometry || this.#windowInputs.length !== 1) {
        this.#windowInputs = [geometry];
        this.#windowLanes = new Map(geometry.layout.lanes.map((lane) => [lane.key, lane.items]));
        this.#drawnCount = geometry.layout.items.length;
        this.#labelsDrawn = null;
      }
      this.#revealPending = false;
      return;
    }
    const extentInputs = [geometry, geometry.orientation === 'vertical' ? this.#labels : null];
    if (!sameInputs(extentInputs, this.#extentInputs)) {
      this.#extentInputs = extentInputs;
      this.#measureExtents(geometry);
    }
    if (this.#pendingFocusKey) this.#bringIntoView(this.#pendingFocusKey, 'nearest');
    else if (this.#revealPending) {
      const selection = this.selection;
      const item = selection?.kind === 'collaboration' ? this.#firstItemById.get(selection.id) : undefined;
      if (item && !this.#anyInView(item.id)) this.#bringIntoView(item.key, 'center');
    }
    this.#revealPending = false;

    this.#drawnWindow = this.#windowAround(this.#windowTop);
    const [from, to] = this.#drawnWindow;
    const inputs = [geometry, this.#extentLow, from, to, this.#tabStopKey];
    if (sameInputs(inputs, this.#windowInputs)) return;
    this.#windowInputs = inputs;
    const lanes = new Map<string, TimelineItem[]>(geometry.layout.lanes.map((lane) => [lane.key, []]));
    const vertical = geometry.orientation === 'vertical';
    const labelsDrawn = new Set<string>();
    let count = 0;
    // In time order, so that each lane's list keeps the order of `lane.items`.
    geometry.layout.items.forEach((item, position) => {
      const inWindow = this.#extentHigh[position]! >= from && this.#extentLow[position]! <= to;
      const tabStop = item.key === this.#tabStopKey;
      if (!inWindow && !tabStop) return;
      lanes.get(item.lane)?.push(item);
      count++;
      const label = vertical ? this.#labels.get(item.key) : undefined;
      if (tabStop || (label && label.y + label.height >= from && label.y <= to)) labelsDrawn.add(item.key);
    });
    for (const [key, items] of lanes) if (items.length === 0) lanes.delete(key);
    this.#windowLanes = lanes;
    this.#drawnCount = count;
    this.#labelsDrawn = vertical ? labelsDrawn : null;
  }

  /** Whether any item of the collaboration is wholly inside the visible part of the scroll area. */
  #anyInView(id: string): boolean {
    const top = this.#plotScrollTop;
    const bottom = top + this.#viewportHeight();
    const items = this.#geometry?.layout.items ?? [];
    return items.some((item, position) => {
      if (item.id !== id) return false;
      return this.#extentLow[position]! >= top && this.#extentHigh[position]! <= bottom;
    });
  }

  /**
   * Moves the drawn stretch to show the item, and has `updated` scroll there: `nearest`
   * scrolls as little as showing it takes, as moving focus does; `center` puts it in the
   * middle, for an item chosen elsewhere whose neighbours give it context.
   */
  #bringIntoView(key: string, align: 'nearest' | 'center'): void {
    const position = this.#positionByKey.get(key);
    if (position === undefined) return;
    // With room for the focus ring, which reaches a few pixels outside the item: an item
    // scrolled just into view must not have its ring cut by the edge.
    const low = Math.max(0, this.#extentLow[position]! - FOCUS_RING_ROOM);
    const high = this.#extentHigh[position]! + FOCUS_RING_ROOM;
    const height = this.#viewportHeight();
    const top = this.#plotScrollTop;
    let target: number;
    if (align === 'center') target = low - Math.max(0, height - (high - low)) / 2;
    else if (low < top) target = low;
    else if (high > top + height) target = Math.min(low, high - height);
    else return;
    target = Math.max(0, Math.round(target));
    const smooth = align === 'center' && Math.abs(target - top) <= SMOOTH_SCROLL_LIMIT * height;
    this.#pendingScroll = { top: target, smooth };
    this.#windowTop = target;
  }

  #scroller(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.scroller');
  }

  readonly #onScroll = (event: Event): void => {
    if (!this.#virtual) return;
    const top = (event.currentTarget as HTMLElement).scrollTop;
    this.#plotScrollTop = top;
    this.#windowTop = top;
    const [from, to] = this.#windowAround(top);
    if (from !== this.#drawnWindow[0] || to !== this.#drawnWindow[1]) this.requestUpdate();
  };

  #effectiveOrientation(width: number): Orientation {
    if (this.orientation === 'vertical') return 'vertical';
    if (this.orientation === 'horizontal') return 'horizontal';
    return width > 0 && width < VERTICAL_BELOW ? 'vertical' : 'horizontal';
  }

  /**
   * Partner filtering is done before the layout, so that hidden items leave no gaps. In
   * partner lanes, a collaboration shows only in the lanes of the partners asked for.
   */
  #shownCollaborations(index: DatasetIndex, grouping: TimelineGrouping): Collaboration[] {
    const partners = this.partnerSet;
    const shown = index.chronological.filter((collaboration) => matchesPartners(collaboration, partners));
    if (grouping !== 'partner' || partners.size === 0) return shown;
    return shown.map((collaboration) => ({
      ...collaboration,
      partners: collaboration.partners.filter((partner) => partners.has(partner)),
    }));
  }

  #resolveTabStop(): string | null {
    const items = this.#geometry?.layout.items ?? [];
    if (this.focusKey && this.#itemsByKey.has(this.focusKey)) return this.focusKey;
    const sameCollaboration = this.#focusId ? this.#firstItemById.get(this.#focusId) : undefined;
    const selected = this.selected === null ? undefined : this.#firstItemById.get(this.selected);
    return (sameCollaboration ?? selected ?? items[0])?.key ?? null;
  }

  /** The dataset's record, not the layout's copy, which a partner filter may have narrowed. */
  #collaborationOf(item: TimelineItem): Collaboration {
    return this.index?.collaborations.get(item.id) ?? item.collaboration;
  }

  #periodOf(collaboration: Collaboration, lang: UiLanguage = this.uiLang): string {
    const key = `${collaboration.id}|${lang}`;
    let text = this.#periods.get(key);
    if (text === undefined) {
      text = formatPeriod(collaboration.start, collaboration.end, lang);
      this.#periods.set(key, text);
    }
    return text;
  }

  #kindOf(collaboration: Collaboration): string {
    return this.messages.kindLabel[collaboration.kind] ?? collaboration.kind;
  }

  /** Short text for the lane's visible label, and the full name for its accessible name. */
  #laneText(key: string): { short: LocalizedString; full: string } {
    if (this.groupBy !== 'partner') {
      const label = this.messages.kindLabel[key] ?? key;
      return { short: { text: label, lang: this.uiLang }, full: label };
    }
    const organisation = this.index?.organisations.get(key);
    if (!organisation) return { short: { text: key, lang: this.uiLang }, full: key };
    return {
      short: localize(organisation.shortName, this.contentLang),
      full: localize(organisation.name, this.contentLang).text,
    };
  }

  /** A lane's texts; those of the lanes it holds, when lanes were merged to fit a height. */
  #laneLabel(lane: Lane): { short: LocalizedString; full: string } {
    const texts = lane.keys.map((key) => this.#laneText(key));
    return {
      short: { text: texts.map((text) => text.short.text).join(', '), lang: texts[0]!.short.lang },
      full: texts.map((text) => text.full).join(', '),
    };
  }

  /** In partner lanes, the partner's short name: a vertical timeline has no lane labels to show it. */
  #partnerOf(lane: string, contentLang: string): string | null {
    if (this.groupBy !== 'partner') return null;
    const organisation = this.index?.organisations.get(lane);
    return organisation ? localize(organisation.shortName, contentLang).text : lane;
  }

  /**
   * The second part of a vertical label: partner, kind and period, in the order the
   * accessible name has them, so that the visible text is a run of words of the name.
   */
  #metaText(collaboration: Collaboration, lane: string, uiLang: UiLanguage, contentLang: string): string {
    const kind = messagesFor(uiLang).kindLabel[collaboration.kind] ?? collaboration.kind;
    const partner = this.#partnerOf(lane, contentLang);
    return [partner, kind, this.#periodOf(collaboration, uiLang)].filter(Boolean).join(' · ');
  }

  #labelText(item: TimelineItem): LabelText {
    const collaboration = this.#collaborationOf(item);
    const title = localize(collaboration.title, this.contentLang);
    return {
      title: title.text,
      titleLang: title.lang,
      meta: this.#metaText(collaboration, item.lane, this.uiLang, this.contentLang),
    };
  }

  /** Pixels of `text` in the label font, or the lane label font; measured, not laid out. */
  #contextFont = '';

  #textWidth(text: string, font = this.#fonts[0]): number {
    const key = `${font}|${text}`;
    let width = this.#widths.get(key);
    if (width === undefined) {
      this.#context ??= document.createElement('canvas').getContext('2d')!;
      // Setting a canvas font parses it each time, even when it is the same: only on a change.
      if (this.#contextFont !== font) {
        this.#context.font = font;
        this.#contextFont = font;
      }
      // A pixel more than measured, for the rounding of glyph positions.
      width = text ? this.#context.measureText(text).width + 1 : 0;
      this.#widths.set(key, width);
    }
    return width;
  }

  /** The longest start of `text` that fits `room` in the plot's label font. */
  #fit(text: string, room: number, font?: string): string {
    const scale = this.#geometry?.textScale ?? 1;
    return fitText(text, room, (part) => this.#textWidth(part, font) * scale);
  }

  /**
   * An item's label at rest: inside its bar, or beside its mark in the room the layout
   * left it, shortened to fit; then clear of any callout in its row, which wins.
   */
  #markLabel(geometry: TimelineGeometry, item: TimelineItem): MarkLabel {
    let label = this.#markLabels.get(item.key);
    if (label) return label;
    const title = localize(this.#collaborationOf(item).title, this.contentLang);
    const gap = HORIZONTAL.labelGap * geometry.k;
    const low = Math.min(item.start, item.end);
    const high = Math.max(item.start, item.end);
    const end = item.side < 0;
    const x = end ? low - gap : item.side ? high + gap : low + gap;
    // Compact: no text but the callout's, so no target wider than its mark.
    if (this.compact && !this.#callouts.has(item.key)) {
      label = { text: '', lang: title.lang, x: low, width: 0, outside: false, row: item.row, clip: 0 };
      this.#markLabels.set(item.key, label);
      return label;
    }
    label = this.#callouts.get(item.key) ?? this.#measured(title, x, end, item.room, !!item.side, item.row);
    const callout = [...this.#callouts.values()].find((other) => other.row === item.row);
    if (callout && callout !== label) {
      const [from, to] = [callout.x - gap, callout.x + callout.width + gap];
      if (label.x < to && from < label.x + label.width) {
        // Yields: keeps what is before a callout on its right, or after one on its left.
        label = this.#measured(title, x, end, end ? x - to : from - x, !!item.side, item.row);
      }
    }
    this.#markLabels.set(item.key, label);
    return label;
  }

  #measured(
    title: LocalizedString,
    x: number,
    end: boolean,
    room: number,
    outside: boolean,
    row: number,
  ): MarkLabel {
    const scale = this.#geometry?.textScale ?? 1;
    let text = this.#fit(title.text, room);
    let width = this.#textWidth(text) * scale;
    let clip = 0;
    if (width > room) {
      // A few characters at the least, or nothing.
      clip = room - this.#textWidth('…') * scale;
      width = room;
      if (clip < LABEL_EM * this.#em * scale * 1.5) [text, width] = ['', 0];
    }
    return { text, lang: title.lang, x: end ? x - width : x, width, outside, row, clip };
  }

  /**
   * The selected collaboration's label is whole: when its room is too small, it goes beside
   * the mark where it fits, else over the mark, as a callout on a plate above its
   * neighbours, whose labels give way (`#markLabel`).
   */
  #placeCallouts(geometry: TimelineGeometry): void {
    if (this.#virtual) return;
    const gap = HORIZONTAL.labelGap * geometry.k;
    const scale = geometry.textScale;
    for (const item of geometry.layout.items) {
      if (item.id !== this.selected) continue;
      const title = localize(this.#collaborationOf(item).title, this.contentLang);
      const width = this.#textWidth(title.text) * scale;
      // Compact, the callout is the only label there is.
      if (width <= item.room && !this.compact) continue;
      const low = Math.min(item.start, item.end);
      const high = Math.max(item.start, item.end);
      const right = geometry.width - 2;
      if (this.compact) {
        // Beside its mark when it fits, else over or under it: the mark stays in sight.
        const beside =
          high + gap + width <= right
            ? high + gap
            : low - gap - width >= geometry.labelEdge
              ? low - gap - width
              : null;
        const x = beside ?? Math.max(2, Math.min((low + high) / 2 - width / 2, right - width));
        this.#callouts.set(item.key, {
          text: title.text,
          lang: title.lang,
          x,
          width,
          outside: true,
          row: item.row,
          clip: 0,
          offRow: beside === null,
        });
        continue;
      }
      const end = high + gap + width > right && low - gap - width >= geometry.labelEdge;
      const x = end
        ? low - gap
        : high + gap + width <= right
          ? high + gap
          : Math.max(2, Math.min(low, right - width));
      this.#callouts.set(item.key, {
        text: title.text,
        lang: title.lang,
        x: end ? x - width : x,
        width,
        outside: true,
        row: item.row,
        clip: 0,
      });
    }
  }

  /**
   * The room a vertical label needs in whichever language it is shown, so that the layout
   * is the same in every language and a language switch only replaces text.
   */
  readonly #labelRoom = (
    collaboration: Collaboration,
    lane: string,
    labelWidth: number,
    v: typeof VERTICAL,
  ): number => {
    const record = this.index?.collaborations.get(collaboration.id) ?? collaboration;
    let titleLines = 1;
    let metaLines = 1;
    for (const title of Object.values(record.title)) {
      titleLines = Math.max(titleLines, wrapLabel(title, '', labelWidth, v).title.length);
    }
    // The interface languages bound it; a dataset's extra languages only risk a label
    // pushed a little below its year, which placement allows for.
    for (const lang of UI_LANGUAGES) {
      const meta = this.#metaText(record, lane, lang, lang);
      metaLines = Math.max(metaLines, wrapLabel('', meta, labelWidth, v).meta.length);
    }
    return labelHeight(titleLines, metaLines, v);
  };

  /**
   * "Synergie MASMUT phase 1, programme, 2014 – December 2016, 6 partners, inferred"; in
   * partner lanes the lane's short name follows the title, since arrow keys cross lanes.
   */
  #accessibleName(item: TimelineItem, collaboration: Collaboration, inactive: boolean): string {
    let name = this.#names.get(item.key);
    if (name === undefined) {
      // The words the label shows, in its order and case, so that a speech-input user can
      // say what they read to reach the item (WCAG 2.5.3, Label in Name), then the rest.
      const parts = [
        localize(collaboration.title, this.contentLang).text,
        this.#partnerOf(item.lane, this.contentLang),
        this.#kindOf(collaboration),
        this.#periodOf(collaboration),
        this.#timelineMessages.partnerCount(collaboration.partners.length),
      ];
      if (collaboration.confidence === 'inferred') parts.push(this.messages.inferred);
      name = parts.filter(Boolean).join(', ');
      this.#names.set(item.key, name);
    }
    return inactive && this.year !== null
      ? `${name}, ${this.#timelineMessages.notActiveIn(this.year)}`
      : name;
  }

  /** Lang only where the text is not in the language around it. */
  #langOf(text: LocalizedString): string | typeof nothing {
    return text.lang === this.uiLang ? nothing : text.lang;
  }

  #itemElement(key: string): SVGGElement | null {
    return this.renderRoot.querySelector<SVGGElement>(`${OPTION}[data-key="${CSS.escape(key)}"]`);
  }

  #itemFromEvent(event: Event): TimelineItem | null {
    const target = event.target instanceof Element ? event.target.closest(OPTION) : null;
    const key = target?.getAttribute('data-key');
    return key ? (this.#itemsByKey.get(key) ?? null) : null;
  }

  // --- interaction -------------------------------------------------------------------------

  #selectCollaboration(id: string | null): void {
    if (this.selected === id) return;
    this.selected = id;
    // Built apart from `dispatchEvent` so that the manifest analyzer does not mistake the
    // constructor's argument for an event name; the events are documented above.
    const event = new PartnershipSelectEvent(id === null ? null : { kind: 'collaboration', id });
    this.dispatchEvent(event);
  }

  #setYear(year: number | null): void {
    if (this.year === year) return;
    this.year = year;
    const event = new PartnershipYearChangeEvent(year);
    this.dispatchEvent(event);
  }

  #focusItem(item: TimelineItem): void {
    this.focusKey = item.key;
    this.#focusId = item.id;
    this.tooltipDismissed = false;
    // Tabindex -1 still takes focus, and Lit moves the tab stop. An item outside the drawn
    // stretch is drawn first, as the tab stop, and focused after that update.
    const element = this.#itemElement(item.key);
    if (element && !this.#virtual) element.focus();
    else {
      this.#pendingFocusKey = item.key;
      this.requestUpdate();
    }
  }

  readonly #onItemClick = (event: MouseEvent): void => {
    const item = this.#itemFromEvent(event);
    if (!item) return;
    this.#focusItem(item);
    this.#selectCollaboration(item.id);
  };

  readonly #onItemKeydown = (event: KeyboardEvent): void => {
    const items = this.#geometry?.layout.items ?? [];
    const current = this.#itemFromEvent(event);
    // Alt+Left and the like belong to the browser.
    if (!current || items.length === 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    const position = items.findIndex((item) => item.key === current.key);
    let target: TimelineItem | undefined;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        target = items[Math.min(items.length - 1, position + 1)];
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        target = items[Math.max(0, position - 1)];
        break;
      case 'Home':
        target = items[0];
        break;
      case 'End':
        target = items[items.length - 1];
        break;
      case 'Enter':
      case ' ':
        this.#selectCollaboration(current.id);
        break;
      case 'Escape':
        if (this.selected === null && (this.tooltipDismissed || !this.focusInItems)) return;
        this.tooltipDismissed = true;
        this.#selectCollaboration(null);
        break;
      default:
        return;
    }
    event.preventDefault();
    if (target) this.#focusItem(target);
  };

  readonly #onItemFocusIn = (event: FocusEvent): void => {
    const item = this.#itemFromEvent(event);
    if (!item) return;
    if (item.key !== this.focusKey) this.tooltipDismissed = false;
    this.focusKey = item.key;
    this.#focusId = item.id;
    this.focusInItems = true;
  };

  readonly #onItemFocusOut = (event: FocusEvent): void => {
    // Focus lost because this update removed the node is given back in `updated`.
    if (this.#restoreFocus) return;
    const next = event.relatedTarget;
    if (next instanceof Element && next.matches(OPTION) && this.renderRoot.contains(next)) return;
    this.focusInItems = false;
  };

  readonly #onPointerOver = (event: PointerEvent): void => {
    const item = this.#itemFromEvent(event);
    if (!item || item.key === this.hoverKey) return;
    this.hoverKey = item.key;
    this.tooltipDismissed = false;
  };

  readonly #onPointerOut = (event: PointerEvent): void => {
    const from = this.#itemFromEvent(event);
    const to = event.relatedTarget instanceof Element ? event.relatedTarget.closest(OPTION) : null;
    if (from && to?.getAttribute('data-key') !== from.key) this.hoverKey = null;
  };

  readonly #onYearInput = (event: Event): void => {
    const year = Number((event.target as HTMLInputElement).value);
    if (Number.isInteger(year)) this.#setYear(year);
  };

  readonly #onAllYears = (): void => this.#setYear(null);

  #setGrouping(grouping: TimelineGrouping): void {
    this.groupBy = grouping;
  }

  // --- rendering ---------------------------------------------------------------------------

  override render(): TemplateResult {
    // The sizer is there in every state, since the resize controller looks for it only once.
    const sizer = html`<div class="sizer" aria-hidden="true"></div>`;
    const status = this.renderStatus();
    if (status) return html`${sizer}${status}`;
    const geometry = this.#geometry;
    const orientation = geometry?.orientation ?? this.#effectiveOrientation(this.#size.width);
    return html`${sizer}
      <div class="base" part="base" data-orientation=${orientation} lang=${this.uiLang}>
        ${this.#renderToolbar()} ${geometry ? this.#renderChart(geometry) : nothing}
        <p id="help" class="visually-hidden">${this.messages.keyboardHelpTimeline}</p>
      </div>`;
  }

  #renderToolbar(): TemplateResult {
    const m = this.messages;
    const grouping = this.groupBy === 'partner' ? 'partner' : 'kind';
    return html`<div class="toolbar" part="toolbar">
      <div class="group-by" part="group-by" role="group" aria-labelledby="group-by-label">
        <span id="group-by-label" class="toolbar-label">${m.groupBy}</span>
        <button
          type="button"
          part="button"
          aria-pressed=${grouping === 'kind' ? 'true' : 'false'}
          @click=${() => this.#setGrouping('kind')}
        >
          ${m.groupByKind}
        </button>
        <button
          type="button"
          part="button"
          aria-pressed=${grouping === 'partner' ? 'true' : 'false'}
          @click=${() => this.#setGrouping('partner')}
        >
          ${m.groupByPartner}
        </button>
      </div>
      <div class="year-control">
        <label for="year" class="toolbar-label">${m.year}</label>
        ${this.year === null ? nothing : html`<span class="year-value" aria-hidden="true">${this.year}</span>`}
        <button
          type="button"
          class="all-years"
          part="button all-years"
          aria-pressed=${this.year === null ? 'true' : 'false'}
          @click=${this.#onAllYears}
        >
          ${m.allYears}
        </button>
      </div>
    </div>`;
  }

  #renderChart(geometry: TimelineGeometry): TemplateResult {
    const horizontal = geometry.orientation === 'horizontal';
    const height = horizontal ? geometry.height : Math.max(geometry.height, this.#labelsBottom + 8);
    const items = geometry.layout.items;
    return html`<div class="chart">
      ${horizontal ? this.#renderAxis(geometry) : nothing} ${this.#renderScrubber(geometry)}
      <div class=${this.#virtual ? 'plot-frame scroller' : 'plot-frame'} @scroll=${this.#onScroll}>
        ${
          items.length === 0
            ? html`<p class="empty" part="empty" role="status">${this.messages.noCollaborations}</p>`
            : html`<svg
                class="plot"
                part="plot"
                role="group"
                aria-label=${this.messages.timelineLabel}
                width=${geometry.width}
                height=${height}
                viewBox="0 0 ${geometry.width} ${height}"
                style=${styleMap(geometry.textScale < 1 ? { 'font-size': `${geometry.textScale}em` } : {})}
              >
                <defs>
                  <pattern
                    id="hatch"
                    width="6"
                    height="6"
                    patternUnits="userSpaceOnUse"
                    patternTransform="rotate(45)"
                  >
                    <rect class="hatch-ground" width="6" height="6"></rect>
                    <line class="hatch-line" x1="0" y1="0" x2="0" y2="6"></line>
                  </pattern>
                </defs>
                ${horizontal ? this.#renderLanesHorizontal(geometry) : this.#renderAxisVertical(geometry, height)}
                ${this.#renderYearMarker(geometry, height)} ${this.#renderItems(geometry)}
                ${horizontal ? this.#renderCallouts(geometry) : nothing}
              </svg>`
        }
        ${this.#renderTooltip(geometry, height)}
      </div>
    </div>`;
  }

  #renderAxis(geometry: TimelineGeometry): TemplateResult {
    const { scale, ticks, width } = geometry;
    const { period } = this.index!.dataset;
    const { k } = geometry;
    // Fitting a height, the axis gives up the room above its labels.
    const h = HORIZONTAL.axisHeight * k - (this.fit ? 8 * k : 0);
    const years: number[] = [];
    for (let year = period.start; year <= period.end + 1; year++) years.push(year);
    return html`<svg class="axis" part="axis" aria-hidden="true" width=${width} height=${h}>
      <line class="axis-line" x1=${geometry.range[0]} x2=${geometry.range[1]} y1=${h - 1} y2=${h - 1}></line>
      ${years.map((year) => svg`<line class="tick" x1=${scale(year)} x2=${scale(year)} y1=${h - 6} y2=${h}></line>`)}
      ${ticks.map(
        (year) =>
          svg`<text class=${`tick-label${year === this.year ? ' current' : ''}`}
            x=${scale(year + 0.5)} y=${h - 12 * k} text-anchor="middle">${year}</text>`,
      )}
      ${
        this.year !== null && this.year >= period.start && this.year <= period.end
          ? svg`<path class="year-pointer" part="year-marker"
            d=${diamond(scale(this.year + 0.5), h - 3, 5)}></path>`
          : nothing
      }
    </svg>`;
  }

  #renderScrubber(geometry: TimelineGeometry): TemplateResult {
    const { period } = this.index!.dataset;
    const style: Record<string, string> = {};
    if (geometry.orientation === 'horizontal' && period.end > period.start) {
      // The thumb's centre travels from THUMB / 2 to width − THUMB / 2, so this puts each
      // value under the middle of its year on the axis.
      const first = geometry.scale(period.start + 0.5);
      const last = geometry.scale(period.end + 0.5);
      style['margin-left'] = `${first - THUMB / 2}px`;
      style['width'] = `${last - first + THUMB}px`;
    }
    const value = this.year ?? period.start;
    return html`<div class="scrubber">
      <input
        id="year"
        type="range"
        part="scrubber"
        class=${this.year === null ? 'all-years' : ''}
        min=${period.start}
        max=${period.end}
        step="1"
        .value=${String(value)}
        aria-valuetext=${this.year === null ? this.messages.allYears : String(this.year)}
        style=${styleMap(style)}
        @input=${this.#onYearInput}
      />
    </div>`;
  }

  #renderLanesHorizontal(geometry: TimelineGeometry): SVGTemplateResult {
    const { bands, scale, width, height, labelEdge, k } = geometry;
    const { period } = this.index!.dataset;
    const grid: number[] = [];
    for (let year = period.start; year <= period.end + 1; year++) grid.push(scale(year));
    return svg`<g aria-hidden="true">
      ${bands.map((band, index) =>
        index % 2 === 0
          ? svg`<rect class="lane-band" x="0" y=${band.start} width=${width} height=${band.size}></rect>`
          : nothing,
      )}
      ${grid.map((x) => svg`<line class="grid" x1=${x} x2=${x} y1="0" y2=${height}></line>`)}
      ${geometry.layout.lanes.map((lane, index) => {
        const text = this.#laneLabel(lane).short;
        const shown = this.#fit(text.text, labelEdge - 16 * k, this.#fonts[1]);
        const y = (geometry.rowOffsets[lane.firstRow] ?? 0) + geometry.rowSize / 2;
        // A lane can be thousands of pixels long in a scroll area: its name recurs in it.
        const ys = [y];
        if (this.#virtual) {
          const band = bands[index]!;
          const last = band.start + band.size - geometry.rowSize;
          for (let next = y + LANE_LABEL_EVERY; next < last; next += LANE_LABEL_EVERY) ys.push(next);
        }
        return ys.map(
          (at) => svg`<text class="lane-label" part="lane-label" x=${labelEdge - 10 * k} y=${at}
          text-anchor="end" dominant-baseline="central" lang=${this.#langOf(text)}>${shown}</text>`,
        );
      })}
    </g>`;
  }

  #renderAxisVertical(geometry: TimelineGeometry, height: number): SVGTemplateResult {
    const { scale, ticks, width } = geometry;
    const { period } = this.index!.dataset;
    const grid: number[] = [];
    for (let year = period.start; year <= period.end + 1; year++) grid.push(scale(year));
    const x = geometry.v.axisWidth;
    return svg`<g class="axis" part="axis" aria-hidden="true">
      ${grid.map((y) => svg`<line class="grid" x1=${x} x2=${width} y1=${y} y2=${y}></line>`)}
      <line class="axis-line" x1=${x} x2=${x} y1=${geometry.range[0]} y2=${Math.max(geometry.range[1], height)}></line>
      ${ticks.map(
        (year) =>
          svg`<text class=${`tick-label${year === this.year ? ' current' : ''}`}
            x=${x - 8} y=${scale(year + 0.5)} text-anchor="end" dominant-baseline="central">${year}</text>`,
      )}
    </g>`;
  }

  #renderYearMarker(geometry: TimelineGeometry, height: number): SVGTemplateResult | typeof nothing {
    const year = this.year;
    const { period } = this.index!.dataset;
    if (year === null || year < period.start || year > period.end) return nothing;
    const { scale, width } = geometry;
    const from = scale(year);
    const to = scale(year + 1);
    const middle = scale(year + 0.5);
    if (geometry.orientation === 'horizontal') {
      return svg`<g class="year-marker" part="year-marker" aria-hidden="true">
        <rect class="year-band" x=${Math.min(from, to)} y="0" width=${Math.abs(to - from)} height=${height}></rect>
        <line class="year-line" x1=${middle} x2=${middle} y1="0" y2=${height}></line>
      </g>`;
    }
    const x = geometry.v.axisWidth;
    return svg`<g class="year-marker" part="year-marker" aria-hidden="true">
      <rect class="year-band" x=${x} y=${Math.min(from, to)} width=${width - x} height=${Math.abs(to - from)}></rect>
      <line class="year-line" x1=${x} x2=${width} y1=${middle} y2=${middle}></line>
    </g>`;
  }

  #renderItems(geometry: TimelineGeometry): SVGTemplateResult {
    const year = this.year;
    const visibleCount = year === null ? this.#collaborationCount : (this.#activeByYear.get(year) ?? 0);
    const lanes = this.#virtual
      ? geometry.layout.lanes.filter((lane) => this.#windowLanes.has(lane.key))
      : geometry.layout.lanes;
    // Listbox and option: one tab stop, arrow keys, and a selection state that Chromium and
    // screen readers report as "selected" — which is what choosing an item is.
    return svg`<g
      class="items"
      role="listbox"
      aria-label=${this.messages.activeCount(visibleCount, year)}
      aria-orientation=${geometry.orientation}
      aria-describedby="help"
      @click=${this.#onItemClick}
      @keydown=${this.#onItemKeydown}
      @focusin=${this.#onItemFocusIn}
      @focusout=${this.#onItemFocusOut}
      @pointerover=${this.#onPointerOver}
      @pointerout=${this.#onPointerOut}
    >
      ${repeat(
        lanes,
        (lane) => lane.key,
        (lane) => this.#renderLane(geometry, lane),
      )}
    </g>`;
  }

  #renderLane(geometry: TimelineGeometry, lane: Lane): SVGTemplateResult {
    return svg`<g role="group" aria-label=${this.#laneLabel(lane).full}>
      ${repeat(
        this.#windowLanes.get(lane.key) ?? lane.items,
        (item) => item.key,
        (item) => this.#renderGuardedItem(geometry, item),
      )}
    </g>`;
  }

  /**
   * Re-renders an item only when something it shows changed: a year change touches the
   * items whose activity changed, not all of them, which matters with thousands of items.
   */
  #renderGuardedItem(geometry: TimelineGeometry, item: TimelineItem) {
    const selection = this.selection;
    const inactive = this.year !== null && !isActiveIn(item.collaboration, this.year);
    return guard(
      [
        geometry,
        item,
        this.#labels,
        this.#markLabels,
        this.contentLang,
        this.uiLang,
        selection?.kind === 'collaboration' && selection.id === item.id,
        selection?.kind === 'country' ? this.#highlight.collaborations.has(item.id) : null,
        // The year is in the name of an inactive item only.
        inactive ? this.year : null,
        item.key === this.#tabStopKey,
        this.#labelsDrawn?.has(item.key) ?? true,
      ],
      () => this.#renderItem(geometry, item),
    );
  }

  #renderItem(geometry: TimelineGeometry, item: TimelineItem): SVGTemplateResult {
    const collaboration = this.#collaborationOf(item);
    const inferred = collaboration.confidence === 'inferred';
    const selection = this.selection;
    const selected = selection?.kind === 'collaboration' && selection.id === item.id;
    const inCountry = selection?.kind === 'country' && this.#highlight.collaborations.has(item.id);
    const inactive = this.year !== null && !isActiveIn(collaboration, this.year);
    // Only some items are in the DOM, so the list's size and order are stated.
    const position = this.#virtual ? (this.#positionByKey.get(item.key) ?? 0) + 1 : null;
    const dimmed = inactive || (selection?.kind === 'country' && !inCountry);
    const parts = [
      'item',
      item.span ? 'span' : 'event',
      inferred ? 'inferred' : '',
      selected ? 'selected' : '',
      inCountry ? 'highlighted' : '',
      dimmed ? 'dimmed' : '',
    ].filter(Boolean);
    const classes = {
      item: true,
      span: item.span,
      event: !item.span,
      inferred,
      selected,
      highlighted: inCountry,
      dimmed,
    };
    const shape =
      geometry.orientation === 'horizontal'
        ? this.#renderMarkHorizontal(geometry, item, inferred)
        : this.#renderMarkVertical(geometry, item);
    return svg`<g
      class=${classNames(classes)}
      part=${parts.join(' ')}
      role="option"
      tabindex=${item.key === this.#tabStopKey ? '0' : '-1'}
      aria-selected=${selected ? 'true' : 'false'}
      aria-label=${this.#accessibleName(item, collaboration, inactive)}
      aria-setsize=${position === null ? nothing : geometry.layout.items.length}
      aria-posinset=${position ?? nothing}
      data-key=${item.key}
      data-id=${item.id}
    >${shape}</g>`;
  }

  /**
   * Only the tab stop can have focus (focusing an item makes it the tab stop), so only it
   * carries a focus ring: a node fewer for every other item.
   */
  #isTabStop(item: TimelineItem): boolean {
    return item.key === this.#tabStopKey;
  }

  #renderMarkHorizontal(
    geometry: TimelineGeometry,
    item: TimelineItem,
    inferred: boolean,
  ): SVGTemplateResult {
    const top = geometry.rowOffsets[item.row] ?? 0;
    const middle = top + geometry.rowSize / 2;
    const bar = geometry.markSize;
    const x = Math.min(item.start, item.end);
    const length = Math.abs(item.end - item.start);
    const label = this.#markLabel(geometry, item);
    // The label is part of the target, which is at least 24 px wide for short spans and events.
    // A compact timeline's callout is drawn over the rows, not part of any target.
    const beside = label.outside && !this.compact;
    const from = Math.min(x, beside ? label.x : x);
    const to = Math.max(x + length, beside ? label.x + label.width : 0);
    const hitWidth = Math.max(24, to - from);
    const hit = svg`<rect class="hit" x=${(from + to) / 2 - hitWidth / 2} y=${top}
      width=${hitWidth} height=${geometry.rowSize}></rect>`;
    const text = label.text ? this.#renderLabelText(label, middle) : nothing;
    if (!item.span) {
      // No larger than the room the layout gave it, which labels beside it keep clear of.
      const r = Math.min(bar, length) / 2;
      const ring = this.#isTabStop(item)
        ? svg`<path class="focus-ring" d=${diamond(item.center, middle, r + 3)}></path>`
        : nothing;
      return svg`${hit}<path class="mark" d=${diamond(item.center, middle, r - 1)}></path>${text}${ring}`;
    }
    return svg`${hit}<rect class="mark" x=${x} y=${middle - bar / 2} width=${length} height=${bar} rx="3"></rect>
      ${inferred ? svg`<rect class="hatch" x=${x} y=${middle - bar / 2} width=${length} height=${bar} rx="3"></rect>` : nothing}
      ${text}
      ${
        this.#isTabStop(item)
          ? svg`<rect class="focus-ring" x=${x - 4} y=${middle - bar / 2 - 4} width=${length + 8} height=${bar + 8} rx="5"></rect>`
          : nothing
      }`;
  }

  #renderLabelText(label: MarkLabel, y: number): SVGTemplateResult {
    const { x, clip } = label;
    const text = svg`<text class=${label.outside ? 'mark-label outside' : 'mark-label'} x=${clip ? 0 : x} y=${clip ? '50%' : y}
      dominant-baseline="central" lang=${label.lang === this.uiLang ? nothing : label.lang}>${label.text}</text>`;
    if (!clip) return text;
    // The first word, cut short by a viewport, then an ellipsis.
    const height = this.#geometry!.rowSize;
    return svg`<svg class="clip" x=${x} y=${y - height / 2} width=${clip} height=${height}>${text}</svg>
      <text class=${label.outside ? 'mark-label outside' : 'mark-label'} x=${x + clip} y=${y}
        dominant-baseline="central">…</text>`;
  }

  /** Whole labels of the selected collaboration that overlay their neighbours, on a plate. */
  #renderCallouts(geometry: TimelineGeometry): SVGTemplateResult[] {
    return [...this.#callouts.values()].map((label) => {
      const plate = LEAST_ROW * LABEL_EM * this.#em * geometry.textScale;
      // Compact rows can be lower than the text: the plate keeps its size and stays inside.
      const height = this.compact ? plate : Math.min(geometry.rowSize, plate);
      let middle = (geometry.rowOffsets[label.row] ?? 0) + geometry.rowSize / 2;
      if (label.offRow) {
        const offset = (geometry.rowSize + height) / 2;
        middle = middle - offset >= height / 2 ? middle - offset : middle + offset;
      }
      middle = Math.max(height / 2, Math.min(geometry.height - height / 2, middle));
      return svg`<g class="callout" aria-hidden="true">
        <rect class="plate" x=${label.x - 3} y=${middle - height / 2} width=${label.width + 6}
          height=${height} rx="3"></rect>
        ${this.#renderLabelText(label, middle)}
      </g>`;
    });
  }

  #renderMarkVertical(geometry: TimelineGeometry, item: TimelineItem): SVGTemplateResult {
    const left = geometry.rowOffsets[item.row] ?? 0;
    const centre = left + geometry.rowSize / 2;
    const mark = geometry.markSize;
    const { v, k } = geometry;
    const label = this.#labelsDrawn?.has(item.key) === false ? undefined : this.#labels.get(item.key);
    const markTop = Math.min(item.start, item.end);
    const length = Math.abs(item.end - item.start);
    const markHit = svg`<rect class="hit" x=${left - 2} y=${markTop} width=${geometry.rowSize + 4} height=${Math.max(length, v.eventSize)}></rect>`;
    const shape = item.span
      ? svg`<rect class="mark" x=${centre - mark / 2} y=${markTop} width=${mark} height=${length} rx="2"></rect>
          ${item.collaboration.confidence === 'inferred' ? svg`<rect class="hatch" x=${centre - mark / 2} y=${markTop} width=${mark} height=${length} rx="2"></rect>` : nothing}`
      : svg`<path class="mark" d=${diamond(centre, item.center, v.eventSize / 2 - 1)}></path>`;
    if (!label) return svg`${markHit}${shape}`;
    const labelX = geometry.labelEdge;
    const anchorX = centre + (item.span ? mark / 2 : v.eventSize / 2);
    const titleTop = label.y + 12 * k;
    const metaTop = label.y + label.title.length * v.titleLine + 12 * k;
    const titleLang = label.titleLang === this.uiLang ? nothing : label.titleLang;
    return svg`${markHit}
      <rect class="hit" x=${labelX - 4} y=${label.y} width=${geometry.labelWidth + 6} height=${label.height}></rect>
      <path class="leader" d="M${anchorX},${label.anchor}L${labelX - 8},${label.y + 8 * k}L${labelX - 3},${label.y + 8 * k}"></path>
      ${shape}
      <text class="item-title" x=${labelX} y=${titleTop} lang=${titleLang}>${label.title.map(
        // The space ending each line keeps words apart in the item's text (and its name as
        // assistive technology reads it); at a line's end it takes no room.
        (line, index) => svg`<tspan x=${labelX} dy=${index === 0 ? 0 : v.titleLine}>${line} </tspan>`,
      )}</text>
      <text class="item-meta" x=${labelX} y=${metaTop}>${label.meta.map(
        (line, index) => svg`<tspan x=${labelX} dy=${index === 0 ? 0 : v.metaLine}>${line} </tspan>`,
      )}</text>
      ${
        this.#isTabStop(item)
          ? svg`<rect class="focus-ring" x=${labelX - 6} y=${label.y - 3} width=${geometry.labelWidth + 10} height=${label.height + 4} rx="5"></rect>`
          : nothing
      }`;
  }

  #renderTooltip(geometry: TimelineGeometry, height: number): TemplateResult | typeof nothing {
    if (this.tooltipDismissed) return nothing;
    const key = this.hoverKey ?? (this.focusInItems ? this.#tabStopKey : null);
    const item = key ? this.#itemsByKey.get(key) : undefined;
    if (!item) return nothing;
    const collaboration = this.#collaborationOf(item);
    const title = localize(collaboration.title, this.contentLang);
    let x: number;
    let top: number;
    let bottom: number;
    if (geometry.orientation === 'horizontal') {
      const from = Math.max(geometry.range[0], Math.min(item.start, item.end));
      const to = Math.min(geometry.range[1], Math.max(item.start, item.end));
      x = (from + to) / 2;
      top = geometry.rowOffsets[item.row] ?? 0;
      bottom = top + geometry.rowSize;
    } else {
      const label = this.#labels.get(item.key);
      x = geometry.labelEdge;
      top = label?.y ?? Math.min(item.start, item.end);
      bottom = top + (label?.height ?? geometry.rowSize);
    }
    // Sliding by the anchor's share of the width keeps the tooltip inside the element at
    // either edge without measuring it; it goes above the item when there is no room below.
    const share = Math.min(100, Math.max(0, (x / geometry.width) * 100));
    // In a scroll area, the room that counts is that of its visible part.
    const shownTop = this.#virtual ? this.#plotScrollTop : 0;
    const shownBottom = this.#virtual
      ? Math.min(height, this.#plotScrollTop + this.#viewportHeight())
      : height;
    // Fitting a height, the axis and toolbar above are room too: it goes on the roomier side.
    const above = this.fit ? top + bottom > height : bottom + 80 > shownBottom && top > shownTop + 80;
    const style = {
      left: `${x}px`,
      top: `${above ? top - 4 : bottom + 4}px`,
      transform: `translate(${-share}%, ${above ? '-100%' : '0'})`,
    };
    const kind = this.#kindOf(collaboration);
    return html`<div class="tooltip" part="tooltip" aria-hidden="true" style=${styleMap(style)}>
      <strong class="tooltip-title" lang=${this.#langOf(title)}>${title.text}</strong>
      <span class="tooltip-line">${this.#periodOf(collaboration)}</span>
      <span class="tooltip-line"
        >${kind}${
          collaboration.confidence === 'inferred'
            ? html` · <em class="tooltip-inferred">${this.messages.inferred}</em>`
            : nothing
        }</span
      >
    </div>`;
  }
}

defineElement('partnership-timeline', PartnershipTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'partnership-timeline': PartnershipTimeline;
  }
}
