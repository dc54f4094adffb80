/** The command line, read without a library: five commands and a few options do not need one. */

import { PROJECTIONS, type PlaneProjectionName } from '../geo/grid.js';
import { RESOLUTIONS, type Resolution } from './geometry-terms.js';

export const COMMANDS = {
  validate: { min: 1, max: Infinity, usage: 'validate <data.json | folder>... [--geometry <map.json>]' },
  'to-csv': { min: 2, max: 2, usage: 'to-csv <data.json> <folder>' },
  'from-csv': { min: 2, max: 2, usage: 'from-csv <folder> <data.json>' },
  geometry: {
    min: 2,
    max: 2,
    usage: 'geometry <data.json> <map.json> [--projection mercator|equal-earth] [--resolution 50m|110m]',
  },
  render: {
    min: 0,
    max: 0,
    usage:
      'render [--lang nl|fr|en] [--view visual|table] [--hydrate-on load|interaction] [--data <data.json> [--src <url>]]',
  },
} as const;
export type CommandName = keyof typeof COMMANDS;

export interface CliArgs {
  command: CommandName | null;
  positionals: string[];
  help: boolean;
  version: boolean;
  /** `--no-bom`: write CSV without the byte order mark Excel needs. */
  bom: boolean;
  /** `--projection`: geometry's projection, instead of the one the extent suggests. */
  projection: PlaneProjectionName | null;
  /** `--resolution`: geometry's world-atlas scale, instead of the one the extent suggests. */
  resolution: Resolution | null;
  /** `--geometry <map.json>`: validate also checks every country is on this map. */
  geometry: string | null;
  /** `--lang`: render's language. */
  lang: string | null;
  /** `--view`: render's view. */
  view: (typeof VIEWS)[number] | null;
  /** `--data <data.json>`: render this dataset rather than the bundled one. */
  data: string | null;
  /** `--src <url>`: where the page loads that dataset from, written as the element's `src`. */
  src: string | null;
  /** `--hydrate-on`: when the script hydrates the rendered element. */
  hydrateOn: (typeof HYDRATE_ON)[number] | null;
}

const VIEWS = ['visual', 'table'] as const;
const HYDRATE_ON = ['load', 'interaction'] as const;

/** The options that take a value, the values they accept (any, for a path) and their command. */
const VALUE_OPTIONS = {
  '--projection': { values: PROJECTIONS, command: 'geometry' },
  '--resolution': { values: RESOLUTIONS, command: 'geometry' },
  '--geometry': { values: null, command: 'validate' },
  '--lang': { values: null, command: 'render' },
  '--view': { values: VIEWS, command: 'render' },
  '--data': { values: null, command: 'render' },
  '--src': { values: null, command: 'render' },
  '--hydrate-on': { values: HYDRATE_ON, command: 'render' },
} as const;
type ValueOption = keyof typeof VALUE_OPTIONS;

function isValueOption(word: string): word is ValueOption {
  return Object.hasOwn(VALUE_OPTIONS, word);
}

export type ArgsResult = { ok: true; args: CliArgs } | { ok: false; message: string };

function isCommand(word: string): word is CommandName {
  return Object.hasOwn(COMMANDS, word);
}

function splitOnce(word: string): [string, string] {
  const at = word.indexOf('=');
  return [word.slice(0, at), word.slice(at + 1)];
}

