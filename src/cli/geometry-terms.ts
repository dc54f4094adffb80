import type { Dataset } from '../data/types.js';

/**
 * What the command line says about maps without building one: it loads with every command,
 * while the building code (`geometry.ts`, with d3-geo and topojson) loads only for
 * `partnership-data geometry`, from libraries a site installs only if it builds maps.
 */

/** world-atlas's scales: 1:50 million (the bundled map's) or 1:110 million. */
export type Resolution = '50m' | '110m';
export const RESOLUTIONS: readonly Resolution[] = ['50m', '110m'];

/** Where a country id sits in the dataset, as a person reads it: `countries[3].id`. */
export interface IdPlace {
  id: string;
  place: string;
}

/** Every country id of the dataset with its place: the countries, then the collaborations'. */
export function countryIdPlaces(dataset: Dataset): IdPlace[] {
  return [
    ...dataset.countries.map((country, i) => ({ id: country.id, place: `countries[${i}].id` })),
    ...dataset.collaborations.flatMap((collaboration, i) =>
      collaboration.countries.map((id, j) => ({ id, place: `collaborations[${i}].countries[${j}]` })),
    ),
  ];
}

/** The libraries `partnership-data geometry` needs, which the package lists as optional peers. */
export const GEOMETRY_LIBRARIES = ['world-atlas', 'd3-geo', 'topojson-client', 'topojson-simplify'] as const;
