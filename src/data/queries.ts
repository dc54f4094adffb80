import { compareByStart, isActiveIn } from '../time/dates.js';
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

const indexCache = new WeakMap<Dataset, DatasetIndex>();

function byId<T extends { id: string }>(records: T[]): Map<string, T> {
  return new Map(records.map((record) => [record.id, record]));
}

/** Datasets are treated as immutable, so the index of one object is computed once. */
export function indexDataset(dataset: Dataset): DatasetIndex {
  let index = indexCache.get(dataset);
  if (!index) {
    index = {
      dataset,
      organisations: byId(dataset.organisations),
      countries: byId(dataset.countries),
      sources: byId(dataset.sources),
      collaborations: byId(dataset.collaborations),
      chronological: [...dataset.collaborations].sort(compareByStart),
    };
    indexCache.set(dataset, index);
  }
  return index;
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

/** The collaborations the views show for a year and a partner filter, in time order. */
export function visibleCollaborations(
  index: DatasetIndex,
  year: number | null,
  partners: ReadonlySet<string>,
): Collaboration[] {
  return index.chronological.filter(
    (collaboration) => matchesYear(collaboration, year) && matchesPartners(collaboration, partners),
  );
}

/** How many of `collaborations` involve each country; the map shades by this. */
export function countByCountry(collaborations: readonly Collaboration[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const collaboration of collaborations) {
    for (const country of collaboration.countries) counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  return counts;
}

export function collaborationsInCountry(
  collaborations: readonly Collaboration[],
  countryId: string,
): Collaboration[] {
  return collaborations.filter((collaboration) => collaboration.countries.includes(countryId));
}

/** The ids of collaborations and countries a selection highlights in the other view. */
export function highlightedBy(
  index: DatasetIndex,
  selection: Selection | null,
): { countries: Set<string>; collaborations: Set<string> } {
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
}

/** Organisations that take part in at least one collaboration, for the partner filter. */
export function activePartners(index: DatasetIndex): Organisation[] {
  const used = new Set(index.dataset.collaborations.flatMap((collaboration) => collaboration.partners));
  return index.dataset.organisations.filter((organisation) => used.has(organisation.id));
}
