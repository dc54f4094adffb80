/**
 * Stands in for d3-interpolate in the bundle: d3-zoom uses `interpolateZoom` only to
 * animate a zoom transition, which the map never starts (see d3-transition-stub.js). The
 * real module keeps all of d3-color alive, about 5 KB gzip for code that never runs.
 */
export function interpolateZoom() {
  throw new Error('Animated zoom transitions are not part of this bundle.');
}
