import { dsvFormat } from 'd3-dsv';
import { parseIssuePath, type PathSegment } from './pointer.js';
import { REQUIRED_LANGUAGES, type Dataset } from './types.js';
import { validateDataset } from './validate.js';

/**
 * The dataset as spreadsheet tables and back. People who add next year's facts work in
 * spreadsheets, so each table of the dataset is one CSV file, each language of a text is
 * its own column (`title_nl`, `title_fr`, `title_en`, then any other language found), and
 * lists of ids sit in one cell separated by `;`. Reading gives back exactly the dataset
 * that was written, and every problem is located by file, row and column.
 *
 * Pure: text in, text out; no DOM and no file system, so the command line and the preview
 * page share it.
 */

/** Separates the ids of a list inside one cell. Ids never contain it, so no escaping is needed. */
export const LIST_SEPARATOR = ';';

/** The file of each table, in the order they are written and read. */
export const CSV_FILES = [
  'dataset.csv',
  'sources.csv',
  'organisations.csv',
  'countries.csv',
  'country-partners.csv',
  'collaborations.csv',
] as const;
export type CsvFileName = (typeof CSV_FILES)[number];

/** What a cell holds, which decides how it is written and read. */
type CellKind =
  /** An id, code, date or address: trimmed when read, since none may start or end with a space. */
  | 'code'
  /** Free text, kept exactly as typed. */
  | 'text'
  | 'number'
  /** Ids separated by `;`; an empty cell is an empty list (left out when the field is optional). */
  | 'list'
  /** `true`, or empty for absent; `false` is read too. */
  | 'flag'
  /**
   * A list filled from another table (who works in a country): the cell says `none` for an
   * empty list, so that `partners: []` comes back as written rather than as no field. The
   * column is written only when some record needs it.
   */
  | 'none'
  /** One column per language: `<column>_<lang>`. */
  | 'localized'
  /** Two number columns that make one `[a, b]` pair (longitude and latitude). */
  | 'pair';

interface Field {
  /** Where the value sits in a record, such as `['venue', 'city']`. */
  path: readonly string[];
  kind: CellKind;
  /** The column, or the prefix of the language columns, or the two columns of a pair. */
  columns: readonly string[];
  /** The schema requires the field, so its column(s) must be in the header. */
  required: boolean;
}

interface Table {
  file: CsvFileName;
  fields: readonly Field[];
}

function field(path: string, kind: CellKind, required: boolean, columns?: string[]): Field {
  return { path: path.split('.'), kind, required, columns: columns ?? [path.replace(/\./g, '_')] };
}

const DATASET_TABLE: Table = {
  file: 'dataset.csv',
  fields: [
    field('$schema', 'code', false, ['schema']),
    field('version', 'number', true),
    field('title', 'localized', true),
    field('period.start', 'number', true),
    field('period.end', 'number', true),
  ],
};

/** The record tables, keyed by the dataset's list they hold. */
const RECORD_TABLES = {
  sources: {
    file: 'sources.csv',
    fields: [
      field('id', 'code', true),
      field('title', 'text', true),
      field('titleIsDescription', 'flag', false, ['title_is_description']),
      field('lang', 'code', true),
      field('publisher', 'text', true),
      field('url', 'code', false),
      field('date', 'code', false),
    ],
  },
  organisations: {
    file: 'organisations.csv',
    fields: [
      field('id', 'code', true),
      field('name', 'localized', true),
      field('shortName', 'localized', true),
      field('kind', 'code', true),
      field('description', 'localized', true),
      field('sources', 'list', true),
      field('confidence', 'code', true),
      field('note', 'localized', false),
    ],
  },
  countries: {
    file: 'countries.csv',
    fields: [
      field('id', 'code', true),
      field('name', 'localized', false),
      field('shortName', 'localized', false),
      field('masmut', 'code', false),
      field('sources', 'list', true),
      field('note', 'localized', false),
      field('partners', 'none', false),
    ],
  },
  collaborations: {
    file: 'collaborations.csv',
    fields: [
      field('id', 'code', true),
      field('kind', 'code', true),
      field('start', 'code', true),
      field('end', 'code', false),
      field('partners', 'list', true),
      field('countries', 'list', true),
      field('countriesConfidence', 'code', false, ['countries_confidence']),
      field('venue.city', 'localized', false),
      field('venue.country', 'code', false),
      field('venue.coordinates', 'pair', false, ['venue_longitude', 'venue_latitude']),
      field('venue.sources', 'list', false),
      field('title', 'localized', true),
      field('summary', 'localized', true),
      field('sources', 'list', true),
      field('confidence', 'code', true),
      field('note', 'localized', false),
    ],
  },
} as const satisfies Record<string, Table>;
type RecordTableKey = keyof typeof RECORD_TABLES;
const RECORD_TABLE_KEYS = Object.keys(RECORD_TABLES) as RecordTableKey[];

