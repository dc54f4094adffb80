import { UrlStateController } from '../../controllers/url-state-controller.js';
import type { ParsedUrlState } from '../../controllers/url-state.js';
import type { PartnershipExplorer } from './partnership-explorer.js';

/**
 * With `sync-url`, keeps the explorer's `lang`, `year`, `selected` and partner filter in the
 * page's URL hash, and follows back and forward.
 */
export function syncUrl(explorer: PartnershipExplorer): void {
  new UrlStateController(explorer, {
    enabled: () => explorer.syncUrl,
    read: () => ({
      lang: explorer.lang || null,
      year: explorer.year,
      selected: explorer.selected,
      partners: explorer.partners,
    }),
    apply: (state, initial) => {
      const has = (key: keyof ParsedUrlState) => !initial || state.present.has(key as never);
      if (state.lang && state.present.has('lang')) explorer.lang = state.lang;
      if (has('year')) explorer.year = state.year;
      if (has('selected')) explorer.selected = state.selected;
      if (has('partners')) explorer.partners = state.partners;
    },
  });
}
