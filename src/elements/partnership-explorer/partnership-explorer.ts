import { html, nothing, type PropertyValues } from 'lit';
import { ResizeController } from '../../controllers/resize-controller.js';
import { PrintController } from '../../controllers/print-controller.js';
import { yearOf } from '../../data/dates.js';
import { ExplorerStateProvider } from '../shared/explorer-context.js';
import { collaborationsInCountry, visibleCollaborations } from '../../data/queries.js';
import { localize } from '../../data/localize.js';
import type { Collaboration } from '../../data/types.js';
import { formatList } from '../../i18n/format.js';
import {
  PartnershipFilterChangeEvent,
  PartnershipSelectEvent,
  PartnershipYearChangeEvent,
} from '../../events.js';
import { defineElement } from '../shared/define.js';
import { OnDemand } from '../shared/on-demand.js';
import type { Show } from './presenting.js';
import { PartnershipElement } from '../shared/partnership-element.js';
import { themeStyles } from '../shared/styles.js';
import '../partnership-map/partnership-map.js';
import '../partnership-timeline/partnership-timeline.js';
import '../partnership-table/partnership-table.js';
import { explorerStyles } from './partnership-explorer.styles.js';
import { renderDetails, type DetailsView } from './details.js';
import { renderHeader } from './header.js';
import { composeView } from './export-view.js';
import { downloadView, exportPng, exportSvg } from '../shared/view-export.js';
import { renderPrintList } from './print.js';
import { CUSTOM_VIEWS, renderViews } from './views.js';

/**
 * The map, the timeline and a details panel, linked: selecting a country highlights its
 * collaborations and lists them; selecting a collaboration highlights its countries and
 * shows its summary, period, partners, sources and confidence; the year shades the map; a
 * partner filter narrows both views. Selection, year and filter live here and flow down.
 *
 * @tagname partnership-explorer
 * @summary Linked map, timeline and details of the partnerships.
 *
 * @attr hydrate-on - On a prerendered explorer, `interaction` waits to hydrate until the reader points at it, focuses it, or the page sets a property; as the page loads otherwise.
 *
 * @event partnership-select - A country or collaboration was selected; `detail` is `{kind, id}`, or null when cleared.
 * @event partnership-year-change - The year changed; `detail` is `{year}`, null for all years.
 * @event partnership-filter-change - The partner filter changed; `detail` is `{partners}`, empty for all.
 * @event partnership-error - The dataset could not be loaded or is invalid; `detail` is `{message, issues}`.
 *
 * @csspart header - The title, summary line and partner filter.
 * @csspart filter - The partner filter.
 * @csspart map - The `<partnership-map>` element.
 * @csspart timeline - The `<partnership-timeline>` element.
 * @csspart table - The `<partnership-table>` element, in the table view.
 * @csspart notice - The note shown when the map cannot be drawn.
 * @csspart details - The details panel.
 * @csspart button - Each button.
 * @csspart badge - The confidence badge.
 * @csspart status - The loading message.
 * @csspart error - The error message with its list of problems.
 *
 * @cssproperty --pw-color-accent - Colour of pressed filter buttons and links.
 * @cssproperty --pw-color-inferred - Colour of the marks of inferred facts.
 * @cssproperty --pw-font-family - Font of all text.
 */
export class PartnershipExplorer extends PartnershipElement {
  static override properties = {
    groupBy: { attribute: 'group-by' },
    view: { reflect: true },
    presentation: { type: Boolean, reflect: true },
    autoplay: { type: Boolean, reflect: true },
    interval: { type: Number },
    idleReset: { type: Number, attribute: 'idle-reset' },
    syncUrl: { type: Boolean, attribute: 'sync-url' },
    announcement: { state: true, attribute: false },
    customLayout: { state: true, attribute: false },
    showAllHere: { state: true, attribute: false },
  };

  static override styles = [themeStyles, explorerStyles];

  static override showsDetails = true;

  /** How the timeline groups its lanes: by `kind` or by `partner`. */
  groupBy: 'kind' | 'partner' = 'kind';

  /** `visual` shows map and timeline; `table` shows the same data as a sortable table. */
  view: 'visual' | 'table' = 'visual';

  /** Projector and kiosk mode: fills its container, larger type, high contrast, presenter controls. */
  presentation = false;

  /** Steps through the collaborations in time order on a timer; any input pauses it. */
  autoplay = false;

  /** Seconds per step when playing. */
  interval = 8;

  /** Seconds without input after which the show returns to the start and plays again. */
  idleReset: number | null = null;

