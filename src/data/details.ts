import type { Dataset } from './types.js';

/**
 * The texts only the explorer's details panel and the table show: summaries, notes,
 * descriptions, and the sources' titles, publishers and addresses (the table's last column).
 * They are most of the bundled dataset's bytes, yet the map and the timeline read none of
 * them, so the build moves them into a chunk that loads just after the first render (see
 * `scripts/rollup-plugins.mjs`), and a page paints its map and timeline without them; a
 * table shown first fills its sources column when they arrive.
 *
 * Each list holds one entry per record of the same list, in the same order; an entry holds
 * only the fields the record had.
 */
export interface DetailTexts {
  organisations: Record<string, unknown>[];
  countries: Record<string, unknown>[];
  /** Per country, per entry of its `partners`. */
  countryPartners: Record<string, unknown>[][];
  collaborations: Record<string, unknown>[];
  sources: Record<string, unknown>[];
}

const FIELDS = {
  organisations: ['description', 'note'],
  countries: ['note'],
  countryPartners: ['note'],
  collaborations: ['summary', 'note'],
  sources: ['title', 'lang', 'publisher', 'url', 'titleIsDescription', 'date'],
} as const;

type Loose = Record<string, unknown>;

/** Moves `fields` out of `record` into the returned entry. */
function take(record: Loose, fields: readonly string[]): Loose {
  const entry: Loose = {};
  for (const field of fields) {
    if (field in record) {
      entry[field] = record[field];
      Reflect.deleteProperty(record, field);
    }
  }
  return entry;
}

/**
 * Splits a valid dataset in two: a copy without the detail texts, and those texts.
 * `attachDetails(core, details)` gives back a dataset equal to the one given.
 */
export function splitDetails(dataset: Dataset): { core: Dataset; details: DetailTexts } {
  const core = structuredClone(dataset);
  const details: DetailTexts = {
    organisations: core.organisations.map((record) => take(record as unknown as Loose, FIELDS.organisations)),
    countries: core.countries.map((record) => take(record as unknown as Loose, FIELDS.countries)),
    countryPartners: core.countries.map((country) =>
      (country.partners ?? []).map((record) => take(record as unknown as Loose, FIELDS.countryPartners)),
    ),
    collaborations: core.collaborations.map((record) =>
      take(record as unknown as Loose, FIELDS.collaborations),
    ),
    sources: core.sources.map((record) => take(record as unknown as Loose, FIELDS.sources)),
  };
  return { core, details };
}

/**
 * Puts the detail texts back into the records of `core`, in place: the elements already
 * hold those records (indexed, laid out), so they need only render again, not start over.
 */
export function attachDetails(core: Dataset, details: DetailTexts): void {
  const attach = (records: readonly object[], entries: readonly Loose[]): void => {
    records.forEach((record, i) => Object.assign(record, entries[i]));
  };
  attach(core.organisations, details.organisations);
  attach(core.countries, details.countries);
  core.countries.forEach((country, i) => attach(country.partners ?? [], details.countryPartners[i] ?? []));
  attach(core.collaborations, details.collaborations);
  attach(core.sources, details.sources);
}
