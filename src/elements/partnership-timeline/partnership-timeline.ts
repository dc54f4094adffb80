import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { styleMap } from '../shared/style-map.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import { RovingListboxController } from '../../controllers/roving-listbox-controller.js';
import { highlightedBy, type DatasetIndex } from '../../data/queries.js';
import type { Period, TimelineGrouping } from '../../time/index.js';
import { defineElement } from '../shared/define.js';
import { hatchPattern } from '../shared/hatch.js';
import { memo } from '../shared/memo.js';
import { PartnershipElement } from '../shared/partnership-element.js';
import { themeStyles } from '../shared/styles.js';
import { renderTooltip } from '../shared/tooltip.js';
import type { TimelineGeometry } from './geometry.js';
import { MarkLabels } from './mark-labels.js';
import type { Orientation } from './metrics.js';
import { timelineStyles } from './partnership-timeline.styles.js';
import { horizontal } from './render-horizontal.js';
import { vertical } from './render-vertical.js';
import { renderItems, type ItemEvents } from './render-items.js';
import { renderScrubber, renderToolbar, type Controls } from './timeline-controls.js';
import { geometryFor, laidOut, type LaidOut } from './timeline-layout.js';
import { TimelineText } from './timeline-text.js';
import type { TimelineView } from './timeline-view.js';
import { placeLabels, type ItemLabel } from './vertical-labels.js';
import { VirtualWindow, VIRTUALISE_ABOVE } from './virtual-window.js';
import { SERVER_WIDTH } from '../shared/server-layout.js';

export { VIRTUALISE_ABOVE };

export type TimelineOrientation = 'auto' | 'horizontal' | 'vertical';

/** Below this width, `orientation="auto"` turns the timeline on its side. */
const VERTICAL_BELOW = 600;

const OPTION = '[role="option"]';
const NO_KEYS: readonly string[] = [];
const NO_LABELS: ReadonlyMap<string, ItemLabel> = new Map();

