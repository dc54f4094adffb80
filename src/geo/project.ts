import { gridOf, mercatorXY } from './grid.js';
import type { PlaneRegion, ProjectedCountry, RegionProjection, ScreenPoint } from './types.js';

/** Tenths of a pixel are finer than any screen shows, and keep the path strings short. */
const tenth = (value: number): number => Math.round(value * 10) / 10;

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
      name: country.name,
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
  return region.borders.map((index) => linePath(region.arcs[index]!, false, projection)).join('');
}

/** One closed ring: its arcs end to end, each after the first without its repeated start. */
function ringPath(arcs: readonly number[][], ring: readonly number[], projection: RegionProjection): string {
  let path = '';
  ring.forEach((index, i) => {
    const arc = index < 0 ? reversed(arcs[~index]!) : arcs[index]!;
    path += linePath(arc, i > 0, projection);
  });
  return `${path}Z`;
}

function linePath(points: readonly number[], continues: boolean, { k, x, y }: RegionProjection): string {
  let path = continues ? '' : `M${tenth(points[0]! * k + x)},${tenth(points[1]! * k + y)}`;
  for (let i = 2; i < points.length; i += 2) {
    path += `L${tenth(points[i]! * k + x)},${tenth(points[i + 1]! * k + y)}`;
  }
  return path;
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
