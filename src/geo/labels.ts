import { geoPath, type GeoProjection } from 'd3-geo';
import type { Polygon } from 'geojson';
import type { CountryFeature, ScreenPoint } from './types.js';

/**
 * Where a country's label goes, in pixels: the centroid of its largest polygon. The
 * centroid of a whole multi-polygon is pulled towards its islands and exclaves, and can
 * land in the sea or in a neighbour; the largest part is where readers look for the name.
 */
export function labelPosition(country: CountryFeature, projection: GeoProjection): ScreenPoint {
  const path = geoPath(projection);
  const { geometry } = country;
  if (geometry.type === 'Polygon') return path.centroid(geometry);
  let largest: Polygon | undefined;
  let largestArea = -1;
  for (const coordinates of geometry.coordinates) {
    const polygon: Polygon = { type: 'Polygon', coordinates };
    const area = path.area(polygon);
    if (area > largestArea) {
      largest = polygon;
      largestArea = area;
    }
  }
  return path.centroid(largest ?? geometry);
}
