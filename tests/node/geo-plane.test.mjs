/**
 * The bundle draws `data/region.plane.json`, derived at build time from
 * `data/region.topo.json`; these tests keep the two from drifting apart and check the
 * derivation where the browser tests cannot see it (the label of a multi-polygon).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { ALPHABET, encodeNumber, mercatorY, planeRegion } from '../../scripts/plane-region.mjs';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

test('the committed projected region is byte for byte what scripts/plane-region.mjs derives', () => {
  const derived = JSON.stringify(planeRegion(JSON.parse(read('data/region.topo.json'))));
  assert.ok(derived === read('data/region.plane.json'), 'run npm run build:geo and commit the result');
});

test('Mercator northings: 0 at the equator, symmetric, and growing southwards', () => {
  assert.ok(Math.abs(mercatorY(0)) < 1e-9);
  assert.ok(Math.abs(mercatorY(30) + mercatorY(-30)) < 1e-9);
  assert.ok(mercatorY(-10) > 0 && mercatorY(10) < 0);
  // Mercator stretches latitude: 60° N is about 75.5° of the equator's degrees north.
  assert.ok(Math.abs(mercatorY(60) + 75.46) < 0.01);
});

test('a multi-polygon is labelled at its largest part, not between its parts', () => {
  // One country: a 4° square and a far islet of 0.5°, on an identity quantization.
  const topology = {
    type: 'Topology',
    bbox: [0, -4, 20, 4],
    transform: { scale: [0.01, 0.01], translate: [0, -4] },
    arcs: [
      [
        [1600, 0],
        [0, 400],
        [400, 0],
        [0, -400],
        [-400, 0],
      ],
      [
        [0, 400],
        [0, 50],
        [50, 0],
        [0, -50],
        [-50, 0],
      ],
    ],
    objects: {
      countries: {
        type: 'GeometryCollection',
        geometries: [
          {
            type: 'MultiPolygon',
            arcs: [[[1]], [[0]]],
            id: 'XXX',
            properties: { name: 'Test', focus: true },
          },
        ],
      },
    },
  };
  const { countries, step } = planeRegion(topology);
  const [country] = countries;
  const [x] = country.label;
  // The square spans longitudes 16–20: its centre is 18° east of the origin.
  assert.ok(Math.abs(x * step - 18) < 0.05, `label x ${x * step}° should be about 18°`);
  // The centroid of the whole shape is pulled towards the islet.
  assert.ok(country.centroid[0] < country.label[0]);
  assert.deepEqual(country.rings, [[1], [0]]);
  assert.deepEqual(planeRegion(topology).borders, []);
});

test('numbers are encoded as zigzag base64 digits, low bits first', () => {
  assert.equal(encodeNumber(0), 'A');
  assert.equal(encodeNumber(10), 'U');
  assert.equal(encodeNumber(-1), 'B');
  // 40 → zigzag 80 = 16 + 2 × 32: digit 16 with the continuation bit (48, 'w'), then 2 ('C').
  assert.equal(encodeNumber(40), 'wC');
  for (const char of [...Array.from({ length: 2000 }, (_, i) => encodeNumber(i - 1000))].join('')) {
    assert.ok(ALPHABET.includes(char));
  }
});
