import { html, nothing } from 'lit';
import { visibleCollaborations } from '../../data/queries.js';
import { formatPeriod } from '../../i18n/format.js';
import { localizedText, renderSourceRefs, type DetailsView } from './details.js';

/** What the printed list needs: the dataset, the year and filter shown, and the texts. */
export type PrintView = Pick<
  DetailsView,
  'index' | 'messages' | 'lang' | 'year' | 'partnerSet' | 'partnerNames'
>;

/**
 * The visible collaborations as a list, with their sources, for paper, which has no timeline
 * to explore: rendered while `PrintController` says the page prints. A server writes it too,
 * and it shows on screen where scripting is off (the explorer's styles), in place of the
 * details a click would show.
 */
export function renderPrintList(view: PrintView) {
  const visible = visibleCollaborations(view.index, view.year, view.partnerSet);
  return html`<section class="print-only">
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
            ${renderSourceRefs(view, collaboration.sources)}
          </li>`,
      )}
    </ol>
  </section>`;
}
