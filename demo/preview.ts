/**
 * The live preview: a data editor pastes a dataset or drops the CSV tables, and sees the
 * explorer and the list of problems update at once. Everything runs in the page with the
 * same checks as the elements and the command line; no file is uploaded anywhere.
 */
import bundledJson from '../data/partnerships.json';
import { formatJson } from '../src/cli/json-format.js';
import { CSV_FILES, datasetFromCsv, datasetToCsv, type CsvProblem } from '../src/data/csv.js';
import { findJsonErrorOffset } from '../src/data/json-position.js';
import { lineAndColumn } from '../src/data/parse.js';
import { describeIssue, issuePlace, locateJsonPath, parseIssuePath } from '../src/data/pointer.js';
import type { Dataset } from '../src/data/types.js';
import { validateDataset } from '../src/data/validate.js';

/** One problem as listed: where it is, and, for pasted JSON, the offset to jump to. */
interface Problem {
  where: string;
  pointer?: string;
  message: string;
  offset?: number;
}

type Check = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

const bundled = bundledJson as unknown as Dataset;

/** Checks JSON text the way `partnership-data validate` does, keeping offsets for the editor. */
function checkJsonText(text: string): Check {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const offset = Math.max(findJsonErrorOffset(text), 0);
    const { line, column } = lineAndColumn(text, offset);
    const detail = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ');
    return {
      ok: false,
      problems: [{ where: `line ${line}, column ${column}`, message: `not valid JSON: ${detail}`, offset }],
    };
  }
  const result = validateDataset(value);
  if (result.ok) return result;
  return {
    ok: false,
    problems: result.issues.map((issue) => {
      const { offset } = locateJsonPath(text, parseIssuePath(issue.path) ?? []);
      const { line, column } = lineAndColumn(text, offset);
      const described = describeIssue(issue, value);
      return {
        where: `line ${line}, column ${column}`,
        pointer: described.pointer || '(the whole file)',
        message: `${issuePlace(described)}: ${described.message}`,
        offset,
      };
    }),
  };
}

/** `collaborations (1).csv`, as a browser names a second download, is still collaborations.csv. */
function tableFileName(name: string): string | null {
  const base = name
    .toLowerCase()
    .replace(/^.*[\\/]/, '')
    .replace(/ \(\d+\)(?=\.csv$)/, '');
  return (CSV_FILES as readonly string[]).includes(base) ? base : null;
}

function csvProblem(problem: CsvProblem): Problem {
  const where = [
    problem.file,
    problem.row === null ? null : `row ${problem.row}`,
    problem.column && `column ${problem.column}`,
  ]
    .filter(Boolean)
    .join(', ');
  return { where: where || 'the tables', message: problem.message };
}

function counts(dataset: Dataset): string {
  return `${dataset.sources.length} sources, ${dataset.organisations.length} organisations, ${dataset.countries.length} countries, ${dataset.collaborations.length} collaborations`;
}

const explorer = document.getElementById('explorer') as HTMLElement & { data: unknown; lang: string };
const source = document.getElementById('source') as HTMLTextAreaElement;
const status = document.getElementById('status')!;
const list = document.getElementById('problems')!;
const fileInput = document.getElementById('files') as HTMLInputElement;

/** The last dataset without problems: shown while the text has some, and the base for dropped tables. */
let lastValid: Dataset = bundled;

function jumpTo(offset: number): void {
  source.focus();
  source.setSelectionRange(offset, offset);
  const { line } = lineAndColumn(source.value, offset);
  const lineHeight = parseFloat(getComputedStyle(source).lineHeight) || 16;
  source.scrollTop = Math.max(0, (line - 4) * lineHeight);
}

function renderProblem(problem: Problem): HTMLLIElement {
  const item = document.createElement('li');
  if (problem.offset !== undefined) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = problem.where;
    const offset = problem.offset;
    button.addEventListener('click', () => jumpTo(offset));
    item.append(button);
  } else item.append(problem.where);
  if (problem.pointer) {
    const pointer = document.createElement('code');
    pointer.textContent = problem.pointer;
    item.append(' ', pointer);
  }
  // Text from the data is always set as text, never parsed as HTML.
  item.append(`: ${problem.message}`);
  return item;
}

function show(check: Check, note = ''): void {
  if (check.ok) {
    lastValid = check.dataset;
    explorer.data = check.dataset;
    status.dataset.state = 'ok';
    status.textContent = `${note}Valid: ${counts(check.dataset)}. The preview shows it.`;
    list.replaceChildren();
    return;
  }
  const count = check.problems.length;
  status.dataset.state = 'problems';
  status.textContent = `${note}${count === 1 ? '1 problem' : `${count} problems`} to fix. The preview shows the last valid version.`;
  list.replaceChildren(...check.problems.map(renderProblem));
}

function update(): void {
  show(checkJsonText(source.value));
}

async function readFiles(files: File[]): Promise<void> {
  if (files.length === 0) return;
  const read = await Promise.all(files.map(async (file) => ({ name: file.name, text: await file.text() })));
  if (read.length === 1 && read[0]!.name.toLowerCase().endsWith('.json')) {
    source.value = read[0]!.text;
    update();
    return;
  }
  const tables: Record<string, string> = {};
  const problems: Problem[] = [];
  for (const { name, text } of read) {
    const table = tableFileName(name);
    if (table) tables[table] = text;
    else
      problems.push({
        where: name,
        message: `not one of the tables: expected ${CSV_FILES.join(', ')}, or one JSON file alone`,
      });
  }
  if (problems.length > 0) {
    show({ ok: false, problems });
    return;
  }
  const names = Object.keys(tables).join(', ');
  // Tables not dropped come from the dataset shown, so one edited table can be previewed alone.
  const result = datasetFromCsv({ ...datasetToCsv(lastValid), ...tables });
  if (result.ok) {
    source.value = formatJson(result.dataset);
    show(result, `Read ${names}. `);
  } else show({ ok: false, problems: result.problems.map(csvProblem) }, `In ${names}: `);
}

let pending: ReturnType<typeof setTimeout> | undefined;
source.addEventListener('input', () => {
  clearTimeout(pending);
  // A short pause lets a burst of typing check once, still well under what reads as "at once".
  pending = setTimeout(update, 120);
});

const hasFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') ?? false;
document.addEventListener('dragover', (event) => {
  if (!hasFiles(event)) return;
  event.preventDefault();
  document.body.classList.add('dragging');
});
document.addEventListener('dragleave', (event) => {
  if (event.relatedTarget === null) document.body.classList.remove('dragging');
});
document.addEventListener('drop', (event) => {
  if (!hasFiles(event)) return;
  event.preventDefault();
  document.body.classList.remove('dragging');
  void readFiles([...(event.dataTransfer?.files ?? [])]);
});
fileInput.addEventListener('change', () => {
  void readFiles([...(fileInput.files ?? [])]);
  fileInput.value = '';
});

document.getElementById('reset')!.addEventListener('click', () => {
  source.value = formatJson(bundled);
  update();
});
document.getElementById('download')!.addEventListener('click', () => {
  const url = URL.createObjectURL(new Blob([formatJson(lastValid)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'partnerships.json';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
});

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
  button.addEventListener('click', () => {
    explorer.lang = button.dataset.lang!;
    document.documentElement.lang = button.dataset.lang!;
    for (const other of document.querySelectorAll('[data-lang]')) {
      other.setAttribute('aria-pressed', String(other === button));
    }
  });
}

source.value = formatJson(bundled);
update();
