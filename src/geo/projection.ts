import { geoMercator, type GeoProjection } from 'd3-geo';
import type { CountryFeature } from './types.js';

/**
 * A Mercator projection fitted to the focus countries, so they fill the view and the
 * neighbours are cropped context. Between 14° S and 25° N Mercator barely distorts area,
 * keeps north up and shapes as readers know them from other maps.
 *
 * `padding` leaves room for labels and markers at the edges; it is clamped so a view that
 * is not laid out yet (zero size) gives a degenerate projection instead of a flipped one.
 */
export function fitRegionProjection(
  focus: readonly CountryFeature[],
  width: number,
  height: number,
  padding = 0,
): GeoProjection {
  if (focus.length === 0) throw new RangeError('fitRegionProjection: no countries to fit');
  const w = Math.max(0, width);
  const h = Math.max(0, height);
  const pad = Math.max(0, Math.min(padding, w / 2, h / 2));
  // No adaptive resampling: the outlines are dense enough that the curve between two of
  // their points is straight to the eye, and resampling was a fifth of the first render.
  return geoMercator()
    .precision(0)
    .fitExtent(
      [
        [pad, pad],
        [w - pad, h - pad],
      ],
      { type: 'FeatureCollection', features: [...focus] },
    );
}
