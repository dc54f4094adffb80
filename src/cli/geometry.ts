/**
 * `partnership-data geometry`: a map file for any dataset, cut from world-atlas the way
 * `scripts/build-geo.mjs` cuts the bundled one. The dataset's countries are the focus; every
 * country reaching into the box around them (with a margin) is grey context, so the map has
 * no holes at its edges. The file is projected here, in the format of
 * `data/region.plane.json`, so the page ships no projection code but the few lines of
 * `src/geo/grid.ts`.
 *
 * Pure functions of the dataset and the world-atlas topology: reading and writing files is
 * `run.ts`'s business.
 */
import codes from 'i18n-iso-countries/codes.json';
import english from 'i18n-iso-countries/langs/en.json';
import type { GeometryObject, Topology } from 'topojson-specification';
import type { Dataset } from '../data/types.js';
import type { PlaneProjectionName } from '../geo/grid.js';
import { planeRegion } from '../geo/plane-region.js';
import type { PlaneRegionFile } from '../geo/types.js';
import type { IdPlace, Resolution } from './geometry-terms.js';
import {
  countryGeometry,
  geometryBox,
  geometryTouchesBox,
  simplifyRegion,
  type Box,
  type KeptCountry,
} from '../geo/world-region.js';

interface IsoCountry {
  alpha2: string;
  alpha3: string;
  /** ISO 3166-1 numeric, the ids world-atlas keys its countries by (`"404"`). */
  numeric: string;
  name: string;
}

/**
 * ISO 3166-1 from i18n-iso-countries' tables (`[alpha-2, alpha-3, numeric, …]` rows and the
 * English names by alpha-2), rather than a table typed here: it is kept up to date upstream.
 */
const ISO: ReadonlyMap<string, IsoCountry> = new Map(
  (codes as string[][]).map(([alpha2, alpha3, numeric]) => {
    const names = (english.countries as Record<string, string | string[]>)[alpha2!];
    const name = (Array.isArray(names) ? names[0] : names) ?? alpha3!;
    return [alpha3!, { alpha2: alpha2!, alpha3: alpha3!, numeric: numeric!, name }];
  }),
);
const BY_NUMERIC: ReadonlyMap<string, IsoCountry> = new Map([...ISO.values()].map((c) => [c.numeric, c]));

/** The English name of an ISO 3166-1 alpha-3 code, or `undefined` when it is not one. */
export function isoName(alpha3: string): string | undefined {
  return ISO.get(alpha3)?.name;
}

/**
 * A world-atlas topology's countries by the ids the map uses. ISO countries get their
 * alpha-3; the few shapes world-atlas gives no ISO code (Somaliland, Kosovo, Northern Cyprus)
 * get a lower-case id from their name, which no dataset id (three capitals) can match, so
 * they are only ever context. A second shape with the same code (Ashmore and Cartier Islands
 * for Australia) joins the first as more polygons.
 */
export function worldCountries(world: Topology): Map<string, KeptCountry> {
  const countries = new Map<string, KeptCountry>();
  const collection = world.objects.countries as unknown as { geometries: GeometryObject[] };
  for (const geometry of collection.geometries) {
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') continue;
    const worldName = String((geometry.properties as { name?: unknown } | undefined)?.name ?? '');
    const iso = geometry.id === undefined ? undefined : BY_NUMERIC.get(String(geometry.id));
    const id = iso?.alpha3 ?? worldName.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    const polygons = geometry.type === 'Polygon' ? [geometry.arcs] : geometry.arcs;
    const known = countries.get(id);
    if (known) {
      known.type = 'MultiPolygon';
      known.arcs = [...(known.arcs as unknown[]), ...polygons];
    } else {
      countries.set(id, {
        type: 'MultiPolygon',
        arcs: polygons,
        id,
        properties: { name: iso?.name ?? worldName, focus: false },
      });
    }
  }
  return countries;
}

/** An arc's points as absolute grid integers. */
function absoluteArc(arc: readonly (readonly number[])[]): [number, number][] {
  let x = 0;
  let y = 0;
  return arc.map(([dx, dy]) => [(x += dx!), (y += dy!)]);
}

