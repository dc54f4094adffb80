import type { PlaneRegion, RegionProjection } from './types.js';

/**
 * Fits the given countries (the dataset's, so they fill the view and the neighbours are
 * cropped context) into a `width × height` view with `padding` on every side, as d3-geo's
 * `fitExtent` would for a Mercator projection: centred, scaled to fill one direction.
 *
 * `padding` leaves room for labels and markers at the edges; it is clamped so a view that
 * is not laid out yet (zero size) gives a degenerate projection instead of a flipped one.
 */
export function fitRegion(
  region: Pick<PlaneRegion, 'countries' | 'step' | 'origin' | 'projection' | 'planeXY'>,
  ids: ReadonlySet<string>,
  width: number,
  height: number,
  padding = 0,
): RegionProjection {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const country of region.countries) {
    if (!ids.has(country.id)) continue;
    const [left, top, right, bottom] = country.bounds;
    [x0, y0, x1, y1] = [Math.min(x0, left), Math.min(y0, top), Math.max(x1, right), Math.max(y1, bottom)];
  }
  if (x0 > x1) throw new RangeError('fitRegion: none of these countries is in the region');
  const w = Math.max(0, width);
  const h = Math.max(0, height);
  const pad = Math.max(0, Math.min(padding, w / 2, h / 2));
  const k = Math.min((w - 2 * pad) / Math.max(x1 - x0, 1e-9), (h - 2 * pad) / Math.max(y1 - y0, 1e-9));
  return {
    k,
    x: (w - k * (x0 + x1)) / 2,
    y: (h - k * (y0 + y1)) / 2,
    // Carried along so venues are placed in the projection the outlines were drawn in.
    ...(region.projection ? { projection: region.projection } : {}),
    ...(region.planeXY ? { planeXY: region.planeXY } : {}),
    step: region.step,
    origin: region.origin,
  };
}
