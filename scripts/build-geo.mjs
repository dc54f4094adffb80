/**
 * Builds `data/region.topo.json` (and from it `data/region.plane.json`, what the bundle
 * draws, see `plane-region.mjs`), the map's only geography, from world-atlas's 1:50m
 * countries: the eight focus countries plus every African country that reaches into the
 * region around them, so the map has no holes at its edges.
 *
 * Run with `npm run build:geo`. The output is deterministic: running it again on the same
 * world-atlas version gives the same bytes, so a diff in review means the data changed.
 */
import { Buffer } from 'node:buffer';
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { feature, quantize } from 'topojson-client';
import { filter, filterAttachedWeight, presimplify, simplify } from 'topojson-simplify';
import { planeRegion } from './plane-region.mjs';

const SOURCE = new URL('../node_modules/world-atlas/countries-50m.json', import.meta.url);
const TARGET = new URL('../data/region.topo.json', import.meta.url);
const PLANE_TARGET = new URL('../data/region.plane.json', import.meta.url);

/** The countries the map is about, by ISO 3166-1 alpha-3. */
const FOCUS = new Set(['BEN', 'TGO', 'BFA', 'SEN', 'MLI', 'BDI', 'COD', 'GIN']);

/**
 * Context is every African country touching this box (degrees): West and Central Africa
 * with a margin, so whatever part of the region the map shows around the focus countries
 * is filled. Longitude −26 reaches Cabo Verde; latitude −14 the south of Lake Malawi.
 */
const REGION = { west: -26, south: -14, east: 36, north: 28 };

/**
 * Africa's countries, keyed by world-atlas's ISO 3166-1 numeric id: alpha-3 and the English
 * name the map shows (world-atlas abbreviates some, such as "Dem. Rep. Congo"). Only these
 * are candidates, which keeps Spain's Canary Islands and Saudi Arabia out of the box.
 * Dependencies are left out: Ascension Island (Saint Helena) lies in the box, but a lone
 * unlabelled dot in the ocean would be read as a country.
 */
const AFRICA = new Map(
  [
    ['012', 'DZA', 'Algeria'],
    ['024', 'AGO', 'Angola'],
    ['072', 'BWA', 'Botswana'],
    ['108', 'BDI', 'Burundi'],
    ['120', 'CMR', 'Cameroon'],
    ['132', 'CPV', 'Cabo Verde'],
    ['140', 'CAF', 'Central African Republic'],
    ['148', 'TCD', 'Chad'],
    ['174', 'COM', 'Comoros'],
    ['178', 'COG', 'Congo'],
    ['180', 'COD', 'Democratic Republic of the Congo'],
    ['204', 'BEN', 'Benin'],
    ['226', 'GNQ', 'Equatorial Guinea'],
    ['231', 'ETH', 'Ethiopia'],
    ['232', 'ERI', 'Eritrea'],
    ['262', 'DJI', 'Djibouti'],
    ['266', 'GAB', 'Gabon'],
    ['270', 'GMB', 'Gambia'],
    ['288', 'GHA', 'Ghana'],
    ['324', 'GIN', 'Guinea'],
    ['384', 'CIV', "Côte d'Ivoire"],
    ['404', 'KEN', 'Kenya'],
    ['426', 'LSO', 'Lesotho'],
    ['430', 'LBR', 'Liberia'],
    ['434', 'LBY', 'Libya'],
    ['450', 'MDG', 'Madagascar'],
    ['454', 'MWI', 'Malawi'],
    ['466', 'MLI', 'Mali'],
    ['478', 'MRT', 'Mauritania'],
    ['480', 'MUS', 'Mauritius'],
    ['504', 'MAR', 'Morocco'],
    ['508', 'MOZ', 'Mozambique'],
    ['516', 'NAM', 'Namibia'],
    ['562', 'NER', 'Niger'],
    ['566', 'NGA', 'Nigeria'],
    ['624', 'GNB', 'Guinea-Bissau'],
    ['646', 'RWA', 'Rwanda'],
    ['678', 'STP', 'São Tomé and Príncipe'],
    ['686', 'SEN', 'Senegal'],
    ['690', 'SYC', 'Seychelles'],
    ['694', 'SLE', 'Sierra Leone'],
    ['706', 'SOM', 'Somalia'],
    ['710', 'ZAF', 'South Africa'],
    ['716', 'ZWE', 'Zimbabwe'],
    ['728', 'SSD', 'South Sudan'],
    ['729', 'SDN', 'Sudan'],
    ['732', 'ESH', 'Western Sahara'],
    ['748', 'SWZ', 'Eswatini'],
    ['768', 'TGO', 'Togo'],
    ['788', 'TUN', 'Tunisia'],
    ['800', 'UGA', 'Uganda'],
    ['818', 'EGY', 'Egypt'],
    ['834', 'TZA', 'Tanzania'],
    ['854', 'BFA', 'Burkina Faso'],
    ['894', 'ZMB', 'Zambia'],
  ].map(([numeric, id, name]) => [numeric, { id, name }]),
);

/**
 * Simplification thresholds (Visvalingam triangle areas, square degrees). At about 1000 px
 * across the focus countries a degree is some 20 px, so 0.0025 deg² is about 1 px²: borders
 * of the focus countries, which readers look at and may zoom into, lose nothing visible;
 * context-only borders and coasts, grey backdrop cropped at the edges, take 10 px² (a
 * corner of 3 px goes), which keeps the file around 22 KB and the projected one at 8 KB gzip.
 */
const FOCUS_MIN_AREA = 0.0025;
const CONTEXT_MIN_AREA = 0.025;

