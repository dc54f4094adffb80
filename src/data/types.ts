/**
 * The dataset's shape. `data/partnerships.schema.json` is the source of truth for
 * validation; these types mirror it for the compiler.
 */

/** The languages every text in the dataset must have. */
export const REQUIRED_LANGUAGES = ['nl', 'fr', 'en'] as const;
export type RequiredLanguage = (typeof REQUIRED_LANGUAGES)[number];

/** A text in every required language; a dataset may add more languages. */
export type LocalizedText = Record<RequiredLanguage, string> & Record<string, string>;

/**
 * How sure we are of a fact: stated in the 2021 report, confirmed by a named public
 * source, or inferred from several sources (shown as inferred, never as certain).
 */
export type Confidence = 'report' | 'confirmed' | 'inferred';

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: as precise as the source is. */
export type PartialDate = string;

export type OrganisationKind = 'insurer' | 'ngo' | 'network' | 'programme';

/** Spans run from `start` to `end`; every other kind is a one-off event at `start`. */
export const SPAN_KINDS = ['partnership', 'programme'] as const;
export const EVENT_KINDS = [
  'conference',
  'study',
  'agreement',
  'submission',
  'project',
  'milestone',
] as const;
export type SpanKind = (typeof SPAN_KINDS)[number];
export type EventKind = (typeof EVENT_KINDS)[number];
export type CollaborationKind = SpanKind | EventKind;

export interface Source {
  /** Referenced from `sources` arrays of other records. */
  id: string;
  /** The document's own title, in its own language; or our description when `titleIsDescription`. */
  title: string;
  /**
   * True when `title` describes the document because its own title could not be confirmed:
   * shown in square brackets, as catalogues show a title they supply.
   */
  titleIsDescription?: boolean;
  /** Language of the title, such as `fr`. */
  lang: string;
  publisher: string;
  /** Only `https:` or `http:` URLs are ever rendered as links. */
  url?: string;
  date?: PartialDate;
}

export interface Organisation {
  id: string;
  name: LocalizedText;
  /** A short label for lanes and chips, such as "MLOZ". */
  shortName: LocalizedText;
  kind: OrganisationKind;
  description: LocalizedText;
  sources: string[];
  confidence: Confidence;
  note?: LocalizedText;
}

export interface Country {
  /** ISO 3166-1 alpha-3, such as `BEN`. */
  id: string;
  /** Absent: the components name the country in the reader's language (see `countryName`). */
  name?: LocalizedText;
  /** A shorter name for map labels, such as "DR Congo". */
  shortName?: LocalizedText;
  /** Whether the country's membership of Synergie MASMUT is confirmed or inferred; absent for other programmes. */
  masmut?: 'confirmed' | 'inferred';
  sources: string[];
  note?: LocalizedText;
  /** Who works in this country: undated facts (dated ones are collaborations). */
  partners?: CountryPartner[];
}

export interface CountryPartner {
  /** Organisation id. */
  organisation: string;
  sources: string[];
  confidence: Confidence;
  /** What they do there, in a sentence. */
  note?: LocalizedText;
}

export interface Venue {
  city: LocalizedText;
  /** ISO 3166-1 alpha-3; may be a country outside `countries`, such as `CIV`. */
  country: string;
  /** `[longitude, latitude]` in degrees. */
  coordinates: [number, number];
  /** Where the place comes from, when not from the record's own sources. */
  sources?: string[];
}

export interface Collaboration {
  /** Lower-case words joined by hyphens, such as `masmut-phase-1`. */
  id: string;
  kind: CollaborationKind;
  start: PartialDate;
  /** Required for spans; for an event, its last day when it lasted several days. */
  end?: PartialDate;
  /** Organisation ids. */
  partners: string[];
  /** Country ids (from `countries`). */
  countries: string[];
  /** `inferred` when no source lists these countries for this record: shown as not confirmed. */
  countriesConfidence?: 'inferred';
  venue?: Venue;
  title: LocalizedText;
  summary: LocalizedText;
  /** Source ids. */
  sources: string[];
  confidence: Confidence;
  note?: LocalizedText;
}

export interface Dataset {
  $schema?: string;
  version: 1;
  title: LocalizedText;
  /** The first and last year the timeline shows. */
  period: { start: number; end: number };
  sources: Source[];
  organisations: Organisation[];
  countries: Country[];
  collaborations: Collaboration[];
}

/** One problem found in a dataset, located by a path such as `collaborations[3].start`. */
export interface ValidationIssue {
  path: string;
  message: string;
}
