import { html, nothing, type TemplateResult } from 'lit';
import type { Source } from '../../data/types.js';
import type { Messages } from '../../i18n/messages.js';

/**
 * A source's title as readers should take it: the document's own title as it is, or, when
 * the dataset could only describe the document, the description in square brackets (how
 * catalogues mark a title they supplied) and, for screen readers, the words that say so.
 */
export function renderSourceTitle(
  source: Pick<Source, 'title' | 'lang' | 'titleIsDescription'>,
  messages: Messages,
): TemplateResult {
  return source.titleIsDescription
    ? html`<span lang=${source.lang} class="described">[${source.title}]</span
        ><span class="visually-hidden"> (${messages.titleIsDescription})</span>`
    : html`<span lang=${source.lang}>${source.title}</span>${nothing}`;
}
