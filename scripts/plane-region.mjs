/**
 * Derives `data/region.plane.json` from `data/region.topo.json`: the same arcs, already in
 * the map's projection (Mercator), on an integer grid, with each country's centroid, label
 * point, bounds and area computed once here. The bundle then draws the map with a scale and
 * a translation per size, and ships neither d3-geo nor topojson-client (about 10 KB gzip and
 * a fifth of the first render, see BENCHMARKS.md).
 *
 * Mercator is the only projection the map uses, and it is linear after the first step: a
 * point's pixel position at any size is `grid × k + t`, an area `grid² × k²`. That is why
 * the statistics can be precomputed on the grid.
 *
 * Deterministic: the same topology gives the same bytes. `npm run build:geo` writes the file;
 * `tests/node/geo-plane.test.mjs` checks that the committed file is this function's output.
 */
import { geoPath } from 'd3-geo';

const DEGREES = 180 / Math.PI;

/** Mercator's northing in degrees of the equator, increasing southwards as screens do. */
export function mercatorY(latitude) {
  return -Math.log(Math.tan(Math.PI / 4 + latitude / (2 * DEGREES))) * DEGREES;
}

/** One decimal: a tenth of a grid step is far below a pixel at any zoom the map allows. */
const tenth = (value) => Math.round(value * 10) / 10;

/**
 * The alphabet of the arc strings: URL-safe base64, so no character needs escaping in JSON.
 * Each character holds five bits of a number and a sixth that says another follows.
 */
export const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * One integer as base64 digits, low bits first, with its sign in the lowest bit (zigzag), as
 * Google's polyline format does. The deltas between neighbouring points are small, so most
 * take one or two characters: about half the bytes of a JSON list of numbers, after gzip too.
 */
export function encodeNumber(value) {
  let rest = value < 0 ? -2 * value - 1 : 2 * value;
  let out = '';
  do {
    const chunk = rest & 31;
    rest = Math.floor(rest / 32);
    out += ALPHABET[chunk | (rest > 0 ? 32 : 0)];
  } while (rest > 0);
  return out;
}

export function planeRegion(topology) {
  const [sx, sy] = topology.transform.scale;
  const [tx, ty] = topology.transform.translate;
  // The grid keeps the topology's resolution along the equator, so re-gridding adds no
  // visible error: one step is the longitude step of the source grid.
  const step = sx;
  const [west, , , north] = topology.bbox;
  const origin = [west, mercatorY(north)].map((value) => Math.round(value * 1e6) / 1e6);

  const toGrid = ([longitude, latitude]) => [
    Math.round((longitude - origin[0]) / step),
    Math.round((mercatorY(latitude) - origin[1]) / step),
  ];

  // Decode the quantized, delta-encoded arcs to degrees, project each point to the grid,
  // drop points that land on the previous one, and delta-encode again as one flat list.
  const gridArcs = topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    const points = [];
    for (const [dx, dy] of arc) {
      x += dx;
      y += dy;
      const point = toGrid([x * sx + tx, y * sy + ty]);
      const last = points.at(-1);
      if (!last || last[0] !== point[0] || last[1] !== point[1]) points.push(point);
    }
    // An arc keeps both ends, so rings stay closed even when a short arc collapses.
    if (points.length === 1) points.push(points[0]);
    return points;
  });
  const arcs = gridArcs.map((points) => {
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

  // Statistics are taken on the gridded outlines the map draws, with planar geometry.
  const planar = geoPath(null);
  const ringPoints = (indices) =>
    indices.flatMap((index, i) => {
      const points = index < 0 ? [...gridArcs[~index]].reverse() : gridArcs[index];
      return i === 0 ? points : points.slice(1);
    });

  const object = topology.objects.countries;
  const usage = new Map();
  const countries = object.geometries.map((geometry) => {
    const polygons = geometry.type === 'Polygon' ? [geometry.arcs] : geometry.arcs;
    const rings = polygons.flat();
    for (const index of rings.flat()) {
      const arc = index < 0 ? ~index : index;
      if (!usage.has(arc)) usage.set(arc, new Set());
      usage.get(arc).add(geometry.id);
    }
    const shape = {
      type: 'MultiPolygon',
      coordinates: polygons.map((polygon) => polygon.map(ringPoints)),
    };
    // The label goes at the centroid of the largest part: a multi-polygon's centroid is
    // pulled towards its islands and exclaves, and can land in the sea or in a neighbour.
    let largest = shape.coordinates[0];
    let largestArea = -1;
    for (const coordinates of shape.coordinates) {
      const area = planar.area({ type: 'Polygon', coordinates });
      if (area > largestArea) {
        largest = coordinates;
        largestArea = area;
      }
    }
    const [[x0, y0], [x1, y1]] = planar.bounds(shape);
    return {
      id: geometry.id,
      name: geometry.properties.name,
      focus: geometry.properties.focus,
      rings,
      centroid: planar.centroid(shape).map(tenth),
      label: planar.centroid({ type: 'Polygon', coordinates: largest }).map(tenth),
      bounds: [x0, y0, x1, y1],
      area: Math.round(planar.area(shape)),
    };
  });

  // Borders between two countries, each once: drawing them from here rather than from each
  // outline keeps shared borders as thin as the coasts.
  const borders = [...usage.entries()]
    .filter(([, ids]) => ids.size > 1)
    .map(([arc]) => arc)
    .sort((a, b) => a - b);

  return { step, origin, arcs, countries, borders };
}
