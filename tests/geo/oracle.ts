/**
 * The reference the projected geometry is checked against: the source topology, decoded by
 * topojson-client and projected by d3-geo at run time, as the map did before the geometry
 * was projected at build time. Test-only; neither library ships.
 */
import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { Feature, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import topologyJson from '../../data/region.topo.json';

export type SourceCountry = Feature<Polygon | MultiPolygon, { name: string; focus: boolean }> & {
  id: string;
};
export type SourceTopology = Topology<{ countries: GeometryCollection<{ name: string; focus: boolean }> }>;

export const topology = topologyJson as unknown as SourceTopology;
export const sourceCountries = feature(topology, topology.objects.countries).features as SourceCountry[];
export const sourceFocus = sourceCountries.filter((country) => country.properties.focus);
export const sourceBorders: MultiLineString = mesh(topology, topology.objects.countries, (a, b) => a !== b);

export function referenceProjection(width: number, height: number, padding: number): GeoProjection {
  return geoMercator()
    .precision(0)
    .fitExtent(
      [
        [padding, padding],
        [width - padding, height - padding],
      ],
      { type: 'FeatureCollection', features: sourceFocus },
    );
}

export { geoPath };
