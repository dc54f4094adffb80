import type { LocalizedText } from './types.js';

/** The languages the interface itself speaks. */
export const UI_LANGUAGES = ['nl', 'fr', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
export const FALLBACK_LANGUAGE: UiLanguage = 'en';

/** A text and the language it is really in, so a fallback can carry its own `lang`. */
export interface LocalizedString {
  text: string;
  lang: string;
}

/** `fr-BE` → `fr`; anything else the interface does not speak → `en`. */
export function toUiLanguage(lang: string | null | undefined): UiLanguage {
  const primary = (lang ?? '').toLowerCase().split('-')[0] ?? '';
  return (UI_LANGUAGES as readonly string[]).includes(primary) ? (primary as UiLanguage) : FALLBACK_LANGUAGE;
}

/**
 * Picks the text for `lang`, falling back to its primary language, then English. Datasets
 * may hold more languages than the interface speaks, so `lang` is not limited to those.
 */
export function localize(text: LocalizedText, lang: string): LocalizedString {
  const candidates = [lang, lang.split('-')[0] ?? lang, FALLBACK_LANGUAGE];
  for (const candidate of candidates) {
    if (Object.hasOwn(text, candidate) && text[candidate]) return { text: text[candidate]!, lang: candidate };
  }
  return { text: text.en, lang: FALLBACK_LANGUAGE };
}

/** Shorthand when the language of the result does not matter (sorting, search). */
export function textIn(text: LocalizedText, lang: string): string {
  return localize(text, lang).text;
}
