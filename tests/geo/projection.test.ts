import { expect } from '@open-wc/testing';
import { defaultRegion, fitRegion, projectCountries, projectPoint } from '../../src/geo/index.js';
import { geoPath, referenceProjection, sourceCountries } from './oracle.js';

const region = defaultRegion();
const FOCUS = new Set(region.countries.filter((country) => country.focus).map((country) => country.id));
const fit = (width: number, height: number, padding = 0) => fitRegion(region, FOCUS, width, height, padding);

const DAKAR: [number, number] = [-17.45, 14.69];
const BUJUMBURA: [number, number] = [29.36, -3.38];

/** Half a pixel: the build-time grid adds at most a tenth of that at these sizes. */
const PIXEL = 0.5;

describe('fitRegion', () => {
  for (const [width, height, padding] of [
    [1000, 700, 16],
    [400, 300, 0],
    [320, 900, 20],
  ] as const) {
    it(`matches d3-geo's Mercator fitted to the focus countries at ${width} × ${height}`, () => {
      const reference = referenceProjection(width, height, padding);
      const path = geoPath(reference);
      const projected = projectCountries(region, fit(width, height, padding));
      for (const source of sourceCountries) {
        const country = projected.find((candidate) => candidate.id === source.id)!;
        const [[x0, y0], [x1, y1]] = path.bounds(source);
        const [[bx0, by0], [bx1, by1]] = country.bounds;
        for (const [ours, theirs] of [
          [bx0, x0],
          [by0, y0],
          [bx1, x1],
          [by1, y1],
          ...country.centroid.map((value, i) => [value, path.centroid(source)[i]!]),
        ] as [number, number][]) {
          expect(ours, source.id).to.be.closeTo(theirs, PIXEL);
        }
        expect(country.area, source.id).to.be.closeTo(path.area(source), 0.01 * path.area(source) + 1);
      }
    });
  }

  it('scales proportionally with the view size', () => {
    const small = projectCountries(region, fit(400, 300));
    const large = projectCountries(region, fit(800, 600));
    small.forEach((country, i) => {
      const other = large[i]!;
      expect(other.id).to.equal(country.id);
      country.bounds.flat().forEach((value, j) => {
        expect(other.bounds.flat()[j], country.id).to.be.closeTo(2 * value, 0.01);
      });
      expect(other.area, country.id).to.be.closeTo(4 * country.area, 0.001 * other.area);
    });
  });

  it('clamps padding larger than the view instead of flipping the map', () => {
    for (const country of projectCountries(region, fit(20, 20, 50)).filter((c) => c.focus)) {
      const [[x0, y0], [x1, y1]] = country.bounds;
      expect(x1, country.id).to.be.at.least(x0);
      expect(y1, country.id).to.be.at.least(y0);
      for (const value of [x0, y0, x1, y1]) expect(value, country.id).to.be.within(-0.01, 20.01);
    }
  });

  it('crops neighbours: a far context country reaches outside the view', () => {
    const algeria = projectCountries(region, fit(800, 600, 20)).find((country) => country.id === 'DZA')!;
    expect(algeria.bounds[0][1]).to.be.lessThan(0);
  });

  it('refuses to fit countries the region does not have', () => {
    expect(() => fitRegion(region, new Set(['XXX']), 100, 100)).to.throw(RangeError);
    expect(() => fitRegion(region, new Set(), 100, 100)).to.throw(RangeError);
  });
});

describe('projectPoint', () => {
  it("puts a place where d3-geo's Mercator does", () => {
    const reference = referenceProjection(1000, 700, 10);
    const projection = fit(1000, 700, 10);
    for (const place of [DAKAR, BUJUMBURA, [2.42, 6.37] as [number, number], [-30, 30] as [number, number]]) {
      const [x, y] = projectPoint(projection, place)!;
      const [rx, ry] = reference(place)!;
      expect(x, String(place)).to.be.closeTo(rx, PIXEL);
      expect(y, String(place)).to.be.closeTo(ry, PIXEL);
    }
  });

  it('returns null where a point has no place on the map', () => {
    const projection = fit(400, 300);
    expect(projectPoint(projection, [0, 95])).to.equal(null);
    expect(projectPoint(projection, [0, 90])).to.equal(null);
    expect(projectPoint(projection, [-200, 10])).to.equal(null);
    expect(projectPoint(projection, [Number.NaN, 10])).to.equal(null);
    expect(projectPoint(projection, DAKAR)?.every(Number.isFinite)).to.equal(true);
  });
});
