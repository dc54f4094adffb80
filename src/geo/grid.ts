/**
 * Longitude and latitude to the plane files' grid, for both projections a plane file may be
 * in. `planeRegion` projects the outlines with these functions at build time, and the map
 * places venues with them at run time, so a venue lands where the outlines say it should.
 * Hand-written rather than d3-geo's, which would add some 10 KB gzip to the bundle.
 */

import { equalEarth } from './equal-earth.js';

export { equalEarth };

/** How a plane file was projected; a file without the field is in Mercator. */
export type PlaneProjectionName = 'mercator' | 'equal-earth';

export const PROJECTIONS: readonly PlaneProjectionName[] = ['mercator', 'equal-earth'];

const DEGREES = 180 / Math.PI;

/** Mercator's northing in degrees of the equator, increasing southwards as screens do. */
export function mercatorY(latitude: number): number {
  return -Math.log(Math.tan(Math.PI / 4 + latitude / (2 * DEGREES))) * DEGREES;
}

/** A projection's plane: `[longitude, latitude]` to x and y in degrees (y southwards). */
export type PlaneXY = (longitude: number, latitude: number) => [number, number];

/** Mercator's plane; the poles, which it cannot show, are NaN. */
export const mercatorXY: PlaneXY = (longitude, latitude) => [
  longitude,
  Math.abs(latitude) < 90 ? mercatorY(latitude) : NaN,
];

/** A point in the projection's plane, before the grid's origin and step are applied. */
export function planeXY(
  projection: PlaneProjectionName | undefined,
  longitude: number,
  latitude: number,
): [number, number] {
  return projection === 'equal-earth' ? equalEarth(longitude, latitude) : [longitude, mercatorY(latitude)];
}

/** What places a point on a plane file's grid: the projection, the grid's step and origin. */
export interface GridFrame {
  /** Absent means Mercator, as in the files written before Equal Earth was added. */
  projection?: PlaneProjectionName | undefined;
  step: number;
  origin: readonly [number, number];
}

/**
 * A `[longitude, latitude]` in grid units (not rounded), or `null` when it has no place on
 * the map: not a position on Earth (NaN, beyond ±180° or ±90°), or a pole in Mercator, which
 * has no y there.
 */
export function toGrid(frame: GridFrame, point: readonly [number, number]): [number, number] | null {
  return gridOf(frame, point, frame.projection === 'equal-earth' ? equalEarth : mercatorXY);
}

/**
 * `toGrid` with the plane given as a function: the page draws Mercator (the bundled map)
 * with `mercatorXY`, and gets Equal Earth from the chunk that loads a map file in it, so
 * the bundle carries only the projection it draws by default.
 */
export function gridOf(
  { step, origin }: Pick<GridFrame, 'step' | 'origin'>,
  [longitude, latitude]: readonly [number, number],
  xy: PlaneXY,
): [number, number] | null {
  if (!(Math.abs(longitude) <= 180 && Math.abs(latitude) <= 90)) return null;
  const [px, py] = xy(longitude, latitude);
  const point: [number, number] = [(px - origin[0]) / step, (py - origin[1]) / step];
  return point.every(Number.isFinite) ? point : null;
}
