import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
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
import { defaultRegion } from '../../geo/region.js';
import { explorerStyles } from './partnership-explorer.styles.js';

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
  static override styles = [themeStyles, explorerStyles];

  /** How the timeline groups its lanes: by `kind` or by `partner`. */
  @property({ attribute: 'group-by' }) groupBy: 'kind' | 'partner' = 'kind';

  /** `visual` shows map and timeline; `table` shows the same data as a sortable table. */
  @property({ reflect: true }) view: 'visual' | 'table' = 'visual';

  /** What the polite live region says; changed only by user actions. */
  @state() private announcement = '';

  private countryCollaborations: Collaboration[] = [];
  /** False when none of the dataset's countries has a shape: the table stands in for the map. */
  private mapDrawable = true;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const index = this.index;
    const selection = this.selection;
    if (index) {
      const shapes = new Set(defaultRegion().countries.map((country) => country.id));
      this.mapDrawable = index.dataset.countries.some((country) => shapes.has(country.id));
    }
    this.countryCollaborations =
      index && selection?.kind === 'country'
        ? collaborationsInCountry(index.chronological, selection.id)
        : [];
  }

  private text(value: LocalizedText): LocalizedString {
    return localize(value, this.contentLang);
  }

  /** Renders data text as text (never HTML), marked with its own language when it fell back. */
  private textNode(value: LocalizedText) {
    const { text, lang } = this.text(value);
    return lang === this.contentLang ? text : html`<span lang=${lang}>${text}</span>`;
  }

  private announce(message: string): void {
    // Re-setting the same text would not be announced again; a trailing space makes it new.
    this.announcement = this.announcement === message ? `${message} ` : message;
  }

  private selectItem(kind: 'country' | 'collaboration', id: string | null, fromChild = false): void {
    this.selected = id;
    if (!fromChild) {
      // Built first: the manifest analyzer would read `new Event(arg)` inline as an event named `arg`.
      const event = new PartnershipSelectEvent(id === null ? null : { kind, id });
      this.dispatchEvent(event);
    }
    const index = this.index;
    if (!index || id === null) {
      this.announce(this.messages.selectionCleared);
      return;
    }
    const record = kind === 'country' ? index.countries.get(id) : index.collaborations.get(id);
    if (!record) return;
    this.announce(this.messages.selected(this.text('name' in record ? record.name : record.title).text));
  }

  private onChildSelect(event: PartnershipSelectEvent): void {
    // The child's event keeps bubbling to the page; the explorer only takes the state.
    const detail = event.detail;
    this.selectItem(detail?.kind ?? 'country', detail?.id ?? null, true);
  }

  private onChildYear(event: PartnershipYearChangeEvent): void {
    this.year = event.detail.year;
    this.announceYear();
  }

  private announceYear(): void {
    const index = this.index;
    if (!index) return;
    const count = visibleCollaborations(index, this.year, this.partnerSet).length;
    const yearText = this.year === null ? this.messages.allYears : this.messages.yearValue(this.year);
    this.announce(`${yearText}: ${this.messages.collaborationCount(count)}`);
  }

  private togglePartner(id: string | null): void {
    const next =
      id === null
        ? []
        : this.partners.includes(id)
          ? this.partners.filter((p) => p !== id)
          : [...this.partners, id];
    this.partners = next;
    const event = new PartnershipFilterChangeEvent(next);
    this.dispatchEvent(event);
    const index = this.index;
    if (!index) return;
    const count = visibleCollaborations(index, this.year, new Set(next)).length;
    const names = next.map((partner) => {
      const organisation = index.organisations.get(partner);
      return organisation ? this.text(organisation.shortName).text : partner;
    });
    this.announce(
      `${next.length ? formatList(names, this.uiLang) : this.messages.allPartners}: ${this.messages.collaborationCount(count)}`,
    );
  }

  override render() {
    const status = this.renderStatus();
    if (status) return status;
    const index = this.index!;
    const dataset = index.dataset;
    const visibleCount = visibleCollaborations(index, this.year, this.partnerSet).length;
    const showTable = this.view === 'table' || !this.mapDrawable;
    return html`<section class="explorer" aria-labelledby="explorer-title">
      <header part="header">
        <h2 id="explorer-title">${this.textNode(dataset.title)}</h2>
        <p class="summary">
          ${this.messages.activeCount(visibleCount, this.year)}${
            this.partners.length
              ? html` · ${this.messages.partners}: ${this.partnerNames(this.partners)}`
              : nothing
          }
        </p>
        <div class="controls">${this.renderFilter()} ${this.renderViewSwitch()}</div>
      </header>
      <div class="views ${showTable ? 'as-table' : ''}">
        ${
          showTable
            ? html`${this.mapDrawable ? nothing : html`<p class="notice" part="notice">${this.messages.mapUnavailable}</p>`}
                <partnership-table
                  part="table"
                  class="table"
                  .data=${dataset}
                  lang=${this.contentLang}
                  .year=${this.year}
                  .selected=${this.selected}
                  .partners=${this.partners}
                  @partnership-select=${this.onChildSelect}
                ></partnership-table>`
            : html`<partnership-map
                part="map"
                class="map"
                .data=${dataset}
                lang=${this.contentLang}
                .year=${this.year}
                .selected=${this.selected}
                .partners=${this.partners}
                @partnership-select=${this.onChildSelect}
              ></partnership-map>`
        }
        <aside class="details" part="details" aria-labelledby="details-title">${this.renderDetails()}</aside>
        ${
          showTable
            ? nothing
            : html`<partnership-timeline
                part="timeline"
                class="timeline"
                .data=${dataset}
                lang=${this.contentLang}
                .year=${this.year}
                .selected=${this.selected}
                .partners=${this.partners}
                group-by=${this.groupBy}
                @partnership-select=${this.onChildSelect}
                @partnership-year-change=${this.onChildYear}
              ></partnership-timeline>`
        }
      </div>
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        ${this.announcement}
      </div>
    </section>`;
  }

  private partnerNames(ids: readonly string[]): string {
    const index = this.index;
    return formatList(
      ids.map((id) => {
        const organisation = index?.organisations.get(id);
        return organisation ? this.text(organisation.shortName).text : id;
      }),
      this.uiLang,
    );
  }

  private renderViewSwitch() {
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

  private renderFilter() {
    const index = this.index!;
    const partners = activePartners(index);
    return html`<div class="filter" part="filter" role="group" aria-labelledby="filter-label">
      <span id="filter-label" class="filter-label">${this.messages.partnerFilter}</span>
      <button
        type="button"
        part="button"
        class="chip"
        aria-pressed=${this.partners.length === 0 ? 'true' : 'false'}
        @click=${() => this.togglePartner(null)}
      >
        ${this.messages.allPartners}
      </button>
      ${partners.map((organisation) => {
        const pressed = this.partners.includes(organisation.id);
        const full = this.text(organisation.name);
        const short = this.text(organisation.shortName).text;
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
          @click=${() => this.togglePartner(organisation.id)}
        >
          ${this.textNode(organisation.shortName)}
        </button>`;
      })}
    </div>`;
  }

  private renderDetails(): TemplateResult {
    const index = this.index!;
    const selection = this.selection;
    if (selection?.kind === 'country') {
      const country = index.countries.get(selection.id);
      if (country) return this.renderCountryDetails(country);
    }
    if (selection?.kind === 'collaboration') {
      const collaboration = index.collaborations.get(selection.id);
      if (collaboration) return this.renderCollaborationDetails(collaboration);
    }
    return html`<h3 id="details-title">${this.messages.details}</h3>
      <p class="hint">${this.messages.noSelection}</p>`;
  }

  private renderClear() {
    return html`<button
      type="button"
      part="button"
      class="clear"
      @click=${() => this.selectItem('country', null)}
    >
      ${this.messages.clearSelection}
    </button>`;
  }

  private renderBadge(confidence: Confidence) {
    return html`<span class="badge ${confidence}" part="badge"
      >${this.messages.confidenceLabel[confidence]}</span
    >`;
  }

  private renderCountryDetails(country: Country): TemplateResult {
    const index = this.index!;
    const inferred = country.masmut === 'inferred';
    const active = this.countryCollaborations.filter((collaboration) =>
      matchesPartners(collaboration, this.partnerSet),
    );
    return html`<h3 id="details-title">${this.textNode(country.name)}</h3>
      <p class="membership ${inferred ? 'inferred' : ''}">
        ${this.messages.masmutCountry}:
        ${inferred ? this.messages.inferredMembership : this.messages.confirmedMembership}
      </p>
      ${country.note ? html`<p class="note">${this.textNode(country.note)}</p>` : nothing}
      ${
        country.partners?.length
          ? html`<h4>${this.messages.whoWorksHere}</h4>
              <ul class="who">
                ${country.partners.map((partner) => {
                  const organisation = index.organisations.get(partner.organisation);
                  return html`<li class=${partner.confidence === 'inferred' ? 'inferred' : ''}>
                    <strong>${organisation ? this.textNode(organisation.name) : partner.organisation}</strong
                    >${partner.note ? html`: ${this.textNode(partner.note)}` : nothing}
                    ${partner.confidence === 'inferred' ? html`<span class="inferred-tag">(${this.messages.inferred})</span>` : nothing}
                    ${this.renderSourceRefs(partner.sources)}
                  </li>`;
                })}
              </ul>`
          : nothing
      }
      <h4>${this.messages.collaborationsHere}</h4>
      ${
        active.length
          ? html`<ul class="collaborations">
              ${active.map((collaboration) => {
                const current = matchesYear(collaboration, this.year);
                return html`<li class=${current ? '' : 'not-current'}>
                  <button
                    type="button"
                    class="link"
                    part="button"
                    @click=${() => this.selectItem('collaboration', collaboration.id)}
                  >
                    ${this.textNode(collaboration.title)}
                  </button>
                  <span class="meta"
                    >${formatPeriod(collaboration.start, collaboration.end, this.contentLang)} ·
                    ${this.partnerNames(collaboration.partners)}${
                      collaboration.confidence === 'inferred'
                        ? html` · <span class="inferred-tag">${this.messages.inferred}</span>`
                        : nothing
                    }</span
                  >
                </li>`;
              })}
            </ul>`
          : html`<p class="hint">${this.messages.noCollaborations}</p>`
      }
      ${this.renderSourceList(country.sources)} ${this.renderClear()}`;
  }

  private renderCollaborationDetails(collaboration: Collaboration): TemplateResult {
    const index = this.index!;
    const inferred = collaboration.confidence === 'inferred';
    const partners = collaboration.partners
      .map((id) => index.organisations.get(id))
      .filter((organisation): organisation is Organisation => organisation !== undefined);
    return html`<h3 id="details-title">${this.textNode(collaboration.title)}</h3>
      <p class="kind-line">
        <span class="kind">${this.messages.kindLabel[collaboration.kind] ?? collaboration.kind}</span>
        ${this.renderBadge(collaboration.confidence)}
      </p>
      <p class="summary-text ${inferred ? 'inferred' : ''}">${this.textNode(collaboration.summary)}</p>
      ${
        collaboration.note
          ? html`<p class="note">
              <strong>${this.messages.note}:</strong> ${this.textNode(collaboration.note)}
            </p>`
          : nothing
      }
      <dl>
        <dt>${this.messages.period}</dt>
        <dd>${formatPeriod(collaboration.start, collaboration.end, this.contentLang)}</dd>
        <dt>${this.messages.partners}</dt>
        <dd>
          <ul class="inline-list">
            ${partners.map((organisation) => html`<li title=${this.text(organisation.description).text}>${this.textNode(organisation.name)}</li>`)}
          </ul>
        </dd>
        ${
          collaboration.countries.length
            ? html`<dt>${this.messages.countries}</dt>
                <dd>
                  <ul class="inline-list">
                    ${collaboration.countries.map((id) => {
                      const country = index.countries.get(id);
                      return html`<li>
                        <button
                          type="button"
                          class="link"
                          part="button"
                          @click=${() => this.selectItem('country', id)}
                        >
                          ${country ? this.textNode(country.name) : id}
                        </button>
                      </li>`;
                    })}
                  </ul>
                </dd>`
            : nothing
        }
        ${
          collaboration.venue
            ? html`<dt>${this.messages.venue}</dt>
                <dd>${this.textNode(collaboration.venue.city)}</dd>`
            : nothing
        }
        <dt>${this.messages.confidence}</dt>
        <dd>${this.messages.confidenceLabel[collaboration.confidence]}</dd>
      </dl>
      ${this.renderSourceList(collaboration.sources)} ${this.renderClear()}`;
  }

  private renderSourceRefs(ids: readonly string[]) {
    const sources = ids
      .map((id) => this.index!.sources.get(id))
      .filter((source): source is Source => !!source);
    return html`<span class="source-refs"
      >(${sources.map((source, position) => html`${position ? ', ' : ''}${this.renderSourceLink(source)}`)})</span
    >`;
  }

  private renderSourceLink(source: Source) {
    const href = safeHttpUrl(source.url);
    const label = html`<span lang=${source.lang}>${source.title}</span>`;
    return href ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${label}</a>` : label;
  }

  private renderSourceList(ids: readonly string[]) {
    const sources = ids
      .map((id) => this.index!.sources.get(id))
      .filter((source): source is Source => !!source);
    if (!sources.length) return nothing;
    return html`<h4>${this.messages.sources}</h4>
      <ul class="sources">
        ${sources.map(
          (source) =>
            html`<li>
              ${this.renderSourceLink(source)} —
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
