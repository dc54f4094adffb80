/** The command line, read without a library: three commands and four flags do not need one. */

export const COMMANDS = {
  validate: { min: 1, max: Infinity, usage: 'validate <data.json | folder>...' },
  'to-csv': { min: 2, max: 2, usage: 'to-csv <data.json> <folder>' },
  'from-csv': { min: 2, max: 2, usage: 'from-csv <folder> <data.json>' },
} as const;
export type CommandName = keyof typeof COMMANDS;

export interface CliArgs {
  command: CommandName | null;
  positionals: string[];
  help: boolean;
  version: boolean;
  /** `--no-bom`: write CSV without the byte order mark Excel needs. */
  bom: boolean;
}

export type ArgsResult = { ok: true; args: CliArgs } | { ok: false; message: string };

function isCommand(word: string): word is CommandName {
  return Object.hasOwn(COMMANDS, word);
}

/** Reads `argv` (without `node` and the script); a wrong command line is a message, never a throw. */
export function parseArgs(argv: readonly string[]): ArgsResult {
  const args: CliArgs = { command: null, positionals: [], help: false, version: false, bom: true };
  const words: string[] = [];
  let optionsEnded = false;
  for (const word of argv) {
    if (optionsEnded || word === '-' || !word.startsWith('-')) words.push(word);
    else if (word === '--') optionsEnded = true;
    else if (word === '-h' || word === '--help') args.help = true;
    else if (word === '-v' || word === '--version') args.version = true;
    else if (word === '--no-bom') args.bom = false;
    else return { ok: false, message: `unknown option ${word}` };
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
      message: `${first} takes ${min === max ? min : `at least ${min}`} path${min === 1 && max === 1 ? '' : 's'}: partnership-data ${usage}`,
    };
  }
  if (!args.bom && first !== 'to-csv') return { ok: false, message: '--no-bom only applies to to-csv' };
  return { ok: true, args: { ...args, command: first, positionals: rest } };
}

export const HELP = `partnership-data: check the partnership dataset and edit it as spreadsheet tables.

Usage:
  partnership-data validate <data.json | folder>...
      Check datasets with the same schema and checks as the elements. A folder is read as
      the CSV tables that to-csv writes. Each problem names the file, line and column,
      the JSON pointer, the record and the field, for example:
        data.json:212:9: /collaborations/3/start (collaboration "dakar-2022", field start): expected …
  partnership-data to-csv <data.json> <folder>
      Check the dataset, then write one CSV file per table into the folder (created if
      needed): dataset.csv, sources.csv, organisations.csv, countries.csv,
      country-partners.csv, collaborations.csv. Texts get a column per language
      (title_nl, title_fr, title_en, …); lists of ids are separated by ";" in one cell.
  partnership-data from-csv <folder> <data.json>
      Read those CSV files, check them and write the dataset. Problems are located by
      file, row and column, and nothing is written until there are none.

Options:
  --no-bom        to-csv: omit the byte order mark (Excel needs it to read accents)
  -h, --help      show this help
  -v, --version   show the version

Exit status: 0 when every dataset is valid, 1 when a dataset has problems,
2 when the command line is wrong or a file cannot be read or written.
See DATA.md for a step-by-step guide.`;
