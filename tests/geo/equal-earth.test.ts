import { expect } from '@open-wc/testing';
import { geoEqualEarth, geoEqualEarthRaw, geoMercator } from 'd3-geo';
import { equalEarth, mercatorY, toGrid } from '../../src/geo/grid.js';
import { readGeometry } from '../../src/geo/load-geometry.js';
import { fitRegion, projectPoint, type PlaneRegion } from '../../src/geo/index.js';

/** d3-geo is the oracle: its Equal Earth is the authors' reference implementation. */
const DEGREES = 180 / Math.PI;

/** Longitudes and latitudes over the whole sphere, poles and antimeridian included. */
const PLACES: [number, number][] = [];
for (let longitude = -180; longitude <= 180; longitude += 22.5) {
  for (let latitude = -90; latitude <= 90; latitude += 15) PLACES.push([longitude, latitude]);
}

describe('equalEarth', () => {
  it("matches d3-geo's raw Equal Earth, in degrees with y southwards", () => {
    for (const [longitude, latitude] of PLACES) {
      const [rx, ry] = geoEqualEarthRaw(longitude / DEGREES, latitude / DEGREES);
      const [x, y] = equalEarth(longitude, latitude);
      expect(x, `${longitude},${latitude}`).to.be.closeTo(rx * DEGREES, 1e-9);
      expect(y, `${longitude},${latitude}`).to.be.closeTo(-ry * DEGREES, 1e-9);
    }
  });

  it('is 0 at the origin, symmetric about both axes and true to area', () => {
    expect(equalEarth(0, 0)).to.deep.equal([0, -0]);
    const [x, y] = equalEarth(40, 25);
    expect(equalEarth(-40, -25)[0]).to.be.closeTo(-x, 1e-12);
    expect(equalEarth(-40, -25)[1]).to.be.closeTo(-y, 1e-12);
    // Equal area: a 1° cell near the equator and one at 60° N have areas in the ratio of
    // the sphere's, cos 60° ≈ 0.5 (to within the cell's own curvature).
    const cell = (longitude: number, latitude: number) => {
      const [x0, y0] = equalEarth(longitude, latitude);
      const [x1] = equalEarth(longitude + 1, latitude);
      const [, y1] = equalEarth(longitude, latitude + 1);
      return Math.abs((x1 - x0) * (y1 - y0));
    };
    expect(cell(0, 59.5) / cell(0, -0.5)).to.be.closeTo(Math.cos(60 / DEGREES), 0.01);
  });
});

describe('toGrid', () => {
  const frame = { step: 0.01, origin: [-20, -30] as const };

  it("places a point as d3-geo's Equal Earth and Mercator do, scaled to the grid", () => {
    const scale = DEGREES / frame.step;
    const translate: [number, number] = [-frame.origin[0] / frame.step, -frame.origin[1] / frame.step];
    const equal = geoEqualEarth().scale(scale).translate(translate);
    for (const place of PLACES) {
      const [x, y] = toGrid({ ...frame, projection: 'equal-earth' }, place)!;
      const [rx, ry] = equal(place)!;
      expect(x, String(place)).to.be.closeTo(rx, 1e-6);
      expect(y, String(place)).to.be.closeTo(ry, 1e-6);
    }
    const mercator = geoMercator().scale(scale).translate(translate);
    for (const place of PLACES.filter(([, latitude]) => Math.abs(latitude) < 90)) {
      const [x, y] = toGrid(frame, place)!;
      const [rx, ry] = mercator(place)!;
      expect(x, String(place)).to.be.closeTo(rx, 1e-6);
      expect(y, String(place)).to.be.closeTo(ry, 1e-6);
      expect(y).to.be.closeTo((mercatorY(place[1]) - frame.origin[1]) / frame.step, 1e-9);
    }
  });

  it('gives null off the Earth, and at the poles only in Mercator', () => {
    const equal = { ...frame, projection: 'equal-earth' as const };
    expect(toGrid(equal, [0, 90])).to.not.equal(null);
    expect(toGrid(frame, [0, 90])).to.equal(null);
    for (const place of [
      [0, 91],
      [181, 0],
      [Number.NaN, 0],
      [0, Number.NaN],
    ] as [number, number][]) {
      expect(toGrid(equal, place), String(place)).to.equal(null);
      expect(toGrid(frame, place), String(place)).to.equal(null);
    }
  });
});

describe('projectPoint in an Equal Earth region', () => {
  // The example map, as `partnership-data geometry` wrote it; the test server serves JSON
  // outside data/ as plain JSON, not as a module.
  let region: PlaneRegion;
  let focus: Set<string>;
  before(async () => {
    const response = await fetch(new URL('../../data/examples/east-africa-asia.plane.json', import.meta.url));
    region = readGeometry(await response.json(), 'the example map file');
    focus = new Set(region.countries.filter((country) => country.focus).map((country) => country.id));
  });

  it('reads the projection the map file records', () => {
    expect(region.projection).to.equal('equal-earth');
  });

  it("puts venues where d3-geo's Equal Earth does, at any size", () => {
    const sizes: [number, number][] = [
      [1000, 600],
      [360, 640],
    ];
    for (const [width, height] of sizes) {
      const fit = fitRegion(region, focus, width, height, 10);
      expect(fit.projection).to.equal(region.projection);
      // The same transform in d3-geo's terms: pixels = raw × scale + translate.
      const scale = (fit.k * DEGREES) / fit.step;
      const reference = geoEqualEarth()
        .scale(scale)
        .translate([fit.x - (fit.origin[0] * fit.k) / fit.step, fit.y - (fit.origin[1] * fit.k) / fit.step]);
      const venues: [number, number][] = [
        [36.82, -1.29], // Nairobi
        [-68.12, -16.49], // La Paz
        [104.92, 11.56], // Phnom Penh
        [47.52, -18.91], // Antananarivo
      ];
      for (const venue of venues) {
        const [x, y] = projectPoint(fit, venue)!;
        const [rx, ry] = reference(venue)!;
        expect(x, String(venue)).to.be.closeTo(rx, 1e-6);
        expect(y, String(venue)).to.be.closeTo(ry, 1e-6);
        expect(x).to.be.within(0, width);
        expect(y).to.be.within(0, height);
      }
    }
  });

  it('puts each venue inside its country', () => {
    const fit = fitRegion(region, focus, 1000, 600, 10);
    const kenya = region.countries.find((country) => country.id === 'KEN')!;
    const [left, top, right, bottom] = kenya.bounds;
    const [x, y] = projectPoint(fit, [36.82, -1.29])!;
    expect(x).to.be.within(left * fit.k + fit.x, right * fit.k + fit.x);
    expect(y).to.be.within(top * fit.k + fit.y, bottom * fit.k + fit.y);
  });
});