/** Who works in which country: `countries[i].partners`, one row each, linked by the `country` column. */
const COUNTRY_PARTNERS_TABLE: Table = {
  file: 'country-partners.csv',
  fields: [
    field('country', 'code', true),
    field('organisation', 'code', true),
    field('sources', 'list', true),
    field('confidence', 'code', true),
    field('note', 'localized', false),
  ],
};

const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const BOM = '\uFEFF';

type Row = Record<string, unknown>;

function getAt(record: unknown, path: readonly string[]): unknown {
  let current = record;
  for (const key of path) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, key)) return undefined;
    current = (current as Row)[key];
  }
  return current;
}

function setAt(record: Row, path: readonly string[], value: unknown): void {
  let current = record;
  for (const key of path.slice(0, -1)) {
    if (typeof current[key] !== 'object' || current[key] === null) current[key] = {};
    current = current[key] as Row;
  }
  current[path[path.length - 1]!] = value;
}

/** Removes the field, and the objects above it that it leaves empty (a `venue` with nothing in it). */
function removeAt(record: Row, path: readonly string[]): void {
  const parents: Row[] = [record];
  for (const key of path.slice(0, -1)) {
    const next = parents[parents.length - 1]![key];
    if (typeof next !== 'object' || next === null) return;
    parents.push(next as Row);
  }
  for (let depth = path.length - 1; depth >= 0; depth--) {
    const parent = parents[depth]!;
    Reflect.deleteProperty(parent, path[depth]!);
    if (depth > 0 && Object.keys(parent).length > 0) return;
  }
}

/** nl, fr, en first (every text has them), then the other languages found, alphabetically. */
function languagesOf(records: readonly unknown[], path: readonly string[]): string[] {
  const extra = new Set<string>();
  for (const record of records) {
    const text = getAt(record, path);
    if (typeof text === 'object' && text !== null) for (const lang of Object.keys(text)) extra.add(lang);
  }
  for (const lang of REQUIRED_LANGUAGES) extra.delete(lang);
  return [...REQUIRED_LANGUAGES, ...[...extra].sort()];
}

/** `String(-0)` is `"0"`; writing `-0` keeps the round trip exact. */
function formatNumber(value: unknown): string {
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  return value === undefined || value === null ? '' : String(value);
}

/** What a `none` cell holds for an empty list. */
const NONE = 'none';

function formatCell(value: unknown, kind: CellKind): string {
  if (value === undefined || value === null) return '';
  if (kind === 'number') return formatNumber(value);
  if (kind === 'none') return Array.isArray(value) && value.length === 0 ? NONE : '';
  if (kind === 'list' && Array.isArray(value)) return value.map(String).join(`${LIST_SEPARATOR} `);
  return String(value);
}

/** One column as written: its header and how to read its cell from a record. */
interface OutputColumn {
  name: string;
  cell: (record: unknown) => string;
}

