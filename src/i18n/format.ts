import { parsePartialDate } from '../data/dates.js';
import { dateFormat, listFormat } from './intl-cache.js';

/**
 * Month names of the widgets' languages, so dates need no Intl on the first render (the
 * first Intl object costs tens of milliseconds, see `takesSingular`). Other languages use
 * Intl; a test checks these against it, month by month.
 */
const MONTHS: Record<string, readonly string[]> = {
  nl: 'januari februari maart april mei juni juli augustus september oktober november december'.split(' '),
  fr: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' '),
  en: 'January February March April May June July August September October November December'.split(' '),
};

/**
 * Formats a partial date as precisely as it is known: "2016", "March 2016", "2 March 2016",
 * in the language's own words.
 */
export function formatPartialDate(text: string, lang: string): string {
  const parsed = parsePartialDate(text);
  if (!parsed) return text;
  const months = MONTHS[lang];
  if (months && parsed.year >= 1000) {
    const { year, month, day } = parsed;
    if (!month) return String(year);
    const name = months[month - 1]!;
    if (!day) return `${name} ${year}`;
    return lang === 'en' ? `${name} ${day}, ${year}` : `${day} ${name} ${year}`;
  }
  const date = new Date(Date.UTC(parsed.year, (parsed.month ?? 1) - 1, parsed.day ?? 1));
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (parsed.month) options.month = 'long';
  if (parsed.day) options.day = 'numeric';
  return dateFormat(lang, options).format(date);
}

/** "March 2014 – December 2016", or a single date when there is no end. */
export function formatPeriod(start: string, end: string | undefined, lang: string): string {
  const from = formatPartialDate(start, lang);
  if (!end || end === start) return from;
  return `${from} – ${formatPartialDate(end, lang)}`;
}

/**
 * The last joint of a list in the widgets' languages, as Intl's long conjunction writes it
 * (English puts a comma before "and" from three items on). The details of the first country
 * selected list its partners: through Intl, that click would pay for its first Intl object.
 */
const LAST_JOINT: Record<string, readonly [pair: string, series: string]> = {
  nl: [' en ', ' en '],
  fr: [' et ', ' et '],
  en: [' and ', ', and '],
};

/** "MLOZ, LC and SolSoc" with the language's own conjunction. */
export function formatList(items: string[], lang: string): string {
  const joint = LAST_JOINT[lang];
  if (!joint) return listFormat(lang).format(items);
  if (items.length < 2) return items[0] ?? '';
  return items.slice(0, -1).join(', ') + joint[items.length > 2 ? 1 : 0] + items.at(-1);
}
