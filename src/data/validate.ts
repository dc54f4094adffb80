import schemaJson from '../../data/partnerships.schema.json';
import { endOfPartialDate, parsePartialDate, startOfPartialDate } from '../time/dates.js';
import { checkAgainstSchema, joinPath, MAX_ISSUES, type SchemaNode } from './schema-check.js';
import { SPAN_KINDS, type Dataset, type ValidationIssue } from './types.js';

const schema = schemaJson as SchemaNode;

export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; issues: ValidationIssue[] };

interface IdRecord {
  id?: unknown;
}

function idsOf(list: unknown): Set<string> {
  const ids = new Set<string>();
  if (Array.isArray(list)) {
    for (const item of list as IdRecord[]) if (typeof item?.id === 'string') ids.add(item.id);
  }
  return ids;
}

/** Names a record by its id so a data editor can find it: `(record "dakar-2022")`. */
function recordLabel(record: IdRecord): string {
  return typeof record.id === 'string' ? ` (record ${JSON.stringify(record.id)})` : '';
}

/**
 * The checks a JSON Schema cannot express: unique ids, references that resolve, dates
 * that exist and fall inside the period, ends after starts, spans that end.
 */
function checkConsistency(dataset: Dataset): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const report = (path: string, message: string): void => {
    if (issues.length < MAX_ISSUES) issues.push({ path, message });
  };
  const { period } = dataset;
  if (period.start > period.end) {
    report('period.end', `expected a year after period.start (${period.start}), got ${period.end}`);
  }

  const tables = ['sources', 'organisations', 'countries', 'collaborations'] as const;
  for (const table of tables) {
    const seen = new Map<string, number>();
    dataset[table].forEach((record, index) => {
      const first = seen.get(record.id);
      if (first !== undefined) {
        report(
          joinPath(joinPath(table, index), 'id'),
          `the id ${JSON.stringify(record.id)} is already used by ${table}[${first}]; ids must be unique`,
        );
      } else seen.set(record.id, index);
    });
  }

  const sourceIds = idsOf(dataset.sources);
  const organisationIds = idsOf(dataset.organisations);
  const countryIds = idsOf(dataset.countries);
  const checkRef = (path: string, ref: string, known: Set<string>, table: string, record: IdRecord): void => {
    if (!known.has(ref)) {
      report(path, `unknown id ${JSON.stringify(ref)}: expected an id from ${table}${recordLabel(record)}`);
    }
  };
  const checkRefs = (
    path: string,
    refs: string[],
    known: Set<string>,
    table: string,
    record: IdRecord,
  ): void => {
    refs.forEach((ref, index) => checkRef(joinPath(path, index), ref, known, table, record));
  };

  const inPeriod = (text: string): boolean => {
    const parsed = parsePartialDate(text);
    return parsed !== null && parsed.year >= period.start && parsed.year <= period.end;
  };
  const checkDate = (path: string, text: string | undefined, record: IdRecord): boolean => {
    if (text === undefined) return true;
    if (!inPeriod(text)) {
      const reason = parsePartialDate(text) === null ? 'a day that exists in the calendar, ' : '';
      report(
        path,
        `expected ${reason}a date between ${period.start} and ${period.end}, got ${JSON.stringify(text)}${recordLabel(record)}`,
      );
      return false;
    }
    return true;
  };

  dataset.sources.forEach((source, index) => {
    checkDate(joinPath(joinPath('sources', index), 'date'), source.date, source);
  });
  dataset.organisations.forEach((organisation, index) => {
    checkRefs(
      joinPath(joinPath('organisations', index), 'sources'),
      organisation.sources,
      sourceIds,
      'sources',
      organisation,
    );
  });
  dataset.countries.forEach((country, index) => {
    const path = joinPath('countries', index);
    checkRefs(joinPath(path, 'sources'), country.sources, sourceIds, 'sources', country);
    country.partners?.forEach((partner, partnerIndex) => {
      const partnerPath = joinPath(joinPath(path, 'partners'), partnerIndex);
      // Located at the field itself: `countries[0].partners[2].organisation`.
      checkRef(
        joinPath(partnerPath, 'organisation'),
        partner.organisation,
        organisationIds,
        'organisations',
        country,
      );
      checkRefs(joinPath(partnerPath, 'sources'), partner.sources, sourceIds, 'sources', country);
    });
  });
  dataset.collaborations.forEach((collaboration, index) => {
    const path = joinPath('collaborations', index);
    checkRefs(
      joinPath(path, 'partners'),
      collaboration.partners,
      organisationIds,
      'organisations',
      collaboration,
    );
    checkRefs(joinPath(path, 'countries'), collaboration.countries, countryIds, 'countries', collaboration);
    checkRefs(joinPath(path, 'sources'), collaboration.sources, sourceIds, 'sources', collaboration);
    const startOk = checkDate(joinPath(path, 'start'), collaboration.start, collaboration);
    const endOk = checkDate(joinPath(path, 'end'), collaboration.end, collaboration);
    const isSpan = (SPAN_KINDS as readonly string[]).includes(collaboration.kind);
    if (isSpan && collaboration.end === undefined) {
      report(
        joinPath(path, 'end'),
        `required for a ${collaboration.kind}: expected the date it ended or will end${recordLabel(collaboration)}`,
      );
    }
    if (
      startOk &&
      endOk &&
      collaboration.end !== undefined &&
      endOfPartialDate(collaboration.end) <= startOfPartialDate(collaboration.start)
    ) {
      report(
        joinPath(path, 'end'),
        `expected a date on or after start (${collaboration.start}), got ${JSON.stringify(collaboration.end)}${recordLabel(collaboration)}`,
      );
    }
  });
  return issues;
}

/**
 * Validates an untrusted value as a dataset. Never throws: every problem comes back as an
 * issue located by path, such as `collaborations[3].start`.
 */
export function validateDataset(value: unknown): ValidationResult {
  try {
    const schemaIssues = checkAgainstSchema(value, schema);
    if (schemaIssues.length > 0) return { ok: false, issues: schemaIssues };
    const dataset = value as Dataset;
    const consistencyIssues = checkConsistency(dataset);
    if (consistencyIssues.length > 0) return { ok: false, issues: consistencyIssues };
    return { ok: true, dataset };
  } catch (error) {
    // A bug of ours must still reach the data editor as a message, not a blank widget.
    return {
      ok: false,
      issues: [{ path: '(the whole file)', message: `could not be checked: ${String(error)}` }],
    };
  }
}
