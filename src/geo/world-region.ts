/**
 * Cutting a region out of world-atlas: which countries reach into a box, and the
 * simplification and quantization that make them a small map file. Shared by
 * `scripts/build-geo.mjs` (the bundled region) and `partnership-data geometry` (any
 * dataset's region), so both make their maps the same way.
 *
 * Build time only: it uses topojson-client and topojson-simplify, which the bundle must not.
 */
import type { Geometry, Position } from 'geojson';
import { feature, quantize } from 'topojson-client';
import { filter, filterAttachedWeight, presimplify, simplify, type Filter } from 'topojson-simplify';
import type { GeometryObject, Topology } from 'topojson-specification';
import type { QuantizedTopology } from './plane-region.js';

/** A topology as topojson-simplify's types take it. */
type SimplifiableTopology = Parameters<typeof presimplify>[0];

/** A box in degrees. */
export interface Box {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** Whether the segment a–b touches the box (Liang–Barsky clipping). */
function segmentTouchesBox([ax, ay]: Position, [bx, by]: Position, box: Box): boolean {
  const dx = bx! - ax!;
  const dy = by! - ay!;
  let t0 = 0;
  let t1 = 1;
  const edges = [
    [-dx, ax! - box.west],
    [dx, box.east - ax!],
    [-dy, ay! - box.south],
    [dy, box.north - ay!],
  ] as const;
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
function polygonContains(rings: Position[][], [x, y]: [number, number]): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as [number, number];
      const [xj, yj] = ring[j] as [number, number];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

function polygonsOf(geometry: Geometry | null): Position[][][] {
  if (geometry?.type === 'Polygon') return [geometry.coordinates];
  if (geometry?.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

/**
 * Whether a country's land (not merely its bounding box) reaches into the box: an edge
 * crosses or lies in the box, or the box lies wholly inside the polygon.
 */
export function geometryTouchesBox(geometry: Geometry | null, box: Box): boolean {
  return polygonsOf(geometry).some(
    (rings) =>
      rings.some((ring) => ring.some((point, i) => i > 0 && segmentTouchesBox(ring[i - 1]!, point, box))) ||
      polygonContains(rings, [box.west, box.south]),
  );
}

/**
 * The smallest box around a geometry's points, in plain degrees. A country that crosses the
 * antimeridian (Russia, Fiji) spans the whole width: world-atlas cuts it there.
 */
export function geometryBox(geometry: Geometry | null): Box | null {
  let box: Box | null = null;
  for (const rings of polygonsOf(geometry)) {
    for (const ring of rings) {
      for (const [x, y] of ring as [number, number][]) {
        box = box
          ? {
              west: Math.min(box.west, x),
              south: Math.min(box.south, y),
              east: Math.max(box.east, x),
              north: Math.max(box.north, y),
            }
          : { west: x, south: y, east: x, north: y };
      }
    }
  }
  return box;
}

/** A world-atlas country as GeoJSON, to test against a box. */
export function countryGeometry(world: Topology, geometry: GeometryObject): Geometry | null {
  return (feature(world, geometry) as { geometry: Geometry | null }).geometry;
}

/** A country kept for the map: world-atlas arcs, with the id and name the map uses. */
export interface KeptCountry {
  type: string;
  arcs: unknown;
  id: string;
  properties: { name: string; focus: boolean; alpha2?: string };
}

export interface SimplifyOptions {
  /** Visvalingam triangle areas (square degrees) below which points go, on focus borders. */
  focusMinArea: number;
  /** The same for borders and coasts of context countries only. */
  contextMinArea: number;
  /** Islets smaller than this (square degrees) are dropped after simplification. */
  minIslandArea: number;
  /** Grid of the output coordinates. */
  quantization: number;
}

/** Indices of the arcs that bound a focus country, so they keep more detail. */
function focusArcs(topology: SimplifiableTopology): Set<number> {
  const arcs = new Set<number>();
  const scan = (indices: unknown): void => {
    for (const index of indices as unknown[]) {
      if (Array.isArray(index)) scan(index);
      else arcs.add((index as number) < 0 ? ~(index as number) : (index as number));
    }
  };
  const countries = topology.objects.countries as unknown as { geometries: KeptCountry[] };
  for (const geometry of countries.geometries) {
    if (geometry.properties.focus) scan(geometry.arcs);
  }
  return arcs;
}

/**
 * The kept countries of `world` simplified and quantized: `topology` is what
 * `data/region.topo.json` holds, and `lost` the ids of countries simplification removed
 * (whose every ring became an islet).
 */
export function simplifyRegion(
  world: Topology,
  kept: KeptCountry[],
  { focusMinArea, contextMinArea, minIslandArea, quantization }: SimplifyOptions,
): { topology: QuantizedTopology; lost: string[] } {
  // `filter` keeping every ring prunes the arcs of the countries left out.
  const keepAll: Filter = () => true;
  const subset = filter(
    {
      type: 'Topology',
      transform: world.transform,
      objects: { countries: { type: 'GeometryCollection', geometries: kept } },
      arcs: world.arcs,
    } as unknown as SimplifiableTopology,
    keepAll,
  );

  // `simplify` takes one threshold, so each point's weight is divided by its arc's threshold
  // and points below 1 go. Arc endpoints weigh Infinity and always stay, which keeps shared
  // borders joined.
  const detailed = focusArcs(subset);
  const presimplified = presimplify(subset);
  const weighted = {
    ...presimplified,
    arcs: presimplified.arcs.map((arc, index) => {
      const minArea = detailed.has(index) ? focusMinArea : contextMinArea;
      return arc.map(([x, y, area]) => [x!, y!, area! / minArea]);
    }),
  } as SimplifiableTopology;
  const simplified = simplify(weighted, 1);
  const filtered = filter(simplified, filterAttachedWeight(simplified, minIslandArea));

  const countries = (filtered.objects.countries as unknown as { geometries: KeptCountry[] }).geometries;
  const survivors = new Set(countries.map((geometry) => geometry.id));
  const lost = kept.filter((geometry) => !survivors.has(geometry.id)).map((geometry) => geometry.id);

  // Without a bbox, `quantize` spans the grid over the kept arcs rather than the whole world.
  delete filtered.bbox;
  const output = quantize(filtered as SimplifiableTopology, quantization) as unknown as QuantizedTopology;
  output.bbox = output.bbox.map((value) => Math.round(value * 1e6) / 1e6);
  return { topology: output, lost };
}
