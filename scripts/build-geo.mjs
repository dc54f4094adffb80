/**
 * Builds `data/region.topo.json` (and from it `data/region.plane.json`, what the bundle
 * draws, see `plane-region.mjs`), the map's only geography, from world-atlas's 1:50m
 * countries: the eight focus countries plus every African country that reaches into the
 * region around them, so the map has no holes at its edges.
 *
 * Run with `npm run build:geo`. The output is deterministic: running it again on the same
 * world-atlas version gives the same bytes, so a diff in review means the data changed.
 * Importing the module runs nothing: `buildGeo` does the work, for the script and for
 * `tests/node/build-geo.test.mjs`.
 */
import { Buffer } from 'node:buffer';
import { readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { countryGeometry, geometryTouchesBox, planeRegion, simplifyRegion } from './plane-region.mjs';

/**
 * ISO 3166-1 alpha-2 by alpha-3: with it the browser names each country in the reader's
 * language, and the plane file carries no English names (`planeRegion`).
 */
const ALPHA2 = new Map(
  JSON.parse(
    readFileSync(new URL('../node_modules/i18n-iso-countries/codes.json', import.meta.url), 'utf8'),
  ).map(([alpha2, alpha3]) => [alpha3, alpha2]),
);

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

/**
 * The region's topology cut from world-atlas's countries (its parsed `countries-50m.json`):
 * the candidates touching the box, simplified and quantized. Throws when a focus country is
 * missing or lost in simplification, since the map would then silently lack it.
 */
export function regionTopology(world) {
  const kept = world.objects.countries.geometries
    .filter((geometry) => AFRICA.has(geometry.id))
    .filter((geometry) => geometryTouchesBox(countryGeometry(world, geometry), REGION))
    .map((geometry) => {
      const { id, name } = AFRICA.get(geometry.id);
      const properties = { name, alpha2: ALPHA2.get(id), focus: FOCUS.has(id) };
      return { type: geometry.type, arcs: geometry.arcs, id, properties };
    })
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const missing = [...FOCUS].filter((id) => !kept.some((geometry) => geometry.id === id));
  if (missing.length > 0) throw new Error(`focus countries not found: ${missing.join(', ')}`);

  // Simplified and quantized as `partnership-data geometry` does (src/geo/world-region.ts).
  const { topology, lost } = simplifyRegion(world, kept, {
    focusMinArea: FOCUS_MIN_AREA,
    contextMinArea: CONTEXT_MIN_AREA,
    minIslandArea: MIN_ISLAND_AREA,
    quantization: QUANTIZATION,
  });
  if (lost.length > 0) throw new Error(`countries lost in simplification: ${lost.join(', ')}`);
  return topology;
}

/**
 * Reads world-atlas from `source` and writes the topology to `target` and its projection to
 * `planeTarget` (paths or file URLs; the defaults are the committed files). Returns the
 * topology and both texts as written, so a caller can check them without reading back.
 */
export function buildGeo({ source = SOURCE, target = TARGET, planeTarget = PLANE_TARGET } = {}) {
  const topology = regionTopology(JSON.parse(readFileSync(source, 'utf8')));
  const topologyJson = JSON.stringify(topology);
  writeFileSync(target, topologyJson);
  // What the bundle draws: the same arcs, projected once here (see src/geo/plane-region.ts).
  // Projected from the text as written, as tests/node/geo-plane.test.mjs derives it from the
  // committed file, so both see exactly the same numbers.
  const planeJson = JSON.stringify(planeRegion(JSON.parse(topologyJson)));
  writeFileSync(planeTarget, planeJson);
  return { topology, topologyJson, planeJson };
}

/** "22.1 KB raw, 7.6 KB gzip": the sizes review and the byte budget care about. */
function sizes(text) {
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  return `${kb(Buffer.byteLength(text))} raw, ${kb(gzipSync(text, { level: 9 }).length)} gzip`;
}

// Runs only as `node scripts/build-geo.mjs`, so tests can import `buildGeo` without writing
// the committed files. realpath: Node resolves symlinks in import.meta.url, not in argv.
if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  const { topology, topologyJson, planeJson } = buildGeo();
  const points = topology.arcs.reduce((sum, arc) => sum + arc.length, 0);
  const names = topology.objects.countries.geometries.map((g) => `${g.id}${g.properties.focus ? '*' : ''}`);
  console.log(`data/region.topo.json: ${sizes(topologyJson)}`);
  console.log(`${topology.arcs.length} arcs, ${points} points, ${names.length} countries (* = focus):`);
  console.log(names.join(' '));
  console.log(`data/region.plane.json: ${sizes(planeJson)}`);
}
