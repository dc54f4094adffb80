import {
  html,
  isServer,
  LitElement,
  nothing,
  render,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import type { DatasetIndex } from '../../data/queries.js';
import { resolveSelection, type Selection } from '../../data/queries.js';
import { localize, toUiLanguage, type UiLanguage } from '../../data/localize.js';
import { bundledDetailsLoaded, DatasetController } from '../../controllers/dataset-controller.js';
import { GeometryController } from '../../controllers/geometry-controller.js';
import type { HydrateOnController } from '../../controllers/hydrate-on-controller.js';
import { defaultRegion } from '../../geo/region.js';
import { regionNames } from '../../i18n/intl-cache.js';
import { inheritedLang } from './inherited-lang.js';
import { messagesFor, type Messages } from '../../i18n/messages.js';
import { ExplorerStateConsumer, type ExplorerState } from './explorer-context.js';
import type { DatasetError } from '../../data/errors.js';
import {
  PartnershipSelectEvent,
  PartnershipYearChangeEvent,
  type PartnershipSelectDetail,
} from '../../events.js';

/** `year="2016"` → 2016; absent, empty or not a year → null (all years). */
export const yearConverter = {
  fromAttribute(value: string | null): number | null {
    if (value === null || value.trim() === '') return null;
    const year = Number(value);
    return Number.isInteger(year) ? year : null;
  },
  toAttribute(value: number | null): string | null {
    return value === null ? null : String(value);
  },
};

/** `partners="mloz lc"` ↔ `['mloz', 'lc']`. */
export const listConverter = {
  fromAttribute(value: string | null): string[] {
    return (value ?? '').split(/[\s,]+/).filter(Boolean);
  },
  toAttribute(value: string[]): string | null {
    return value.length ? value.join(' ') : null;
  },
};

let hydration: typeof import('./hydration.js') | undefined;
const loadHydration = () => import('./hydration.js').then((module) => (hydration = module));

/**
 * What the three elements share: the public attributes, the dataset, the language and the
 * loading and error states. Views add only their own drawing and interaction.
 */
export class PartnershipElement extends LitElement {
  // Declared as `static properties` rather than with decorators: the decorators' runtime and
  // one call per property cost the bundle half a kilobyte, for the same accessors. Internal
  // states say `attribute: false` too, or the manifest analyzer lists them as attributes.
  static override properties: PropertyDeclarations = {
    lang: { reflect: true },
    src: {},
    data: { attribute: false },
    year: { converter: yearConverter, reflect: true },
    selected: { reflect: true },
    partners: { converter: listConverter },
    timeout: { type: Number },
    geometrySrc: { attribute: 'geometry-src' },
    geometry: { attribute: false },
  };

  // The first fields: setting the others calls `requestUpdate`, which reads these (the
  // constructor of `LitElement` calls it too, without a name: before them).
  /** `hydrate-on="interaction"`: the hydration waits for the reader (see the controller). */
  #reader: HydrateOnController | undefined = undefined;
  #readerLoaded: Promise<unknown> | undefined;
  /** Whether the page has set a property since the element connected; undefined before. */
  #asked: boolean | undefined = undefined;

  /** Language of all text: `nl`, `fr` or `en`. Default: the nearest `lang` in the page, else `en`. */
  override lang = '';

  /** URL of a dataset to load instead of the bundled one. */
  src: string | undefined = undefined;

  /** A dataset object, used instead of `src`. */
  data: unknown = undefined;

  /** The year shown (2006–2026); null shows all years. */
  year: number | null = null;

  /** A selected country id such as `BEN`, or a collaboration id. */
  selected: string | null = null;

  /** Organisation ids to narrow the views to; empty shows every partner. */
  partners: string[] = [];

  /** Milliseconds to wait for `src` or `geometry-src` before showing an error. */
  timeout = 15000;

  /**
   * URL of a map file (`partnership-data geometry` builds one for any dataset, see
   * docs/geometry.md) to draw instead of the bundled map of West and Central Africa.
   */
  geometrySrc: string | undefined = undefined;

  /** A map file as an object, used instead of `geometry-src`. */
  geometry: unknown = undefined;

  protected readonly loader = new DatasetController(this, () => ({
    src: this.src,
    data: this.data,
    timeout: this.timeout,
    messages: this.messages,
    details: (this.constructor as typeof PartnershipElement).showsDetails,
  }));

  /** Whether the element shows the dataset's detail texts, which the bundle loads later. */
  static showsDetails = false;

  /** The map drawn and the countries' shapes: the bundled map, or the file given. */
  protected readonly shapes = new GeometryController(this, () => ({
    geometry: this.geometry,
    geometrySrc: this.geometrySrc,
    timeout: this.timeout,
    announce: (this.constructor as typeof PartnershipElement).drawsMap,
  }));

  /** Whether the element draws the map, and so shows and announces a map file's failure. */
  static drawsMap = false;

  /** Views inside an explorer take its state; the explorer itself provides it. */
  static linksToExplorer = true;

  /**
   * True from the upgrade of an element whose shadow root came with the page's HTML
   * (prerendered by `partnership-data render`) until its first update has hydrated that root.
   * That update draws with the server's inputs (its width, its estimated text widths), so
   * that it finds the server's DOM as it drew it; the next one, right after, lays out for the
   * page. Views read it through `ResizeController` and their own server branches.
   * @internal
   */
  hydrating = !isServer && this.shadowRoot !== null;

  /**
   * Whether this update draws as a server does (its width, estimated text widths, the printed
   * list): on a server, and for the hydration of what a server drew.
   * @internal
   */
  get drawsAsServer(): boolean {
    return isServer || this.hydrating;
  }

  // `defer-hydration`, which a server render writes on the views inside an explorer: such a
  // view connects only when the explorer's hydration reaches it, and so finds the explorer's
  // state to hydrate with. (`@lit-labs/ssr-client`'s LitElement patch does the same for every
  // LitElement; this keeps it to ours, and lets a mismatch fall back to a fresh render.)
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'defer-hydration'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name !== 'defer-hydration') super.attributeChangedCallback(name, old, value);
    else if (value === null && this.isConnected) this.connectedCallback();
  }

  /** A prerendered root is hydrated as it is; any other is drawn anew. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (this.hydrating) return this.shadowRoot!;
    this.shadowRoot?.replaceChildren();
    return super.createRenderRoot();
  }

  /**
   * What the next update waits for, the page showing what it shows until then: code and texts
   * that update draws with and that are still loading.
   * @internal
   */
  protected updateWaitsFor(): (Promise<unknown> | undefined)[] {
    // Hydration's code loads only on a page that has prerendered HTML; and the server drew
    // the dataset, with its detail texts (the sources' titles), which the bundle loads after
    // its first render: hydration waits for them, while the page shows the server's drawing.
    if (!this.hydrating) return [];
    // Drawn, and being hydrated in the next task (see `update`): the update after it is the
    // first one for the page.
    if (this.#hydration) return [this.#hydration];
    return [
      ...this.#hydrationFetches(),
      // A task of its own for the hydrating update, not the end of the task that connected the
      // element (a view's: its explorer's hydration). Decoding the bundled map, the longest
      // part of a first update, is done in the task before, while the chunks load.
      new Promise<void>((resolve) =>
        setTimeout(() => {
          if (this.geometry === undefined && !this.geometrySrc) defaultRegion();
          setTimeout(resolve);
        }),
      ),
      // A page's own dataset (`render --data … --src …`): the script loads it, the HTML has it.
      this.src ? this.loader.whenSettled() : undefined,
    ];
  }

  /** What a hydration fetches: its code, and the bundled dataset's detail texts where they show. */
  #hydrationFetches(): (Promise<unknown> | undefined)[] {
    const showsDetails = (this.constructor as typeof PartnershipElement).showsDetails;
    return [
      loadHydration().catch(() => undefined),
      showsDetails && !this.src ? bundledDetailsLoaded().catch(() => undefined) : undefined,
    ];
  }

  override requestUpdate(...args: Parameters<LitElement['requestUpdate']>): void {
    super.requestUpdate(...args);
    // A property the page sets (its language, a selection) asks for what only hydration can
    // show: not the upgrade's attributes, nor the element's own internal states.
    if (args[0] !== undefined && this.#asked !== undefined && !args[2]?.state) {
      this.#asked = true;
      this.#reader?.arrive();
    }
  }

  protected override scheduleUpdate(): Promise<unknown> | undefined {
    // `hydrate-on="interaction"`: the hydration, and all it loads and decodes, waits for the
    // reader, who may never come. Its code is a chunk of its own, which only such pages load.
    if (this.hydrating && !this.#readerLoaded && this.getAttribute('hydrate-on') === 'interaction') {
      this.#readerLoaded = import('../../controllers/hydrate-on-controller.js').then(
        ({ HydrateOnController }) => (this.#reader = new HydrateOnController(this, this.#asked)).pending(),
        // Not loaded (a site that copied the bundle without `chunks/`): hydrated at once.
        () => undefined,
      );
      // Fetched meanwhile: the reader who comes then waits for the hydration, not the network.
      this.#hydrationFetches();
      return this.#readerLoaded.then(() => this.scheduleUpdate());
    }
    const waits = this.updateWaitsFor().filter(Boolean);
    if (!waits.length) {
      super.scheduleUpdate();
      return undefined;
    }
    return Promise.all(waits).then(() => super.scheduleUpdate());
  }

  /** The hydration of the first update's drawing, which runs in the task after that update. */
  #hydration: Promise<void> | undefined;

  protected override update(changed: PropertyValues<this>): void {
    if (!this.hydrating) return super.update(changed);
    const value = this.render();
    const root = this.renderRoot;
    // `LitElement.update` but for its `render`: reflects the attributes.
    (Object.getPrototypeOf(LitElement.prototype) as { update(changed: PropertyValues): void }).update.call(
      this,
      changed,
    );
    // Three tasks, each shorter than the one they were on a phone's CPU: this update derives
    // what the server drew (its layout, its projection), the next walks the server's nodes to
    // hydrate them, the one after lays out for the page. Until then the page shows the
    // server's drawing, as it did before the script ran; `updateComplete` waits for the walk.
    this.#hydration = new Promise((resolve) =>
      setTimeout(() => {
        // Its chunk did not load (a site that copied the bundle without `chunks/`), or the
        // HTML does not match: drawn anew in the same root, which keeps the HTML's styles.
        if (!hydration?.hydrated(value, root, this.renderOptions, this.localName)) {
          for (const node of [...root.childNodes]) if (node.nodeName !== 'STYLE') node.remove();
          delete (root as { _$litPart$?: unknown })._$litPart$;
          render(value, root, this.renderOptions);
        }
        this.hydrating = false;
        this.#hydration = undefined;
        resolve();
        setTimeout(() => this.requestUpdate());
      }),
    );
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    const hydrating = this.#hydration;
    if (!hydrating) return complete;
    await hydrating;
    return this.getUpdateComplete();
  }

  constructor() {
    super();
    if ((this.constructor as typeof PartnershipElement).linksToExplorer) {
      this.#consumer = new ExplorerStateConsumer(this, (state) => this.#followExplorer(state));
    }
  }

  #consumer: ExplorerStateConsumer | undefined;

  /** Whether an explorer holds this view's state, which the view then only asks to change. */
  #linked = false;

  #followExplorer(state: ExplorerState | undefined): void {
    if (!state) return;
    this.#linked = true;
    // Nested views take the explorer's theme rather than resetting it to the defaults.
    this.toggleAttribute('data-nested', true);
    this.data = state.data;
    this.lang = state.lang;
    this.year = state.year;
    this.selected = state.selected;
    this.partners = state.partners;
    this.geometry = state.geometry;
    this.geometrySrc = state.geometrySrc;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Moved out of the explorer, the view is on its own until an explorer answers again.
    this.#linked = false;
  }

  /**
   * A view's one way to select: alone, it sets its own `selected` and tells the page; in an
   * explorer, which is the one writer of the shared state, it only asks (the explorer stops
   * the event, applies it, tells the page once and passes the state back down).
   */
  protected select(detail: PartnershipSelectDetail | null): void {
    const id = detail?.id ?? null;
    if (this.selected === id) return;
    if (!this.#linked) this.selected = id;
    // Built apart from `dispatchEvent` so that the manifest analyzer does not read the
    // constructor's argument as an event name; each view documents its events.
    const event = new PartnershipSelectEvent(detail);
    this.dispatchEvent(event);
  }

  /** The same for the year shown; null is all years. */
  protected setYear(year: number | null): void {
    if (this.year === year) return;
    if (!this.#linked) this.year = year;
    const event = new PartnershipYearChangeEvent(year);
    this.dispatchEvent(event);
  }

  /** The language the interface speaks. */
  protected uiLang: UiLanguage = 'en';
  /** The language asked for, which a dataset may have even when the interface does not. */
  protected contentLang = 'en';
  protected messages: Messages = messagesFor('en');
  protected partnerSet: ReadonlySet<string> = new Set();

  override connectedCallback(): void {
    if (this.hasAttribute('defer-hydration')) return;
    super.connectedCallback();
    // The inherited language can only be read once the element is in the page.
    this.#resolveLanguage();
    this.#asked ??= false;
    // Reattached after a detach (moved in the page, re-mounted by a framework): render once
    // more, so that the language of the new place shows and whatever a view binds to its
    // rendered DOM after an update, and releases on disconnect (the map's zoom), is bound
    // again.
    if (this.hasUpdated) this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (isServer) this.#consumer?.followOnServer();
    this.loader.sync();
    this.shapes.sync();
    if (changed.has('lang')) this.#resolveLanguage();
    if (changed.has('partners')) this.partnerSet = new Set(this.partners);
  }

  #resolveLanguage(): void {
    const requested = this.lang || inheritedLang(this) || 'en';
    this.contentLang = requested.toLowerCase();
    this.uiLang = toUiLanguage(requested);
    this.messages = messagesFor(this.uiLang);
  }

  protected get index(): DatasetIndex | null {
    return this.loader.state.status === 'ready' ? this.loader.state.index : null;
  }

  protected get selection(): Selection | null {
    const index = this.index;
    return index ? resolveSelection(index, this.selected) : null;
  }

  /**
   * A country's name: the dataset's; else, for a country the dataset leaves unnamed, the
   * reader's language's name for it (from its ISO code in the map file); else the map
   * file's English name; else the id.
   */
  protected countryName(id: string): { text: string; lang: string } {
    const record = this.index?.countries.get(id);
    if (record?.name) return localize(record.name, this.contentLang);
    const shape = this.shapes.region?.countries.find((country) => country.id === id);
    const named = shape?.alpha2 ? regionNames(this.contentLang).of(shape.alpha2) : undefined;
    if (named) return { text: named, lang: this.contentLang };
    return { text: shape?.name ?? id, lang: 'en' };
  }

  /**
   * The loading or error view; null once the dataset is ready, and, for a view that draws
   * the map (`withMap`), its map file too.
   */
  protected renderStatus(withMap = false): TemplateResult | null {
    const { state } = this.loader;
    const mapError = withMap && state.status === 'ready' ? this.shapes.error : null;
    if (mapError) return this.#renderError(mapError, () => this.shapes.reload());
    if (state.status === 'error') {
      return this.#renderError(state.error, state.retry ? () => this.loader.reload() : null);
    }
    if (state.status === 'loading' || (withMap && this.shapes.loading)) {
      return html`<div class="status" role="status" part="status">${this.messages.loading}</div>`;
    }
    return null;
  }

  #renderError(error: DatasetError, retry: (() => void) | null): TemplateResult {
    return html`<div class="error" role="alert" part="error">
      <p class="error-title"><strong>${this.messages.errorTitle}</strong></p>
      <p class="error-message">${error.message}</p>
      ${
        error.issues.length
          ? html`<ul class="error-issues">
              ${error.issues.map(
                (issue) => html`<li><code class="error-path">${issue.path}</code>: ${issue.message}</li>`,
              )}
            </ul>`
          : nothing
      }
      ${
        retry
          ? html`<button type="button" class="retry" part="button" @click=${retry}>
              ${this.messages.retry}
            </button>`
          : html`<p class="error-help">${this.messages.errorHelp}</p>`
      }
    </div>`;
  }
}
