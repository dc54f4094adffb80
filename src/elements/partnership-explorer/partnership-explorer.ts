import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ResizeController } from '../../controllers/resize-controller.js';
import { SlideshowController } from '../../controllers/slideshow-controller.js';
import { UrlStateController } from '../../controllers/url-state-controller.js';
import type { ParsedUrlState } from '../../controllers/url-state.js';
import { yearOf } from '../../data/dates.js';
import { ExplorerStateProvider } from '../shared/explorer-context.js';
import { loadExport } from '../../export/lazy.js';
import {
  activePartners,
  collaborationsInCountry,
  matchesPartners,
  matchesYear,
  visibleCollaborations,
} from '../../data/queries.js';
import { localize, type LocalizedString } from '../../data/localize.js';
import { safeHttpUrl } from '../../data/links.js';
import type {
  Collaboration,
  Confidence,
  Country,
  LocalizedText,
  Organisation,
  Source,
} from '../../data/types.js';
import { formatList, formatPartialDate, formatPeriod } from '../../i18n/format.js';
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
import { renderSourceTitle } from '../shared/source-title.js';

/** Collaborations a country's details list before a "show all" button. */
const DETAILS_LIST_LIMIT = 50;

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
    this.addEventListener('keydown', (event) => this.#onPresenterKey(event));
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

  /** A detail text of the bundled dataset, absent until it loaded (`data/details.ts`). */
  #detail(value: LocalizedText | undefined): string | typeof nothing {
    return value ? this.#text(value).text : nothing;
  }

  /** Renders data text as text (never HTML), marked with its own language when it fell back. */
  #textNode(value: LocalizedText | LocalizedString) {
    const { text, lang } =
      'text' in value && 'lang' in value ? (value as LocalizedString) : this.#text(value);
    return lang === this.contentLang ? text : html`<span lang=${lang}>${text}</span>`;
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

  async #toggleFullscreen(): Promise<void> {
    try {
      if (document.fullscreenElement === this) await document.exitFullscreen();
      else await this.requestFullscreen();
    } catch {
      // Refused (no user gesture, or an iframe without allowfullscreen): the page stays as it is.
    }
  }

  /** Presenter remotes send PageDown/PageUp; keyboards add arrows, Home/End, P, F and Escape. */
  #onPresenterKey(event: KeyboardEvent): void {
    if (!(this.presentation || this.autoplay) || event.defaultPrevented) return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.composedPath()[0] as Element | undefined;
    // Keys typed into fields are theirs. PageDown and PageUp, what a remote sends, step from
    // anywhere else, a country just clicked on the map included; the other keys are the
    // focused map's or timeline's own (arrows move between items there).
    if (target?.closest?.('input, select, textarea')) return;
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    const remote = key === 'PageDown' || key === 'PageUp';
    if (!remote && target?.closest?.('[role="option"]')) return;
    const onButton = target?.localName === 'button';
    if (key === 'p') {
      this.#slideshow.armIdleReset();
      if (this.#slideshow.playing) this.pause();
      else this.play();
    } else if (key === 'f') {
      void this.#toggleFullscreen();
    } else if (key === 'Escape' && document.fullscreenElement === this) {
      void document.exitFullscreen();
    } else if (key === 'PageDown' || key === 'ArrowRight' || (key === ' ' && !onButton)) {
      this.#slideshow.userInput();
      this.next();
    } else if (key === 'PageUp' || key === 'ArrowLeft') {
      this.#slideshow.userInput();
      this.previous();
    } else if (key === 'Home') {
      this.#slideshow.userInput();
      this.goTo(0);
    } else if (key === 'End') {
      this.#slideshow.userInput();
      this.goTo(this.#steps.length - 1);
    } else {
      this.#slideshow.userInput();
      return;
    }
    event.preventDefault();
  }

  #swipeStart: { x: number; y: number } | null = null;

  #onSwipeStart(event: PointerEvent): void {
    this.#swipeStart = { x: event.clientX, y: event.clientY };
  }

  /** A horizontal swipe on the details panel steps like a presenter remote. */
  #onSwipeEnd(event: PointerEvent): void {
    const start = this.#swipeStart;
    this.#swipeStart = null;
    if (!start) return;
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    if (Math.abs(dx) < 50 || Math.abs(dx) < Math.abs(dy) * 1.5) return;
    if (dx < 0) this.next();
    else this.previous();
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
    const names = next.map((partner) => {
      const organisation = index.organisations.get(partner);
      return organisation ? this.#text(organisation.shortName).text : partner;
    });
    this.#announce(
      `${next.length ? formatList(names, this.uiLang) : this.messages.allPartners}: ${this.messages.collaborationCount(count)}`,
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
      @pointerdown=${this.#onSwipeStart}
      @pointerup=${this.#onSwipeEnd}
      @pointercancel=${() => (this.#swipeStart = null)}
    >
      ${this.#renderDetails()}
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
              @click=${() => void this.#toggleFullscreen()}
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

  #renderDetails(): TemplateResult {
    const index = this.index!;
    const selection = this.selection;
    if (selection?.kind === 'country') {
      const country = index.countries.get(selection.id);
      if (country) return this.#renderCountryDetails(country);
    }
    if (selection?.kind === 'collaboration') {
      const collaboration = index.collaborations.get(selection.id);
      if (collaboration) return this.#renderCollaborationDetails(collaboration);
    }
    return html`<h3 id="details-title">${this.messages.details}</h3>
      <p class="hint">${this.messages.noSelection}</p>`;
  }

  #renderClear() {
    return html`<button
      type="button"
      part="button"
      class="clear"
      @click=${() => this.#selectItem('country', null)}
    >
      ${this.messages.clearSelection}
    </button>`;
  }

  #renderBadge(confidence: Confidence) {
    return html`<span class="badge ${confidence}" part="badge"
      >${this.messages.confidenceLabel[confidence]}</span
    >`;
  }

  #renderCountryDetails(country: Country): TemplateResult {
    const index = this.index!;
    const inferred = country.masmut === 'inferred';
    const active = this.#countryCollaborations.filter((collaboration) =>
      matchesPartners(collaboration, this.partnerSet),
    );
    // A generated or national dataset can put hundreds here: the panel lists the first few
    // until asked, so a selection stays one frame instead of formatting every entry.
    const shown = this.showAllHere ? active : active.slice(0, DETAILS_LIST_LIMIT);
    return html`<h3 id="details-title">${this.#textNode(this.countryName(country.id))}</h3>
      ${
        country.masmut
          ? html`<p class="membership ${inferred ? 'inferred' : ''}">
              ${this.messages.masmutCountry}:
              ${inferred ? this.messages.inferredMembership : this.messages.confirmedMembership}
            </p>`
          : nothing
      }
      ${country.note ? html`<p class="note">${this.#textNode(country.note)}</p>` : nothing}
      ${
        country.partners?.length
          ? html`<h4>${this.messages.whoWorksHere}</h4>
              <ul class="who">
                ${country.partners.map((partner) => {
                  const organisation = index.organisations.get(partner.organisation);
                  return html`<li class=${partner.confidence === 'inferred' ? 'inferred' : ''}>
                    <strong>${organisation ? this.#textNode(organisation.name) : partner.organisation}</strong
                    >${partner.note ? html`: ${this.#textNode(partner.note)}` : nothing}
                    ${partner.confidence === 'inferred' ? html`<span class="inferred-tag">(${this.messages.inferred})</span>` : nothing}
                    ${this.#renderSourceRefs(partner.sources)}
                  </li>`;
                })}
              </ul>`
          : nothing
      }
      <h4>${this.messages.collaborationsHere}</h4>
      ${
        active.length
          ? html`<ul class="collaborations">
                ${shown.map((collaboration) => {
                  const current = matchesYear(collaboration, this.year);
                  return html`<li class=${current ? '' : 'not-current'}>
                    <button
                      type="button"
                      class="link"
                      part="button"
                      @click=${() => this.#selectItem('collaboration', collaboration.id)}
                    >
                      ${this.#textNode(collaboration.title)}
                    </button>
                    <span class="meta"
                      >${formatPeriod(collaboration.start, collaboration.end, this.contentLang)} ·
                      ${this.#partnerNames(collaboration.partners)}${
                        collaboration.confidence === 'inferred'
                          ? html` · <span class="inferred-tag">${this.messages.inferred}</span>`
                          : nothing
                      }</span
                    >
                  </li>`;
                })}
              </ul>
              ${
                shown.length < active.length
                  ? html`<button
                      type="button"
                      part="button"
                      class="show-all"
                      @click=${() => (this.showAllHere = true)}
                    >
                      ${this.messages.showAll(active.length)}
                    </button>`
                  : nothing
              }`
          : html`<p class="hint">${this.messages.noCollaborations}</p>`
      }
      ${this.#renderSourceList(country.sources)} ${this.#renderClear()}`;
  }

  /**
   * The bundled dataset's summaries load just after the first render (`data/details.ts`):
   * until then, none; if they cannot load, why.
   */
  #renderSummary(summary: LocalizedText | undefined, inferred: boolean) {
    const failure = this.loader.detailsError;
    if (!summary) return failure ? html`<p class="note" role="alert">${failure.message}</p>` : nothing;
    return html`<p class="summary-text ${inferred ? 'inferred' : ''}">${this.#textNode(summary)}</p>`;
  }

  #renderCollaborationDetails(collaboration: Collaboration): TemplateResult {
    const index = this.index!;
    const inferred = collaboration.confidence === 'inferred';
    const partners = collaboration.partners
      .map((id) => index.organisations.get(id))
      .filter((organisation): organisation is Organisation => organisation !== undefined);
    return html`<h3 id="details-title">${this.#textNode(collaboration.title)}</h3>
      <p class="kind-line">
        <span class="kind">${this.messages.kindLabel[collaboration.kind] ?? collaboration.kind}</span>
        ${this.#renderBadge(collaboration.confidence)}
      </p>
      ${this.#renderSummary(collaboration.summary, inferred)}
      ${
        collaboration.note
          ? html`<p class="note">
              <strong>${this.messages.note}:</strong> ${this.#textNode(collaboration.note)}
            </p>`
          : nothing
      }
      <dl>
        <dt class="on-map">${this.messages.period}</dt>
        <dd class="on-map">${formatPeriod(collaboration.start, collaboration.end, this.contentLang)}</dd>
        <dt>${this.messages.partners}</dt>
        <dd>
          <ul class="inline-list">
            ${partners.map(
              (organisation) =>
                html`<li title=${this.#detail(organisation.description)}>
                  ${this.#textNode(this.presentation ? organisation.shortName : organisation.name)}
                </li>`,
            )}
          </ul>
        </dd>
        ${
          collaboration.countries.length
            ? html`<dt class="on-map">${this.messages.countries}</dt>
                <dd class="on-map ${collaboration.countriesConfidence === 'inferred' ? 'inferred' : ''}">
                  ${
                    collaboration.countriesConfidence === 'inferred'
                      ? html`<span class="inferred-tag">(${this.messages.countriesNotConfirmed})</span>`
                      : nothing
                  }
                  <ul class="inline-list">
                    ${collaboration.countries.map((id) => {
                      return html`<li>
                        <button
                          type="button"
                          class="link"
                          part="button"
                          @click=${() => this.#selectItem('country', id)}
                        >
                          ${this.#textNode(this.countryName(id))}
                        </button>
                      </li>`;
                    })}
                  </ul>
                </dd>`
            : nothing
        }
        ${
          collaboration.venue
            ? html`<dt class="on-map">${this.messages.venue}</dt>
                <dd class="on-map">
                  ${this.#textNode(collaboration.venue.city)}
                  ${collaboration.venue.sources ? this.#renderSourceRefs(collaboration.venue.sources) : nothing}
                </dd>`
            : nothing
        }
        <dt class="confidence">${this.messages.confidence}</dt>
        <dd class="confidence">${this.messages.confidenceLabel[collaboration.confidence]}</dd>
      </dl>
      ${this.#renderSourceList(collaboration.sources)} ${this.#renderClear()}`;
  }

  #renderSourceRefs(ids: readonly string[]) {
    const sources = ids
      .map((id) => this.index!.sources.get(id))
      .filter((source): source is Source => !!source);
    return html`<span class="source-refs"
      >(${sources.map((source, position) => html`${position ? ', ' : ''}${this.#renderSourceLink(source)}`)})</span
    >`;
  }

  #renderSourceLink(source: Source) {
    const href = safeHttpUrl(source.url);
    const label = renderSourceTitle(source, this.messages);
    return href ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${label}</a>` : label;
  }

  #renderSourceList(ids: readonly string[]) {
    const sources = ids
      .map((id) => this.index!.sources.get(id))
      .filter((source): source is Source => !!source);
    if (!sources.length) return nothing;
    return html`<h4>${this.messages.sources}</h4>
      <ul class="sources">
        ${sources.map(
          (source) =>
            html`<li>
              <span class="source-title">${this.#renderSourceLink(source)} —</span>
              ${source.publisher}${
                source.date ? html`, ${formatPartialDate(source.date, this.contentLang)}` : nothing
              }
            </li>`,
        )}
      </ul>`;
  }
}

defineElement('partnership-explorer', PartnershipExplorer);

declare global {
  interface HTMLElementTagNameMap {
    'partnership-explorer': PartnershipExplorer;
  }
}
