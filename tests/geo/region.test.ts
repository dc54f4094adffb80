import { expect } from '@open-wc/testing';
import { mesh, neighbors } from 'topojson-client';
import {
  defaultRegion,
  regionFeatures,
  regionTopology,
  type CountryProperties,
  type RegionTopology,
} from '../../src/geo/index.js';

const FOCUS = ['BDI', 'BEN', 'BFA', 'COD', 'GIN', 'MLI', 'SEN', 'TGO'];

/** Land neighbours from any atlas; every one must be in the bundle so the map has no holes. */
const LAND_NEIGHBOURS: Record<string, string[]> = {
  BEN: ['BFA', 'NER', 'NGA', 'TGO'],
  TGO: ['BEN', 'BFA', 'GHA'],
  BFA: ['BEN', 'CIV', 'GHA', 'MLI', 'NER', 'TGO'],
  SEN: ['GIN', 'GMB', 'GNB', 'MLI', 'MRT'],
  MLI: ['BFA', 'CIV', 'DZA', 'GIN', 'MRT', 'NER', 'SEN'],
  GIN: ['CIV', 'GNB', 'LBR', 'MLI', 'SEN', 'SLE'],
  BDI: ['COD', 'RWA', 'TZA'],
  COD: ['AGO', 'BDI', 'CAF', 'COG', 'RWA', 'SSD', 'TZA', 'UGA', 'ZMB'],
};

const geometries = regionTopology.objects.countries.geometries;
/** Typed through `CountryProperties` to test the file, not trust it. */
const propertiesOf = (geometry: (typeof geometries)[number]) =>
  geometry.properties as Partial<CountryProperties> | undefined;

describe('bundled region topology', () => {
  it('has one object, countries, with unique alpha-3 ids and English names', () => {
    expect(Object.keys(regionTopology.objects)).to.deep.equal(['countries']);
    const ids = geometries.map((geometry) => geometry.id);
    expect(new Set(ids).size).to.equal(ids.length);
    for (const geometry of geometries) {
      expect(geometry.id).to.match(/^[A-Z]{3}$/);
      expect(propertiesOf(geometry)?.name).to.be.a('string').and.not.be.empty;
    }
  });

  it('marks exactly the eight focus countries as focus', () => {
    const focus = geometries.filter((geometry) => propertiesOf(geometry)?.focus === true).map((g) => g.id);
    expect([...focus].sort()).to.deep.equal(FOCUS);
    const flags = geometries.map((geometry) => propertiesOf(geometry)?.focus);
    expect(flags.every((flag) => flag === true || flag === false)).to.equal(true);
  });

  it('holds every land neighbour of each focus country, sharing a border arc with it', () => {
    const adjacency = neighbors(geometries);
    for (const [id, expected] of Object.entries(LAND_NEIGHBOURS)) {
      const index = geometries.findIndex((geometry) => geometry.id === id);
      const actual = (adjacency[index] ?? []).map((i) => geometries[i]?.id);
      expect([...actual].sort(), id).to.deep.equal(expected);
    }
  });

  it('keeps shared arcs: a focus country meshes with its neighbours', () => {
    for (const id of FOCUS) {
      const border = mesh(
        regionTopology,
        regionTopology.objects.countries,
        (a, b) => a !== b && (a.id === id || b.id === id),
      );
      expect(border.coordinates.length, id).to.be.greaterThan(0);
    }
  });

  it('stays in Africa and within the size budget', () => {
    const [west, south, east, north] = regionTopology.bbox ?? [];
    expect(west).to.be.greaterThan(-26);
    expect(east).to.be.lessThan(52);
    expect(south).to.be.greaterThan(-35);
    expect(north).to.be.lessThan(38);
    expect(regionTopology.transform, 'quantized').to.exist;
    expect(JSON.stringify(regionTopology).length).to.be.lessThan(40 * 1024);
  });
});

describe('regionFeatures', () => {
  it('gives one feature per country with its id, name and focus flag', () => {
    const { countries } = defaultRegion();
    expect(countries.map((country) => country.id)).to.deep.equal(geometries.map((g) => g.id));
    const benin = countries.find((country) => country.id === 'BEN');
    expect(benin?.properties).to.deep.equal({ name: 'Benin', focus: true });
    const ghana = countries.find((country) => country.id === 'GHA');
    expect(ghana?.properties.focus).to.equal(false);
    for (const country of countries) expect(country.geometry.type).to.match(/^(Multi)?Polygon$/);
  });

  it('draws borders between countries only, not coasts', () => {
    const { borders } = defaultRegion();
    expect(borders.type).to.equal('MultiLineString');
    expect(borders.coordinates.length).to.be.greaterThan(0);
    // Cabo Verde is all islands: a mesh with coasts would have lines there.
    const inCaboVerde = borders.coordinates.flat().some(([x = 0, y = 0]) => x < -22 && y > 14 && y < 18);
    expect(inCaboVerde).to.equal(false);
  });

  it('decodes the bundled region once', () => {
    expect(defaultRegion()).to.equal(defaultRegion());
  });

  it('rejects a country without an alpha-3 id', () => {
    const broken = {
      type: 'Topology',
      arcs: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 0],
        ],
      ],
      objects: {
        countries: {
          type: 'GeometryCollection',
          geometries: [{ type: 'Polygon', arcs: [[0]], id: 204, properties: { name: 'Benin', focus: true } }],
        },
      },
    } as unknown as RegionTopology;
    expect(() => regionFeatures(broken)).to.throw(TypeError);
  });
});
