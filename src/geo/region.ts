import topology from '../../data/region.topo.json';
import { regionFeatures } from './features.js';
import type { RegionFeatures, RegionTopology } from './types.js';

/**
 * The bundled region: the eight focus countries and their African surroundings, built by
 * `scripts/build-geo.mjs`. The cast stands in for a schema: that script is the only writer.
 */
export const regionTopology = topology as unknown as RegionTopology;

let cached: RegionFeatures | undefined;

/**
 * The bundled region's features, decoded once: every map on a page shares them, and they
 * are never mutated, so decoding the topology again would only cost time.
 */
export function defaultRegion(): RegionFeatures {
  cached ??= regionFeatures(regionTopology);
  return cached;
}
