import type { ProjectedCountry } from './types.js';

export interface PlacedLabel {
  id: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

const OUTSIDE_GAP = 4;
/** Countries narrower than this (Togo, Benin, Burundi at most sizes) get their label beside them. */
const NARROW = 48;

/**
 * Centres each label on its country when it fits or the country is not narrow; otherwise
 * sets it beside the country, on
 * the side away from the nearest other labelled country. Togo and Benin, or Burundi beside
 * DR Congo, are too narrow for their names, and centred labels would overprint each other.
 *
 * `labelWidths` are the estimated text widths in pixels, keyed by country id.
 */
export function placeLabels(
  countries: readonly Pick<ProjectedCountry, 'id' | 'label' | 'bounds' | 'centroid'>[],
  labelWidths: ReadonlyMap<string, number>,
): PlacedLabel[] {
  return countries.map((country) => {
    const [[x0], [x1]] = country.bounds;
    const [x, y] = country.label;
    const width = labelWidths.get(country.id) ?? 0;
    // A label only leaves a narrow country: on a wide one, spilling over its edges reads
    // better than a label set far from it, over its neighbours' names.
    if (x1 - x0 >= Math.min(width, NARROW)) return { id: country.id, x, y, anchor: 'middle' };
    let nearest: (typeof countries)[number] | undefined;
    let nearestDistance = Infinity;
    for (const other of countries) {
      if (other.id === country.id) continue;
      const distance = Math.hypot(other.centroid[0] - x, other.centroid[1] - y);
      if (distance < nearestDistance) {
        nearestDistance = distance;
        nearest = other;
      }
    }
    const neighbourIsEast = nearest !== undefined && nearest.centroid[0] > x;
    return neighbourIsEast
      ? { id: country.id, x: x0 - OUTSIDE_GAP, y, anchor: 'end' }
      : { id: country.id, x: x1 + OUTSIDE_GAP, y, anchor: 'start' };
  });
}
