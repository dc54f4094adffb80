import plane from '../../data/region.plane.json';
import { decodeRegion } from './decode.js';
import type { PlaneRegion, PlaneRegionFile } from './types.js';

/**
 * The bundled region: the eight focus countries and their African surroundings, projected
 * at build time by `scripts/plane-region.mjs`. The cast stands in for a schema: that script
 * is the only writer, and a test checks the file against it.
 */
export const regionPlane = plane as unknown as PlaneRegionFile;

let cached: PlaneRegion | undefined;

/**
 * The bundled region decoded once: every map on a page shares it, and it is never mutated,
 * so decoding again would only cost time.
 */
export function defaultRegion(): PlaneRegion {
  cached ??= decodeRegion(regionPlane);
  return cached;
}
