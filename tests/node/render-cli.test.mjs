import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCli, shippedDataset, tempDir } from './support/helpers.mjs';

/** The markup on one line, and what its tags say: enough to find records without a parser. */
const flat = (html) => html.replace(/\s+/g, ' ');
const valuesOf = (html, tag, attribute) =>
  [...flat(html).matchAll(new RegExp(`<${tag} [^>]*?${attribute}="([^"]*)"`, 'g'))].map((match) => match[1]);
/** The text of the map's country names (`<text class="label">`), Lit's markers left out. */
const mapLabels = (html) =>
  [...flat(html).matchAll(/<text class="label"[^>]*>((?:<!--[^>]*-->|[^<])*)<\/text>/g)].map((match) =>
    match[1].replace(/<!--[^>]*-->/g, '').trim(),
  );

test('render: the explorer with declarative shadow roots, every country and collaboration, no script', () => {
  const dataset = shippedDataset();
  const { code, stdout, stderr } = runCli(['render']);
  assert.equal(code, 0, stderr);
  assert.equal(stderr, '');
  assert.match(stdout, /^(<!--[^>]*-->)*<partnership-explorer [^>]*lang="en"/);
  // The explorer's own root, the map's and the timeline's: drawn by the browser from HTML.
  assert.equal(stdout.match(/<template shadowroot="open" shadowrootmode="open">/g)?.length, 3);
  assert.doesNotMatch(stdout, /<script/i);
  assert.deepEqual(
    valuesOf(stdout, 'g', 'data-country').sort(),
    dataset.countries.map((country) => country.id).sort(),
  );
  assert.equal(mapLabels(stdout).length, dataset.countries.length);
  assert.deepEqual(
    valuesOf(stdout, 'g', 'data-id').sort(),
    dataset.collaborations.map((collaboration) => collaboration.id).sort(),
  );
  assert.ok(stdout.includes(dataset.title.en), 'the dataset title');
  // Styles a browser sets through the CSSOM are written as attributes: the year scrubber is
  // in line with the axis (starts after its left edge, narrower than the 960 px layout).
  const scrubber = /<input [^>]*part="scrubber"[^>]*style="margin-left:([\d.]+)px;width:([\d.]+)px"/.exec(
    flat(stdout),
  );
  assert.ok(scrubber, 'the scrubber has its margin and width');
  assert.ok(Number(scrubber[1]) > 0 && Number(scrubber[2]) < 960, scrubber[0]);
});

test('render --lang fr: French interface and names; the same command twice gives the same bytes', () => {
  const dataset = shippedDataset();
  const first = runCli(['render', '--lang', 'fr']);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stdout, /<partnership-explorer [^>]*lang="fr"/);
  assert.ok(first.stdout.includes(dataset.title.fr));
  const french = new Set(dataset.countries.map((country) => country.name.fr));
  assert.ok(
    mapLabels(first.stdout).some((label) => label === 'Bénin') && french.has('Bénin'),
    mapLabels(first.stdout).join(', '),
  );
  assert.equal(runCli(['render', '--lang', 'fr']).stdout, first.stdout);
});

test('render --view table: one row per collaboration, with its sources', () => {
  const dataset = shippedDataset();
  const { code, stdout, stderr } = runCli(['render', '--view', 'table']);
  assert.equal(code, 0, stderr);
  assert.match(stdout, /<partnership-explorer [^>]*view="table"/);
  const rows = flat(stdout).match(/<tr[ >]/g) ?? [];
  assert.equal(rows.length, dataset.collaborations.length + 1, 'a header row and one per collaboration');
  const cited = new Set(dataset.collaborations.flatMap((collaboration) => collaboration.sources));
  const linked = dataset.sources.filter((source) => cited.has(source.id) && source.url?.startsWith('http'));
  assert.ok(linked.length > 0, 'the shipped dataset cites a source with an address');
  for (const source of linked) assert.ok(stdout.includes(`href="${source.url}"`), source.url);
});

test('render --data: the given dataset is drawn by every view; a wrong one is located, not rendered', (t) => {
  const dir = tempDir(t);
  const dataset = shippedDataset();
  dataset.collaborations[0].title.en = 'A title only this test uses';
  const path = join(dir, 'data.json');
  writeFileSync(path, JSON.stringify(dataset, null, 2));
  const good = runCli(['render', '--data', path]);
  assert.equal(good.code, 0, good.stderr);
  // In the timeline's item, its accessible name, and the printed list.
  assert.ok((good.stdout.match(/A title only this test uses/g) ?? []).length >= 2);
  assert.doesNotMatch(good.stdout, /<partnership-explorer [^>]*\ssrc=/);
  // With --src, the element says where the page serves the file, for the script to load it.
  const served = runCli(['render', '--data', path, '--src', '/files/data.json']);
  assert.equal(served.code, 0, served.stderr);
  assert.match(served.stdout, /<partnership-explorer [^>]*\ssrc="\/files\/data\.json"/);

  dataset.collaborations[0].start = '2031';
  writeFileSync(path, JSON.stringify(dataset, null, 2));
  const bad = runCli(['render', '--data', path]);
  assert.equal(bad.code, 1);
  assert.equal(bad.stdout, '');
  assert.match(
    bad.stderr,
    new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: /collaborations/0/start`),
  );
});

test('render --hydrate-on interaction: the element says when the script takes it over', () => {
  const { code, stdout, stderr } = runCli(['render', '--hydrate-on', 'interaction']);
  assert.equal(code, 0, stderr);
  assert.match(stdout, /<partnership-explorer [^>]*hydrate-on="interaction"/);
  // As the page loads, the default: no attribute.
  const load = runCli(['render', '--hydrate-on', 'load']);
  assert.equal(load.code, 0, load.stderr);
  assert.doesNotMatch(load.stdout, /hydrate-on/);
  assert.equal(load.stdout, runCli(['render']).stdout);
});

test('render: a wrong command line says what is wrong, exit 2', () => {
  const when = runCli(['render', '--hydrate-on', 'idle']);
  assert.equal(when.code, 2);
  assert.match(when.stderr, /--hydrate-on is load or interaction, not "idle"/);
  const view = runCli(['render', '--view', 'grid']);
  assert.equal(view.code, 2);
  assert.match(view.stderr, /--view is visual or table, not "grid"/);
  const path = runCli(['render', 'data.json']);
  assert.equal(path.code, 2);
  assert.match(path.stderr, /render takes no path/);
  const src = runCli(['render', '--src', '/files/data.json']);
  assert.equal(src.code, 2);
  assert.match(src.stderr, /--src names where the page serves the file given with --data/);
  const misplaced = runCli(['validate', 'data/partnerships.json', '--lang', 'fr']);
  assert.equal(misplaced.code, 2);
  assert.match(misplaced.stderr, /--lang only applies to render/);
});
