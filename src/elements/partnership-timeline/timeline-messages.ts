import type { UiLanguage } from '../../data/localize.js';
import { plural } from '../../i18n/plural.js';

/** Texts only the timeline needs; the shared catalogue in `src/i18n/messages.ts` lacks them. */
export interface TimelineMessages {
  partnerCount: (count: number) => string;
  /** Said of an item the chosen year dims, so that dimming is not conveyed by opacity alone. */
  notActiveIn: (year: number) => string;
}

const catalogue: Record<UiLanguage, TimelineMessages> = {
  nl: {
    partnerCount: (count) => `${count} ${plural('nl', count, 'partner', 'partners')}`,
    notActiveIn: (year) => `niet actief in ${year}`,
  },
  fr: {
    partnerCount: (count) => `${count} ${plural('fr', count, 'partenaire', 'partenaires')}`,
    notActiveIn: (year) => `pas active en ${year}`,
  },
  en: {
    partnerCount: (count) => `${count} ${plural('en', count, 'partner', 'partners')}`,
    notActiveIn: (year) => `not active in ${year}`,
  },
};

export function timelineMessagesFor(lang: UiLanguage): TimelineMessages {
  return catalogue[lang];
}
