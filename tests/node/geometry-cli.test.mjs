/**
 * `partnership-data geometry` and `validate --geometry`, run as a user runs them: the built
 * command (`dist/cli.js`) on files in a temporary folder.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT, runCli, tempDir } from './support/helpers.mjs';

const EXAMPLE_PATH = join(ROOT, 'data/examples/east-africa-asia.json');
const example = () => JSON.parse(readFileSync(EXAMPLE_PATH, 'utf8'));

function writeJson(dir, name, value) {
  const path = join(dir, name);
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
  return path;
}

/** The example dataset narrowed to some of its countries, or with others in their place. */
function withCountries(ids) {
  const dataset = example();
  const template = dataset.countries[0];
  dataset.countries = ids.map((id) => ({ ...template, id, name: { nl: id, fr: id, en: id } }));
  dataset.collaborations = dataset.collaborations
    .map((collaboration) => ({
      ...collaboration,
      countries: collaboration.countries.filter((id) => ids.includes(id)),
      venue: undefined,
    }))
    .filter((collaboration) => collaboration.countries.length > 0);
  return dataset;
}

function buildMap(t, dataset, ...options) {
  const dir = tempDir(t);
  const data = writeJson(dir, 'data.json', dataset);
  const out = join(dir, 'map.json');
  const result = runCli(['geometry', data, out, ...options]);
  const map = result.code === 0 ? JSON.parse(readFileSync(out, 'utf8')) : null;
  return { ...result, data, out, map, text: map && readFileSync(out, 'utf8') };
}

/** The plane file's shape, as `src/geo/types.ts` describes it. */
function assertPlaneShape(map) {
  assert.ok(map.step > 0);
  assert.equal(map.origin.length, 2);
  assert.ok(map.arcs.every((arc) => /^[A-Za-z0-9_-]+$/.test(arc)));
  for (const country of map.countries) {
    // Named by its ISO code (in the reader's language, by the browser), else by its English name.
    if (country.alpha2 === undefined) assert.equal(typeof country.name, 'string', country.id);
    else assert.ok(/^[A-Z]{2}$/.test(country.alpha2) && country.name === undefined, country.id);
    assert.equal(typeof country.focus, 'boolean');
    assert.ok(country.rings.length > 0, country.id);
    for (const index of country.rings.flat()) assert.ok((index < 0 ? ~index : index) < map.arcs.length);
    // The countries the map is about carry their statistics; the page computes the others'.
    if (country.focus) {
      assert.equal(country.bounds.length, 4);
      assert.ok(country.area > 0);
      assert.equal(country.label.length, 2);
    } else assert.equal(country.centroid, undefined, country.id);
  }
  assert.ok(map.borders.every((index) => index < map.arcs.length));
  assert.equal(new Set(map.countries.map((country) => country.id)).size, map.countries.length);
}

test('geometry: countries on three continents get Equal Earth at 110m, with their neighbours', (t) => {
  const { code, stdout, stderr, map, out } = buildMap(t, example());
  assert.equal(code, 0, stderr);
  assertPlaneShape(map);
  assert.equal(map.projection, 'equal-earth');
  const byId = new Map(map.countries.map((country) => [country.id, country]));
  for (const id of ['KEN', 'RWA', 'MDG', 'KHM', 'BOL']) assert.equal(byId.get(id)?.focus, true, id);
  for (const id of ['TZA', 'UGA', 'THA', 'VNM', 'PER', 'BRA']) assert.equal(byId.get(id)?.focus, false, id);
  assert.equal(map.countries.filter((country) => country.focus).length, 5);
  // Nothing from beyond the margin: the far north, Oceania's east.
  for (const id of ['RUS', 'CAN', 'NZL', 'ATA', 'FJI']) assert.equal(byId.has(id), false, id);
  assert.match(
    stdout.trim(),
    new RegExp(
      `^wrote ${out}: 5 countries and \\d+ neighbours, equal-earth projection, 110m resolution, [\\d.]+ KB \\([\\d.]+ KB gzip\\)\\.$`,
    ),
  );
});

test('geometry: the committed example map is what the command builds, byte for byte', (t) => {
  const { code, stderr, text } = buildMap(t, example());
  assert.equal(code, 0, stderr);
  assert.ok(text === readFileSync(join(ROOT, 'data/examples/east-africa-asia.plane.json'), 'utf8'));
});