/** The key of the item a node is in, or null. */
function keyOf(node: EventTarget | null): string | null {
  return (node instanceof Element && node.closest(OPTION)?.getAttribute('data-key')) || null;
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
    hoverKey: { state: true, attribute: false },
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

  private hoverKey: string | null = null;
  /** Escape hides the tooltip until the pointer or focus moves to another item (WCAG 1.4.13). */
  private tooltipDismissed = false;

  /**
   * Measures a zero-height sizer rather than the host, whose height follows the layout:
   * observing the host would resize it within its own notification and make the browser
   * report a ResizeObserver loop.
   */
  readonly #size = new ResizeController(
    this,
    () => this.renderRoot.querySelector('.sizer'),
    () => [SERVER_WIDTH, 0],
  );
  /** With `fit`, the box the plot must keep to, which the CSS sizes from the host's height. */
  readonly #frame = new ResizeController(this, () =>
    this.fit ? this.renderRoot.querySelector('.plot-frame') : null,
  );
  readonly #window = new VirtualWindow(this);
  readonly #text = new TimelineText(this);

  /** The layout and its lookups; the last one while the element has no width. */
  #laid: LaidOut | null = null;
  #view: TimelineView | null = null;
  /** The collaboration of the item focused last, whose item keeps the tab stop across a regrouping. */
  #focusId: string | null = null;
  /** The collaboration this view asked to select: shown where it was chosen, not scrolled to. */
  #asked: string | null | undefined;
  /** A collaboration selected from outside since the last layout, to bring into view. */
  #reveal = false;

  readonly #geometry = memo(geometryFor);
  readonly #laidOut = memo(laidOut);
  /** Vertical labels are wrapped text, so they depend on the language as well as the layout. */
  readonly #labels = memo(
    (geometry: TimelineGeometry, period: Period, _contentLang: string, _uiLang: string) => {
      const placed = placeLabels(geometry, period, (item) => this.#text.label(item));
      return { labels: new Map(placed.labels.map((label) => [label.key, label])), bottom: placed.bottom };
    },
  );
  /** Horizontal labels are fitted text too, and the selected collaboration's is whole. */
  readonly #marks = memo(
    (
      geometry: TimelineGeometry,
      _contentLang: string,
      selected: string | null,
      compact: boolean,
      virtual: boolean,
    ) => new MarkLabels(geometry, this.#text, selected, compact, virtual),
  );
  /** The collaborations of a selected country. */
  readonly #highlight = memo(
    (index: DatasetIndex, _selected: string | null) => highlightedBy(index, this.selection).collaborations,
  );

  readonly #listbox = new RovingListboxController(this, {
    keys: () => this.#laid?.keys ?? NO_KEYS,
    fallback: () => {
      const firstOf = this.#laid?.firstOf;
      const item =
        (this.#focusId === null ? undefined : firstOf?.get(this.#focusId)) ??
        (this.selected === null ? undefined : firstOf?.get(this.selected)) ??
        this.#laid?.geometry.layout.items[0];
      return item?.key ?? null;
    },
    element: (key) => this.renderRoot.querySelector<SVGGElement>(`${OPTION}[data-key="${CSS.escape(key)}"]`),
    keyOf,
    activate: (key) => {
      const item = this.#laid?.byKey.get(key);
      if (item) this.#select(item.id);
    },
    dismiss: () => {
      if (this.selected === null && (this.tooltipDismissed || !this.#listbox.focusWithin)) return false;
      this.tooltipDismissed = true;
      this.#select(null);
      return true;
    },
    focused: (key) => {
      this.#focusId = this.#laid?.byKey.get(key)?.id ?? this.#focusId;
      this.tooltipDismissed = false;
    },
    // An item outside the drawn stretch is drawn first, as the tab stop, and focused after.
    virtual: () => this.#laid?.virtual ?? false,
  });

  /**
   * How many items the timeline laid out: one per collaboration, or one per partner and
   * collaboration in partner lanes; 0 until the dataset is ready or while it shows an error.
   */
  get itemCount(): number {
    return this.#laid?.geometry.layout.items.length ?? 0;
  }

  /**
   * How many of the laid-out items are in the DOM now: all of them up to 300 items, else
   * those in and near the visible part of the scroll area, and the one holding the tab stop.
   */
  get renderedItemCount(): number {
    return this.#laid ? this.#window.drawn.count : 0;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A selection made elsewhere is brought into view. One made here (a click, Enter) is in
    // view already, and comes back an update later in an explorer, perhaps before the scroll
    // that showed it is reported: revealing it again would jump.
    if (changed.has('selected')) {
      this.#reveal ||= this.selected !== this.#asked;
      this.#asked = undefined;
    }
    const index = this.index;
    if (!index) {
      this.#laid = this.#view = null;
      return;
    }
    const { uiLang, contentLang, selected } = this;
    const text = this.#text;
    const byPartner = this.groupBy === 'partner';
    text.use({ index, messages: this.messages, uiLang, contentLang, byPartner });

    // The observer reports only after the first render; the host's width is already known.
    const width = this.#size.width || this.clientWidth;
    if (width > 0) {
      const geometry = this.#geometry(
        text,
        index,
        width,
        byPartner ? 'partner' : 'kind',
        this.partnerSet,
        this.#orientation(width),
        this.#size.height,
        this.fit ? this.#frame.height : 0,
        this.compact,
        this.drawsAsServer,
      );
      this.#laid = this.#laidOut(geometry);
    }
    const laid = this.#laid;
    const tabStop = this.#listbox.sync();
    if (!laid) {
      this.#view = null;
      return;
    }

    const { geometry } = laid;
    const across = geometry.orientation === 'horizontal';
    const period = index.dataset.period;
    const placed = across ? null : this.#labels(geometry, period, contentLang, uiLang);
    const labels = placed?.labels ?? NO_LABELS;
    const selection = this.selection;
    this.#window.place(
      laid,
      placed && labels,
      tabStop,
      this.#listbox.pendingFocus,
      this.#reveal && selection?.kind === 'collaboration' ? selection.id : null,
    );
    this.#reveal = false;
    this.#view = {
      laid,
      geometry,
      drawing: across ? horizontal : vertical,
      period,
      year: this.year,
      selection,
      highlighted: this.#highlight(index, selected),
      text,
      messages: this.messages,
      uiLang,
      contentLang,
      tabStop,
      fit: this.fit,
      compact: this.compact,
      marks: across ? this.#marks(geometry, contentLang, selected, this.compact, laid.virtual) : null,
      labels,
      drawn: this.#window.drawn,
      height: placed ? Math.max(geometry.height, placed.bottom + 8) : geometry.height,
    };
  }

  protected override updated(): void {
    // After the window's scroll, if any: focusing must not scroll again, to a place of the
    // browser's choosing.
    this.#listbox.flushFocus({ preventScroll: this.#window.scrolled });
  }

  #orientation(width: number): Orientation {
    if (this.orientation === 'vertical') return 'vertical';
    if (this.orientation === 'horizontal') return 'horizontal';
    return width > 0 && width < VERTICAL_BELOW ? 'vertical' : 'horizontal';
  }

  // --- interaction -------------------------------------------------------------------------

  #select(id: string | null): void {
    this.#asked = id;
    this.select(id === null ? null : { kind: 'collaboration', id });
  }

  readonly #itemEvents: ItemEvents = {
    click: (event) => {
      const key = keyOf(event.target);
      const item = key === null ? undefined : this.#laid?.byKey.get(key);
      if (!item) return;
      this.tooltipDismissed = false;
      this.#listbox.focus(item.key);
      this.#select(item.id);
    },
    keydown: this.#listbox.keydown,
    focusin: this.#listbox.focusin,
    focusout: this.#listbox.focusout,
    pointerover: (event) => {
      const key = keyOf(event.target);
      if (key === null || key === this.hoverKey) return;
      this.hoverKey = key;
      this.tooltipDismissed = false;
    },
    pointerout: (event) => {
      const from = keyOf(event.target);
      if (from !== null && keyOf(event.relatedTarget) !== from) this.hoverKey = null;
    },
  };

  // --- rendering ---------------------------------------------------------------------------

  override render(): TemplateResult {
    // The sizer is there in every state, since the resize controller looks for it only once.
    const sizer = html`<div class="sizer" aria-hidden="true"></div>`;
    const status = this.renderStatus();
    if (status) return html`${sizer}${status}`;
    const view = this.#view;
    const orientation = view?.geometry.orientation ?? this.#orientation(this.#size.width);
    const controls: Controls = {
      messages: this.messages,
      grouping: this.groupBy === 'partner' ? 'partner' : 'kind',
      year: this.year,
      group: (grouping) => (this.groupBy = grouping),
      setYear: (year) => this.setYear(year),
    };
    return html`${sizer}
      <div class="base" part="base" data-orientation=${orientation} lang=${this.uiLang}>
        ${renderToolbar(controls)} ${view ? this.#renderChart(view, controls) : nothing}
        <p id="help" class="visually-hidden">${this.messages.keyboardHelpTimeline}</p>
      </div>`;
  }

  #renderChart(view: TimelineView, controls: Controls): TemplateResult {
    const { geometry, height, drawing } = view;
    // As a server draws it, for a width it cannot know: narrower pages scroll the chart, not
    // the page, until the script lays it out for their width.
    return html`<div class=${this.drawsAsServer ? 'chart static' : 'chart'}>
      ${drawing.axis(view)} ${renderScrubber(controls, geometry, view.period)}
      <div class=${view.laid.virtual ? 'plot-frame scroller' : 'plot-frame'} @scroll=${this.#window.onScroll}>
        ${
          geometry.layout.items.length === 0
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
                <defs>${hatchPattern('hatch', { ground: true })}</defs>
                ${drawing.ground(view)} ${drawing.yearMarker(view)} ${renderItems(view, this.#itemEvents)}
                ${drawing.overlay(view)}
              </svg>`
        }
        ${this.#renderTooltip(view)}
      </div>
    </div>`;
  }

  #renderTooltip(view: TimelineView): TemplateResult | typeof nothing {
    if (this.tooltipDismissed) return nothing;
    const { geometry, height, text } = view;
    const key = this.hoverKey ?? (this.#listbox.focusWithin ? this.#listbox.tabStop : null);
    const item = key === null ? undefined : view.laid.byKey.get(key);
    if (!item) return nothing;
    const collaboration = text.record(item);
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
      const label = view.labels.get(item.key);
      x = geometry.labelEdge;
      top = label?.y ?? Math.min(item.start, item.end);
      bottom = top + (label?.height ?? geometry.rowSize);
    }
    // Sliding by the anchor's share of the width keeps the tooltip inside the element at
    // either edge without measuring it; it goes above the item when there is no room below.
    const share = Math.min(100, Math.max(0, (x / geometry.width) * 100));
    // In a scroll area, the room that counts is that of its visible part.
    const [shownTop, shownBottom] = this.#window.shown(height);
    // Fitting a height, the axis and toolbar above are room too: it goes on the roomier side.
    const above = this.fit ? top + bottom > height : bottom + 80 > shownBottom && top > shownTop + 80;
    const title = text.title(item);
    const kind = text.kind(collaboration);
    return renderTooltip(
      { text: title.text, lang: text.langOf(title.lang) },
      [
        text.period(collaboration),
        // The separator inside the template: the bundle's minifier trims a template's edges.
        collaboration.confidence === 'inferred'
          ? html`${kind} · <em class="tooltip-inferred">${this.messages.inferred}</em>`
          : kind,
      ],
      {
        left: x,
        top: above ? top - 4 : bottom + 4,
        transform: `translate(${-share}%, ${above ? '-100%' : '0'})`,
      },
    );
  }
}

defineElement('partnership-timeline', PartnershipTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'partnership-timeline': PartnershipTimeline;
  }
}