/**
 * world-atlas joins the parts of Russia, Fiji and Antarctica across the antimeridian, so a
 * ring can jump from 180° to −180°: projected as is, that edge would cross the whole map and
 * its fill would be a band around the world. The rings of such a jump get their western
 * hemisphere moved by 360° (Chukotka then lies east of 180°, as on a globe); `wrapping`
 * keeps the ids whose rings still jump (Antarctica circles the pole), to leave out as context.
 */
export function unwrapAntimeridian(world: Topology): { world: Topology; wrapping: Set<string> } {
  const [sx] = world.transform!.scale;
  const [tx] = world.transform!.translate;
  const half = 180 / sx;
  const turn = Math.round(360 / sx);
  const absolute = world.arcs.map(absoluteArc);
  const jumps = (arc: [number, number][]) =>
    arc.some(([x], i) => i > 0 && Math.abs(x - arc[i - 1]![0]) > half);
  const ringJumps = (ring: number[]) => ring.some((index) => jumps(absolute[index < 0 ? ~index : index]!));
  const collection = world.objects.countries as unknown as { geometries: GeometryObject[] };
  const rings = collection.geometries.flatMap((geometry) =>
    geometry.type === 'Polygon'
      ? geometry.arcs
      : geometry.type === 'MultiPolygon'
        ? geometry.arcs.flat()
        : [],
  );
  const moved = new Set(rings.filter(ringJumps).flatMap((ring) => ring.map((i) => (i < 0 ? ~i : i))));
  for (const index of moved) {
    absolute[index] = absolute[index]!.map(([x, y]) => [x * sx + tx < 0 ? x + turn : x, y]);
  }
  const arcs = absolute.map((arc, index) =>
    moved.has(index)
      ? arc.map(([x, y], i) => (i === 0 ? [x, y] : [x - arc[i - 1]![0], y - arc[i - 1]![1]]))
      : world.arcs[index]!,
  );
  const wrapping = new Set<string>();
  for (const [id, country] of worldCountries({ ...world, arcs } as Topology)) {
    if ((country.arcs as number[][][]).flat().some(ringJumps)) wrapping.add(id);
  }
  return { world: { ...world, arcs } as Topology, wrapping };
}

/** The smallest box around the given countries' outlines, in degrees. */
export function countriesBox(world: Topology, countries: readonly KeptCountry[]): Box {
  let box: Box = { west: Infinity, south: Infinity, east: -Infinity, north: -Infinity };
  for (const country of countries) {
    const own = geometryBox(countryGeometry(world, country as unknown as GeometryObject));
    if (own === null) continue;
    box = {
      west: Math.min(box.west, own.west),
      south: Math.min(box.south, own.south),
      east: Math.max(box.east, own.east),
      north: Math.max(box.north, own.north),
    };
  }
  return box;
}

/** The larger of the box's width and height, in degrees. */
export function boxSpan(box: Box): number {
  return Math.max(box.east - box.west, box.north - box.south);
}

/**
 * Above this span (degrees) the dataset covers a continent or more: world-atlas's 1:110m
 * then has all the detail a map of that size can show, at a seventh of the bytes.
 */
const CONTINENTAL_SPAN = 60;

/**
 * Above this span the dataset's countries lie on different continents, and Mercator would
 * draw them at very different scales across the map; so would any extent reaching beyond
 * 60° of latitude, where Mercator's areas are four times too large.
 */
const INTERCONTINENTAL_SPAN = 90;
const MERCATOR_MAX_LATITUDE = 60;

export function chooseResolution(box: Box): Resolution {
  return boxSpan(box) > CONTINENTAL_SPAN ? '110m' : '50m';
}

/** Mercator (as the bundled map) for a regional extent; Equal Earth, whose areas are true, beyond. */
export function chooseProjection(box: Box): PlaneProjectionName {
  const polar = Math.max(Math.abs(box.north), Math.abs(box.south)) > MERCATOR_MAX_LATITUDE;
  return boxSpan(box) > INTERCONTINENTAL_SPAN || polar ? 'equal-earth' : 'mercator';
}

