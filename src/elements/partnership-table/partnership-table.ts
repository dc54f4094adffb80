import { css, html, nothing, type PropertyValues } from 'lit';
import { highlightedBy, visibleCollaborations } from '../../data/queries.js';
import { localize } from '../../data/localize.js';
import { safeHttpUrl } from '../../data/links.js';
import type { Collaboration } from '../../data/types.js';
import { formatList, formatPeriod } from '../../i18n/format.js';
import { collator } from '../../i18n/intl-cache.js';
import { collaborationExtent } from '../../data/dates.js';
import { defineElement } from '../shared/define.js';
import { PartnershipElement } from '../shared/partnership-element.js';
import { renderSourceTitle } from '../shared/source-title.js';
import { themeStyles } from '../shared/styles.js';

type Column = 'title' | 'period' | 'kind' | 'partners' | 'countries' | 'sources' | 'confidence';
const COLUMNS: readonly Column[] = [
  'title',
  'period',
  'kind',
  'partners',
  'countries',
  'sources',
  'confidence',
];
const CONFIDENCE_ORDER = { report: 0, confirmed: 1, inferred: 2 } as const;

interface Row {
  collaboration: Collaboration;
  cells: Record<Exclude<Column, 'sources'>, string>;
  sources: {
    title: string;
    titleIsDescription: boolean;
    publisher: string;
    lang: string;
    href: string | null;
  }[];
}

/**
 * The collaborations as an HTML table: the same data as the map and the timeline, for
 * screen readers, keyboard users and anyone who prefers text. Sortable by each column,
 * narrowed by the same year and partner filter, linked to the same selection.
 *
 * @tagname partnership-table
 * @summary Sortable table of the collaborations, linked to the selection and filters.
 *
 * @event partnership-select - A collaboration was selected from its row; `detail` is `{kind: 'collaboration', id}`.
 * @event partnership-error - The dataset could not be loaded or is invalid; `detail` is `{message, issues}`.
 *
 * @csspart table - The table element.
 * @csspart row - Each body row; also `selected` or `highlighted` when so.
 * @csspart button - The sort buttons and the title buttons.
 * @csspart status - The loading message.
 * @csspart error - The error message with its list of problems.
 *
 * @cssproperty --pw-color-surface - Background of the header row and highlighted rows.
 * @cssproperty --pw-color-selected - Marker of the selected row.
 */
export class PartnershipTable extends PartnershipElement {
  /** The sources column: the sources' titles and addresses come with the detail texts. */
  static override showsDetails = true;

  static override properties = {
    sortColumn: { state: true, attribute: false },
    sortDirection: { state: true, attribute: false },
  };

  static override styles = [
    themeStyles,
    css`
      .wrap {
        overflow-x: auto;
      }
      table {
        width: 100%;
        border-collapse: collapse;
        font-size: 0.9em;
      }
      caption {
        text-align: start;
        font-weight: 600;
        padding: 0 0 0.5em;
      }
      th,
      td {
        text-align: start;
        vertical-align: top;
        padding: 0.4em 0.5em;
        border-bottom: 1px solid var(--pw-color-dim);
      }
      thead th {
        background: var(--pw-color-surface);
        white-space: nowrap;
      }
      th button {
        border: 0;
        background: none;
        padding: 0.2em 0;
        font-weight: 600;
      }
      thead button::after {
        content: ' ↕';
        color: var(--pw-color-text-muted);
      }
      th[aria-sort='ascending'] button::after {
        content: ' ↑';
        color: var(--pw-color-text);
      }
      th[aria-sort='descending'] button::after {
        content: ' ↓';
        color: var(--pw-color-text);
      }
      .publisher {
        color: var(--pw-color-text-muted);
      }
      tr.highlighted {
        background: var(--pw-color-surface);
      }
      tr.selected {
        background: var(--pw-color-surface);
        box-shadow: inset 4px 0 0 var(--pw-color-selected);
      }
      button.title {
        border: 0;
        background: none;
        padding: 0;
        text-align: start;
        color: var(--pw-color-accent);
        text-decoration: underline;
      }
      tr.selected button.title {
        font-weight: 700;
      }
      .inferred {
        font-style: italic;
        color: var(--pw-color-inferred);
        border-bottom: 2px dashed var(--pw-color-inferred);
      }
      a {
        color: var(--pw-color-accent);
      }
      @media (forced-colors: active) {
        tr.selected {
          outline: 3px solid Highlight;
          outline-offset: -3px;
        }
      }
    `,
  ];

  private sortColumn: Column = 'period';
  private sortDirection: 'ascending' | 'descending' = 'ascending';

