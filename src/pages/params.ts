/**
 * The options of the built pages (`dist/partnership-explorer.html`, `dist/embed.html`), read
 * from the query string and the hash: `?lang=fr&presentation&autoplay` or
 * `#lang=fr&year=2016&selected=BEN`. Each value is checked against what the explorer
 * accepts; an unknown name or a value that does not pass is ignored, never passed on. The
 * result is a list of attributes to set on the explorer: parameter text is only ever used as
 * an attribute value, never as HTML.
 */

/** What a page may set; `null` removes the attribute (a boolean switched off). */
export type PageAttributes = Map<string, string | null>;

/** What the checks need to know about the dataset. */
export interface ParamLimits {
  /** First and last year of the dataset's period. */
  firstYear: number;
  lastYear: number;
}

type Check = (value: string, limits: ParamLimits) => string | null | undefined;

/** `undefined`: the value is not valid and the parameter is ignored. */
const INVALID = undefined;

const TRUE_WORDS = new Set(['', '1', 'true', 'yes', 'on']);
const FALSE_WORDS = new Set(['0', 'false', 'no', 'off']);

/** `?presentation`, `?presentation=1` or `=true` → on; `=0` or `=false` → off. */
function flag(value: string): string | null | undefined {
  const word = value.toLowerCase();
  if (TRUE_WORDS.has(word)) return '';
  if (FALSE_WORDS.has(word)) return null;
  return INVALID;
}

/** Plain decimal seconds (`8`, `2.5`): no sign, exponent, hex, spaces or empty string. */
function seconds(min: number, max: number): Check {
  return (value) => {
    if (!/^\d{1,6}(\.\d{1,3})?$/.test(value)) return INVALID;
    const number = Number(value);
    return number >= min && number <= max ? String(number) : INVALID;
  };
}

function oneOf(...allowed: string[]): Check {
  return (value) => (allowed.includes(value) ? value : INVALID);
}

/** Ids as the dataset writes them: `BEN`, `dakar-2022`, `mloz`. */
const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,79}$/;

/** The languages of the interface, with an optional region: `fr`, `fr-BE`. */
const LANG = /^(nl|fr|en)(?:-([a-z]{2}|\d{3}))?$/i;

export const PARAM_CHECKS: Readonly<Record<string, Check>> = {
  lang(value) {
    const match = LANG.exec(value);
    if (!match) return INVALID;
    const [, language, region] = match;
    return region ? `${language!.toLowerCase()}-${region.toUpperCase()}` : language!.toLowerCase();
  },
  year(value, { firstYear, lastYear }) {
    if (!/^\d{4}$/.test(value)) return INVALID;
    const year = Number(value);
    return year >= firstYear && year <= lastYear ? String(year) : INVALID;
  },
  selected(value) {
    return ID.test(value) ? value : INVALID;
  },
  /** `partners=mloz+lc` or `partners=mloz,lc`; empty means every partner. */
  partners(value) {
    const ids = value.split(/[\s,]+/).filter(Boolean);
    if (!ids.length) return null;
    return ids.every((id) => ID.test(id)) ? ids.join(' ') : INVALID;
  },
  'group-by': oneOf('kind', 'partner'),
  view: oneOf('visual', 'table'),
  presentation: flag,
  autoplay: flag,
  'sync-url': flag,
  interval: seconds(1, 3600),
  'idle-reset': seconds(5, 86400),
};

/** `#lang=fr&presentation` → its parameters; an anchor such as `#top` is an unknown name. */
function hashParams(hash: string): URLSearchParams {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  return new URLSearchParams(text);
}

/**
 * The attributes the query string and the hash ask for, in that order: the hash wins over
 * the query, and a later repeat of a name over an earlier one. `except` names parameters
 * this page does not take.
 */
export function readPageParams(
  search: string,
  hash: string,
  limits: ParamLimits,
  except: readonly string[] = [],
): PageAttributes {
  const attributes: PageAttributes = new Map();
  for (const params of [new URLSearchParams(search), hashParams(hash)]) {
    for (const [name, raw] of params) {
      if (!Object.hasOwn(PARAM_CHECKS, name) || except.includes(name)) continue;
      const value = PARAM_CHECKS[name]!(raw, limits);
      if (value !== INVALID) attributes.set(name, value);
    }
  }
  return attributes;
}

/** Sets (or, for `null`, removes) each attribute; text goes in as attribute values only. */
export function applyAttributes(element: Element, attributes: PageAttributes): void {
  for (const [name, value] of attributes) {
    if (value === null) element.removeAttribute(name);
    else element.setAttribute(name, value);
  }
}
