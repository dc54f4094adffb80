import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { DATASET_PATH, position, runCli, shippedDataset, tempDir } from './support/helpers.mjs';

/** Writes `value` as the JSON a person would save from an editor: two-space indentation. */
function writeJson(dir, name, value) {
  const path = join(dir, name);
  const text = `${JSON.stringify(value, null, 2)}\n`;
  writeFileSync(path, text);
  return { path, text };
}

test('validate: the shipped dataset is valid, exit 0, with counts read from the file', () => {
  const dataset = shippedDataset();
  const { code, stdout, stderr } = runCli(['validate', 'data/partnerships.json']);
  assert.equal(code, 0, stderr);
  assert.equal(stderr, '');
  assert.equal(
    stdout.trim(),
    `data/partnerships.json: valid (${dataset.sources.length} sources, ${dataset.organisations.length} organisations, ` +
      `${dataset.countries.length} countries, ${dataset.collaborations.length} collaborations).`,
  );
});

test('validate: a date out of the period names the record, the field, the pointer and the line:column', (t) => {
  const dir = tempDir(t);
  const dataset = shippedDataset();
  const record = dataset.collaborations[3];
  record.start = '2031';
  const { path, text } = writeJson(dir, 'data.json', dataset);
  const { code, stdout, stderr } = runCli(['validate', path]);
  assert.equal(code, 1);
  assert.equal(stdout, '');
  // The only "2031" in the file is the value we put there; its key starts 9 characters before.
  const at = position(text, text.indexOf('"start": "2031"'));
  const lines = stderr.trim().split('\n');
  assert.equal(lines.length, 2, stderr);
  assert.ok(lines[0].startsWith(`${path}:${at.line}:${at.column}: /collaborations/3/start `), lines[0]);
  assert.ok(lines[0].includes(`collaboration "${record.id}", field start`), lines[0]);
  assert.ok(lines[0].includes('"2031"'), lines[0]);
  assert.equal(lines[1], `${path}: 1 problem to fix.`);
});

test('validate: schema problems are each located; a missing field points at its record', (t) => {
  const dir = tempDir(t);
  const dataset = shippedDataset();
  const missing = dataset.collaborations[5];
  delete missing.title;
  dataset.sources[2].url = 'ftp://example.org/report.pdf';
  dataset.organisations[1].kind = 'bank';
  const { path, text } = writeJson(dir, 'data.json', dataset);
  const { code, stderr } = runCli(['validate', path]);
  assert.equal(code, 1);
  const lines = stderr.trim().split('\n');
  assert.equal(lines.at(-1), `${path}: 3 problems to fix.`);

  const url = position(text, text.indexOf('"url": "ftp://'));
  const urlLine = lines.find((line) => line.includes('/sources/2/url'));
  assert.ok(urlLine?.startsWith(`${path}:${url.line}:${url.column}: `), urlLine);
  assert.ok(urlLine.includes(`source "${dataset.sources[2].id}", field url`), urlLine);

  const kind = position(text, text.indexOf('"kind": "bank"'));
  const kindLine = lines.find((line) => line.includes('/organisations/1/kind'));
  assert.ok(kindLine?.startsWith(`${path}:${kind.line}:${kind.column}: `), kindLine);
  assert.match(kindLine, /"insurer", "ngo", "network", "programme"/);

  // The record's opening brace is on the line before its id.
  const idAt = text.indexOf(`"id": "${missing.id}"`);
  const brace = position(text, text.lastIndexOf('{', idAt));
  const titleLine = lines.find((line) => line.includes('/collaborations/5/title'));
  assert.ok(titleLine?.startsWith(`${path}:${brace.line}:${brace.column}: `), titleLine);
  assert.ok(titleLine.includes(`collaboration "${missing.id}", field title`), titleLine);
  assert.ok(titleLine.endsWith('required field is missing'), titleLine);
});

test('validate: an unknown reference is located at the list item', (t) => {
  const dir = tempDir(t);
  const dataset = shippedDataset();
  dataset.collaborations[0].partners.push('nobody-knows');
  const { path, text } = writeJson(dir, 'data.json', dataset);
  const { code, stderr } = runCli(['validate', path]);
  assert.equal(code, 1);
  const index = dataset.collaborations[0].partners.length - 1;
  const at = position(text, text.indexOf('"nobody-knows"'));
  const [line] = stderr.split('\n');
  assert.ok(line.startsWith(`${path}:${at.line}:${at.column}: /collaborations/0/partners/${index} `), line);
  assert.ok(line.includes('unknown id "nobody-knows"'), line);
  // The record is named once, not twice (the validator's own label is folded in).
  assert.equal(line.split(`"${dataset.collaborations[0].id}"`).length - 1, 1, line);
});

