import type { ScreenPoint } from './types.js';

/** A zoom and pan: a point `p` is drawn at `p × k + [x, y]`. */
export interface ZoomState {
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

export const IDENTITY_ZOOM: ZoomState = { k: 1, x: 0, y: 0 };

/** The SVG `transform` attribute for a zoom, in the form d3-zoom used to write. */
export function zoomToString({ k, x, y }: ZoomState): string {
  return `translate(${x},${y}) scale(${k})`;
}

/** Where a map point is on screen under a zoom. */
export function applyZoom({ k, x, y }: ZoomState, [px, py]: readonly [number, number]): ScreenPoint {
  return [px * k + x, py * k + y];
}

export function isIdentityZoom({ k, x, y }: ZoomState): boolean {
  return k === 1 && x === 0 && y === 0;
}

/**
 * Scales by `factor` (clamped to `[minK, maxK]`) keeping the screen point `centre` fixed,
 * as a wheel or a pinch expects: what is under the pointer stays under it.
 */
export function scaleAround(
  zoom: ZoomState,
  factor: number,
  [cx, cy]: readonly [number, number],
  [minK, maxK]: readonly [number, number],
): ZoomState {
  const k = Math.min(maxK, Math.max(minK, zoom.k * factor));
  if (!Number.isFinite(k) || k === zoom.k) return zoom;
  const ratio = k / zoom.k;
  return { k, x: cx - (cx - zoom.x) * ratio, y: cy - (cy - zoom.y) * ratio };
}

/** Moves the view by a distance in screen pixels. */
export function panBy(zoom: ZoomState, dx: number, dy: number): ZoomState {
  return { k: zoom.k, x: zoom.x + dx, y: zoom.y + dy };
}

/**
 * The zoom change a wheel event asks for, as a factor: d3-zoom's curve, so trackpads (which
 * send pinches as ctrl + wheel with small deltas) and mouse wheels both feel right.
 */
export function wheelFactor(deltaY: number, deltaMode: number, ctrlKey: boolean): number {
  const perUnit = deltaMode === 1 ? 0.05 : deltaMode ? 1 : 0.002;
  return 2 ** (-deltaY * perUnit * (ctrlKey ? 10 : 1));
}
