import packageJson from '../../package.json';
import { CSV_FILES, datasetFromCsv, datasetToCsv, formatCsvProblem, type CsvProblem } from '../data/csv.js';
import { findJsonErrorOffset } from '../data/json-position.js';
import { lineAndColumn } from '../data/parse.js';
import { issuePlace, locateIssue } from '../data/pointer.js';
import { MAX_ISSUES } from '../data/schema-check.js';
import type { Dataset } from '../data/types.js';
import { validateDataset } from '../data/validate.js';
import type { Topology } from 'topojson-specification';
import type { PlaneProjectionName } from '../geo/grid.js';
import { HELP, parseArgs, type CliArgs } from './args.js';
import { countryIdPlaces, GEOMETRY_LIBRARIES, type IdPlace, type Resolution } from './geometry-terms.js';
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

/** The country ids of a map file, or `null` when the text is not one. */
function mapCountryIds(text: string): Set<string> | null {
  try {
    const value = JSON.parse(text) as { countries?: unknown; arcs?: unknown } | null;
    // A dataset has countries too; the arcs tell a map file.
    const countries = value?.countries;
    if (!Array.isArray(countries) || !Array.isArray(value?.arcs)) return null;
    return new Set(countries.map((country) => String((country as { id?: unknown } | null)?.id)));
  } catch {
    return null;
  }
}

/**
 * Checks that the map file has every country of the dataset, printing each missing id once,
 * where it first appears (and how often the collaborations name it), then the command that
 * builds a map with them all.
 */
function checkGeometry(
  path: string,
  dataset: Dataset,
  geometry: string,
  ids: Set<string>,
  io: CliIo,
): number {
  const missing = new Map<string, IdPlace[]>();
  for (const place of countryIdPlaces(dataset)) {
    if (ids.has(place.id)) continue;
    missing.set(place.id, [...(missing.get(place.id) ?? []), place]);
  }
  if (missing.size === 0) return EXIT_OK;
  for (const [id, [first, ...others]] of missing) {
    const also = others.length > 0 ? ` (and ${plural(others.length, 'more place')})` : '';
    io.err(`${path}: ${first!.place} "${id}"${also}: no such country in the map ${geometry}`);
  }
  io.err(
    `${path}: ${missing.size === 1 ? '1 country is' : `${missing.size} countries are`} not on the map; ` +
      `build a map with every country: partnership-data geometry ${path} ${geometry}`,
  );
  return EXIT_INVALID;
}