function outputColumns(table: Table, records: readonly unknown[]): OutputColumn[] {
  return table.fields.flatMap((spec): OutputColumn[] => {
    const [column] = spec.columns as [string];
    switch (spec.kind) {
      case 'localized':
        return languagesOf(records, spec.path).map((lang) => ({
          name: `${column}_${lang}`,
          cell: (record) => formatCell(getAt(record, [...spec.path, lang]), 'text'),
        }));
      case 'none':
        return records.some((record) => formatCell(getAt(record, spec.path), 'none') === NONE)
          ? [{ name: column, cell: (record) => formatCell(getAt(record, spec.path), 'none') }]
          : [];
      case 'pair':
        return spec.columns.map((name, index) => ({
          name,
          cell: (record) => {
            const pair = getAt(record, spec.path);
            return Array.isArray(pair) ? formatNumber(pair[index]) : '';
          },
        }));
      default:
        return [{ name: column, cell: (record) => formatCell(getAt(record, spec.path), spec.kind) }];
    }
  });
}

const csv = dsvFormat(',');

function formatTable(table: Table, records: readonly unknown[], bom: boolean): string {
  const columns = outputColumns(table, records);
  const rows = [columns.map((column) => column.name), ...records.map((r) => columns.map((c) => c.cell(r)))];
  return `${bom ? BOM : ''}${csv.formatRows(rows)}\n`;
}

export interface CsvWriteOptions {
  /**
   * Start each file with a byte order mark, so that Excel reads the accents of UTF-8
   * correctly. Default true; reading ignores it either way.
   */
  bom?: boolean;
}

/** The dataset as one CSV text per table, keyed by file name. */
export function datasetToCsv(dataset: Dataset, options: CsvWriteOptions = {}): Record<CsvFileName, string> {
  const bom = options.bom ?? true;
  const partners = dataset.countries.flatMap((country) =>
    (country.partners ?? []).map((partner) => ({ country: country.id, ...partner })),
  );
  return {
    'dataset.csv': formatTable(DATASET_TABLE, [dataset], bom),
    'sources.csv': formatTable(RECORD_TABLES.sources, dataset.sources, bom),
    'organisations.csv': formatTable(RECORD_TABLES.organisations, dataset.organisations, bom),
    'countries.csv': formatTable(RECORD_TABLES.countries, dataset.countries, bom),
    'country-partners.csv': formatTable(COUNTRY_PARTNERS_TABLE, partners, bom),
    'collaborations.csv': formatTable(RECORD_TABLES.collaborations, dataset.collaborations, bom),
  };
}

/** A problem in CSV files, located the way a spreadsheet shows it: row 1 is the header. */
export interface CsvProblem {
  /** The file, such as `collaborations.csv`; null when the problem is in no one file. */
  file: string | null;
  row: number | null;
  /** The column name(s), such as `start` or `title_nl, title_fr, title_en`. */
  column: string | null;
  message: string;
}

/** `collaborations.csv, row 5, column start: expected …` */
export function formatCsvProblem(problem: CsvProblem): string {
  const place = [
    problem.file,
    problem.row === null ? null : `row ${problem.row}`,
    problem.column === null ? null : `column ${problem.column}`,
  ].filter((part) => part !== null);
  return `${place.length > 0 ? place.join(', ') : 'the dataset'}: ${problem.message}`;
}

/** How a header cell is read into a record. */
interface InputColumn {
  spec: Field;
  /** The language of a localized column. */
  lang?: string;
  /** Which half of a pair. */
  half?: number;
}

function allColumnNames(table: Table): string {
  return table.fields
    .flatMap((spec) => (spec.kind === 'localized' ? [`${spec.columns[0]}_<language>`] : spec.columns))
    .join(', ');
}

function matchColumn(table: Table, name: string): InputColumn | null {
  for (const spec of table.fields) {
    if (spec.kind === 'localized') {
      const prefix = `${spec.columns[0]}_`;
      const lang = name.slice(prefix.length);
      if (name.startsWith(prefix) && LANGUAGE.test(lang)) return { spec, lang };
    } else {
      const half = spec.columns.indexOf(name);
      if (half >= 0) return spec.kind === 'pair' ? { spec, half } : { spec };
    }
  }
  return null;
}

