import { html, nothing, type TemplateResult } from 'lit';
import type { DatasetError } from '../../data/errors.js';
import { safeHttpUrl } from '../../data/links.js';
import { localize, type LocalizedString } from '../../data/localize.js';
import { matchesPartners, matchesYear, type DatasetIndex, type Selection } from '../../data/queries.js';
import type {
  Collaboration,
  Confidence,
  Country,
  LocalizedText,
  Organisation,
  Source,
} from '../../data/types.js';
import { formatPartialDate, formatPeriod } from '../../i18n/format.js';
import type { Messages } from '../../i18n/messages.js';
import { renderSourceTitle } from '../shared/source-title.js';

/** Collaborations a country's details list before a "show all" button. */
const DETAILS_LIST_LIMIT = 50;

/**
 * What the explorer's details panel shows and can do: the selection's record, in the
 * reader's language, with the explorer's state and actions. The panel is drawn from this
 * alone, as Plot draws a mark from data and options.
 */
export interface DetailsView {
  index: DatasetIndex;
  messages: Messages;
  /** The language of the dataset's texts. */
  lang: string;
  selection: Selection | null;
  year: number | null;
  partnerSet: ReadonlySet<string>;
  presentation: boolean;
  /** Why the bundled dataset's detail texts did not load, if they did not. */
  detailsError: DatasetError | undefined;
  /** The selected country's collaborations, in time order. */
  countryCollaborations: readonly Collaboration[];
  /** Whether the country's list shows every collaboration, not only the first ones. */
  showingAll: boolean;
  showAll(): void;
  countryName(id: string): LocalizedString;
  partnerNames(ids: readonly string[]): string;
  select(kind: 'country' | 'collaboration', id: string | null): void;
}

function text(view: DetailsView, value: LocalizedText): LocalizedString {
  return localize(value, view.lang);
}

/**
 * Data text in `pageLang` as text (never HTML), marked with its own language when it fell
 * back to another. The explorer's header and filter use it too.
 */
export function localizedText(pageLang: string, value: LocalizedText | LocalizedString) {
  const { text: shown, lang } =
    'text' in value && 'lang' in value ? (value as LocalizedString) : localize(value, pageLang);
  return lang === pageLang ? shown : html`<span lang=${lang}>${shown}</span>`;
}

function textNode(view: DetailsView, value: LocalizedText | LocalizedString) {
  return localizedText(view.lang, value);
}

/** A detail text of the bundled dataset, absent until it loaded (`data/details.ts`). */
function detail(view: DetailsView, value: LocalizedText | undefined): string | typeof nothing {
  return value ? text(view, value).text : nothing;
}

/** The details panel's content: the selected country or collaboration, or a hint. */
export function renderDetails(view: DetailsView): TemplateResult {
  const index = view.index;
  const selection = view.selection;
  if (selection?.kind === 'country') {
    const country = index.countries.get(selection.id);
    if (country) return renderCountryDetails(view, country);
  }
  if (selection?.kind === 'collaboration') {
    const collaboration = index.collaborations.get(selection.id);
    if (collaboration) return renderCollaborationDetails(view, collaboration);
  }
  return html`<h3 id="details-title">${view.messages.details}</h3>
    <p class="hint">${view.messages.noSelection}</p>`;
}

function renderClear(view: DetailsView) {
  return html`<button type="button" part="button" class="clear" @click=${() => view.select('country', null)}>
    ${view.messages.clearSelection}
  </button>`;
}

function renderBadge(view: DetailsView, confidence: Confidence) {
  return html`<span class="badge ${confidence}" part="badge"
    >${view.messages.confidenceLabel[confidence]}</span
  >`;
}

function renderCountryDetails(view: DetailsView, country: Country): TemplateResult {
  const index = view.index;
  const inferred = country.masmut === 'inferred';
  const active = view.countryCollaborations.filter((collaboration) =>
    matchesPartners(collaboration, view.partnerSet),
  );
  // A generated or national dataset can put hundreds here: the panel lists the first few
  // until asked, so a selection stays one frame instead of formatting every entry.
  const shown = view.showingAll ? active : active.slice(0, DETAILS_LIST_LIMIT);
  return html`<h3 id="details-title">${textNode(view, view.countryName(country.id))}</h3>
    ${
      country.masmut
        ? html`<p class="membership ${inferred ? 'inferred' : ''}">
            ${view.messages.masmutCountry}:
            ${inferred ? view.messages.inferredMembership : view.messages.confirmedMembership}
          </p>`
        : nothing
    }
    ${country.note ? html`<p class="note">${textNode(view, country.note)}</p>` : nothing}
    ${
      country.partners?.length
        ? html`<h4>${view.messages.whoWorksHere}</h4>
            <ul class="who">
              ${country.partners.map((partner) => {
                const organisation = index.organisations.get(partner.organisation);
                return html`<li class=${partner.confidence === 'inferred' ? 'inferred' : ''}>
                  <strong>${organisation ? textNode(view, organisation.name) : partner.organisation}</strong
                  >${partner.note ? html`: ${textNode(view, partner.note)}` : nothing}
                  ${partner.confidence === 'inferred' ? html`<span class="inferred-tag">(${view.messages.inferred})</span>` : nothing}
                  ${renderSourceRefs(view, partner.sources)}
                </li>`;
              })}
            </ul>`
        : nothing
    }
    <h4>${view.messages.collaborationsHere}</h4>
    ${
      active.length
        ? html`<ul class="collaborations">
              ${shown.map((collaboration) => {
                const current = matchesYear(collaboration, view.year);
                return html`<li class=${current ? '' : 'not-current'}>
                  <button
                    type="button"
                    class="link"
                    part="button"
                    @click=${() => view.select('collaboration', collaboration.id)}
                  >
                    ${textNode(view, collaboration.title)}
                  </button>
                  <span class="meta"
                    >${formatPeriod(collaboration.start, collaboration.end, view.lang)} ·
                    ${view.partnerNames(collaboration.partners)}${
                      collaboration.confidence === 'inferred'
                        ? html` · <span class="inferred-tag">${view.messages.inferred}</span>`
                        : nothing
                    }</span
                  >
                </li>`;
              })}
            </ul>
            ${
              shown.length < active.length
                ? html`<button type="button" part="button" class="show-all" @click=${() => view.showAll()}>
                    ${view.messages.showAll(active.length)}
                  </button>`
                : nothing
            }`
        : html`<p class="hint">${view.messages.noCollaborations}</p>`
    }
    ${renderSourceList(view, country.sources)} ${renderClear(view)}`;
}

