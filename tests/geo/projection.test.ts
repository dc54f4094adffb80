import { expect } from '@open-wc/testing';
import { geoPath } from 'd3-geo';
import {
  defaultRegion,
  fitRegionProjection,
  projectCountries,
  projectPoint,
  type CountryFeature,
} from '../../src/geo/index.js';

const { countries } = defaultRegion();
const focus = countries.filter((country) => country.properties.focus);
const byId = (id: string): CountryFeature => countries.find((country) => country.id === id)!;

const DAKAR: [number, number] = [-17.45, 14.69];
const BUJUMBURA: [number, number] = [29.36, -3.38];

describe('fitRegionProjection', () => {
  it('puts the eight focus countries inside the padded extent and fills it in one direction', () => {
    const [width, height, padding] = [800, 600, 20];
    const path = geoPath(fitRegionProjection(focus, width, height, padding));
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const country of focus) {
      const [cx, cy] = path.centroid(country);
      expect(cx, country.id).to.be.within(padding, width - padding);
      expect(cy, country.id).to.be.within(padding, height - padding);
      const [[bx0, by0], [bx1, by1]] = path.bounds(country);
      [x0, y0, x1, y1] = [Math.min(x0, bx0), Math.min(y0, by0), Math.max(x1, bx1), Math.max(y1, by1)];
    }
    const tolerance = 0.5;
    expect(x0).to.be.at.least(padding - tolerance);
    expect(y0).to.be.at.least(padding - tolerance);
    expect(x1).to.be.at.most(width - padding + tolerance);
    expect(y1).to.be.at.most(height - padding + tolerance);
    const fillsWidth = x1 - x0 > width - 2 * padding - 1;
    const fillsHeight = y1 - y0 > height - 2 * padding - 1;
    expect(fillsWidth || fillsHeight).to.equal(true);
    // And uses most of the other direction: the region is neither a strip nor a column.
    expect((x1 - x0) * (y1 - y0)).to.be.greaterThan(0.6 * (width - 2 * padding) * (height - 2 * padding));
  });

  it('crops neighbours: a far context country reaches outside the view', () => {
    const path = geoPath(fitRegionProjection(focus, 800, 600, 20));
    const [[, top]] = path.bounds(byId('DZA'));
    expect(top).to.be.lessThan(0);
  });

  it('places Dakar west of Bujumbura and inside Senegal', () => {
    const projection = fitRegionProjection(focus, 1000, 700, 10);
    const dakar = projectPoint(projection, DAKAR);
    const bujumbura = projectPoint(projection, BUJUMBURA);
    expect(dakar).to.not.equal(null);
    expect(bujumbura).to.not.equal(null);
    expect(dakar![0]).to.be.lessThan(bujumbura![0]);
    expect(dakar![1]).to.be.lessThan(bujumbura![1], 'Dakar is north of Bujumbura');
    const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(byId('SEN'));
    expect(dakar![0]).to.be.within(x0, x1);
    expect(dakar![1]).to.be.within(y0, y1);
  });

  it('scales proportionally with the view size', () => {
    const small = projectCountries(focus, fitRegionProjection(focus, 400, 300));
    const large = projectCountries(focus, fitRegionProjection(focus, 800, 600));
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
    const path = geoPath(fitRegionProjection(focus, 20, 20, 50));
    for (const country of focus) {
      const [[x0, y0], [x1, y1]] = path.bounds(country);
      expect(x1, country.id).to.be.at.least(x0);
      expect(y1, country.id).to.be.at.least(y0);
      for (const value of [x0, y0, x1, y1]) expect(value, country.id).to.be.within(-0.01, 20.01);
    }
  });

  it('refuses to fit nothing', () => {
    expect(() => fitRegionProjection([], 100, 100)).to.throw(RangeError);
  });
});

describe('projectPoint', () => {
  it('returns null where a point has no place on the map', () => {
    const projection = fitRegionProjection(focus, 400, 300);
    expect(projectPoint(projection, [0, 95])).to.equal(null);
    expect(projectPoint(projection, [-200, 10])).to.equal(null);
    expect(projectPoint(projection, [Number.NaN, 10])).to.equal(null);
    expect(projectPoint(projection, DAKAR)?.every(Number.isFinite)).to.equal(true);
  });
});
