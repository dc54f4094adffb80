/**
 * Intl formatters are costly to build (locale negotiation, data loading) and cheap to use,
 * and the views format the same few patterns thousands of times per render. One instance
 * per language and options serves them all; instances are immutable, so sharing is safe.
 */
const cache = new Map<string, unknown>();

function cached<T>(key: string, create: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = create();
    cache.set(key, value);
  }
  return value;
}

export function dateFormat(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(`date|${lang}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(lang, options));
}

export function numberFormat(lang: string): Intl.NumberFormat {
  return cached(`number|${lang}`, () => new Intl.NumberFormat(lang));
}

export function pluralRules(lang: string): Intl.PluralRules {
  return cached(`plural|${lang}`, () => new Intl.PluralRules(lang));
}

export function listFormat(lang: string): Intl.ListFormat {
  return cached(`list|${lang}`, () => new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }));
}

/** Country names by ISO 3166-1 alpha-2, for countries a dataset leaves unnamed. */
export function regionNames(lang: string): Intl.DisplayNames {
  return cached(`region|${lang}`, () => new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' }));
}

export function collator(lang: string): Intl.Collator {
  return cached(`collator|${lang}`, () => new Intl.Collator(lang, { sensitivity: 'base', numeric: true }));
}
