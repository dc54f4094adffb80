import type { PlaneRegion, ProjectedCountry, RegionProjection, ScreenPoint } from './types.js';

/** Tenths of a pixel are finer than any screen shows, and keep the path strings short. */
const tenth = (value: number): number => Math.round(value * 10) / 10;

const DEGREES = 180 / Math.PI;

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
 * A `[longitude, latitude]` (such as a venue) in pixels, or `null` when it has no place on
 * the map: not a position on Earth (NaN, latitude at or beyond ±90°, where Mercator has no
 * y). Callers skip the marker instead of drawing it at NaN.
 */
export function projectPoint(
  projection: RegionProjection,
  [longitude, latitude]: readonly [number, number],
): ScreenPoint | null {
  if (!(Math.abs(longitude) <= 180 && Math.abs(latitude) < 90)) return null;
  const { k, x, y, step, origin } = projection;
  const northing = -Math.log(Math.tan(Math.PI / 4 + latitude / (2 * DEGREES))) * DEGREES;
  const point: ScreenPoint = [
    ((longitude - origin[0]) / step) * k + x,
    ((northing - origin[1]) / step) * k + y,
  ];
  return point.every(Number.isFinite) ? point : null;
}