  /** Keeps `lang`, `year`, `selected` and the partner filter in the page's URL hash. */
  syncUrl = false;

  /** What the polite live region says; changed only by user actions. */
  private announcement = '';

  /** True when the page placed its own map, timeline or table inside the explorer. */
  private customLayout = false;

  static override linksToExplorer = false;

  readonly #provider = new ExplorerStateProvider(this);

  /** Whether the page prints: only then is the list of collaborations rendered. */
  readonly #print = new PrintController(this, () => this.performUpdate());

  /**
   * The slide's shape, in presentation: narrower than 3:2 (4:3 projectors, portrait kiosks),
   * the timeline names only the step, to leave the step's text its room.
   */
  readonly #slide: ResizeController = new ResizeController(this, (): Element | null =>
    this.presentation ? this : null,
  );

  get #narrowSlide(): boolean {
    return this.#slide.width < this.#slide.height * 1.5;
  }

  /** `play()` was called, before the show's code had loaded. */
  #playAsked = false;

  /** Presenting or playing: the presenter's keys and bar are on. */
  get #showing(): boolean {
    return this.presentation || this.autoplay;
  }

  /**
   * The show: presenter keys, swipes on the details, full screen, the timer and the bar, and
   * the presentation's styles; loaded when the explorer first presents or plays, or waits to
   * restart a kiosk's show (`idle-reset`).
   */
  readonly #show = new OnDemand({
    name: '<partnership-explorer presentation>',
    messages: () => this.messages,
    wanted: () => this.#showing || this.#playAsked || (this.idleReset ?? 0) > 0,
    load: () => import('./presenting.js'),
    start: ({ startShow }) => {
      this.#running = startShow(
        this,
        {
          interval: () => Math.max(1, this.interval || 8) * 1000,
          idleReset: () => (this.idleReset && this.idleReset > 0 ? this.idleReset * 1000 : null),
          advance: () => this.#step(1, true),
          restart: () => this.goTo(0),
        },
        {
          active: () => this.#showing,
          next: () => this.next(),
          previous: () => this.previous(),
          first: () => this.goTo(0),
          last: () => this.goTo(Number.MAX_SAFE_INTEGER),
          togglePlay: () => (this.playing ? this.pause() : this.play()),
        },
      );
      if (this.#playAsked) this.#running.slideshow.play();
    },
  });

  /** With `sync-url`, the URL hash's state, and back and forward; loaded when first asked for. */
  readonly #urlSync = new OnDemand({
    name: '<partnership-explorer sync-url>',
    messages: () => this.messages,
    wanted: () => this.syncUrl,
    load: () => import('./url-sync.js'),
    start: ({ syncUrl }) => syncUrl(this),
  });

  #running: Show | undefined;

  protected override updateWaitsFor(): (Promise<unknown> | undefined)[] {
    return [...super.updateWaitsFor(), this.#show.pending(), this.#urlSync.pending()];
  }

  constructor() {
    super();
    // One listener for the requests of every view: the explorer's own (their composed events
    // cross its shadow root, retargeted to it) and those a page placed inside it. Its own
    // events, which it sends from `updated`, start at itself.
    this.addEventListener('partnership-select', (event) => {
      if (event.composedPath()[0] !== this) this.#onChildSelect(event);
    });
    this.addEventListener('partnership-year-change', (event) => {
      if (event.composedPath()[0] !== this) this.#onChildYear(event);
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#detectCustomLayout();
  }

  #detectCustomLayout(): void {
    this.customLayout = this.querySelector(CUSTOM_VIEWS) !== null;
  }

  #countryCollaborations: readonly Collaboration[] = [];
  /** True once the reader asked for the whole list of the selected country's collaborations. */
  private showAllHere = false;
  /** False when none of the dataset's countries has a shape: the table stands in for the map. */
  #mapDrawable = true;
  #checkedIndex: unknown = null;
  #checkedRegion: unknown = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const index = this.index;
    const selection = this.selection;
    this.#provider.setValue({
      data: index?.dataset ?? this.data,
      lang: this.contentLang,
      year: this.year,
      selected: this.selected,
      partners: this.partners,
      geometry: this.geometry,
      geometrySrc: this.geometrySrc,
    });
    if (changed.has('autoplay')) {
      // With nothing chosen yet (a kiosk starting), the first step comes at once rather than
      // after an interval of an empty details panel; in a task of its own, so it is told to
      // the page as a change.
      if (this.autoplay) this.#running?.slideshow.play(this.#stepIndex < 0);
      else this.#running?.slideshow.pause();
    }
    // Depends on the dataset and the map alone, so it is worked out when either changes, not
    // per update. While a map file loads (or after it failed), the map view shows why itself.
    const region = this.shapes.region;
    if (index && (index !== this.#checkedIndex || region !== this.#checkedRegion)) {
      this.#checkedIndex = index;
      this.#checkedRegion = region;
      const shapes = new Set(region?.countries.map((country) => country.id));
      this.#mapDrawable = !region || index.dataset.countries.some((country) => shapes.has(country.id));
    }
    if (changed.has('selected')) this.showAllHere = false;
    this.#countryCollaborations =
      index && selection?.kind === 'country'
        ? collaborationsInCountry(index.chronological, selection.id)
        : [];
  }

  #announce(message: string): void {
    // Re-setting the same text would not be announced again; a trailing space makes it new.
    this.announcement = this.announcement === message ? `${message} ` : message;
  }

  /** The collaborations a slideshow steps through: time order, within the partner filter. */
  get #steps(): readonly Collaboration[] {
    const index = this.index;
    return index ? visibleCollaborations(index, null, this.partnerSet) : [];
  }

  get #stepIndex(): number {
    return this.#steps.findIndex((collaboration) => collaboration.id === this.selected);
  }

  /** Selects step `position`, moving the year to it so the map shades that moment. */
  goTo(position: number): void {
    const steps = this.#steps;
    if (!steps.length) return;
    const clamped = Math.max(0, Math.min(steps.length - 1, position));
    const collaboration = steps[clamped]!;
    this.year = yearOf(collaboration.start);
    this.#selectItem('collaboration', collaboration.id);
    this.#running?.slideshow.restartStep();
  }

  #step(direction: 1 | -1, wrap = false): void {
    const count = this.#steps.length;
    if (!count) return;
    const current = this.#stepIndex;
    let next = current < 0 ? (direction > 0 ? 0 : count - 1) : current + direction;
    if (wrap) next = (next + count) % count;
    this.goTo(next);
  }

  /** Next collaboration in time order. */
  next(): void {
    this.#step(1);
  }

  /** Previous collaboration in time order. */
  previous(): void {
    this.#step(-1);
  }

  /** Starts the slideshow. */
  play(): void {
    if (this.#stepIndex < 0) this.goTo(0);
    this.#playAsked = true;
    if (this.#running) this.#running.slideshow.play();
    else this.requestUpdate();
  }

  /** Pauses the slideshow. */
  pause(): void {
    this.#playAsked = false;
    this.#running?.slideshow.pause();
  }

  /** Whether the slideshow is playing. */
  get playing(): boolean {
    return this.#running ? this.#running.slideshow.playing : this.#playAsked;
  }

  #selectItem(kind: 'country' | 'collaboration', id: string | null): void {
    this.selected = id;
    const index = this.index;
    if (!index || id === null) {
      this.#announce(this.messages.selectionCleared);
      return;
    }
    const record = kind === 'country' ? index.countries.get(id) : index.collaborations.get(id);
    if (!record) return;
    this.#announce(
      this.messages.selected(
        'title' in record ? localize(record.title, this.contentLang).text : this.countryName(id).text,
      ),
    );
  }

  /**
   * A view's event is a request: the explorer applies it and tells the page itself, once,
   * in `updated` (the view's own event goes no further, or the page would hear it twice).
   */
  #onChildSelect(event: PartnershipSelectEvent): void {
    event.stopImmediatePropagation();
    const detail = event.detail;
    this.#selectItem(detail?.kind ?? 'country', detail?.id ?? null);
  }

  #onChildYear(event: PartnershipYearChangeEvent): void {
    event.stopImmediatePropagation();
    this.year = event.detail.year;
    this.#announceYear();
  }

  /**
   * The one place the explorer's events come from: every change of the year, the selection
   * or the filter, whatever made it (a view, a key, the slideshow, \`goTo\`, the URL), is
   * told once. The values the element starts with are not changes.
   */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const changedFrom = (key: 'year' | 'selected' | 'partners') =>
      changed.has(key) && changed.get(key) !== undefined;
    // Built first: the manifest analyzer would read `new Event(arg)` inline as an event named `arg`.
    let event: Event;
    if (changedFrom('year')) {
      event = new PartnershipYearChangeEvent(this.year);
      this.dispatchEvent(event);
    }
    if (changedFrom('selected')) {
      const id = this.selected;
      const kind = id !== null && this.index?.countries.has(id) ? 'country' : 'collaboration';
      event = new PartnershipSelectEvent(id === null ? null : { kind, id });
      this.dispatchEvent(event);
    }
    if (changedFrom('partners')) {
      event = new PartnershipFilterChangeEvent(this.partners);
      this.dispatchEvent(event);
    }
  }

  #announceYear(): void {
    const index = this.index;
    if (!index) return;
    const count = visibleCollaborations(index, this.year, this.partnerSet).length;
    const yearText = this.year === null ? this.messages.allYears : this.messages.yearValue(this.year);
    this.#announce(`${yearText}: ${this.messages.collaborationCount(count)}`);
  }

  #togglePartner(id: string | null): void {
    const next =
      id === null
        ? []
        : this.partners.includes(id)
          ? this.partners.filter((p) => p !== id)
          : [...this.partners, id];
    this.partners = next;
    const index = this.index;
    if (!index) return;
    const count = visibleCollaborations(index, this.year, new Set(next)).length;
    this.#announce(
      `${next.length ? this.#partnerNames(next) : this.messages.allPartners}: ${this.messages.collaborationCount(count)}`,
    );
  }

  override render() {
    const status = this.renderStatus();
    if (status) return status;
    const showTable = this.view === 'table' || !this.#mapDrawable;
    const view = this.#detailsView();
    return html`<section class="explorer" aria-labelledby="explorer-title">
      ${renderHeader({
        ...view,
        partners: this.partners,
        view: this.view,
        table: showTable,
        presenterBar: this.#renderPresenterBar(),
        setView: (view) => (this.view = view),
        togglePartner: (id) => this.#togglePartner(id),
        download: (format) =>
          void downloadView(
            composeView(this, this.messages),
            `partnerships-${this.year ?? 'all-years'}-${this.uiLang}`,
            format,
          ),
      })}
      ${renderViews({
        messages: this.messages,
        custom: this.customLayout,
        table: showTable,
        mapDrawable: this.#mapDrawable,
        groupBy: this.groupBy,
        presentation: this.presentation,
        compact: this.presentation && this.#narrowSlide,
        details: renderDetails(view),
        presenter: this.#running?.presenter,
        slotChange: () => this.#detectCustomLayout(),
      })}
      ${
        // A server render has no script to add it when the page prints: it is there already
        // (and so in the hydration of that render, which the next update takes it out of).
        this.#print.printing || this.drawsAsServer ? renderPrintList(view) : nothing
      }
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        ${this.announcement}
      </div>
    </section>`;
  }

  /** The map, and the timeline when shown, as drawn now: a standalone SVG document. */
  exportSVG(): Promise<string> {
    return exportSvg(composeView(this, this.messages));
  }

  /** The same as a PNG, `scale` device pixels per CSS pixel. */
  exportPNG({ scale = 2 }: { scale?: number } = {}): Promise<Blob> {
    return exportPng(composeView(this, this.messages), scale);
  }

  #renderPresenterBar() {
    const running = this.#running;
    if (!running || !this.#showing) return nothing;
    return this.#show.module!.renderPresenterBar({
      ...running.actions,
      messages: this.messages.presenter,
      steps: this.#steps.length,
      current: this.#stepIndex,
      presentation: this.presentation,
      fullscreen: () => void running.presenter.toggleFullscreen(),
    });
  }

  #detailsView(): DetailsView {
    return {
      index: this.index!,
      messages: this.messages,
      lang: this.contentLang,
      selection: this.selection,
      year: this.year,
      partnerSet: this.partnerSet,
      presentation: this.presentation,
      detailsError: this.loader.detailsError,
      countryCollaborations: this.#countryCollaborations,
      showingAll: this.showAllHere,
      showAll: () => (this.showAllHere = true),
      countryName: (id) => this.countryName(id),
      partnerNames: (ids) => this.#partnerNames(ids),
      select: (kind, id) => this.#selectItem(kind, id),
    };
  }

  #partnerNames(ids: readonly string[]): string {
    const index = this.index;
    return formatList(
      ids.map((id) => {
        const organisation = index?.organisations.get(id);
        return organisation ? localize(organisation.shortName, this.contentLang).text : id;
      }),
      this.uiLang,
    );
  }
}

defineElement('partnership-explorer', PartnershipExplorer);

declare global {
  interface HTMLElementTagNameMap {
    'partnership-explorer': PartnershipExplorer;
  }
}
