/**
 * Derives a plane file (`data/region.plane.json`, or what `partnership-data geometry`
 * writes) from a quantized TopoJSON topology: the same arcs, already in the map's
 * projection, on an integer grid, with each country's centroid, label point, bounds and
 * area computed once here. The bundle then draws the map with a scale and a translation per
 * size, and ships neither d3-geo nor topojson-client (about 10 KB gzip and a fifth of the
 * first render, see BENCHMARKS.md).
 *
 * Both projections are projected point by point here, so the grid is flat: a point's pixel
 * position at any size is `grid × k + t`, an area `grid² × k²`. That is why the statistics
 * can be precomputed on the grid.
 *
 * Build time only (scripts and the command line): it uses d3-geo, which the bundle must not.
 * Deterministic: the same topology gives the same bytes.
 */
import { geoPath } from 'd3-geo';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { encodeNumber } from './encode.js';
import { planeXY, type PlaneProjectionName } from './grid.js';
import type { PlaneRegionFile } from './types.js';

/** The quantized topology `planeRegion` reads: one `countries` object of named polygons. */
export interface QuantizedTopology {
  bbox: number[];
  transform: { scale: [number, number]; translate: [number, number] };
  arcs: [number, number][][];
  objects: {
    countries: {
      type?: string;
      geometries: {
        type: string | null;
        id?: string | number;
        arcs?: unknown;
        properties: { name: string; focus: boolean; alpha2?: string };
      }[];
    };
  };
}

/** One decimal: a tenth of a grid step is far below a pixel at any zoom the map allows. */
const tenth = (value: number): number => Math.round(value * 10) / 10;

/** A micro-degree is far below a grid step, and keeps the origin short in the file. */
const micro = (value: number): number => Math.round(value * 1e6) / 1e6;

/** The arcs decoded from quantized deltas to `[longitude, latitude]`. */
function decodeArcs(topology: QuantizedTopology): [number, number][][] {
  const [sx, sy] = topology.transform.scale;
  const [tx, ty] = topology.transform.translate;
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return [x * sx + tx, y * sy + ty];
    });
  });
}

/**
 * The grid's `[0, 0]` in the projection's plane: the north-west corner of what is drawn. In
 * Mercator that is the bbox's corner, since meridians are straight; Equal Earth curves them,
 * so there it is the least x and y of all points, rounded down so no point lands left of it.
 */
function gridOrigin(
  topology: QuantizedTopology,
  degrees: [number, number][][],
  projection: PlaneProjectionName | undefined,
): [number, number] {
  if (projection !== 'equal-earth') {
    const [west, , , north] = topology.bbox as [number, number, number, number];
    return [micro(west), micro(planeXY(projection, west, north)[1])];
  }
  let [x0, y0] = [Infinity, Infinity];
  for (const arc of degrees) {
    for (const [longitude, latitude] of arc) {
      const [x, y] = planeXY(projection, longitude, latitude);
      x0 = Math.min(x0, x);
      y0 = Math.min(y0, y);
    }
  }
  return [Math.floor(x0 * 1e6) / 1e6, Math.floor(y0 * 1e6) / 1e6];
}

/** Delta-encodes each arc's grid points as one string of base64 numbers. */
function encodeArcs(gridArcs: [number, number][][]): string[] {
  return gridArcs.map((points) => {
    let encoded = '';
    let px = 0;
    let py = 0;
    for (const [x, y] of points) {
      encoded += encodeNumber(x - px) + encodeNumber(y - py);
      px = x;
      py = y;
    }
    return encoded;
  });
}

/**
 * The plane file of a topology. Without `projection` the file is in Mercator and has no
 * `projection` field, as `data/region.plane.json` always had; with one, the field records it.
 */
