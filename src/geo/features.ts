import type { Feature, Geometry, GeoJsonProperties } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { CountryFeature, RegionFeatures, RegionTopology } from './types.js';

/**
 * Turns the region topology into what the map draws: one feature per country, and the
 * mesh of borders between countries. Drawing borders from the mesh rather than each
 * country's outline draws every border once, so it is as thin as the coasts.
 */
export function regionFeatures(topology: RegionTopology): RegionFeatures {
  const object = topology.objects.countries;
  const countries = feature(topology, object).features.map(toCountry);
  const borders = mesh(topology, object, (a, b) => a !== b);
  return { countries, borders };
}

/**
 * Checks each feature at run time, since a topology is data: a country without an
 * alpha-3 id or without an area cannot be matched to the dataset or drawn.
 */
function toCountry(input: Feature<Geometry, GeoJsonProperties>): CountryFeature {
  const { id, geometry, properties } = input;
  if (typeof id !== 'string' || (geometry?.type !== 'Polygon' && geometry?.type !== 'MultiPolygon')) {
    throw new TypeError(`region topology: country ${String(id)} needs a string id and a (multi)polygon`);
  }
  const name = typeof properties?.['name'] === 'string' ? properties['name'] : id;
  return { type: 'Feature', id, geometry, properties: { name, focus: properties?.['focus'] === true } };
}
