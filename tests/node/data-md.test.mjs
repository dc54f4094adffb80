import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { csvFormatRows, csvParseRows } from 'd3-dsv';
import * as prettier from 'prettier';
import { ROOT, runCli, shippedDataset, tempDir } from './support/helpers.mjs';

/*
 * DATA.md's worked example, followed literally: each step is a block marked with an HTML
 * comment, applied here exactly as the text tells a person to, then checked with the
 * command line. The expected outputs are the ones printed in DATA.md, so the guide cannot
 * drift from what the tools do.
 */

const guide = readFileSync(join(ROOT, 'DATA.md'), 'utf8');

/** The fenced block that follows `<!-- marker -->`. */
function block(marker) {
  const at = guide.indexOf(`<!-- ${marker} -->`);
  assert.ok(at >= 0, `DATA.md has <!-- ${marker} -->`);
  const match = /```(\w+)\n([\s\S]*?)```/.exec(guide.slice(at));
  return match[2];
}

/** The `| column | value |` table that follows `<!-- marker -->`, as [column, value] pairs. */
function table(marker) {
  const at = guide.indexOf(`<!-- ${marker} -->`);
  assert.ok(at >= 0, `DATA.md has <!-- ${marker} -->`);
  const lines = guide.slice(at).split('\n').slice(1);
  const rows = [];
  for (const line of lines.slice(lines.findIndex((l) => l.startsWith('|')))) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
  }
  return rows.slice(2); // without the header and the --- row
}

/** The JSON steps, in the order the guide gives them. */
const jsonSteps = [...guide.matchAll(/<!-- worked-example: (append|replace) (\w+) -->/g)].map(
  ([, action, field]) => ({
    action,
    field,
    value: JSON.parse(block(`worked-example: ${action} ${field}`)),
  }),
);

function applyJsonSteps(dataset, steps) {
  for (const { action, field, value } of steps) {
    if (action === 'append') dataset[field].push(value);
    else dataset[field] = value;
  }
  return dataset;
}

/** Saves the dataset as an editor with the repository's formatter would. */
async function save(dir, dataset) {
  mkdirSync(join(dir, 'data'), { recursive: true });
  const options = await prettier.resolveConfig(join(ROOT, 'data/partnerships.json'));
  const text = await prettier.format(JSON.stringify(dataset, null, 2), { ...options, parser: 'json' });
  writeFileSync(join(dir, 'data/partnerships.json'), text);
}

test('DATA.md gives the four JSON steps the text describes', () => {
  assert.deepEqual(
    jsonSteps.map(({ action, field }) => `${action} ${field}`),
    ['append sources', 'replace period', 'replace title', 'append collaborations'],
  );
});

test('the worked example in JSON, followed literally, validates with the output DATA.md shows', async (t) => {
  const dir = tempDir(t);
  const dataset = applyJsonSteps(shippedDataset(), jsonSteps);
  await save(dir, dataset);
  const { code, stdout, stderr } = runCli(['validate', 'data/partnerships.json'], { cwd: dir });
  assert.equal(code, 0, stderr);
  assert.equal(stdout, block('worked-example: output'));
  assert.equal(dataset.collaborations.at(-1).id, 'example-cotonou-workshop-2027');
});

test('skipping step 3 gives exactly the problems DATA.md shows', async (t) => {
  const dir = tempDir(t);
  await save(
    dir,
    applyJsonSteps(
      shippedDataset(),
      jsonSteps.filter(({ action }) => action === 'append'),
    ),
  );
  const { code, stderr } = runCli(['validate', 'data/partnerships.json'], { cwd: dir });
  assert.equal(code, 1);
  assert.equal(stderr, block('worked-example: output without step 3'));
});

/** Applies the guide's spreadsheet edits to the CSV files in `folder`. */
function applyCsvSteps(folder, { skipDatasetEdit = false } = {}) {
  const steps = [...guide.matchAll(/<!-- worked-example-csv: (edit|append) (\S+\.csv) -->/g)];
  assert.deepEqual(
    steps.map(([, action, file]) => `${action} ${file}`),
    ['edit dataset.csv', 'append sources.csv', 'append collaborations.csv'],
  );
  for (const [, action, file] of steps) {
    if (skipDatasetEdit && action === 'edit') continue;
    const path = join(folder, file);
    const rows = csvParseRows(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
    const header = rows[0];
    const cells = table(`worked-example-csv: ${action} ${file}`);
    const row = action === 'edit' ? rows[1] : header.map(() => '');
    for (const [column, value] of cells) {
      const index = header.indexOf(column);
      assert.ok(index >= 0, `${file} has a column ${column}`);
      row[index] = value;
    }
    if (action === 'append') rows.push(row);
    writeFileSync(path, `\uFEFF${csvFormatRows(rows)}\n`);
  }
}

test('the worked example in the spreadsheet gives the same dataset as the JSON steps', (t) => {
  const dir = tempDir(t);
  mkdirSync(join(dir, 'data'));
  writeFileSync(join(dir, 'data/partnerships.json'), readFileSync(join(ROOT, 'data/partnerships.json')));
  assert.equal(runCli(['to-csv', 'data/partnerships.json', 'tables/'], { cwd: dir }).code, 0);
  applyCsvSteps(join(dir, 'tables'));
  const read = runCli(['from-csv', 'tables/', 'data/partnerships.json'], { cwd: dir });
  assert.equal(read.code, 0, read.stderr);
  const fromCsv = JSON.parse(readFileSync(join(dir, 'data/partnerships.json'), 'utf8'));
  assert.deepStrictEqual(fromCsv, applyJsonSteps(shippedDataset(), jsonSteps));
  assert.equal(
    runCli(['validate', 'data/partnerships.json'], { cwd: dir }).stdout,
    block('worked-example: output'),
  );
});

test('the spreadsheet steps without the dataset.csv edit give exactly the problems DATA.md shows', (t) => {
  const dir = tempDir(t);
  assert.equal(runCli(['to-csv', join(ROOT, 'data/partnerships.json'), 'tables/'], { cwd: dir }).code, 0);
  applyCsvSteps(join(dir, 'tables'), { skipDatasetEdit: true });
  const { code, stderr } = runCli(['from-csv', 'tables/', 'out.json'], { cwd: dir });
  assert.equal(code, 1);
  assert.equal(stderr, block('worked-example-csv: output without the dataset.csv edit'));
});
