import { period, title } from '../../data/partnerships.json';
import { localize } from '../data/localize.js';
import { HEIGHT_MESSAGE, reportHeight } from './height.js';
import { applyAttributes, readPageParams, type ParamLimits } from './params.js';

const limits: ParamLimits = { firstYear: period.start, lastYear: period.end };

export interface PageOptions {
  /** Tell the parent page the height of this one (the iframe page). */
  postHeight: boolean;
  /** Parameters this page does not take. */
  except?: readonly string[];
}

/**
 * Starts a built page: applies the URL's options to its `<partnership-explorer>` (query
 * first, then hash), keeps `<html lang>` and the title in the explorer's language, and,
 * in an iframe, tells the parent page its height. Runs before the elements are defined, so
 * the explorer renders in the asked-for state from the start; a prerendered one hydrates
 * first.
 */
export function startPage({ postHeight, except = [] }: PageOptions): void {
  const explorer = document.querySelector('partnership-explorer');
  if (!explorer) return;

  const followLanguage = () => {
    const lang = explorer.getAttribute('lang') || 'en';
    document.documentElement.lang = lang;
    document.title = localize(title, lang.toLowerCase()).text;
  };
  // The explorer reflects `lang`, so this also follows a change made inside it.
  new MutationObserver(followLanguage).observe(explorer, { attributes: true, attributeFilter: ['lang'] });

  const apply = () => {
    applyAttributes(explorer, readPageParams(location.search, location.hash, limits, except));
    followLanguage();
  };
  if (explorer.shadowRoot) {
    // Prerendered (the built pages are): the script first hydrates what the HTML shows, then
    // takes the address's options as changes, rather than finding a state the HTML lacks.
    void customElements
      .whenDefined('partnership-explorer')
      .then(() => (explorer as Element & { updateComplete: Promise<boolean> }).updateComplete)
      .then(apply);
  } else apply();

  // Typing `#lang=nl` in the address bar changes only the hash; apply what it says. With
  // `sync-url` the explorer owns the hash and follows it itself.
  addEventListener('hashchange', () => {
    if (!explorer.hasAttribute('sync-url'))
      applyAttributes(explorer, readPageParams('', location.hash, limits, except));
  });

  if (postHeight && window.parent !== window) {
    reportHeight(document.documentElement, (height) =>
      window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*'),
    );
  }
}