/**
 * Islets smaller than this (square degrees, about 60 km²) are dropped after
 * simplification: they would be a pixel or two, and simplified rings that small degenerate.
 * Rings that share a border with another ring are always kept.
 */
const MIN_ISLAND_AREA = 0.005;

/** Grid of the output coordinates: ample for a map a few thousand pixels wide. */
const QUANTIZATION = 1e4;

/** Whether the segment a–b touches the box (Liang–Barsky clipping). */
function segmentTouchesBox([ax, ay], [bx, by], box) {
  const dx = bx - ax;
  const dy = by - ay;
  let t0 = 0;
  let t1 = 1;
  const edges = [
    [-dx, ax - box.west],
    [dx, box.east - ax],
    [-dy, ay - box.south],
    [dy, box.north - ay],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const r = q / p;
      if (p < 0) {
        if (r > t1) return false;
        if (r > t0) t0 = r;
      } else {
        if (r < t0) return false;
        if (r < t1) t1 = r;
      }
    }
  }
  return true;
}

/** Even-odd point-in-polygon over all rings, so holes count. */
function polygonContains(rings, [x, y]) {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/**
 * Whether a country's land (not merely its bounding box) reaches into the box: an edge
 * crosses or lies in the box, or the box lies wholly inside the polygon.
 */
function geometryTouchesBox(geometry, box) {
  const polygons =
    geometry.type === 'Polygon'
      ? [geometry.coordinates]
      : geometry.type === 'MultiPolygon'
        ? geometry.coordinates
        : [];
  return polygons.some(
    (rings) =>
      rings.some((ring) => ring.some((point, i) => i > 0 && segmentTouchesBox(ring[i - 1], point, box))) ||
      polygonContains(rings, [box.west, box.south]),
  );
}

const world = JSON.parse(readFileSync(SOURCE, 'utf8'));
const worldCountries = world.objects.countries;

const kept = worldCountries.geometries
  .filter((geometry) => AFRICA.has(geometry.id))
  .filter((geometry) => geometryTouchesBox(feature(world, geometry).geometry, REGION))
  .map((geometry) => {
    const { id, name } = AFRICA.get(geometry.id);
    return { type: geometry.type, arcs: geometry.arcs, id, properties: { name, focus: FOCUS.has(id) } };
  })
  .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

const missing = [...FOCUS].filter((id) => !kept.some((geometry) => geometry.id === id));
if (missing.length > 0) throw new Error(`focus countries not found: ${missing.join(', ')}`);

// `filter` with no test keeps every ring and prunes the arcs of the countries left out.
const subset = filter({
  type: 'Topology',
  transform: world.transform,
  objects: { countries: { type: 'GeometryCollection', geometries: kept } },
  arcs: world.arcs,
});

/** Indices of the arcs that bound a focus country, so they keep more detail. */
function focusArcs(topology) {
  const arcs = new Set();
  const scan = (indices) => {
    for (const index of indices) {
      if (Array.isArray(index)) scan(index);
      else arcs.add(index < 0 ? ~index : index);
    }
  };
  for (const geometry of topology.objects.countries.geometries) {
    if (geometry.properties.focus) scan(geometry.arcs);
  }
  return arcs;
}

// `simplify` takes one threshold, so each point's weight is divided by its arc's threshold
// and points below 1 go. Arc endpoints weigh Infinity and always stay, which keeps shared
// borders joined.
const detailed = focusArcs(subset);
const presimplified = presimplify(subset);
const weighted = {
  ...presimplified,
  arcs: presimplified.arcs.map((arc, index) => {
    const minArea = detailed.has(index) ? FOCUS_MIN_AREA : CONTEXT_MIN_AREA;
    return arc.map(([x, y, area]) => [x, y, area / minArea]);
  }),
};
const simplified = simplify(weighted, 1);
const filtered = filter(simplified, filterAttachedWeight(simplified, MIN_ISLAND_AREA));

const survivors = new Set(filtered.objects.countries.geometries.map((geometry) => geometry.id));
const lost = kept.filter((geometry) => !survivors.has(geometry.id));
if (lost.length > 0) throw new Error(`countries lost in simplification: ${lost.map((g) => g.id).join(', ')}`);

// Without a bbox, `quantize` spans the grid over the kept arcs rather than the whole world.
delete filtered.bbox;
const output = quantize(filtered, QUANTIZATION);
output.bbox = output.bbox.map((value) => Math.round(value * 1e6) / 1e6);

const json = JSON.stringify(output);
writeFileSync(TARGET, json);

const raw = Buffer.byteLength(json);
const gzip = gzipSync(json, { level: 9 }).length;
const points = output.arcs.reduce((sum, arc) => sum + arc.length, 0);
const names = output.objects.countries.geometries.map((g) => `${g.id}${g.properties.focus ? '*' : ''}`);

console.log(`data/region.topo.json: ${(raw / 1024).toFixed(1)} KB raw, ${(gzip / 1024).toFixed(1)} KB gzip`);
console.log(`${output.arcs.length} arcs, ${points} points, ${names.length} countries (* = focus):`);
console.log(names.join(' '));

// What the bundle draws: the same arcs, projected once here (see scripts/plane-region.mjs).
const plane = JSON.stringify(planeRegion(JSON.parse(json)));
writeFileSync(PLANE_TARGET, plane);
console.log(
  `data/region.plane.json: ${(Buffer.byteLength(plane) / 1024).toFixed(1)} KB raw, ${(gzipSync(plane, { level: 9 }).length / 1024).toFixed(1)} KB gzip`,
);
