import { expect } from '@open-wc/testing';
import { geoContains } from 'd3-geo';
import {
  defaultRegion,
  fitRegionProjection,
  labelPosition,
  projectBorders,
  projectCountries,
  westToEastOrder,
  type CountryFeature,
} from '../../src/geo/index.js';

const { countries, borders } = defaultRegion();
const focus = countries.filter((country) => country.properties.focus);
const projection = fitRegionProjection(focus, 1000, 700, 16);
const projected = projectCountries(countries, projection);
const byId = (id: string) => projected.find((country) => country.id === id)!;

/** A number with two or more decimals, such as `12.34`. */
const TOO_PRECISE = /\d\.\d{2,}/;

describe('projectCountries', () => {
  it('projects every country with its id, name and focus flag', () => {
    expect(projected.map((country) => country.id)).to.deep.equal(countries.map((country) => country.id));
    expect(byId('SEN').name).to.equal('Senegal');
    expect(byId('SEN').focus).to.equal(true);
    expect(byId('NGA').focus).to.equal(false);
  });

  it('writes SVG paths with at most one decimal digit', () => {
    for (const country of projected) {
      expect(country.path, country.id).to.match(/^M/);
      expect(country.path, country.id).to.not.match(TOO_PRECISE);
    }
  });

  it('gives focus countries a positive area, and centroids inside their bounds', () => {
    for (const country of projected.filter((c) => c.focus)) {
      expect(country.area, country.id).to.be.greaterThan(0);
      const [[x0, y0], [x1, y1]] = country.bounds;
      expect(country.centroid[0], country.id).to.be.within(x0, x1);
      expect(country.centroid[1], country.id).to.be.within(y0, y1);
    }
  });

  it('ranks areas as the countries are: DR Congo is the largest focus country, Burundi the smallest', () => {
    const focusAreas = projected.filter((c) => c.focus).sort((a, b) => b.area - a.area);
    expect(focusAreas[0]?.id).to.equal('COD');
    expect(focusAreas.at(-1)?.id).to.equal('BDI');
  });
});

describe('projectBorders', () => {
  it('draws the border mesh as one path with at most one decimal digit', () => {
    const d = projectBorders(borders, projection);
    expect(d).to.match(/^M/);
    expect(d).to.not.match(TOO_PRECISE);
    expect(d.split('M').length - 1, 'one subpath per border line at least').to.be.at.least(
      borders.coordinates.length,
    );
  });
});

describe('labelPosition', () => {
  it('puts the label of DR Congo on DR Congo', () => {
    const cod = countries.find((country) => country.id === 'COD')!;
    const label = labelPosition(cod, projection);
    const [[x0, y0], [x1, y1]] = byId('COD').bounds;
    expect(label[0]).to.be.within(x0, x1);
    expect(label[1]).to.be.within(y0, y1);
    expect(geoContains(cod, projection.invert!(label)!)).to.equal(true);
    expect(byId('COD').label).to.deep.equal(label);
  });

  it('puts every focus label on its own country', () => {
    for (const country of focus) {
      const label = labelPosition(country, projection);
      expect(geoContains(country, projection.invert!(label)!), country.id).to.equal(true);
    }
  });

  it('follows the largest part of a multi-polygon, not its islands', () => {
    // Rings run clockwise, as d3-geo expects: a 2° square on the equator and a far islet.
    const square = [
      [
        [19, -1],
        [19, 1],
        [21, 1],
        [21, -1],
        [19, -1],
      ],
    ];
    const islet = [
      [
        [-10, 10],
        [-10, 10.5],
        [-9.5, 10.5],
        [-9.5, 10],
        [-10, 10],
      ],
    ];
    const country: CountryFeature = {
      type: 'Feature',
      id: 'XXX',
      properties: { name: 'Test', focus: false },
      geometry: { type: 'MultiPolygon', coordinates: [islet, square] },
    };
    const [x, y] = labelPosition(country, projection);
    const [ax, ay] = projection([19, 1])!;
    const [bx, by] = projection([21, -1])!;
    expect(x).to.be.closeTo((ax + bx) / 2, 0.5);
    expect(y).to.be.closeTo((ay + by) / 2, 0.5);
  });
});

describe('westToEastOrder', () => {
  it('orders the focus countries from Senegal in the west to Burundi in the east', () => {
    const order = westToEastOrder(projected.filter((country) => country.focus));
    expect(order).to.have.length(8);
    expect(order[0]).to.equal('SEN');
    expect(order.at(-1)).to.equal('BDI');
    expect(order.indexOf('TGO')).to.be.lessThan(order.indexOf('BEN'));
    expect(order.indexOf('BEN')).to.be.lessThan(order.indexOf('COD'));
  });

  it('breaks ties north to south, then by id, and leaves its input alone', () => {
    const input = [
      { id: 'C', centroid: [5, 9] as [number, number] },
      { id: 'B', centroid: [5, 1] as [number, number] },
      { id: 'A', centroid: [5, 9] as [number, number] },
      { id: 'D', centroid: [1, 50] as [number, number] },
    ];
    expect(westToEastOrder(input)).to.deep.equal(['D', 'B', 'A', 'C']);
    expect(input.map((item) => item.id)).to.deep.equal(['C', 'B', 'A', 'D']);
  });
});
