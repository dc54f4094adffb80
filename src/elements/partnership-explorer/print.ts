import { html, nothing } from 'lit';
import { visibleCollaborations } from '../../data/queries.js';
import { formatPeriod } from '../../i18n/format.js';
import { localizedText, type DetailsView } from './details.js';

/** What the printed list needs: the dataset, the year and filter shown, and the texts. */
export type PrintView = Pick<
  DetailsView,
  'index' | 'messages' | 'lang' | 'year' | 'partnerSet' | 'partnerNames'
>;

/**
 * Only printed (the explorer renders it while `PrintController` says the page prints): the
 * visible collaborations as a list, since paper has no timeline to explore.
 */
export function renderPrintList(view: PrintView) {
  const visible = visibleCollaborations(view.index, view.year, view.partnerSet);
  return html`<section class="print-only" aria-hidden="true">
    <h3>${view.messages.collaborationsHere}</h3>
    <ol>
      ${visible.map(
        (collaboration) =>
          html`<li>
            <strong>${localizedText(view.lang, collaboration.title)}</strong>
            (${formatPeriod(collaboration.start, collaboration.end, view.lang)}) —
            ${view.partnerNames(collaboration.partners)}${
              collaboration.confidence === 'inferred' ? html` — <em>${view.messages.inferred}</em>` : nothing
            }
          </li>`,
      )}
    </ol>
  </section>`;
}
