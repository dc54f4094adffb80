import { gridOf, mercatorXY } from './grid.js';
import type { PlaneRegion, ProjectedCountry, RegionProjection, ScreenPoint } from './types.js';

/** Tenths of a pixel are finer than any screen shows: each coordinate is a whole number of them. */
const toTenths = (value: number): number => Math.round(value * 10);

/**
 * Projects every country once per size, so a render only reads strings and numbers:
 * components re-render on hover and focus, and projecting there would redo the geometry.
 */
export function projectCountries(region: PlaneRegion, projection: RegionProjection): ProjectedCountry[] {
  const { k, x, y } = projection;
  const point = ([px, py]: readonly number[]): ScreenPoint => [px! * k + x, py! * k + y];
  return region.countries.map((country) => {
    const [left, top, right, bottom] = country.bounds;
    return {
      id: country.id,
      focus: country.focus,
      path: country.rings.map((ring) => ringPath(region.arcs, ring, projection)).join(''),
      centroid: point(country.centroid),
      label: point(country.label),
      bounds: [point([left, top]), point([right, bottom])],
      area: country.area * k * k,
    };
  });
}

/** The borders shared by two countries as one path, so a single DOM element draws them. */
export function projectBorders(region: PlaneRegion, projection: RegionProjection): string {
  return region.borders
    .map((index) => pathData(projectedTenths(region.arcs[index]!, projection, [], 0), false))
    .join('');
}

/** One closed ring: its arcs end to end, each after the first without its repeated start. */
function ringPath(arcs: readonly number[][], ring: readonly number[], projection: RegionProjection): string {
  const tenths: number[] = [];
  ring.forEach((index, i) => {
    const arc = index < 0 ? reversed(arcs[~index]!) : arcs[index]!;
    projectedTenths(arc, projection, tenths, i > 0 ? 2 : 0);
  });
  return pathData(tenths, true);
}

/** Appends a line's points from `start`, projected to screen, in whole tenths: x, y, x, y… */
function projectedTenths(
  points: readonly number[],
  { k, x, y }: RegionProjection,
  out: number[],
  start: number,
): number[] {
  for (let i = start; i < points.length; i += 2) {
    out.push(toTenths(points[i]! * k + x), toTenths(points[i + 1]! * k + y));
  }
  return out;
}

/** Tenths as the shortest decimal: 15 → "1.5", -5 → "-.5", 20 → "2". */
const decimal = (tenths: number): string => String(tenths / 10).replace(/^(-?)0\./, '$1.');

/**
 * Path data for a line: an absolute start, then each vertex as its step from the one before
 * (`l`). Steps take about half the characters of absolute coordinates, and the outlines are
 * most of a prerendered page's bytes, which the browser parses before it can paint the map.
 * The steps are between already-rounded points, so rounding never adds up along a line.
 */
function pathData(tenths: readonly number[], closed: boolean): string {
  // Every line has two points or more: a ring three, a border arc two.
  let data = `M${decimal(tenths[0]!)},${decimal(tenths[1]!)}l`;
  let dotted = false;
  for (let i = 2; i < tenths.length; i++) {
    const step = decimal(tenths[i]! - tenths[i - 2]!);
    // A separator only where the grammar needs one: a minus sign or a second decimal point
    // already ends the previous number.
    if (i > 2 && step[0] !== '-' && !(dotted && step[0] === '.')) data += ' ';
    data += step;
    dotted = step.includes('.');
  }
  return closed ? `${data}Z` : data;
}

function reversed(points: readonly number[]): number[] {
  const out = new Array<number>(points.length);
  for (let i = 0; i < points.length; i += 2) {
    out[points.length - 2 - i] = points[i]!;
    out[points.length - 1 - i] = points[i + 1]!;
  }
  return out;
}

/**
 * A `[longitude, latitude]` (such as a venue) in pixels, in the region's projection
 * (Mercator unless it says Equal Earth), or `null` when it has no place on the map: not a
 * position on Earth (NaN, latitude beyond ±90°, or at ±90° in Mercator, which has no y
 * there). Callers skip the marker instead of drawing it at NaN.
 */
export function projectPoint(
  projection: RegionProjection,
  point: readonly [number, number],
): ScreenPoint | null {
  const grid = gridOf(projection, point, projection.planeXY ?? mercatorXY);
  if (grid === null) return null;
  const { k, x, y } = projection;
  const screen: ScreenPoint = [grid[0] * k + x, grid[1] * k + y];
  return screen.every(Number.isFinite) ? screen : null;
}
