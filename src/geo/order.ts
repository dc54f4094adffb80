import type { ProjectedCountry } from './types.js';

/**
 * Country ids from west to east (then north to south, then by id), the order arrow keys
 * move through: it follows the map as seen, so focus never jumps back and forth across it.
 */
export function westToEastOrder(countries: readonly Pick<ProjectedCountry, 'id' | 'centroid'>[]): string[] {
  return [...countries]
    .sort((a, b) => a.centroid[0] - b.centroid[0] || a.centroid[1] - b.centroid[1] || compare(a.id, b.id))
    .map((country) => country.id);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