test('validate: one schema mistake and one unknown country id are both reported in one run, in file order', (t) => {
  const dir = tempDir(t);
  const dataset = shippedDataset();
  dataset.collaborations[1].start = '2016/03';
  // An ISO code, but of no country in the dataset.
  dataset.collaborations[4].countries.push('KEN');
  const { path, text } = writeJson(dir, 'data.json', dataset);
  const { code, stderr } = runCli(['validate', path]);
  assert.equal(code, 1);
  const lines = stderr.trim().split('\n');
  assert.equal(lines.length, 3, stderr);
  const start = position(text, text.indexOf('"start": "2016/03"'));
  assert.ok(lines[0].startsWith(`${path}:${start.line}:${start.column}: /collaborations/1/start `), lines[0]);
  const index = dataset.collaborations[4].countries.length - 1;
  const unknown = position(text, text.indexOf('"KEN"'));
  assert.ok(
    lines[1].startsWith(`${path}:${unknown.line}:${unknown.column}: /collaborations/4/countries/${index} `),
    lines[1],
  );
  assert.ok(lines[1].includes('unknown id "KEN"'), lines[1]);
  assert.equal(lines[2], `${path}: 2 problems to fix.`);
});

test('validate: a JSON syntax error gives its line and column, exit 1', (t) => {
  const dir = tempDir(t);
  const path = join(dir, 'broken.json');
  writeFileSync(path, '{\n  "version": 1,\n  "title": }\n');
  const { code, stderr } = runCli(['validate', path]);
  assert.equal(code, 1);
  assert.ok(stderr.startsWith(`${path}:3:12: not valid JSON`), stderr);
});

test('validate: a byte order mark saved by an editor is accepted', (t) => {
  const dir = tempDir(t);
  const path = join(dir, 'bom.json');
  writeFileSync(path, `\uFEFF${readFileSync(DATASET_PATH, 'utf8')}`);
  assert.equal(runCli(['validate', path]).code, 0);
});

test('validate: several files, exit code of the worst', (t) => {
  const dir = tempDir(t);
  const dataset = shippedDataset();
  dataset.period.end = 1999;
  const { path } = writeJson(dir, 'bad.json', dataset);
  const { code, stdout, stderr } = runCli(['validate', DATASET_PATH, path]);
  assert.equal(code, 1);
  assert.match(stdout, /partnerships\.json: valid/);
  assert.match(stderr, /period\.end/);
  assert.equal(runCli(['validate', DATASET_PATH, join(dir, 'missing.json')]).code, 2);
});

test('usage errors exit 2 and say what was wrong', () => {
  const cases = [
    [[], /no command given/],
    [['check', 'data.json'], /unknown command "check"/],
    [['validate'], /validate takes at least 1 path/],
    [['to-csv', 'data.json'], /to-csv takes 2 paths/],
    [['from-csv', 'a', 'b', 'c'], /from-csv takes 2 paths/],
    [['validate', '--strict', 'data.json'], /unknown option --strict/],
    [['validate', '--no-bom', 'data.json'], /--no-bom only applies to to-csv/],
    [['validate', 'no/such/file.json'], /cannot read no\/such\/file\.json: no such file or folder/],
  ];
  for (const [args, message] of cases) {
    const { code, stdout, stderr } = runCli(args);
    assert.equal(code, 2, `${args.join(' ')}: ${stderr}`);
    assert.equal(stdout, '', args.join(' '));
    assert.match(stderr, message, args.join(' '));
  }
});

test('--help lists the commands and the exit codes; --version prints the package version', () => {
  for (const flag of ['--help', '-h', 'help']) {
    const { code, stdout } = runCli([flag]);
    assert.equal(code, 0, flag);
    for (const word of ['validate', 'to-csv', 'from-csv', 'Exit status', 'DATA.md'])
      assert.ok(stdout.includes(word), `${flag}: ${word}`);
  }
  const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  assert.equal(runCli(['--version']).stdout.trim(), version);
});

test('to-csv writes one file per table with a column per language; from-csv writes the same file back', (t) => {
  const dir = tempDir(t);
  const tables = join(dir, 'tables');
  const written = runCli(['to-csv', DATASET_PATH, tables]);
  assert.equal(written.code, 0, written.stderr);
  assert.deepEqual(readdirSync(tables).sort(), [
    'collaborations.csv',
    'countries.csv',
    'country-partners.csv',
    'dataset.csv',
    'organisations.csv',
    'sources.csv',
  ]);
  const collaborations = readFileSync(join(tables, 'collaborations.csv'), 'utf8');
  assert.ok(collaborations.startsWith('\uFEFF'), 'starts with a byte order mark for Excel');
  const header = collaborations.slice(1, collaborations.indexOf('\n')).split(',');
  for (const column of [
    'id',
    'start',
    'end',
    'partners',
    'title_nl',
    'title_fr',
    'title_en',
    'summary_en',
    'venue_longitude',
  ]) {
    assert.ok(header.includes(column), column);
  }
  // The first collaboration's partners, joined by "; " in one cell.
  const first = shippedDataset().collaborations[0];
  assert.ok(collaborations.includes(`,${first.partners.join('; ')},`), 'partners in one cell');

  const out = join(dir, 'out.json');
  const back = runCli(['from-csv', tables, out]);
  assert.equal(back.code, 0, back.stderr);
  assert.deepEqual(JSON.parse(readFileSync(out, 'utf8')), shippedDataset());
  // Laid out as the repository's formatter does, so the file is byte for byte the shipped one.
  assert.equal(readFileSync(out, 'utf8'), readFileSync(DATASET_PATH, 'utf8'));
  assert.match(runCli(['validate', tables]).stdout, /tables: valid/);
});