/** Reads `argv` (without `node` and the script); a wrong command line is a message, never a throw. */
export function parseArgs(argv: readonly string[]): ArgsResult {
  const args: CliArgs = {
    command: null,
    positionals: [],
    help: false,
    version: false,
    bom: true,
    projection: null,
    resolution: null,
    geometry: null,
    lang: null,
    view: null,
    data: null,
    src: null,
    hydrateOn: null,
  };
  const words: string[] = [];
  const given: ValueOption[] = [];
  let optionsEnded = false;
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    // `--projection equal-earth` and `--projection=equal-earth` both work.
    const [name = word, inline] = word.startsWith('--') && word.includes('=') ? splitOnce(word) : [word];
    if (optionsEnded || word === '-' || !word.startsWith('-')) words.push(word);
    else if (word === '--') optionsEnded = true;
    else if (word === '-h' || word === '--help') args.help = true;
    else if (word === '-v' || word === '--version') args.version = true;
    else if (word === '--no-bom') args.bom = false;
    else if (isValueOption(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '') return { ok: false, message: `${name} needs a value` };
      const { values } = VALUE_OPTIONS[name];
      if (values !== null && !(values as readonly string[]).includes(value)) {
        return { ok: false, message: `${name} is ${values.join(' or ')}, not ${JSON.stringify(value)}` };
      }
      if (name === '--projection') args.projection = value as PlaneProjectionName;
      else if (name === '--resolution') args.resolution = value as Resolution;
      else if (name === '--lang') args.lang = value;
      else if (name === '--view') args.view = value as (typeof VIEWS)[number];
      else if (name === '--data') args.data = value;
      else if (name === '--src') args.src = value;
      else if (name === '--hydrate-on') args.hydrateOn = value as (typeof HYDRATE_ON)[number];
      else args.geometry = value;
      given.push(name);
    } else return { ok: false, message: `unknown option ${word}` };
  }
  if (args.help || args.version) return { ok: true, args };

  const [first, ...rest] = words;
  if (first === undefined) return { ok: false, message: 'no command given' };
  if (first === 'help') return { ok: true, args: { ...args, help: true } };
  if (!isCommand(first)) return { ok: false, message: `unknown command ${JSON.stringify(first)}` };
  const { min, max, usage } = COMMANDS[first];
  if (rest.length < min || rest.length > max) {
    return {
      ok: false,
      message:
        max === 0
          ? `${first} takes no path: partnership-data ${usage}`
          : `${first} takes ${min === max ? min : `at least ${min}`} path${min === 1 && max === 1 ? '' : 's'}: partnership-data ${usage}`,
    };
  }
  if (!args.bom && first !== 'to-csv') return { ok: false, message: '--no-bom only applies to to-csv' };
  const misplaced = given.find((name) => VALUE_OPTIONS[name].command !== first);
  if (misplaced)
    return { ok: false, message: `${misplaced} only applies to ${VALUE_OPTIONS[misplaced].command}` };
  if (args.src !== null && args.data === null)
    return { ok: false, message: '--src names where the page serves the file given with --data' };
  return { ok: true, args: { ...args, command: first, positionals: rest } };
}

export const HELP = `partnership-data: check the partnership dataset, edit it as spreadsheet tables and
build the map of its countries.

Usage:
  partnership-data validate <data.json | folder>... [--geometry <map.json>]
      Check datasets with the same schema and checks as the elements. A folder is read as
      the CSV tables that to-csv writes. Each problem names the file, line and column,
      the JSON pointer, the record and the field, for example:
        data.json:212:9: /collaborations/3/start (collaboration "dakar-2022", field start): expected …
      With --geometry, also check that the map file has every country of the dataset.
  partnership-data to-csv <data.json> <folder>
      Check the dataset, then write one CSV file per table into the folder (created if
      needed): dataset.csv, sources.csv, organisations.csv, countries.csv,
      country-partners.csv, collaborations.csv. Texts get a column per language
      (title_nl, title_fr, title_en, …); lists of ids are separated by ";" in one cell.
  partnership-data from-csv <folder> <data.json>
      Read those CSV files, check them and write the dataset. Problems are located by
      file, row and column, and nothing is written until there are none.
  partnership-data geometry <data.json> <map.json>
      Check the dataset, then write the map of its countries (ISO 3166-1 alpha-3 ids) and
      their neighbours, from world-atlas (Natural Earth), projected, in the format of the
      bundled map. The extent chooses the projection (Mercator for a region, Equal Earth
      across continents) and the detail (1:50m, or 1:110m for a continent or more).
      See docs/geometry.md.
  partnership-data render [--lang nl|fr|en] [--view visual|table] [--hydrate-on load|interaction] [--data <data.json> [--src <url>]]
      Print <partnership-explorer> already rendered, for pasting into any page: its
      shadow root is declarative HTML, so browsers show the map, the timeline (or the
      table) and the sources without any script. With the library's script on the page,
      it becomes interactive. Needs @lit-labs/ssr. See README.md, "Without JavaScript".

Options:
  --no-bom        to-csv: omit the byte order mark (Excel needs it to read accents)
  --geometry <map.json>
                  validate: check that the map file has every country of the dataset
  --projection mercator|equal-earth
                  geometry: the projection, instead of the one the extent suggests
  --resolution 50m|110m
                  geometry: world-atlas's detail, instead of the one the extent suggests
  --lang <code>   render: the language (nl, fr, en; default en)
  --view visual|table
                  render: map and timeline (default), or the table
  --data <data.json>
                  render: this dataset instead of the bundled one
  --src <url>     render: where the page serves that same file; the element loads it from
                  there, so the script shows (and hydrates) the data the HTML shows
  --hydrate-on load|interaction
                  render: when the script takes over the rendered element: as the page
                  loads (default), or when the reader first points at it or focuses it,
                  which spares the page's load that work (see README.md)
  -h, --help      show this help
  -v, --version   show the version

Exit status: 0 when every dataset is valid, 1 when a dataset has problems or a country
is not on the map, 2 when the command line is wrong or a file cannot be read or written.
See DATA.md for a step-by-step guide, and docs/geometry.md for maps of other regions.`;
