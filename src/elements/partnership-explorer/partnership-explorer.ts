import { html, nothing, type PropertyValues } from 'lit';
import { ResizeController } from '../../controllers/resize-controller.js';
import { PresenterController } from '../../controllers/presenter-controller.js';
import { SlideshowController } from '../../controllers/slideshow-controller.js';
import { UrlStateController } from '../../controllers/url-state-controller.js';
import type { ParsedUrlState } from '../../controllers/url-state.js';
import { yearOf } from '../../data/dates.js';
import { ExplorerStateProvider } from '../shared/explorer-context.js';
import { loadExport } from '../../export/lazy.js';
import { activePartners, collaborationsInCountry, visibleCollaborations } from '../../data/queries.js';
import { localize, type LocalizedString } from '../../data/localize.js';
import type { Collaboration, LocalizedText } from '../../data/types.js';
import { formatList, formatPeriod } from '../../i18n/format.js';
import {
  PartnershipFilterChangeEvent,
  PartnershipSelectEvent,
  PartnershipYearChangeEvent,
} from '../../events.js';
import { defineElement } from '../shared/define.js';
import { PartnershipElement } from '../shared/partnership-element.js';
import { themeStyles } from '../shared/styles.js';
import '../partnership-map/partnership-map.js';
import '../partnership-timeline/partnership-timeline.js';
import '../partnership-table/partnership-table.js';
import { explorerStyles } from './partnership-explorer.styles.js';
import { localizedText, renderDetails, type DetailsView } from './details.js';