test('geometry: a West African dataset gets Mercator at 50m; --projection and --resolution override', (t) => {
  const west = withCountries(['SEN', 'MLI', 'BEN']);
  const mercator = buildMap(t, west);
  assert.equal(mercator.code, 0, mercator.stderr);
  assertPlaneShape(mercator.map);
  assert.equal(mercator.map.projection, 'mercator');
  assert.match(mercator.stdout, /mercator projection, 50m resolution/);
  const byId = new Map(mercator.map.countries.map((country) => [country.id, country]));
  for (const id of ['SEN', 'MLI', 'BEN']) assert.equal(byId.get(id)?.focus, true, id);
  for (const id of ['GIN', 'BFA', 'NGA', 'MRT']) assert.equal(byId.get(id)?.focus, false, id);

  const equalEarth = buildMap(t, west, '--projection', 'equal-earth');
  assert.equal(equalEarth.code, 0, equalEarth.stderr);
  assert.equal(equalEarth.map.projection, 'equal-earth');
  assert.notDeepEqual(equalEarth.map.origin, mercator.map.origin);

  const wide = buildMap(t, example(), '--projection=mercator', '--resolution', '50m');
  assert.equal(wide.code, 0, wide.stderr);
  assert.equal(wide.map.projection, 'mercator');
  assert.match(wide.stdout, /mercator projection, 50m resolution/);
});

test('geometry: an id that is not ISO 3166-1 alpha-3 is a located schema error, exit 1, nothing written', (t) => {
  const dataset = withCountries(['KEN', 'XKE']);
  const { code, stderr, data, map } = buildMap(t, dataset);
  assert.equal(code, 1);
  assert.equal(map, null);
  const [line] = stderr.split('\n');
  assert.match(line, new RegExp(`^${data}:\\d+:\\d+: /countries/1/id \\(country "XKE", field id\\): `));
  assert.match(line, /expected a three-letter ISO 3166-1 alpha-3 country code/);
});

test('geometry: an ISO country world-atlas has no outline of is reported, exit 1', (t) => {
  // Tuvalu is an ISO 3166-1 country, but too small for world-atlas.
  const { code, stderr, data } = buildMap(t, withCountries(['KEN', 'TUV']));
  assert.equal(code, 1);
  assert.ok(stderr.includes(`${data}: countries[1].id "TUV" (Tuvalu) is an ISO 3166-1 country`), stderr);
  assert.match(stderr, /world-atlas has no outline of it/);
});

test('geometry: wrong options are usage errors, exit 2', () => {
  const cases = [
    [['geometry', 'a.json', 'b.json', '--projection', 'robinson'], /--projection is mercator or equal-earth/],
    [['geometry', 'a.json', 'b.json', '--resolution'], /--resolution needs a value/],
    [['geometry', 'a.json'], /geometry takes 2 paths/],
    [['to-csv', 'a.json', 'b', '--projection', 'mercator'], /--projection only applies to geometry/],
    [['geometry', 'a.json', 'b.json', '--geometry', 'c.json'], /--geometry only applies to validate/],
  ];
  for (const [args, message] of cases) {
    const { code, stderr } = runCli(args);
    assert.equal(code, 2, `${args.join(' ')}: ${stderr}`);
    assert.match(stderr, message, args.join(' '));
  }
});

test('validate --geometry: a country missing from the map is located, with the command that builds one', (t) => {
  const dir = tempDir(t);
  const mapPath = join(dir, 'map.json');
  const west = withCountries(['SEN', 'MLI']);
  assert.equal(runCli(['geometry', writeJson(dir, 'west.json', west), mapPath]).code, 0);

  const passes = runCli(['validate', join(dir, 'west.json'), '--geometry', mapPath]);
  assert.equal(passes.code, 0, passes.stderr);
  assert.match(passes.stdout, new RegExp(`every country on ${mapPath}`));

  const data = writeJson(dir, 'data.json', example());
  const { code, stderr } = runCli(['validate', data, '--geometry', mapPath]);
  assert.equal(code, 1);
  // Kenya is far from Senegal and Mali: not even context on their map.
  const kenya = example().countries.findIndex((country) => country.id === 'KEN');
  assert.ok(stderr.includes(`${data}: countries[${kenya}].id "KEN"`), stderr);
  assert.match(stderr, /"KHM".*no such country in the map/);
  assert.ok(stderr.includes(`partnership-data geometry ${data} ${mapPath}`), stderr);

  const notMap = runCli(['validate', data, '--geometry', data]);
  assert.equal(notMap.code, 2);
  assert.match(notMap.stderr, /is not a map file/);
});

test('geometry without its optional libraries says what to install, exit 2; validate still runs there', (t) => {
  // The command as a site has it when it installed the package without the optional peers:
  // the built files in a folder with no node_modules above it.
  const dir = tempDir(t);
  cpSync(join(ROOT, 'dist/cli.js'), join(dir, 'cli.js'));
  cpSync(join(ROOT, 'dist/cli-chunks'), join(dir, 'cli-chunks'), { recursive: true });
  const data = writeJson(dir, 'data.json', example());
  const run = (args) =>
    spawnSync(process.execPath, [join(dir, 'cli.js'), ...args], { cwd: dir, encoding: 'utf8' });

  const built = run(['geometry', data, join(dir, 'map.json')]);
  assert.equal(built.status, 2, built.stderr);
  assert.match(built.stderr, /npm install --save-dev world-atlas d3-geo topojson-client topojson-simplify/);
  assert.equal(existsSync(join(dir, 'map.json')), false);

  const checked = run(['validate', data]);
  assert.equal(checked.status, 0, checked.stderr);
  assert.match(checked.stdout, /valid/);
});