test('to-csv --no-bom omits the byte order mark; to-csv refuses an invalid dataset and writes nothing', (t) => {
  const dir = tempDir(t);
  assert.equal(runCli(['to-csv', '--no-bom', DATASET_PATH, join(dir, 'plain')]).code, 0);
  assert.ok(readFileSync(join(dir, 'plain', 'sources.csv'), 'utf8').startsWith('id,'));

  const dataset = shippedDataset();
  dataset.collaborations[0].confidence = 'certain';
  const { path } = writeJson(dir, 'bad.json', dataset);
  const { code, stderr } = runCli(['to-csv', path, join(dir, 'never')]);
  assert.equal(code, 1);
  assert.match(stderr, /\/collaborations\/0\/confidence/);
  assert.equal(existsSync(join(dir, 'never')), false);
});

/** Replaces one cell of a CSV file written by to-csv, found by the record id and the column name. */
function editCell(path, id, column, value) {
  const lines = readFileSync(path, 'utf8')
    .replace(/^\uFEFF/, '')
    .split('\n');
  const header = lines[0].split(',');
  const index = lines.findIndex((line) => line.startsWith(`${id},`));
  assert.ok(index > 0, `row of ${id}`);
  // Only for rows whose cells before `column` hold no quoted commas (checked below).
  const cells = lines[index].split(',');
  const at = header.indexOf(column);
  assert.ok(
    at >= 0 &&
      !lines[index]
        .split(',')
        .slice(0, at)
        .some((cell) => cell.includes('"')),
    `${column} is editable`,
  );
  cells[at] = value;
  lines[index] = cells.join(',');
  writeFileSync(path, lines.join('\n'));
  return index + 1; // a spreadsheet's row number: the header is row 1
}

test('from-csv: a bad cell is located by file, row and column, exit 1, and nothing is written', (t) => {
  const dir = tempDir(t);
  const tables = join(dir, 'tables');
  runCli(['to-csv', DATASET_PATH, tables]);
  const dataset = shippedDataset();
  const record = dataset.collaborations[4];
  const row = editCell(join(tables, 'collaborations.csv'), record.id, 'start', '2031');
  assert.equal(row, 4 + 2);
  const out = join(dir, 'out.json');
  const { code, stderr } = runCli(['from-csv', tables, out]);
  assert.equal(code, 1);
  assert.ok(
    stderr.includes(
      `${join(tables, 'collaborations.csv')}, row ${row}, column start: expected a date between`,
    ),
    stderr,
  );
  assert.ok(stderr.includes(`"${record.id}"`), stderr);
  assert.equal(existsSync(out), false);
});

test('from-csv: unknown columns, unknown countries and missing files are reported before any check', (t) => {
  const dir = tempDir(t);
  const tables = join(dir, 'tables');
  runCli(['to-csv', DATASET_PATH, tables]);
  const sources = join(tables, 'sources.csv');
  writeFileSync(sources, readFileSync(sources, 'utf8').replace('publisher,', 'publsher,'));
  const partners = join(tables, 'country-partners.csv');
  const lines = readFileSync(partners, 'utf8').split('\n');
  lines[3] = lines[3].replace(/^[A-Z]{3},/, 'XYZ,');
  writeFileSync(partners, lines.join('\n'));
  const { code, stderr } = runCli(['validate', tables]);
  assert.equal(code, 1);
  assert.ok(stderr.includes(`${sources}, row 1, column publsher: unknown column`), stderr);
  assert.ok(stderr.includes(`${sources}, row 1, column publisher: missing column`), stderr);
  assert.ok(stderr.includes(`${partners}, row 4, column country: no country "XYZ" in countries.csv`), stderr);

  const empty = join(dir, 'empty');
  mkdirSync(empty);
  const missing = runCli(['from-csv', empty, join(dir, 'x.json')]);
  assert.equal(missing.code, 1);
  assert.ok(missing.stderr.includes(`${join(empty, 'dataset.csv')}: missing file`), missing.stderr);
  assert.equal(runCli(['from-csv', join(dir, 'nowhere'), join(dir, 'x.json')]).code, 2);
});