/**
 * The bundled dataset's summaries load just after the first render (`data/details.ts`):
 * until then, none; if they cannot load, why.
 */
function renderSummary(view: DetailsView, summary: LocalizedText | undefined, inferred: boolean) {
  const failure = view.detailsError;
  if (!summary) return failure ? html`<p class="note" role="alert">${failure.message}</p>` : nothing;
  return html`<p class="summary-text ${inferred ? 'inferred' : ''}">${textNode(view, summary)}</p>`;
}

function renderCollaborationDetails(view: DetailsView, collaboration: Collaboration): TemplateResult {
  const index = view.index;
  const inferred = collaboration.confidence === 'inferred';
  const partners = collaboration.partners
    .map((id) => index.organisations.get(id))
    .filter((organisation): organisation is Organisation => organisation !== undefined);
  return html`<h3 id="details-title">${textNode(view, collaboration.title)}</h3>
    <p class="kind-line">
      <span class="kind">${view.messages.kindLabel[collaboration.kind] ?? collaboration.kind}</span>
      ${renderBadge(view, collaboration.confidence)}
    </p>
    ${renderSummary(view, collaboration.summary, inferred)}
    ${
      collaboration.note
        ? html`<p class="note">
            <strong>${view.messages.note}:</strong> ${textNode(view, collaboration.note)}
          </p>`
        : nothing
    }
    <dl>
      <dt class="on-map">${view.messages.period}</dt>
      <dd class="on-map">${formatPeriod(collaboration.start, collaboration.end, view.lang)}</dd>
      <dt>${view.messages.partners}</dt>
      <dd>
        <ul class="inline-list">
          ${partners.map(
            (organisation) =>
              html`<li title=${detail(view, organisation.description)}>
                ${textNode(view, view.presentation ? organisation.shortName : organisation.name)}
              </li>`,
          )}
        </ul>
      </dd>
      ${
        collaboration.countries.length
          ? html`<dt class="on-map">${view.messages.countries}</dt>
              <dd class="on-map ${collaboration.countriesConfidence === 'inferred' ? 'inferred' : ''}">
                ${
                  collaboration.countriesConfidence === 'inferred'
                    ? html`<span class="inferred-tag">(${view.messages.countriesNotConfirmed})</span>`
                    : nothing
                }
                <ul class="inline-list">
                  ${collaboration.countries.map((id) => {
                    return html`<li>
                      <button
                        type="button"
                        class="link"
                        part="button"
                        @click=${() => view.select('country', id)}
                      >
                        ${textNode(view, view.countryName(id))}
                      </button>
                    </li>`;
                  })}
                </ul>
              </dd>`
          : nothing
      }
      ${
        collaboration.venue
          ? html`<dt class="on-map">${view.messages.venue}</dt>
              <dd class="on-map">
                ${textNode(view, collaboration.venue.city)}
                ${collaboration.venue.sources ? renderSourceRefs(view, collaboration.venue.sources) : nothing}
              </dd>`
          : nothing
      }
      <dt class="confidence">${view.messages.confidence}</dt>
      <dd class="confidence">${view.messages.confidenceLabel[collaboration.confidence]}</dd>
    </dl>
    ${renderSourceList(view, collaboration.sources)} ${renderClear(view)}`;
}

/**
 * The sources of `ids` that can be cited: the bundled sources' titles come with the detail
 * texts, just after the first render, and a source is named only once they are in.
 */
function citable(view: Pick<DetailsView, 'index'>, ids: readonly string[]): Source[] {
  return ids
    .map((id) => view.index.sources.get(id))
    .filter((source): source is Source => source?.title !== undefined);
}

export function renderSourceRefs(view: Pick<DetailsView, 'index' | 'messages'>, ids: readonly string[]) {
  const sources = citable(view, ids);
  if (!sources.length) return nothing;
  return html`<span class="source-refs"
    >(${sources.map((source, position) => html`${position ? ', ' : ''}${renderSourceLink(view, source)}`)})</span
  >`;
}

function renderSourceLink(view: Pick<DetailsView, 'messages'>, source: Source) {
  const href = safeHttpUrl(source.url);
  const label = renderSourceTitle(source, view.messages);
  return href ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${label}</a>` : label;
}

function renderSourceList(view: DetailsView, ids: readonly string[]) {
  const sources = citable(view, ids);
  if (!sources.length) return nothing;
  return html`<h4>${view.messages.sources}</h4>
    <ul class="sources">
      ${sources.map(
        (source) =>
          html`<li>
            <span class="source-title">${renderSourceLink(view, source)} —</span>
            ${source.publisher}${source.date ? html`, ${formatPartialDate(source.date, view.lang)}` : nothing}
          </li>`,
      )}
    </ul>`;
}
