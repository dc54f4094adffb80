import { geoPath, type GeoProjection } from 'd3-geo';
import type { MultiLineString } from 'geojson';
import { labelPosition } from './labels.js';
import type { CountryFeature, ProjectedCountry, ScreenPoint } from './types.js';

/** Tenths of a pixel are finer than any screen shows, and keep the path strings short. */
const DIGITS = 1;

/**
 * Projects every country once per size, so a render only reads strings and numbers:
 * components re-render on hover and focus, and projecting there would redo the geometry.
 */
export function projectCountries(
  countries: readonly CountryFeature[],
  projection: GeoProjection,
): ProjectedCountry[] {
  const path = geoPath(projection).digits(DIGITS);
  return countries.map((country) => ({
    id: country.id,
    name: country.properties.name,
    focus: country.properties.focus,
    path: path(country) ?? '',
    centroid: path.centroid(country),
    label: labelPosition(country, projection),
    bounds: path.bounds(country),
    area: path.area(country),
  }));
}

/** The borders mesh as one path, so they are drawn by a single DOM element. */
export function projectBorders(borders: MultiLineString, projection: GeoProjection): string {
  return geoPath(projection).digits(DIGITS)(borders) ?? '';
}

/**
 * A `[longitude, latitude]` (such as a venue) in pixels, or `null` when it has no place on
 * the map: not a position on Earth (NaN, latitude beyond ±90°), or outside what the
 * projection covers (composite projections return null). Callers skip the marker instead
 * of drawing it at NaN.
 */
export function projectPoint(
  projection: GeoProjection,
  point: readonly [number, number],
): ScreenPoint | null {
  const [longitude, latitude] = point;
  if (!(Math.abs(longitude) <= 180 && Math.abs(latitude) <= 90)) return null;
  const projected = projection([longitude, latitude]);
  if (projected === null || !projected.every(Number.isFinite)) return null;
  return projected;
}
