/**
 * `scripts/build-geo.mjs` as a module: it writes the committed geometry again, importing it
 * writes nothing, and what it shares with the page (`src/geo/encode.ts` and `grid.ts`)
 * agrees with the page's decoder and with d3-geo, the projections' reference.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { geoEqualEarth, geoMercator } from 'd3-geo';
import fc from 'fast-check';
import { buildGeo } from '../../scripts/build-geo.mjs';
import { encodeNumber, planeXY } from '../../scripts/plane-region.mjs';
import { ROOT, importTs, tempDir } from './support/helpers.mjs';

const { decodeRegion } = await importTs('src/geo/decode.ts');

const read = (path) => readFileSync(join(ROOT, path), 'utf8');

/** d3-geo's projections on the grid's plane: degrees of the equator, no offset. */
const DEGREES = 180 / Math.PI;
const ORACLES = {
  mercator: geoMercator().scale(DEGREES).translate([0, 0]),
  'equal-earth': geoEqualEarth().scale(DEGREES).translate([0, 0]),
};

test('buildGeo writes the committed region files byte for byte, and returns what it wrote', (t) => {
  const dir = tempDir(t, 'build-geo-');
  const target = join(dir, 'region.topo.json');
  const planeTarget = join(dir, 'region.plane.json');
  const { topologyJson, planeJson } = buildGeo({ target, planeTarget });
  assert.equal(readFileSync(target, 'utf8'), topologyJson);
  assert.equal(readFileSync(planeTarget, 'utf8'), planeJson);
  // Plain booleans: a failing deepEqual of 20 KB strings says nothing useful.
  assert.ok(topologyJson === read('data/region.topo.json'), 'run npm run build:geo and commit the result');
  assert.ok(planeJson === read('data/region.plane.json'), 'run npm run build:geo and commit the result');
});

test('importing scripts/build-geo.mjs from another main module runs nothing', (t) => {
  const dir = tempDir(t, 'build-geo-');
  const main = join(dir, 'main.mjs');
  const url = pathToFileURL(join(ROOT, 'scripts/build-geo.mjs')).href;
  writeFileSync(
    main,
    `const { buildGeo } = await import(${JSON.stringify(url)});\nconsole.log(typeof buildGeo);\n`,
  );
  const result = spawnSync(process.execPath, [main], { encoding: 'utf8', timeout: 60000 });
  assert.equal(result.status, 0, result.stderr);
  // Only the importer's line: the build would print the files' sizes.
  assert.equal(result.stdout, 'function\n');
});

test('the plane projections are d3-geo’s Mercator and Equal Earth', () => {
  for (const [name, oracle] of Object.entries(ORACLES)) {
    for (let longitude = -180; longitude <= 180; longitude += 7.5) {
      for (let latitude = -85; latitude <= 85; latitude += 2.5) {
        const [x, y] = planeXY(name, longitude, latitude);
        const [ex, ey] = oracle([longitude, latitude]);
        assert.ok(
          Math.abs(x - ex) < 1e-9 && Math.abs(y - ey) < 1e-9,
          `${name} (${longitude}, ${latitude}): [${x}, ${y}], d3-geo [${ex}, ${ey}]`,
        );
      }
    }
  }
});

test('arcs encoded by encodeNumber decode to the same points in src/geo/decode.ts', () => {
  // Delta-encoded as planeRegion writes arcs; numbers up to 2^40 cross many digit boundaries.
  const coordinate = fc.integer({ min: -(2 ** 40), max: 2 ** 40 });
  const arc = fc.array(fc.tuple(coordinate, coordinate), { minLength: 1, maxLength: 20 });
  fc.assert(
    fc.property(fc.array(arc, { minLength: 1, maxLength: 5 }), (arcs) => {
      const encoded = arcs.map((points) =>
        points
          .map(([x, y], i) => {
            const [px, py] = i === 0 ? [0, 0] : points[i - 1];
            return encodeNumber(x - px) + encodeNumber(y - py);
          })
          .join(''),
      );
      const decoded = decodeRegion({ step: 1, origin: [0, 0], arcs: encoded, countries: [], borders: [] });
      assert.deepEqual(
        decoded.arcs,
        arcs.map((points) => points.flat()),
      );
    }),
    { seed: 13, numRuns: 300 },
  );
});

test('the committed plane file decodes to the topology’s points as d3-geo projects them', () => {
  const topology = JSON.parse(read('data/region.topo.json'));
  const plane = decodeRegion(JSON.parse(read('data/region.plane.json')));
  const [sx, sy] = topology.transform.scale;
  const [tx, ty] = topology.transform.translate;
  const { step, origin } = plane;
  assert.equal(plane.arcs.length, topology.arcs.length);
  topology.arcs.forEach((arc, a) => {
    const grid = plane.arcs[a];
    let [qx, qy] = [0, 0];
    let j = 0;
    // Consecutive points that round to one grid point are stored once: walk both together.
    const near = (p, k) =>
      Math.abs(p[0] - grid[2 * k]) <= 0.5 + 1e-6 && Math.abs(p[1] - grid[2 * k + 1]) <= 0.5 + 1e-6;
    for (const [dx, dy] of arc) {
      qx += dx;
      qy += dy;
      const [x, y] = ORACLES.mercator([qx * sx + tx, qy * sy + ty]);
      const p = [(x - origin[0]) / step, (y - origin[1]) / step];
      if (!near(p, j)) j++;
      assert.ok(near(p, j), `arc ${a}: [${p}] is not at grid point ${j}, [${grid.slice(2 * j, 2 * j + 2)}]`);
    }
    // Every stored point was reached; a collapsed arc stores its one point twice.
    assert.ok(
      j === grid.length / 2 - 1 || (grid.length === 4 && j === 0),
      `arc ${a}: ${j} of ${grid.length / 2}`,
    );
  });
});
