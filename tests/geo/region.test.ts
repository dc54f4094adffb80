import { expect } from '@open-wc/testing';
import { mesh, neighbors } from 'topojson-client';
import { decodeRegion, defaultRegion, regionPlane } from '../../src/geo/index.js';
import { topology as regionTopology } from './oracle.js';

interface CountryProperties {
  name: string;
  alpha2: string;
  focus: boolean;
}

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

describe('bundled projected region', () => {
  it('has the same countries, ISO codes and focus flags as the topology', () => {
    expect(regionPlane.countries.map((country) => [country.id, country.alpha2, country.focus])).to.deep.equal(
      geometries.map((geometry) => [
        geometry.id,
        propertiesOf(geometry)?.alpha2,
        propertiesOf(geometry)?.focus,
      ]),
    );
  });

  // Named by the browser from their ISO codes, in the reader's language: the file carries no
  // English names, which nothing would show.
  it('gives every country an ISO alpha-2 code that names it, and no English name', () => {
    const names = new Intl.DisplayNames(['fr'], { type: 'region', fallback: 'none' });
    for (const country of regionPlane.countries) {
      expect(country.alpha2, country.id).to.match(/^[A-Z]{2}$/);
      expect(names.of(country.alpha2!), country.id).to.be.a('string');
      expect(country.name, country.id).to.equal(undefined);
    }
    const named = (id: string) =>
      names.of(regionPlane.countries.find((country) => country.id === id)!.alpha2!);
    expect(named('CMR')).to.equal('Cameroun');
    expect(named('CIV')).to.equal('Côte d’Ivoire');
  });

  it('keeps every ring closed: each arc starts where the one before it ended', () => {
    const { arcs, countries } = defaultRegion();
    const start = (index: number) => {
      const arc = arcs[index < 0 ? ~index : index]!;
      return index < 0 ? arc.slice(-2) : arc.slice(0, 2);
    };
    const end = (index: number) => {
      const arc = arcs[index < 0 ? ~index : index]!;
      return index < 0 ? arc.slice(0, 2) : arc.slice(-2);
    };
    for (const country of countries) {
      for (const ring of country.rings) {
        ring.forEach((index, i) => {
          const previous = ring[(i + ring.length - 1) % ring.length]!;
          expect(start(index), `${country.id} arc ${index}`).to.deep.equal(end(previous));
        });
      }
    }
  });

  it('lists as borders exactly the arcs two different countries share', () => {
    const owners = new Map<number, Set<string>>();
    for (const country of regionPlane.countries) {
      for (const index of country.rings.flat()) {
        const arc = index < 0 ? ~index : index;
        owners.set(arc, (owners.get(arc) ?? new Set()).add(country.id));
      }
    }
    const shared = [...owners].filter(([, ids]) => ids.size > 1).map(([arc]) => arc);
    expect([...regionPlane.borders].sort((a, b) => a - b)).to.deep.equal(shared.sort((a, b) => a - b));
    // Cabo Verde, all islands, has no border with anyone.
    const caboVerde = regionPlane.countries.find((country) => country.id === 'CPV')!;
    expect(
      caboVerde.rings.flat().some((index) => regionPlane.borders.includes(index < 0 ? ~index : index)),
    ).to.equal(false);
  });

  it('decodes the bundled region once', () => {
    expect(defaultRegion()).to.equal(defaultRegion());
  });

  it('decodes base64 zigzag deltas to absolute points', () => {
    // 10 → zigzag 20 → 'U'; 40 → 80 = 16 + 2 × 32 → 'w', 'C'; −2 → 3 → 'D'; −3 → 5 → 'F'; 0 → 'A'.
    const decoded = decodeRegion({ ...regionPlane, arcs: ['UwCCDFA'], countries: [] });
    expect(decoded.arcs).to.deep.equal([[10, 40, 11, 38, 8, 38]]);
    expect(() => decodeRegion({ ...regionPlane, arcs: ['U*'], countries: [] })).to.throw(SyntaxError);
  });
});