export function planeRegion(topology: QuantizedTopology, projection?: PlaneProjectionName): PlaneRegionFile {
  // The grid keeps the topology's resolution along the equator, so re-gridding adds no
  // visible error: one step is the longitude step of the source grid.
  const step = topology.transform.scale[0];
  const degrees = decodeArcs(topology);
  const origin = gridOrigin(topology, degrees, projection);

  const toGrid = ([longitude, latitude]: [number, number]): [number, number] => {
    const [x, y] = planeXY(projection, longitude, latitude);
    return [Math.round((x - origin[0]) / step), Math.round((y - origin[1]) / step)];
  };

  // Project each point to the grid and drop points that land on the previous one.
  const gridArcs = degrees.map((arc) => {
    const points: [number, number][] = [];
    for (const position of arc) {
      const point = toGrid(position);
      const last = points.at(-1);
      if (!last || last[0] !== point[0] || last[1] !== point[1]) points.push(point);
    }
    // An arc keeps both ends, so rings stay closed even when a short arc collapses.
    if (points.length === 1) points.push(points[0]!);
    return points;
  });
  const arcs = encodeArcs(gridArcs);

  // Statistics are taken on the gridded outlines the map draws, with planar geometry.
  const planar = geoPath(null);
  const ringPoints = (indices: number[]): Position[] =>
    indices.flatMap((index, i) => {
      const points = index < 0 ? [...gridArcs[~index]!].reverse() : gridArcs[index]!;
      return i === 0 ? points : points.slice(1);
    });

  const usage = new Map<number, Set<string>>();
  const countries = topology.objects.countries.geometries.map(
    (geometry): PlaneRegionFile['countries'][number] => {
      const id = String(geometry.id);
      const polygons = (geometry.type === 'Polygon' ? [geometry.arcs] : geometry.arcs) as number[][][];
      const rings = polygons.flat();
      for (const index of rings.flat()) {
        const arc = index < 0 ? ~index : index;
        if (!usage.has(arc)) usage.set(arc, new Set());
        usage.get(arc)!.add(id);
      }
      const shape: MultiPolygon = {
        type: 'MultiPolygon',
        coordinates: polygons.map((polygon) => polygon.map(ringPoints)),
      };
      // The label goes at the centroid of the largest part: a multi-polygon's centroid is
      // pulled towards its islands and exclaves, and can land in the sea or in a neighbour.
      let largest = shape.coordinates[0]!;
      let largestArea = -1;
      for (const coordinates of shape.coordinates) {
        const area = planar.area({ type: 'Polygon', coordinates } satisfies Polygon);
        if (area > largestArea) {
          largest = coordinates;
          largestArea = area;
        }
      }
      const [[x0, y0], [x1, y1]] = planar.bounds(shape);
      return {
        id,
        // A country with its ISO code is named by the browser, in the reader's language
        // (`Intl.DisplayNames`); only one without is given its English name.
        ...(geometry.properties.alpha2
          ? { alpha2: geometry.properties.alpha2 }
          : { name: geometry.properties.name }),
        focus: geometry.properties.focus,
        rings,
        // The neighbours' numbers are left to the page (`countryStats`, from the rings): they
        // were a seventh of the bundled map's bytes, for countries no label is placed on.
        ...(geometry.properties.focus
          ? {
              centroid: planar.centroid(shape).map(tenth) as [number, number],
              label: planar.centroid({ type: 'Polygon', coordinates: largest }).map(tenth) as [
                number,
                number,
              ],
              bounds: [x0, y0, x1, y1] as [number, number, number, number],
              area: Math.round(planar.area(shape)),
            }
          : {}),
      };
    },
  );

  // Borders between two countries, each once: drawing them from here rather than from each
  // outline keeps shared borders as thin as the coasts.
  const borders = [...usage.entries()]
    .filter(([, ids]) => ids.size > 1)
    .map(([arc]) => arc)
    .sort((a, b) => a - b);

  const file = { step, origin, arcs, countries, borders };
  return projection === undefined ? file : { projection, ...file };
}