  #rows: Row[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const index = this.index;
    if (!index) return;
    const lang = this.contentLang;
    const name = (ids: readonly string[], table: 'organisations' | 'countries') =>
      formatList(
        ids.map((id) => {
          if (table === 'countries') return this.countryName(id).text;
          const record = index.organisations.get(id);
          return record ? localize(record.name, lang).text : id;
        }),
        this.uiLang,
      );
    const rows = visibleCollaborations(index, this.year, this.partnerSet).map((collaboration): Row => ({
      collaboration,
      cells: {
        title: localize(collaboration.title, lang).text,
        period: formatPeriod(collaboration.start, collaboration.end, lang),
        kind: this.messages.kindLabel[collaboration.kind] ?? collaboration.kind,
        partners: name(collaboration.partners, 'organisations'),
        countries:
          name(collaboration.countries, 'countries') +
          (collaboration.countriesConfidence === 'inferred' && collaboration.countries.length
            ? ` (${this.messages.countriesNotConfirmed})`
            : ''),
        confidence: this.messages.confidenceLabel[collaboration.confidence],
      },
      // The bundled sources' titles come with the detail texts, just after the first render:
      // until then the cell stays empty rather than showing ids.
      sources: collaboration.sources.flatMap((id) => {
        const source = index.sources.get(id);
        if (source && source.title === undefined) return [];
        return {
          title: source?.title ?? id,
          titleIsDescription: source?.titleIsDescription === true,
          publisher: source?.publisher ?? '',
          lang: source?.lang ?? 'en',
          href: safeHttpUrl(source?.url),
        };
      }),
    }));
    const compareText = collator(this.uiLang);
    const key = this.sortColumn;
    const compare = (a: Row, b: Row): number => {
      if (key === 'period') {
        const [a0, a1] = collaborationExtent(a.collaboration);
        const [b0, b1] = collaborationExtent(b.collaboration);
        return a0 - b0 || a1 - b1;
      }
      if (key === 'confidence') {
        return CONFIDENCE_ORDER[a.collaboration.confidence] - CONFIDENCE_ORDER[b.collaboration.confidence];
      }
      if (key === 'sources') return a.sources.length - b.sources.length;
      return compareText.compare(a.cells[key], b.cells[key]);
    };
    const direction = this.sortDirection === 'ascending' ? 1 : -1;
    // Ties keep time order, so a sort by kind lists each kind chronologically.
    this.#rows = rows
      .map((row, order) => ({ row, order }))
      .sort((a, b) => direction * compare(a.row, b.row) || a.order - b.order)
      .map(({ row }) => row);
  }

  #columnLabel(column: Column): string {
    const m = this.messages;
    const labels: Record<Column, string> = {
      title: m.columnCollaboration,
      period: m.period,
      kind: m.columnKind,
      partners: m.partners,
      countries: m.countries,
      sources: m.sources,
      confidence: m.confidence,
    };
    return labels[column];
  }

  #sortBy(column: Column): void {
    if (this.sortColumn === column) {
      this.sortDirection = this.sortDirection === 'ascending' ? 'descending' : 'ascending';
    } else {
      this.sortColumn = column;
      this.sortDirection = 'ascending';
    }
  }

  override render() {
    const status = this.renderStatus();
    if (status) return status;
    const index = this.index!;
    const highlighted = highlightedBy(index, this.selection).collaborations;
    const selectedId = this.selection?.kind === 'collaboration' ? this.selection.id : null;
    return html`<div class="wrap">
      <table part="table">
        <caption>
          ${this.messages.tableLabel}: ${this.messages.activeCount(this.#rows.length, this.year)}
        </caption>
        <thead>
          <tr>
            ${COLUMNS.map((column) => {
              const label = this.#columnLabel(column);
              const sorted = this.sortColumn === column;
              const next =
                sorted && this.sortDirection === 'ascending'
                  ? this.messages.sortDescending(label)
                  : this.messages.sortAscending(label);
              return html`<th scope="col" aria-sort=${sorted ? this.sortDirection : 'none'}>
                <button type="button" part="button" title=${next} @click=${() => this.#sortBy(column)}>
                  ${label}
                </button>
              </th>`;
            })}
          </tr>
        </thead>
        <tbody>
          ${
            this.#rows.length === 0
              ? html`<tr>
                  <td colspan=${COLUMNS.length}>${this.messages.noCollaborations}</td>
                </tr>`
              : this.#rows.map((row) => {
                  const id = row.collaboration.id;
                  const selected = id === selectedId;
                  const rowClass = selected ? 'selected' : highlighted.has(id) ? 'highlighted' : '';
                  const inferred = row.collaboration.confidence === 'inferred';
                  return html`<tr class=${rowClass} part="row ${rowClass}" data-id=${id}>
                    <th scope="row">
                      <button
                        type="button"
                        class="title"
                        part="button"
                        aria-pressed=${selected ? 'true' : 'false'}
                        @click=${() => this.select({ kind: 'collaboration', id })}
                      >
                        ${row.cells.title}
                      </button>
                    </th>
                    <td>${row.cells.period}</td>
                    <td>${row.cells.kind}</td>
                    <td>${row.cells.partners}</td>
                    <td>${row.cells.countries}</td>
                    <td>
                      ${row.sources.map(
                        (source, position) =>
                          html`${position ? '; ' : nothing}${
                              source.href
                                ? html`<a href=${source.href} target="_blank" rel="noopener noreferrer"
                                    >${renderSourceTitle(source, this.messages)}</a
                                  >`
                                : renderSourceTitle(source, this.messages)
                            } <span class="publisher">(${source.publisher})</span>`,
                      )}
                    </td>
                    <td><span class=${inferred ? 'inferred' : ''}>${row.cells.confidence}</span></td>
                  </tr>`;
                })
          }
        </tbody>
      </table>
    </div>`;
  }
}

defineElement('partnership-table', PartnershipTable);

declare global {
  interface HTMLElementTagNameMap {
    'partnership-table': PartnershipTable;
  }
}