async function validate(paths: string[], geometry: string | null, io: CliIo): Promise<number> {
  let mapIds: Set<string> | null = null;
  if (geometry !== null) {
    mapIds = mapCountryIds(await io.readText(geometry));
    if (mapIds === null) {
      io.err(`partnership-data: ${geometry} is not a map file (the JSON partnership-data geometry writes)`);
      return EXIT_USAGE;
    }
  }
  let worst = EXIT_OK;
  for (const path of paths) {
    const kind = await io.kindOf(path);
    if (kind === null) {
      io.err(`partnership-data: cannot read ${path}: no such file or folder`);
      worst = EXIT_USAGE;
      continue;
    }
    const checked = kind === 'directory' ? await checkCsvFolder(path, io) : await checkJsonFile(path, io);
    if (!('dataset' in checked)) {
      worst = Math.max(worst, checked.code);
      continue;
    }
    const onMap = mapIds === null ? EXIT_OK : checkGeometry(path, checked.dataset, geometry!, mapIds, io);
    if (onMap === EXIT_OK) {
      const map = geometry === null ? '' : `, every country on ${geometry}`;
      io.out(`${path}: valid (${counts(checked.dataset)}${map}).`);
    }
    worst = Math.max(worst, onMap);
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

type GeometryModule = typeof import('./geometry.js');

/**
 * The map-building code, loaded for `geometry` alone: it imports d3-geo and topojson, which
 * the package lists as optional peers so that sites that only embed the elements do not
 * install them (world-atlas alone is 8 MB). Null, with what to install said, when absent.
 */
async function loadGeometry(io: CliIo): Promise<GeometryModule | null> {
  try {
    const module = await import('./geometry.js');
    await io.readPackageFile('world-atlas/package.json');
    return module;
  } catch {
    io.err(
      `partnership-data geometry builds maps from ${GEOMETRY_LIBRARIES.join(', ')}, which are not installed here: ` +
        `npm install --save-dev ${GEOMETRY_LIBRARIES.join(' ')}`,
    );
    return null;
  }
}

async function readWorld(resolution: Resolution, io: CliIo): Promise<Topology> {
  return JSON.parse(await io.readPackageFile(`world-atlas/countries-${resolution}.json`)) as Topology;
}

function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/**
 * Writes the map file of a dataset's countries. The extent of the countries (at 1:50m, which
 * has them all) chooses the detail and the projection unless the options say; a country
 * 1:110m leaves out sends an automatic choice back to 1:50m.
 */
async function geometry(
  [input, output]: string[],
  options: { projection: PlaneProjectionName | null; resolution: Resolution | null },
  io: CliIo,
): Promise<number> {
  const checked = await checkJsonFile(input!, io);
  if (!('dataset' in checked)) return checked.code;
  const { dataset } = checked;
  const geo = await loadGeometry(io);
  if (geo === null) return EXIT_USAGE;
  const { buildGeometry, chooseProjection, chooseResolution, datasetBox, isoName, missingFrom } = geo;
  // A country id that is not ISO 3166-1 alpha-3 is a schema error, reported by the check above.

  const detailed = await readWorld('50m', io);
  const absent = missingFrom(detailed, dataset);
  if (absent.length > 0) {
    for (const { id, place } of absent) {
      io.err(
        `${input}: ${place} "${id}" (${isoName(id)}) is an ISO 3166-1 country, but world-atlas has no ` +
          'outline of it (it leaves out the smallest islands), so the map cannot show it',
      );
    }
    return EXIT_INVALID;
  }
  const box = datasetBox(detailed, dataset);
  let resolution = options.resolution ?? chooseResolution(box);
  const projection = options.projection ?? chooseProjection(box);
  let world = detailed;
  let note = '';
  if (resolution === '110m') {
    world = await readWorld('110m', io);
    const coarse = missingFrom(world, dataset);
    if (coarse.length > 0 && options.resolution === null) {
      world = detailed;
      resolution = '50m';
      note = ` (110m has no ${coarse.map(({ id }) => id).join(', ')})`;
    } else if (coarse.length > 0) {
      for (const { id, place } of coarse) {
        io.err(
          `${input}: ${place} "${id}" (${isoName(id)}) is too small for world-atlas at 110m; use --resolution 50m`,
        );
      }
      return EXIT_INVALID;
    }
  }

  const result = buildGeometry(world, dataset, { projection });
  if (!result.ok) {
    io.err(
      `${input}: ${result.lost.join(', ')} would vanish when simplified at ${resolution}; ` +
        'try --resolution 50m or --projection mercator for a smaller extent',
    );
    return EXIT_INVALID;
  }
  // Compact and key-ordered by construction, so the same dataset and world-atlas give the same bytes.
  const text = JSON.stringify(result.file);
  await io.writeText(output!, text);
  io.out(
    `wrote ${output}: ${result.focus === 1 ? '1 country' : `${result.focus} countries`} and ` +
      `${result.context} neighbours, ${projection} projection, ${resolution} resolution${note}, ` +
      `${kilobytes(new TextEncoder().encode(text).length)} (${kilobytes(io.gzipSize(text))} gzip).`,
  );
  return EXIT_OK;
}

type RenderModule = typeof import('../ssr/render.js');

/** The server renderer, loaded for `render` alone; null, with what to install said, when absent. */
async function loadRenderer(io: CliIo): Promise<RenderModule | null> {
  try {
    return await import('../ssr/render.js');
  } catch (error) {
    const { code, message } = error as { code?: string; message?: string };
    if (code !== 'ERR_MODULE_NOT_FOUND' || !message?.includes('@lit-labs/ssr')) throw error;
    io.err(
      'partnership-data render renders with @lit-labs/ssr, which is not installed here: ' +
        'npm install --save-dev @lit-labs/ssr',
    );
    return null;
  }
}

/** Prints the explorer prerendered: checked data first, so a problem is located, not drawn. */
async function render(
  options: Pick<CliArgs, 'lang' | 'view' | 'data' | 'src' | 'hydrateOn'>,
  io: CliIo,
): Promise<number> {
  let data: unknown;
  if (options.data !== null) {
    const checked = await checkJsonFile(options.data, io);
    if (!('dataset' in checked)) return checked.code;
    data = checked.dataset;
  } else {
    // The dataset the elements bundle, whole (detail texts too): the package's own file.
    data = JSON.parse(await io.readPackageFile('partnership-widgets/data/partnerships.json'));
  }
  const renderer = await loadRenderer(io);
  if (renderer === null) return EXIT_USAGE;
  io.out(
    await renderer.renderExplorer({
      ...(options.lang === null ? {} : { lang: options.lang }),
      ...(options.view === null ? {} : { view: options.view }),
      ...(options.src === null ? {} : { src: options.src }),
      ...(options.hydrateOn === null ? {} : { hydrateOn: options.hydrateOn }),
      data,
    }),
  );
  return EXIT_OK;
}

async function runCommand(args: CliArgs, io: CliIo): Promise<number> {
  switch (args.command) {
    case 'validate':
      return validate(args.positionals, args.geometry, io);
    case 'geometry':
      return geometry(args.positionals, args, io);
    case 'to-csv':
      return toCsv(args.positionals, args.bom, io);
    case 'from-csv':
      return fromCsv(args.positionals, io);
    case 'render':
      return render(args, io);
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
