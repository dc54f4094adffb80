import { pluralRules } from './intl-cache.js';

/**
 * Whether a count takes the singular ("1 partner"). For whole counts in the three languages
 * of the widgets the rule is short (CLDR: one for 1 in Dutch and English, for 0 and 1 in
 * French) and is answered without Intl: the first Intl object a page creates costs tens of
 * milliseconds (V8 loads its locale data), which the first render would otherwise pay.
 * Anything else asks `Intl.PluralRules`. A test checks the shortcut against it.
 */
export function takesSingular(lang: string, count: number): boolean {
  if (Number.isInteger(count) && count >= 0) {
    if (lang === 'nl' || lang === 'en') return count === 1;
    if (lang === 'fr') return count <= 1;
  }
  return pluralRules(lang).select(count) === 'one';
}

/** The singular or plural word for a count: `plural('fr', 1, 'partenaire', 'partenaires')`. */
export function plural(lang: string, count: number, one: string, other: string): string {
  return takesSingular(lang, count) ? one : other;
}
