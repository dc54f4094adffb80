import { html, nothing, type TemplateResult } from 'lit';
import { localize } from '../../data/localize.js';
import { activePartners, visibleCollaborations } from '../../data/queries.js';
import { localizedText, type DetailsView } from './details.js';

/**
 * What the explorer's header shows and does: the dataset's title, what is shown (year and
 * filter), and the controls, with the explorer's actions.
 */
export interface HeaderView extends Pick<
  DetailsView,
  'index' | 'messages' | 'lang' | 'year' | 'partnerSet' | 'partnerNames'
> {
  partners: readonly string[];
  view: 'visual' | 'table';
  /** Whether the table is shown (asked for, or the map cannot be drawn): no image to download. */
  table: boolean;
  /** The presenter bar, beside the title, while presenting or playing. */
  presenterBar: TemplateResult | typeof nothing;
  setView(view: 'visual' | 'table'): void;
  /** Adds or removes a partner from the filter; null clears it. */
  togglePartner(id: string | null): void;
  download(format: 'svg' | 'png'): void;
}

/** The title, the summary line, the partner filter, the view switch and the download buttons. */
export function renderHeader(view: HeaderView) {
  const { messages, partners } = view;
  const visibleCount = visibleCollaborations(view.index, view.year, view.partnerSet).length;
  return html`<header part="header">
    <div class="title-row">
      <h2 id="explorer-title">${localizedText(view.lang, view.index.dataset.title)}</h2>
      ${view.presenterBar}
    </div>
    <p class="summary">
      ${messages.activeCount(visibleCount, view.year)}${
        partners.length ? html` · ${messages.partners}: ${view.partnerNames(partners)}` : nothing
      }
    </p>
    <div class="controls">
      ${renderFilter(view)} ${renderViewSwitch(view)} ${view.table ? nothing : renderDownload(view)}
    </div>
  </header>`;
}

function renderDownload(view: HeaderView) {
  return html`<div class="download" role="group" aria-labelledby="download-label">
    <span id="download-label" class="filter-label">${view.messages.download}</span>
    ${(['svg', 'png'] as const).map(
      (format) =>
        html`<button
          type="button"
          part="button"
          class="chip"
          data-download=${format}
          title=${view.messages.downloadAs(format.toUpperCase())}
          @click=${() => view.download(format)}
        >
          ${format.toUpperCase()}
        </button>`,
    )}
  </div>`;
}

function renderViewSwitch(view: HeaderView) {
  const option = (value: 'visual' | 'table', label: string) =>
    html`<button
      type="button"
      part="button"
      class="chip"
      data-view=${value}
      aria-pressed=${view.view === value ? 'true' : 'false'}
      @click=${() => view.setView(value)}
    >
      ${label}
    </button>`;
  return html`<div class="view-switch" role="group" aria-labelledby="view-label">
    <span id="view-label" class="filter-label">${view.messages.viewSwitch}</span>
    ${option('visual', view.messages.showVisual)} ${option('table', view.messages.showTable)}
  </div>`;
}

function renderFilter(view: HeaderView) {
  const { messages, partners } = view;
  return html`<div class="filter" part="filter" role="group" aria-labelledby="filter-label">
    <span id="filter-label" class="filter-label">${messages.partnerFilter}</span>
    <button
      type="button"
      part="button"
      class="chip"
      aria-pressed=${partners.length === 0 ? 'true' : 'false'}
      @click=${() => view.togglePartner(null)}
    >
      ${messages.allPartners}
    </button>
    ${activePartners(view.index).map((organisation) => {
      const pressed = partners.includes(organisation.id);
      const full = localize(organisation.name, view.lang);
      const short = localize(organisation.shortName, view.lang).text;
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
        @click=${() => view.togglePartner(organisation.id)}
      >
        ${localizedText(view.lang, organisation.shortName)}
      </button>`;
    })}
  </div>`;
}
