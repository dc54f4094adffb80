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

/**
 * The zoom that shows `box` (map pixels at zoom 1: left, top, right, bottom) in the middle
 * of a `width × height` view, filling `fill` of it in its tighter direction, at most `maxK`
 * times: a point is shown at `maxK`. A box that would fill the view at 1.25 times or less
 * (countries far apart) gives the whole region instead, where it is already in view.
 */
export function frameBox(
  [x0, y0, x1, y1]: readonly [number, number, number, number],
  [width, height]: readonly [number, number],
  maxK: number,
  fill = 0.8,
): ZoomState {
  const k = Math.min(maxK, fill * Math.min(width / (x1 - x0), height / (y1 - y0)));
  return k > 1.25
    ? { k, x: width / 2 - (k * (x0 + x1)) / 2, y: height / 2 - (k * (y0 + y1)) / 2 }
    : IDENTITY_ZOOM;
}

/**
 * The zoom a fraction `t` of the way from `a` to `b` in a `width × height` view: the scale
 * changes at a constant rate and the point in the middle of the view moves in a straight
 * line, so a zoom into a far country neither rushes nor swings out.
 */
export function interpolateZoom(
  a: ZoomState,
  b: ZoomState,
  t: number,
  [width, height]: readonly [number, number],
): ZoomState {
  const k = a.k * (b.k / a.k) ** t;
  const middle = (size: number, from: number, to: number) =>
    (((size / 2 - from) / a.k) * (1 - t) + ((size / 2 - to) / b.k) * t) * k;
  return { k, x: width / 2 - middle(width, a.x, b.x), y: height / 2 - middle(height, a.y, b.y) };
}

/** Cubic ease in and out, as CSS `ease-in-out` roughly and d3's default transition. */
export function easeCubic(t: number): number {
  return t < 0.5 ? 4 * t * t * t : 1 - (2 - 2 * t) ** 3 / 2;
}
