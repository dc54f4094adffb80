/*
 * The pure half of `UrlStateController`: reading and writing the hash, with no DOM, so that
 * it is tested in Node. It sits beside the controller it serves.
 */
/** The explorer state a link can carry. */
export interface UrlState {
  lang: string | null;
  year: number | null;
  selected: string | null;
  partners: string[];
}

/** A parsed hash: the state, and which keys the hash really had. */
export interface ParsedUrlState extends UrlState {
  present: Set<keyof UrlState>;
}

const KEYS = ['lang', 'year', 'selected', 'partners'] as const;

/**
 * Reads `#lang=fr&year=2016&selected=BEN&partners=mloz,lc`. Unknown keys are ignored and
 * values are checked, since a link may be typed or mangled by hand.
 */
export function parseUrlState(hash: string): ParsedUrlState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const present = new Set(KEYS.filter((key) => params.has(key)));
  const year = params.get('year');
  const parsedYear = year !== null && /^\d{4}$/.test(year) ? Number(year) : null;
  const lang = params.get('lang');
  return {
    lang: lang && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang) ? lang : null,
    year: parsedYear,
    selected: params.get('selected') || null,
    partners: (params.get('partners') ?? '').split(',').filter((id) => /^[a-z0-9-]+$/.test(id)),
    present,
  };
}

/** Writes the state into a hash, keeping any other parameters the page put there. */
export function writeUrlState(hash: string, state: UrlState): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  for (const key of KEYS) params.delete(key);
  if (state.lang) params.set('lang', state.lang);
  if (state.year !== null) params.set('year', String(state.year));
  if (state.selected) params.set('selected', state.selected);
  if (state.partners.length) params.set('partners', state.partners.join(','));
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `#${text}` : '';
}
