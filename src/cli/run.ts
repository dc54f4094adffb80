import packageJson from '../../package.json';
import { CSV_FILES, datasetFromCsv, datasetToCsv, formatCsvProblem, type CsvProblem } from '../data/csv.js';
import { findJsonErrorOffset } from '../data/json-position.js';
import { lineAndColumn } from '../data/parse.js';
import { issuePlace, locateIssue } from '../data/pointer.js';
import { MAX_ISSUES } from '../data/schema-check.js';
import type { Dataset } from '../data/types.js';
import { validateDataset } from '../data/validate.js';
import { HELP, parseArgs, type CliArgs } from './args.js';
import { CliFileError, EXIT_INVALID, EXIT_OK, EXIT_USAGE, type CliIo } from './io.js';
import { formatJson } from './json-format.js';

/** A dataset read and checked, or the exit code saying why not (its messages already printed). */
type Checked = { dataset: Dataset } | { code: number };

const BOM = '\uFEFF';

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function counts(dataset: Dataset): string {
  return [
    plural(dataset.sources.length, 'source'),
    plural(dataset.organisations.length, 'organisation'),
    dataset.countries.length === 1 ? '1 country' : `${dataset.countries.length} countries`,
    plural(dataset.collaborations.length, 'collaboration'),
  ].join(', ');
}

function problemSummary(path: string, count: number): string {
  const capped = count >= MAX_ISSUES ? ` (the first ${MAX_ISSUES}; fix these and run again)` : '';
  return `${path}: ${count === 1 ? '1 problem' : `${count} problems`} to fix${capped}.`;
}

/** Reads and checks a JSON dataset, printing each problem as `file:line:column: pointer (record, field): message`. */
async function checkJsonFile(path: string, io: CliIo): Promise<Checked> {
  const raw = await io.readText(path);
  // Editors on Windows may save a byte order mark, which JSON.parse rejects.
  const text = raw.startsWith(BOM) ? raw.slice(1) : raw;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const offset = findJsonErrorOffset(text);
    const { line, column } = lineAndColumn(text, Math.max(offset, 0));
    const detail = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ');
    io.err(`${path}:${line}:${column}: not valid JSON: ${detail}`);
    io.err(`${path}: not valid JSON; fix the syntax first.`);
    return { code: EXIT_INVALID };
  }
  const result = validateDataset(value);
  if (result.ok) return { dataset: result.dataset };
  for (const issue of result.issues) {
    const located = locateIssue(text, value, issue);
    const pointer = located.pointer === null || located.pointer === '' ? '(the whole file)' : located.pointer;
    io.err(
      `${path}:${located.line}:${located.column}: ${pointer} (${issuePlace(located)}): ${located.message}`,
    );
  }
  io.err(problemSummary(path, result.issues.length));
  return { code: EXIT_INVALID };
}

/** Reads the CSV tables of a folder; a table that is absent is left out for `datasetFromCsv` to report. */
async function readCsvFolder(folder: string, io: CliIo): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const name of CSV_FILES) {
    const path = io.join(folder, name);
    if ((await io.kindOf(path)) === 'file') files[name] = await io.readText(path);
  }
  return files;
}

function printCsvProblems(folder: string, problems: CsvProblem[], io: CliIo): void {
  for (const problem of problems) {
    io.err(
      formatCsvProblem({ ...problem, file: problem.file === null ? folder : io.join(folder, problem.file) }),
    );
  }
  io.err(problemSummary(folder, problems.length));
}

async function checkCsvFolder(folder: string, io: CliIo): Promise<Checked> {
  const result = datasetFromCsv(await readCsvFolder(folder, io));
  if (result.ok) return { dataset: result.dataset };
  printCsvProblems(folder, result.problems, io);
  return { code: EXIT_INVALID };
}

async function validate(paths: string[], io: CliIo): Promise<number> {
  let worst = EXIT_OK;
  for (const path of paths) {
    const kind = await io.kindOf(path);
    if (kind === null) {
      io.err(`partnership-data: cannot read ${path}: no such file or folder`);
      worst = EXIT_USAGE;
      continue;
    }
    const checked = kind === 'directory' ? await checkCsvFolder(path, io) : await checkJsonFile(path, io);
    if ('dataset' in checked) io.out(`${path}: valid (${counts(checked.dataset)}).`);
    else worst = Math.max(worst, checked.code);
  }
  return worst;
}

async function toCsv([input, folder]: string[], bom: boolean, io: CliIo): Promise<number> {
  const checked = await checkJsonFile(input!, io);
  if (!('dataset' in checked)) return checked.code;
  const tables = datasetToCsv(checked.dataset, { bom });
  await io.makeDirectory(folder!);
  for (const name of CSV_FILES) {
    const path = io.join(folder!, name);
    await io.writeText(path, tables[name]);
    // Rows of values, not lines: a quoted cell may span several lines.
    const { dataset } = checked;
    const rows =
      name === 'dataset.csv'
        ? 1
        : name === 'country-partners.csv'
          ? dataset.countries.reduce((sum, country) => sum + (country.partners?.length ?? 0), 0)
          : dataset[name.replace('.csv', '') as 'sources' | 'organisations' | 'countries' | 'collaborations']
              .length;
    io.out(`wrote ${path} (${plural(rows, 'row')})`);
  }
  return EXIT_OK;
}

async function fromCsv([folder, output]: string[], io: CliIo): Promise<number> {
  if ((await io.kindOf(folder!)) !== 'directory') {
    io.err(`partnership-data: ${folder} is not a folder; from-csv reads the CSV files in a folder.`);
    return EXIT_USAGE;
  }
  const checked = await checkCsvFolder(folder!, io);
  if (!('dataset' in checked)) return checked.code;
  await io.writeText(output!, formatJson(checked.dataset));
  io.out(`wrote ${output} (${counts(checked.dataset)}).`);
  return EXIT_OK;
}

async function runCommand(args: CliArgs, io: CliIo): Promise<number> {
  switch (args.command) {
    case 'validate':
      return validate(args.positionals, io);
    case 'to-csv':
      return toCsv(args.positionals, args.bom, io);
    case 'from-csv':
      return fromCsv(args.positionals, io);
    default:
      io.out(HELP);
      return EXIT_OK;
  }
}

/** Runs the command line and returns the exit code; every expected failure is a message, not a stack. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.err(`partnership-data: ${parsed.message}`);
    io.err('Run "partnership-data --help" for usage.');
    return EXIT_USAGE;
  }
  if (parsed.args.help) {
    io.out(HELP);
    return EXIT_OK;
  }
  if (parsed.args.version) {
    io.out(packageJson.version);
    return EXIT_OK;
  }
  try {
    return await runCommand(parsed.args, io);
  } catch (error) {
    if (!(error instanceof CliFileError)) throw error;
    io.err(`partnership-data: ${error.message}`);
    return EXIT_USAGE;
  }
}
