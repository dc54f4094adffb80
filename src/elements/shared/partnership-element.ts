import {
  html,
  LitElement,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import type { DatasetIndex } from '../../data/queries.js';
import { resolveSelection, type Selection } from '../../data/queries.js';
import { toUiLanguage, type UiLanguage } from '../../data/localize.js';
import { DatasetController } from '../../controllers/dataset-controller.js';
import { inheritedLang } from '../../controllers/lang.js';
import { messagesFor, type Messages } from '../../i18n/messages.js';
import { ExplorerStateConsumer, type ExplorerState } from './explorer-context.js';

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
  };

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

  /** Milliseconds to wait for `src` before showing an error. */
  timeout = 15000;

  protected readonly loader = new DatasetController(this, () => ({
    src: this.src,
    data: this.data,
    timeout: this.timeout,
    messages: this.messages,
  }));

  /** Views inside an explorer take its state; the explorer itself provides it. */
  static linksToExplorer = true;

  constructor() {
    super();
    if ((this.constructor as typeof PartnershipElement).linksToExplorer) {
      new ExplorerStateConsumer(this, (state) => this.#followExplorer(state));
    }
  }

  #followExplorer(state: ExplorerState | undefined): void {
    if (!state) return;
    // Nested views take the explorer's theme rather than resetting it to the defaults.
    this.toggleAttribute('data-nested', true);
    this.data = state.data;
    this.lang = state.lang;
    this.year = state.year;
    this.selected = state.selected;
    this.partners = state.partners;
  }

  /** The language the interface speaks. */
  protected uiLang: UiLanguage = 'en';
  /** The language asked for, which a dataset may have even when the interface does not. */
  protected contentLang = 'en';
  protected messages: Messages = messagesFor('en');
  protected partnerSet: ReadonlySet<string> = new Set();

  override connectedCallback(): void {
    super.connectedCallback();
    // The inherited language can only be read once the element is in the page.
    this.#resolveLanguage();
    // Reattached after a detach (moved in the page, re-mounted by a framework): render once
    // more, so that the language of the new place shows and whatever a view binds to its
    // rendered DOM after an update, and releases on disconnect (the map's zoom), is bound
    // again.
    if (this.hasUpdated) this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.loader.sync();
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

  /** The loading or error view; null once the dataset is ready. */
  protected renderStatus(): TemplateResult | null {
    const { state } = this.loader;
    if (state.status === 'ready') return null;
    if (state.status === 'loading') {
      return html`<div class="status" role="status" part="status">${this.messages.loading}</div>`;
    }
    const { error, retry: canRetry } = state;
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
        canRetry
          ? html`<button type="button" class="retry" part="button" @click=${() => this.loader.reload()}>
              ${this.messages.retry}
            </button>`
          : html`<p class="error-help">${this.messages.errorHelp}</p>`
      }
    </div>`;
  }
}
