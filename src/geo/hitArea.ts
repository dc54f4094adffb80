import type { ScreenBounds } from './types.js';

/**
 * The radius of an invisible circle to add under a country so it can be hit with a finger
 * or an unsteady pointer: WCAG 2.5.8 asks for targets of at least 24 × 24 CSS px. Togo,
 * Burundi or Gambia can be a few pixels wide on a phone. Returns 0 when the country's own
 * bounds are large enough in both directions, so big countries get no extra element.
 */
export function minimumTargetRadius(bounds: ScreenBounds, minSize = 24): number {
  const [[x0, y0], [x1, y1]] = bounds;
  const width = Math.abs(x1 - x0);
  const height = Math.abs(y1 - y0);
  return width >= minSize && height >= minSize ? 0 : minSize / 2;
}
