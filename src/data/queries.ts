import { activeYears, compareByStart, isActiveIn } from './dates.js';
import type { Collaboration, Country, Dataset, Organisation, Source } from './types.js';

/** Look-ups by id, built once per dataset. */
export interface DatasetIndex {
  dataset: Dataset;
  organisations: Map<string, Organisation>;
  countries: Map<string, Country>;
  sources: Map<string, Source>;
  collaborations: Map<string, Collaboration>;
  /** Collaborations in time order. */
  chronological: Collaboration[];
}

/**
 * A value derived from one object, computed once per object. Not the elements' `memo`, which
 * keeps one value: several datasets, indexes and years' lists are in use at once (a page's
 * elements, an explorer's views, a reader scrubbing back), and the objects are immutable, so
 * each keeps its own for as long as it lives.
 */
function perObject<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) cache.set(key, (value = compute(key)));
    return value;
  };
}

function byId<T extends { id: string }>(records: T[]): Map<string, T> {
  return new Map(records.map((record) => [record.id, record]));
}

const indexes = perObject((dataset: Dataset): DatasetIndex => ({
  dataset,
  organisations: byId(dataset.organisations),
  countries: byId(dataset.countries),
  sources: byId(dataset.sources),
  collaborations: byId(dataset.collaborations),
  chronological: [...dataset.collaborations].sort(compareByStart),
}));

/** Datasets are treated as immutable, so the index of one object is computed once. */
export function indexDataset(dataset: Dataset): DatasetIndex {
  return indexes(dataset);
}

/** What the user selected: a country or a collaboration. */
export type Selection = { kind: 'country' | 'collaboration'; id: string };

/** Reads a `selected` attribute value: a country id such as `BEN`, or a collaboration id. */
export function resolveSelection(index: DatasetIndex, id: string | null | undefined): Selection | null {
  if (!id) return null;
  if (index.countries.has(id)) return { kind: 'country', id };
  if (index.collaborations.has(id)) return { kind: 'collaboration', id };
  return null;
}

/** An empty partner filter means every partner. */
export function matchesPartners(collaboration: Collaboration, partners: ReadonlySet<string>): boolean {
  return partners.size === 0 || collaboration.partners.some((partner) => partners.has(partner));
}

/** `year` null means every year. */
export function matchesYear(collaboration: Collaboration, year: number | null): boolean {
  return year === null || isActiveIn(collaboration, year);
}

/**
 * Answers per dataset index. The views ask the same question (this year, these partners)
 * several times in one update, and the same years again as a reader scrubs; with 10,000
 * collaborations each scan costs milliseconds. Results are shared, hence read-only.
 */
const visibleCache = perObject((_index: DatasetIndex) => new Map<string, readonly Collaboration[]>());
const inCountryCache = perObject(
  (_collaborations: readonly Collaboration[]) => new Map<string, readonly Collaboration[]>(),
);
/** Bounds each index's cache: a handful of filters times the years of the period. */
const MAX_CACHED_QUERIES = 128;

function remember<V>(cache: Map<string, V>, key: string, compute: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = compute();
    if (cache.size >= MAX_CACHED_QUERIES) cache.clear();
    cache.set(key, value);
  }
  return value;
}

/**
 * Every year's active collaborations, in time order, from one pass over the dataset: a
 * reader scrubbing through the years then costs a lookup per year rather than a scan of
 * every collaboration per year. Years outside the dataset's period are not bucketed.
 */
const collaborationsByYear = perObject((index: DatasetIndex): Map<number, Collaboration[]> => {
  const buckets = new Map<number, Collaboration[]>();
  const { start, end } = index.dataset.period;
  for (const collaboration of index.chronological) {
    const [first, last] = activeYears(collaboration);
    for (let year = Math.max(first, start); year <= Math.min(last, end); year++) {
      let list = buckets.get(year);
      if (!list) buckets.set(year, (list = []));
      list.push(collaboration);
    }
  }
  return buckets;
});

/** The collaborations the views show for a year and a partner filter, in time order. */
export function visibleCollaborations(
  index: DatasetIndex,
  year: number | null,
  partners: ReadonlySet<string>,
): readonly Collaboration[] {
  const key = `${year}|${[...partners].sort().join(' ')}`;
  return remember(visibleCache(index), key, () => {
    const { start, end } = index.dataset.period;
    const inPeriod = year !== null && year >= start && year <= end;
    const candidates = inPeriod ? (collaborationsByYear(index).get(year) ?? []) : index.chronological;
    return candidates.filter(
      (collaboration) => matchesYear(collaboration, year) && matchesPartners(collaboration, partners),
    );
  });
}

const counts = perObject((collaborations: readonly Collaboration[]) => {
  const byCountry = new Map<string, number>();
  for (const collaboration of collaborations) {
    for (const country of collaboration.countries) byCountry.set(country, (byCountry.get(country) ?? 0) + 1);
  }
  return byCountry;
});

/** How many of `collaborations` involve each country; the map shades by this. */
export function countByCountry(collaborations: readonly Collaboration[]): Map<string, number> {
  return counts(collaborations);
}

export function collaborationsInCountry(
  collaborations: readonly Collaboration[],
  countryId: string,
): readonly Collaboration[] {
  return remember(inCountryCache(collaborations), countryId, () =>
    collaborations.filter((collaboration) => collaboration.countries.includes(countryId)),
  );
}

export interface Highlight {
  countries: ReadonlySet<string>;
  collaborations: ReadonlySet<string>;
}

const highlightCache = perObject((_index: DatasetIndex) => new Map<string, Highlight>());

/** The ids of collaborations and countries a selection highlights in the other view. */
export function highlightedBy(index: DatasetIndex, selection: Selection | null): Highlight {
  const key = selection ? `${selection.kind}:${selection.id}` : '';
  return remember(highlightCache(index), key, () => {
    const countries = new Set<string>();
    const collaborations = new Set<string>();
    if (selection?.kind === 'country') {
      countries.add(selection.id);
      for (const collaboration of collaborationsInCountry(index.chronological, selection.id)) {
        collaborations.add(collaboration.id);
      }
    } else if (selection?.kind === 'collaboration') {
      collaborations.add(selection.id);
      for (const country of index.collaborations.get(selection.id)?.countries ?? []) countries.add(country);
    }
    return { countries, collaborations };
  });
}

const partners = perObject((index: DatasetIndex): readonly Organisation[] => {
  const used = new Set(index.dataset.collaborations.flatMap((collaboration) => collaboration.partners));
  return index.dataset.organisations.filter((organisation) => used.has(organisation.id));
});

/** Organisations that take part in at least one collaboration, for the partner filter. */
export function activePartners(index: DatasetIndex): readonly Organisation[] {
  return partners(index);
}