/**
 * The map, the timeline and a details panel, linked: selecting a country highlights its
 * collaborations and lists them; selecting a collaboration highlights its countries and
 * shows its summary, period, partners, sources and confidence; the year shades the map; a
 * partner filter narrows both views. Selection, year and filter live here and flow down.
 *
 * @tagname partnership-explorer
 * @summary Linked map, timeline and details of the partnerships.
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
    printing: { state: true, attribute: false },
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

  /** True while the page prints: only then is the list of collaborations rendered. */
  private printing = false;
  readonly #printQuery = window.matchMedia('print');
  readonly #onPrintChange = (): void => {
    this.printing = this.#printQuery.matches;
  };
  readonly #onBeforePrint = (): void => {
    // Rendered synchronously: the print snapshot is taken right after this event.
    this.printing = true;
    this.performUpdate();
  };
  readonly #onAfterPrint = (): void => {
    this.printing = false;
  };

  static override linksToExplorer = false;

  readonly #provider = new ExplorerStateProvider(this);

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

  readonly #slideshow = new SlideshowController(this, {
    interval: () => Math.max(1, this.interval || 8) * 1000,
    idleReset: () => (this.idleReset && this.idleReset > 0 ? this.idleReset * 1000 : null),
    advance: () => this.#step(1, true),
    restart: () => this.goTo(0),
  });

  /** Presenter keys, swipes on the details and full screen, while presenting or playing. */
  readonly #presenter = new PresenterController(this, {
    active: () => this.presentation || this.autoplay,
    slideshow: this.#slideshow,
    next: () => this.next(),
    previous: () => this.previous(),
    first: () => this.goTo(0),
    last: () => this.goTo(Number.MAX_SAFE_INTEGER),
    togglePlay: () => (this.#slideshow.playing ? this.pause() : this.play()),
  });

  constructor() {
    super();
    new UrlStateController(this, {
      enabled: () => this.syncUrl,
      read: () => ({
        lang: this.lang || null,
        year: this.year,
        selected: this.selected,
        partners: this.partners,
      }),
      apply: (state, initial) => this.#applyUrlState(state, initial),
    });
    // Views the page placed inside the explorer send their events through it (light DOM).
    this.addEventListener('partnership-select', (event) => {
      if (event.target !== this) this.#onChildSelect(event);
    });
    this.addEventListener('partnership-year-change', (event) => {
      if (event.target !== this) this.#onChildYear(event);
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#detectCustomLayout();
    this.#printQuery.addEventListener('change', this.#onPrintChange);
    window.addEventListener('beforeprint', this.#onBeforePrint);
    window.addEventListener('afterprint', this.#onAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#printQuery.removeEventListener('change', this.#onPrintChange);
    window.removeEventListener('beforeprint', this.#onBeforePrint);
    window.removeEventListener('afterprint', this.#onAfterPrint);
  }

  #detectCustomLayout(): void {
    this.customLayout =
      this.querySelector(
        ':scope > partnership-map, :scope > partnership-timeline, :scope > partnership-table, :scope > * partnership-map, :scope > * partnership-timeline, :scope > * partnership-table',
      ) !== null;
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
      if (this.autoplay) this.#slideshow.play();
      else this.#slideshow.pause();
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

  #text(value: LocalizedText): LocalizedString {
    return localize(value, this.contentLang);
  }

  #textNode(value: LocalizedText | LocalizedString) {
    return localizedText(this.contentLang, value);
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
    this.#slideshow.restartStep();
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
    this.#slideshow.play();
  }

  /** Pauses the slideshow. */
  pause(): void {
    this.#slideshow.pause();
  }

  /** Whether the slideshow is playing. */
  get playing(): boolean {
    return this.#slideshow.playing;
  }

  #applyUrlState(state: ParsedUrlState, initial: boolean): void {
    const has = (key: keyof ParsedUrlState) => !initial || state.present.has(key as never);
    if (state.lang && state.present.has('lang')) this.lang = state.lang;
    if (has('year')) this.year = state.year;
    if (has('selected')) this.selected = state.selected;
    if (has('partners')) this.partners = state.partners;
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
      this.messages.selected('title' in record ? this.#text(record.title).text : this.countryName(id).text),
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
    const index = this.index!;
    const dataset = index.dataset;
    const visibleCount = visibleCollaborations(index, this.year, this.partnerSet).length;
    const showTable = this.view === 'table' || !this.#mapDrawable;
    const details = html`<aside
      class="details"
      part="details"
      aria-labelledby="details-title"
      @pointerdown=${this.#presenter.onSwipeStart}
      @pointerup=${this.#presenter.onSwipeEnd}
      @pointercancel=${this.#presenter.onSwipeCancel}
    >
      ${renderDetails(this.#detailsView())}
    </aside>`;
    return html`<section class="explorer" aria-labelledby="explorer-title">
      <header part="header">
        <div class="title-row">
          <h2 id="explorer-title">${this.#textNode(dataset.title)}</h2>
          ${this.presentation || this.autoplay ? this.#renderPresenterBar() : nothing}
        </div>
        <p class="summary">
          ${this.messages.activeCount(visibleCount, this.year)}${
            this.partners.length
              ? html` · ${this.messages.partners}: ${this.#partnerNames(this.partners)}`
              : nothing
          }
        </p>
        <div class="controls">
          ${this.#renderFilter()} ${this.#renderViewSwitch()} ${showTable ? nothing : this.#renderDownload()}
        </div>
      </header>
      ${
        this.customLayout
          ? html`<div class="custom"><slot @slotchange=${() => this.#detectCustomLayout()}></slot></div>
              ${details}`
          : // The views take dataset, language, year, selection and filter from the explorer's
            // context, like views a page places inside it; events come back through the handlers.
            html`<div class="views ${showTable ? 'as-table' : ''}">
              ${
                showTable
                  ? html`${
                        this.#mapDrawable
                          ? nothing
                          : html`<p class="notice" part="notice">${this.messages.mapUnavailable}</p>`
                      }
                      <partnership-table
                        part="table"
                        class="table"
                        data-nested
                        @partnership-select=${this.#onChildSelect}
                      ></partnership-table>`
                  : html`<partnership-map
                      part="map"
                      class="map"
                      data-nested
                      ?fit=${this.presentation}
                      ?compact=${this.presentation && this.#narrowSlide}
                      ?frame-selection=${this.presentation}
                      @partnership-select=${this.#onChildSelect}
                    ></partnership-map>`
              }
              ${details}
              ${
                showTable
                  ? nothing
                  : html`<partnership-timeline
                      part="timeline"
                      class="timeline"
                      data-nested
                      group-by=${this.groupBy}
                      orientation=${this.presentation ? 'horizontal' : 'auto'}
                      ?fit=${this.presentation}
                      ?compact=${this.presentation && this.#narrowSlide}
                      @partnership-select=${this.#onChildSelect}
                      @partnership-year-change=${this.#onChildYear}
                    ></partnership-timeline>`
              }
            </div>`
      }
      ${this.printing ? this.#renderPrintList() : nothing}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        ${this.announcement}
      </div>
    </section>`;
  }

  /** The map, and the timeline when shown, as drawn now: a standalone SVG document. */
  async exportSVG(): Promise<string> {
    return (await this.#composeView()).svg;
  }

  /** The same as a PNG, `scale` device pixels per CSS pixel. */
  async exportPNG({ scale = 2 }: { scale?: number } = {}): Promise<Blob> {
    const [{ svg, width, height }, { rasterize }] = await Promise.all([this.#composeView(), loadExport()]);
    return rasterize(svg, width, height, scale);
  }

  /** The explorer's own view of that kind, or else one the page placed inside it. */
  #viewElement<K extends 'partnership-map' | 'partnership-timeline'>(
    tag: K,
  ): HTMLElementTagNameMap[K] | null {
    return this.renderRoot.querySelector(tag) ?? this.querySelector(tag);
  }

  async #composeView() {
    const { collectPanels, composeExport } = await loadExport();
    const map = this.#viewElement('partnership-map');
    const timeline = this.#viewElement('partnership-timeline');
    // A virtualised timeline (hundreds of collaborations) draws only what is in view: an
    // image of it would show a slice as if it were all, so the export holds the map alone.
    const partial = timeline !== null && timeline.renderedItemCount < timeline.itemCount;
    // Searches the explorer's own views and any the page placed inside it.
    const panels = collectPanels(this).filter(
      (panel) => !(partial && panel.svg.getRootNode() === timeline.shadowRoot),
    );
    if (!map || !panels.length)
      throw new Error('<partnership-explorer>: no map is shown to export (table view?)');
    const options = map.exportOptions();
    const hasTimeline = panels.some((panel) => panel.svg.getRootNode() !== map.shadowRoot);
    return composeExport(panels, {
      ...options,
      legend: [
        ...(options.legend ?? []),
        ...(hasTimeline
          ? [
              { label: this.messages.legendSpan, fill: 'var(--pw-color-span)' },
              { label: this.messages.legendEvent, fill: 'var(--pw-color-event)' },
              {
                label: this.messages.confidenceLabel.inferred,
                pattern: 'hatch' as const,
                stroke: 'var(--pw-color-inferred)',
                dashed: true,
              },
            ]
          : []),
      ],
    });
  }

  async #downloadView(format: 'svg' | 'png'): Promise<void> {
    const name = `partnerships-${this.year ?? 'all-years'}-${this.uiLang}`;
    const { download, toSvgBlob } = await loadExport();
    if (format === 'svg') download(toSvgBlob(await this.exportSVG()), `${name}.svg`);
    else download(await this.exportPNG({ scale: 2 }), `${name}.png`);
  }

  /** Only printed: the visible collaborations as a list, since paper has no timeline to explore. */
  #renderPrintList() {
    const index = this.index!;
    const visible = visibleCollaborations(index, this.year, this.partnerSet);
    return html`<section class="print-only" aria-hidden="true">
      <h3>${this.messages.collaborationsHere}</h3>
      <ol>
        ${visible.map(
          (collaboration) =>
            html`<li>
              <strong>${this.#textNode(collaboration.title)}</strong>
              (${formatPeriod(collaboration.start, collaboration.end, this.contentLang)}) —
              ${this.#partnerNames(collaboration.partners)}${
                collaboration.confidence === 'inferred'
                  ? html` — <em>${this.messages.inferred}</em>`
                  : nothing
              }
            </li>`,
        )}
      </ol>
    </section>`;
  }

  /** A manual step is input like any other: it pauses a playing show. */
  #stepButton(label: string, glyph: string, step: () => void) {
    return html`<button
      type="button"
      part="button"
      class="step"
      aria-label=${label}
      title=${label}
      @click=${() => {
        this.#slideshow.userInput();
        step();
      }}
    >
      ${glyph}
    </button>`;
  }

  /** Previous, play or pause, next, the step counter and full screen. */
  #renderPresenterBar() {
    const m = this.messages.presenter;
    const steps = this.#steps.length;
    const current = this.#stepIndex;
    const playing = this.#slideshow.playing;
    return html`<div class="presenter" part="presenter" role="group" aria-label=${m.controls}>
      ${this.#stepButton(m.previous, '‹', () => this.previous())}
      <button
        type="button"
        part="button"
        class="play"
        aria-pressed=${playing ? 'true' : 'false'}
        aria-label=${m.play}
        title=${playing ? m.pause : m.play}
        @click=${() => (playing ? this.pause() : this.play())}
      >
        ${playing ? '❚❚' : '▶'}
      </button>
      ${this.#stepButton(m.next, '›', () => this.next())}
      <span class="progress-text">${m.step(current + 1, steps)}</span>
      <progress
        part="progress"
        max=${Math.max(1, steps)}
        value=${Math.max(0, current + 1)}
        aria-label=${m.progress}
      ></progress>
      ${
        this.presentation
          ? html`<button
              type="button"
              part="button"
              class="fullscreen"
              aria-label=${m.fullscreen}
              title=${m.fullscreen}
              @click=${() => void this.#presenter.toggleFullscreen()}
            >
              <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" class="icon">
                <path
                  d="M1 6V1h5M10 1h5v5M15 10v5h-5M6 15H1v-5"
                  fill="none"
                  stroke="currentColor"
                  stroke-width="2"
                />
              </svg>
            </button>`
          : nothing
      }
    </div>`;
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
        return organisation ? this.#text(organisation.shortName).text : id;
      }),
      this.uiLang,
    );
  }

  #renderDownload() {
    return html`<div class="download" role="group" aria-labelledby="download-label">
      <span id="download-label" class="filter-label">${this.messages.download}</span>
      ${(['svg', 'png'] as const).map(
        (format) =>
          html`<button
            type="button"
            part="button"
            class="chip"
            data-download=${format}
            title=${this.messages.downloadAs(format.toUpperCase())}
            @click=${() => void this.#downloadView(format)}
          >
            ${format.toUpperCase()}
          </button>`,
      )}
    </div>`;
  }

  #renderViewSwitch() {
    const option = (view: 'visual' | 'table', label: string) =>
      html`<button
        type="button"
        part="button"
        class="chip"
        data-view=${view}
        aria-pressed=${this.view === view ? 'true' : 'false'}
        @click=${() => {
          this.view = view;
        }}
      >
        ${label}
      </button>`;
    return html`<div class="view-switch" role="group" aria-labelledby="view-label">
      <span id="view-label" class="filter-label">${this.messages.viewSwitch}</span>
      ${option('visual', this.messages.showVisual)} ${option('table', this.messages.showTable)}
    </div>`;
  }

  #renderFilter() {
    const index = this.index!;
    const partners = activePartners(index);
    return html`<div class="filter" part="filter" role="group" aria-labelledby="filter-label">
      <span id="filter-label" class="filter-label">${this.messages.partnerFilter}</span>
      <button
        type="button"
        part="button"
        class="chip"
        aria-pressed=${this.partners.length === 0 ? 'true' : 'false'}
        @click=${() => this.#togglePartner(null)}
      >
        ${this.messages.allPartners}
      </button>
      ${partners.map((organisation) => {
        const pressed = this.partners.includes(organisation.id);
        const full = this.#text(organisation.name);
        const short = this.#text(organisation.shortName).text;
        // The accessible name starts with the visible short name (WCAG 2.5.3), then the full one.
        const name = short === full.text ? short : `${short} (${full.text})`;
        return html`<button
          type="button"
          part="button"
          class="chip"
          data-partner=${organisation.id}
          aria-pressed=${pressed ? 'true' : 'false'}
          title=${full.text}
          aria-label=${name}
          @click=${() => this.#togglePartner(organisation.id)}
        >
          ${this.#textNode(organisation.shortName)}
        </button>`;
      })}
    </div>`;
  }
}

defineElement('partnership-explorer', PartnershipExplorer);

declare global {
  interface HTMLElementTagNameMap {
    'partnership-explorer': PartnershipExplorer;
  }
}
