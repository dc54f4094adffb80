import { expect } from '@open-wc/testing';
import { geoContains } from 'd3-geo';
import {
  defaultRegion,
  fitRegion,
  projectBorders,
  projectCountries,
  westToEastOrder,
} from '../../src/geo/index.js';
import { referenceProjection, sourceCountries } from './oracle.js';

const region = defaultRegion();
const FOCUS = new Set(region.countries.filter((country) => country.focus).map((country) => country.id));
const [WIDTH, HEIGHT, PADDING] = [1000, 700, 16];
const projection = fitRegion(region, FOCUS, WIDTH, HEIGHT, PADDING);
const projected = projectCountries(region, projection);
const byId = (id: string) => projected.find((country) => country.id === id)!;
const reference = referenceProjection(WIDTH, HEIGHT, PADDING);

/** A number with two or more decimals, such as `12.34`. */
const TOO_PRECISE = /\d\.\d{2,}/;

const tenth = (value: number): number => Math.round(value * 10) / 10;

/** Every vertex of a path (each line an absolute `M x,y`, then relative `l` steps), in pixels. */
const pathPoints = (d: string): [number, number][] => {
  const points: [number, number][] = [];
  for (const [, x, y, steps] of d.matchAll(/M(-?[\d.]+),(-?[\d.]+)(?:l([^MZ]*))?/g)) {
    let at: [number, number] = [Number(x), Number(y)];
    points.push(at);
    const numbers = (steps ?? '').match(/-?(?:\d+(?:\.\d+)?|\.\d+)/g) ?? [];
    for (let i = 0; i < numbers.length; i += 2) {
      at = [tenth(at[0] + Number(numbers[i])), tenth(at[1] + Number(numbers[i + 1]))];
      points.push(at);
    }
  }
  return points;
};

/** Length of a path's outlines from its points, rings closed back to their start. */
function outlineLength(points: [number, number][], d: string): number {
  const rings = d
    .split('M')
    .slice(1)
    .map((ring) => pathPoints(`M${ring}`).length);
  let length = 0;
  let index = 0;
  for (const count of rings) {
    const ring = points.slice(index, index + count);
    index += count;
    ring.forEach((point, i) => {
      const next = ring[(i + 1) % ring.length]!;
      length += Math.hypot(next[0] - point[0], next[1] - point[1]);
    });
  }
  return length;
}

describe('projectCountries', () => {
  it('projects every country with its id and focus flag', () => {
    expect(projected.map((country) => country.id)).to.deep.equal(
      sourceCountries.map((country) => country.id),
    );
    expect(byId('SEN').focus).to.equal(true);
    expect(byId('NGA').focus).to.equal(false);
  });

  it('writes closed SVG paths with at most one decimal digit', () => {
    for (const country of projected) {
      expect(country.path, country.id).to.match(/^M[^M]*Z(M[^M]*Z)*$/);
      expect(country.path, country.id).to.not.match(TOO_PRECISE);
    }
  });

  it('writes each line as a start and relative steps that the browser reads as the same points', () => {
    // The browser's own path parser is the oracle for where separators may be left out.
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    svg.append(path);
    document.body.append(svg);
    try {
      for (const country of projected) {
        expect(country.path, country.id).to.match(/^(M-?[\d.]+,-?[\d.]+(l[\d. -]+)?Z)+$/);
        path.setAttribute('d', country.path);
        const points = pathPoints(country.path);
        const box = path.getBBox();
        const xs = points.map(([x]) => x);
        const ys = points.map(([, y]) => y);
        expect(box.x, country.id).to.be.closeTo(Math.min(...xs), 0.01);
        expect(box.y, country.id).to.be.closeTo(Math.min(...ys), 0.01);
        expect(box.x + box.width, country.id).to.be.closeTo(Math.max(...xs), 0.01);
        expect(box.y + box.height, country.id).to.be.closeTo(Math.max(...ys), 0.01);
        expect(path.getTotalLength(), country.id).to.be.closeTo(outlineLength(points, country.path), 0.5);
      }
    } finally {
      svg.remove();
    }
  });

  it('draws each outline where d3-geo draws it: every vertex lies on or next to the country', () => {
    for (const source of sourceCountries.filter((country) => country.properties.focus)) {
      const points = pathPoints(byId(source.id).path);
      expect(points.length, source.id).to.be.greaterThan(10);
      // A vertex is on the outline, so the country is within two pixels of it (a sharp
      // spike can leave only one direction inside).
      const nudges = [-2, -1, 0, 1, 2].flatMap((dx) => [-2, -1, 0, 1, 2].map((dy) => [dx, dy] as const));
      const outside = points.filter(
        ([x, y]) => !nudges.some(([dx, dy]) => geoContains(source, reference.invert!([x + dx, y + dy])!)),
      );
      expect(outside, source.id).to.deep.equal([]);
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

  it('puts every focus label on its own country, DR Congo included', () => {
    for (const source of sourceCountries.filter((country) => country.properties.focus)) {
      const label = byId(source.id).label;
      expect(geoContains(source, reference.invert!(label)!), source.id).to.equal(true);
    }
  });
});

describe('projectBorders', () => {
  const d = projectBorders(region, projection);

  it('draws the shared borders as one path with at most one decimal digit', () => {
    expect(d).to.match(/^M/);
    expect(d).to.not.match(TOO_PRECISE);
    expect(d.split('M').length - 1).to.equal(region.borders.length);
  });

  it('draws borders between countries only, not coasts', () => {
    // Cabo Verde is all islands: with coasts there would be lines around it.
    const caboVerde = byId('CPV').bounds;
    const inCaboVerde = pathPoints(d).some(
      ([x, y]) =>
        x >= caboVerde[0][0] && x <= caboVerde[1][0] && y >= caboVerde[0][1] && y <= caboVerde[1][1],
    );
    expect(inCaboVerde).to.equal(false);
    // And every border vertex is one Benin or a neighbour also has.
    const benin = new Set(pathPoints(byId('BEN').path).map(String));
    expect(pathPoints(d).some((point) => benin.has(String(point)))).to.equal(true);
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