/** Spreadsheets set to a Belgian or French locale save CSV with `;`; tab-separated also happens. */
function detectDelimiter(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  if (header.includes(',')) return ',';
  if (header.includes(';')) return ';';
  if (header.includes('\t')) return '\t';
  return ',';
}

/** `2,42` (a decimal comma, as a Belgian spreadsheet writes it) reads as 2.42. */
function parseNumber(cell: string): number | string {
  const text = /^-?\d+,\d+$/.test(cell) ? cell.replace(',', '.') : cell;
  const value = Number(text);
  // Anything else stays text, so the validator says what was expected and what was found.
  return text !== '' && Number.isFinite(value) ? value : cell;
}

function parseList(cell: string): string[] {
  return cell
    .split(LIST_SEPARATOR)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

interface ReadRow {
  /** The spreadsheet's row number: the header is row 1. */
  row: number;
  record: Row;
}

/** Reads one table's records; header and cell problems go to `problems`. */
function readTable(table: Table, source: string, problems: CsvProblem[]): ReadRow[] {
  const { file } = table;
  const text = source.startsWith(BOM) ? source.slice(1) : source;
  const rows = dsvFormat(detectDelimiter(text)).parseRows(text);
  const header = rows[0];
  if (!header || header.every((cell) => cell.trim() === '')) {
    problems.push({
      file,
      row: 1,
      column: null,
      message: `expected a header row naming the columns: ${allColumnNames(table)}`,
    });
    return [];
  }

  const columns: (InputColumn | null)[] = [];
  const seen = new Set<string>();
  header.forEach((raw, index) => {
    const name = raw.trim();
    const match = name === '' ? null : matchColumn(table, name);
    columns.push(match);
    const blankColumn = name === '' && rows.every((row) => (row[index] ?? '').trim() === '');
    if (!match && !blankColumn) {
      const why = name === '' ? 'a column without a name holds values' : 'unknown column';
      problems.push({
        file,
        row: 1,
        column: name || `number ${index + 1}`,
        message: `${why}; the columns are ${allColumnNames(table)}`,
      });
    }
    if (match && seen.has(name)) {
      problems.push({ file, row: 1, column: name, message: 'this column appears twice; keep one' });
    }
    seen.add(name);
  });
  for (const spec of table.fields.filter((candidate) => candidate.required)) {
    const needed =
      spec.kind === 'localized'
        ? REQUIRED_LANGUAGES.map((lang) => `${spec.columns[0]}_${lang}`)
        : spec.columns;
    for (const name of needed) {
      if (!seen.has(name))
        problems.push({ file, row: 1, column: name, message: 'missing column: add it to the header row' });
    }
  }

  const records: ReadRow[] = [];
  rows.slice(1).forEach((cells, index) => {
    const row = index + 2;
    // Spreadsheets often keep empty rows at the end; they hold nothing to read.
    if (cells.every((cell) => cell.trim() === '')) return;
    const record: Row = {};
    const pairs = new Map<Field, [string, string]>();
    cells.forEach((cell, column) => {
      const input = columns[column];
      if (!input) {
        if (column >= header.length && cell.trim() !== '') {
          problems.push({
            file,
            row,
            column: `number ${column + 1}`,
            message: 'a value outside the named columns',
          });
        }
        return;
      }
      const { spec } = input;
      const trimmed = cell.trim();
      switch (spec.kind) {
        case 'code':
          if (trimmed !== '') setAt(record, spec.path, trimmed);
          break;
        case 'text':
          if (trimmed !== '') setAt(record, spec.path, cell);
          break;
        case 'number':
          if (trimmed !== '') setAt(record, spec.path, parseNumber(trimmed));
          break;
        case 'list': {
          const list = parseList(cell);
          if (spec.required || list.length > 0) setAt(record, spec.path, list);
          break;
        }
        case 'flag':
          if (trimmed === 'true') setAt(record, spec.path, true);
          else if (trimmed === 'false') setAt(record, spec.path, false);
          // Anything else stays text, so the validator says what was expected.
          else if (trimmed !== '') setAt(record, spec.path, cell);
          break;
        case 'none':
          if (trimmed === NONE) setAt(record, spec.path, []);
          else if (trimmed !== '') {
            problems.push({
              file,
              row,
              column: spec.columns[0]!,
              message: `expected "${NONE}" (no partners) or an empty cell, got ${JSON.stringify(trimmed)}; list the partners in country-partners.csv`,
            });
          }
          break;
        case 'localized':
          if (trimmed !== '') setAt(record, [...spec.path, input.lang!], cell);
          break;
        case 'pair': {
          // Holds the field's place among the others, so the record reads back in file order.
          if (!pairs.has(spec)) setAt(record, spec.path, null);
          const pair = pairs.get(spec) ?? ['', ''];
          pair[input.half!] = trimmed;
          pairs.set(spec, pair);
          break;
        }
      }
    });
    // A short row (a spreadsheet drops trailing empty cells) still has its list columns.
    columns.forEach((input, column) => {
      if (input?.spec.kind === 'list' && input.spec.required && column >= cells.length)
        setAt(record, input.spec.path, []);
    });
    for (const [spec, pair] of pairs) {
      const filled = pair.map((cell) => cell !== '');
      if (filled[0] && filled[1]) setAt(record, spec.path, pair.map(parseNumber));
      else removeAt(record, spec.path);
      if (filled[0] !== filled[1]) {
        const empty = spec.columns[filled[0] ? 1 : 0]!;
        const other = spec.columns[filled[0] ? 0 : 1]!;
        problems.push({
          file,
          row,
          column: empty,
          message: `empty while ${other} is filled: give both or neither`,
        });
      }
    }
    records.push({ row, record });
  });
  return records;
}

/** Where each record came from, keyed by its JSON pointer (`/collaborations/3`; `` for dataset.csv). */
type Origins = Map<string, { table: Table; row: number }>;

/** What reading the tables gave: the value to validate, reading problems, and the origins of records. */
interface TablesRead {
  value: Row;
  problems: CsvProblem[];
  origins: Origins;
}

function readTables(files: Readonly<Record<string, string | undefined>>): TablesRead {
  const problems: CsvProblem[] = [];
  const origins: Origins = new Map();
  const read = (table: Table): ReadRow[] => {
    const text = files[table.file];
    if (text === undefined) {
      problems.push({ file: table.file, row: null, column: null, message: 'missing file' });
      return [];
    }
    return readTable(table, text, problems);
  };

  const datasetRows = read(DATASET_TABLE);
  const value: Row = datasetRows[0]?.record ?? {};
  if (datasetRows[0]) origins.set('', { table: DATASET_TABLE, row: datasetRows[0].row });
  else if (files[DATASET_TABLE.file] !== undefined) {
    problems.push({
      file: DATASET_TABLE.file,
      row: 2,
      column: null,
      message: 'expected one row of values under the header',
    });
  }
  for (const extra of datasetRows.slice(1)) {
    problems.push({
      file: DATASET_TABLE.file,
      row: extra.row,
      column: null,
      message: 'only one row of values is read; remove this one',
    });
  }

  for (const key of RECORD_TABLE_KEYS) {
    const table = RECORD_TABLES[key];
    const rows = read(table);
    value[key] = rows.map(({ record }) => record);
    rows.forEach(({ row }, index) => origins.set(`/${key}/${index}`, { table, row }));
  }

  const countries = value.countries as Row[];
  const countryIndex = new Map<string, number>();
  countries.forEach((country, index) => {
    if (typeof country.id === 'string' && !countryIndex.has(country.id)) countryIndex.set(country.id, index);
  });
  for (const { row, record } of read(COUNTRY_PARTNERS_TABLE)) {
    const { country: id, ...partner } = record;
    const index = typeof id === 'string' ? countryIndex.get(id) : undefined;
    if (index === undefined) {
      problems.push({
        file: COUNTRY_PARTNERS_TABLE.file,
        row,
        column: 'country',
        message:
          id === undefined
            ? 'empty: expected the id of a country in countries.csv, such as "BEN"'
            : `no country ${JSON.stringify(id)} in countries.csv`,
      });
      continue;
    }
    const country = countries[index]!;
    const countryOrigin = origins.get(`/countries/${index}`);
    if (Array.isArray(country.partners) && country.partners.length === 0 && countryOrigin) {
      problems.push({
        file: RECORD_TABLES.countries.file,
        row: countryOrigin.row,
        column: 'partners',
        message: `says "${NONE}", but country-partners.csv lists a partner for ${JSON.stringify(id)} in row ${row}: keep one of the two`,
      });
    }
    const list = (country.partners ??= []) as Row[];
    origins.set(`/countries/${index}/partners/${list.length}`, { table: COUNTRY_PARTNERS_TABLE, row });
    list.push(partner);
  }
  return { value, problems, origins };
}

function startsWith(path: readonly PathSegment[], prefix: readonly PathSegment[]): boolean {
  return prefix.length <= path.length && prefix.every((segment, index) => path[index] === segment);
}

function columnsOf(spec: Field): string[] {
  return spec.kind === 'localized'
    ? REQUIRED_LANGUAGES.map((lang) => `${spec.columns[0]}_${lang}`)
    : [...spec.columns];
}

/** The column(s) a field path inside a record is read from: `title.fr` → `title_fr`. */
function columnFor(table: Table, rest: readonly PathSegment[]): string | null {
  if (rest.length === 0) return null;
  for (const spec of table.fields) {
    if (!startsWith(rest, spec.path)) continue;
    const tail = rest[spec.path.length];
    if (spec.kind === 'localized' && typeof tail === 'string') return `${spec.columns[0]}_${tail}`;
    if (spec.kind === 'pair' && typeof tail === 'number')
      return spec.columns[tail] ?? spec.columns.join(', ');
    return columnsOf(spec).join(', ');
  }
  // A path above several fields, such as `venue`: every column under it.
  const under = table.fields.filter((spec) => startsWith(spec.path, rest));
  return under.length > 0 ? under.flatMap(columnsOf).join(', ') : null;
}

/** Turns a validator path into the file, row and column it was read from. */
function locate(path: string, origins: Origins): Omit<CsvProblem, 'message'> {
  const segments = parseIssuePath(path);
  if (!segments || segments.length === 0) return { file: null, row: null, column: null };
  const [first, index, third, partnerIndex] = segments;
  let recordLength = 0;
  if (
    first === 'countries' &&
    typeof index === 'number' &&
    third === 'partners' &&
    typeof partnerIndex === 'number'
  ) {
    recordLength = 4;
  } else if (typeof first === 'string' && first in RECORD_TABLES) {
    if (typeof index !== 'number')
      return { file: RECORD_TABLES[first as RecordTableKey].file, row: null, column: null };
    recordLength = 2;
  }
  const origin = origins.get(recordLength === 0 ? '' : `/${segments.slice(0, recordLength).join('/')}`);
  if (!origin) return { file: recordLength === 0 ? DATASET_TABLE.file : null, row: null, column: null };
  return {
    file: origin.table.file,
    row: origin.row,
    column: columnFor(origin.table, segments.slice(recordLength)),
  };
}

export type CsvReadResult = { ok: true; dataset: Dataset } | { ok: false; problems: CsvProblem[] };

/**
 * Reads the tables written by `datasetToCsv` (keyed by file name) and validates the result
 * with the same checks as the elements. Problems in the files themselves (missing files or
 * columns, unknown columns) come first; only files without them are validated, so every
 * validation issue can be traced to a file, a row and a column.
 */
export function datasetFromCsv(files: Readonly<Record<string, string | undefined>>): CsvReadResult {
  const { value, problems, origins } = readTables(files);
  if (problems.length > 0) return { ok: false, problems };
  const result = validateDataset(value);
  if (result.ok) return result;
  return {
    ok: false,
    problems: result.issues.map((issue) => ({ ...locate(issue.path, origins), message: issue.message })),
  };
}