/**
 * The box of context around the dataset's countries: a tenth of their extent on each side,
 * at least 5°, so whatever the map shows around them when fitted to a view is filled.
 */
export function contextBox(box: Box): Box {
  const margin = Math.max(5, boxSpan(box) / 10);
  return {
    west: Math.max(-180, box.west - margin),
    south: Math.max(-90, box.south - margin),
    east: Math.min(180, box.east + margin),
    north: Math.min(90, box.north + margin),
  };
}

/**
 * Simplification, as in `scripts/build-geo.mjs`, whose thresholds suit a map some 50° across
 * at about 1000 px (a degree is 20 px). A wider map shows each degree smaller, so the
 * thresholds (areas) grow with the square of the span: a pixel is still about what goes.
 */
const REFERENCE_SPAN = 50;
const FOCUS_MIN_AREA = 0.0025;
const CONTEXT_MIN_AREA = 0.025;
const MIN_ISLAND_AREA = 0.005;
const QUANTIZATION = 1e4;

export interface GeometryOptions {
  projection: PlaneProjectionName;
}

export type GeometryResult =
  { ok: true; file: PlaneRegionFile; focus: number; context: number } | { ok: false; lost: string[] };

/**
 * The plane file of the dataset's countries (all of them present in `world`, see
 * `missingFrom`) and their context, or the focus countries simplification would remove.
 */
export function buildGeometry(
  world: Topology,
  dataset: Dataset,
  { projection }: GeometryOptions,
): GeometryResult {
  const { world: unwrapped, wrapping } = unwrapAntimeridian(world);
  const countries = worldCountries(unwrapped);
  const focusIds = new Set(dataset.countries.map((country) => country.id));
  const focus = [...focusIds].map((id) => countries.get(id)!).filter(Boolean);
  const box = countriesBox(unwrapped, focus);
  const around = contextBox(box);
  const kept = [...countries.values()]
    .filter(
      (country) =>
        focusIds.has(country.id) ||
        (!wrapping.has(country.id) &&
          geometryTouchesBox(countryGeometry(unwrapped, country as unknown as GeometryObject), around)),
    )
    .map((country) => ({
      ...country,
      properties: {
        // The dataset's own English name for its countries; the map labels them from the
        // dataset anyway, so this is a fallback.
        name: dataset.countries.find((c) => c.id === country.id)?.name?.en ?? country.properties.name,
        ...(focusIds.has(country.id) && ISO.has(country.id) ? { alpha2: ISO.get(country.id)!.alpha2 } : {}),
        focus: focusIds.has(country.id),
      },
    }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const scale = Math.max(1, (boxSpan(box) / REFERENCE_SPAN) ** 2);
  const { topology, lost } = simplifyRegion(unwrapped, kept, {
    focusMinArea: FOCUS_MIN_AREA * scale,
    contextMinArea: CONTEXT_MIN_AREA * scale,
    minIslandArea: MIN_ISLAND_AREA,
    quantization: QUANTIZATION,
  });
  // Context lost to simplification (an islet nation at the edge) is no loss; a focus country is.
  const lostFocus = lost.filter((id) => focusIds.has(id));
  if (lostFocus.length > 0) return { ok: false, lost: lostFocus };
  const file = planeRegion(topology, projection);
  const inFocus = file.countries.filter((country) => country.focus).length;
  return { ok: true, file, focus: inFocus, context: file.countries.length - inFocus };
}

/** The dataset's countries (by place) that `world` has no outline of. */
export function missingFrom(world: Topology, dataset: Dataset): IdPlace[] {
  const countries = worldCountries(world);
  return dataset.countries
    .map((country, i) => ({ id: country.id, place: `countries[${i}].id` }))
    .filter(({ id }) => !countries.has(id));
}

/** The box of the dataset's countries in `world`, which decides resolution and projection. */
export function datasetBox(world: Topology, dataset: Dataset): Box {
  const unwrapped = unwrapAntimeridian(world).world;
  const countries = worldCountries(unwrapped);
  return countriesBox(
    unwrapped,
    dataset.countries.map((country) => countries.get(country.id)).filter((c) => c !== undefined),
  );
}
