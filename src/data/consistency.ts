import { endOfPartialDate, parsePartialDate, startOfPartialDate } from './dates.js';
import { joinPath, MAX_ISSUES } from './schema-check.js';
import { SPAN_KINDS, type ValidationIssue } from './types.js';

/**
 * The checks a JSON Schema cannot express: unique ids, references that resolve, dates that
 * exist and fall inside the period, ends after starts, spans that end.
 *
 * They run on the same untrusted value as the schema check, in the same pass, so that an
 * editor with a schema mistake and an unknown id sees both at once. That is why every read
 * here is guarded: a field of the wrong type was already reported by the schema check and is
 * skipped, never guessed at and never reported twice.
 */

type Loose = Record<string, unknown>;

const isRecord = (value: unknown): value is Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The items of a list that are records, with their index; nothing for anything else. */
function recordsOf(list: unknown): [Loose, number][] {
  if (!Array.isArray(list)) return [];
  const records: [Loose, number][] = [];
  for (let index = 0; index < list.length; index++) {
    const item: unknown = list[index];
    if (isRecord(item)) records.push([item, index]);
  }
  return records;
}

/** The texts of a list, with their index; nothing for anything else. */
function textsOf(list: unknown): [string, number][] {
  if (!Array.isArray(list)) return [];
  const texts: [string, number][] = [];
  for (let index = 0; index < list.length; index++) {
    const item: unknown = list[index];
    if (typeof item === 'string') texts.push([item, index]);
  }
  return texts;
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` in form; whether the day exists is checked here, the form by the schema. */
const DATE_FORM = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Names a record by its id so a data editor can find it: `(record "dakar-2022")`. */
function recordLabel(record: Loose): string {
  return typeof record.id === 'string' ? ` (record ${JSON.stringify(record.id)})` : '';
}

const isYear = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value);

export function checkConsistency(value: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (!isRecord(value)) return issues;
  const report = (path: string, message: string): void => {
    if (issues.length < MAX_ISSUES) issues.push({ path, message });
  };

  const period = isRecord(value.period) ? value.period : {};
  const periodStart = isYear(period.start) ? period.start : null;
  const periodEnd = isYear(period.end) ? period.end : null;
  if (periodStart !== null && periodEnd !== null && periodStart > periodEnd) {
    report('period.end', `expected a year after period.start (${periodStart}), got ${periodEnd}`);
  }

  const tables = ['sources', 'organisations', 'countries', 'collaborations'] as const;
  /** The ids of each table; null when the table itself is not a list (already reported). */
  const known = {} as Record<(typeof tables)[number], Set<string> | null>;
  for (const table of tables) {
    const list = value[table];
    known[table] = Array.isArray(list) ? new Set() : null;
    const seen = new Map<string, number>();
    for (const [record, index] of recordsOf(list)) {
      if (typeof record.id !== 'string') continue;
      known[table]!.add(record.id);
      const first = seen.get(record.id);
      if (first !== undefined) {
        report(
          joinPath(joinPath(table, index), 'id'),
          `the id ${JSON.stringify(record.id)} is already used by ${table}[${first}]; ids must be unique`,
        );
      } else seen.set(record.id, index);
    }
  }

  /** One reference; a table that is not a list (already reported) resolves nothing. */
  const checkRef = (path: string, ref: unknown, table: (typeof tables)[number], record: Loose): void => {
    const ids = known[table];
    if (ids && typeof ref === 'string' && !ids.has(ref)) {
      report(path, `unknown id ${JSON.stringify(ref)}: expected an id from ${table}${recordLabel(record)}`);
    }
  };
  const checkRefs = (path: string, refs: unknown, table: (typeof tables)[number], record: Loose): void => {
    for (const [ref, index] of textsOf(refs)) checkRef(joinPath(path, index), ref, table, record);
  };

  /** A date of the right form that does not exist or falls outside the period; true when usable. */
  const checkDate = (path: string, text: unknown, record: Loose): boolean => {
    if (typeof text !== 'string' || !DATE_FORM.test(text)) return false;
    const parsed = parsePartialDate(text);
    if (parsed === null) {
      report(
        path,
        `expected a day that exists in the calendar, got ${JSON.stringify(text)}${recordLabel(record)}`,
      );
      return false;
    }
    if (periodStart === null || periodEnd === null) return true;
    if (parsed.year < periodStart || parsed.year > periodEnd) {
      report(
        path,
        `expected a date between ${periodStart} and ${periodEnd}, got ${JSON.stringify(text)}${recordLabel(record)}`,
      );
      return false;
    }
    return true;
  };

  for (const [source, index] of recordsOf(value.sources)) {
    checkDate(joinPath(joinPath('sources', index), 'date'), source.date, source);
  }
  for (const [organisation, index] of recordsOf(value.organisations)) {
    checkRefs(
      joinPath(joinPath('organisations', index), 'sources'),
      organisation.sources,
      'sources',
      organisation,
    );
  }
  for (const [country, index] of recordsOf(value.countries)) {
    const path = joinPath('countries', index);
    checkRefs(joinPath(path, 'sources'), country.sources, 'sources', country);
    for (const [partner, partnerIndex] of recordsOf(country.partners)) {
      const partnerPath = joinPath(joinPath(path, 'partners'), partnerIndex);
      // Located at the field itself: `countries[0].partners[2].organisation`.
      checkRef(joinPath(partnerPath, 'organisation'), partner.organisation, 'organisations', country);
      checkRefs(joinPath(partnerPath, 'sources'), partner.sources, 'sources', country);
    }
  }
  for (const [collaboration, index] of recordsOf(value.collaborations)) {
    const path = joinPath('collaborations', index);
    checkRefs(joinPath(path, 'partners'), collaboration.partners, 'organisations', collaboration);
    checkRefs(joinPath(path, 'countries'), collaboration.countries, 'countries', collaboration);
    if (isRecord(collaboration.venue)) {
      checkRefs(
        joinPath(joinPath(path, 'venue'), 'sources'),
        collaboration.venue.sources,
        'sources',
        collaboration,
      );
    }
    checkRefs(joinPath(path, 'sources'), collaboration.sources, 'sources', collaboration);
    const { kind, start, end } = collaboration;
    const startOk = checkDate(joinPath(path, 'start'), start, collaboration);
    const endOk = checkDate(joinPath(path, 'end'), end, collaboration);
    if (typeof kind === 'string' && (SPAN_KINDS as readonly string[]).includes(kind) && end === undefined) {
      report(
        joinPath(path, 'end'),
        `required for a ${kind}: expected the date it ended or will end${recordLabel(collaboration)}`,
      );
    }
    if (startOk && endOk && endOfPartialDate(end as string) <= startOfPartialDate(start as string)) {
      report(
        joinPath(path, 'end'),
        `expected a date on or after start (${start as string}), got ${JSON.stringify(end)}${recordLabel(collaboration)}`,
      );
    }
  }
  return issues;
}
