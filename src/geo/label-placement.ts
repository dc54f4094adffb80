import type { ProjectedCountry, ScreenPoint } from './types.js';

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

/** How far a label's text starts left of its `x`, for its anchor. */
function anchorOffset(anchor: PlacedLabel['anchor'], width: number): number {
  return anchor === 'start' ? 0 : anchor === 'end' ? width : width / 2;
}

/** Space left between a moved label and the point it clears; also covers the text's halo. */
const CLEARANCE = 3;
const EPSILON = 1e-6;

/**
 * Slides labels off points drawn above them (venue markers), which would hide a label's
 * first or last letters: a label whose box covers a point moves along its line to the
 * nearest place where it covers none, starting just after or ending just before one of the
 * points. `height` is the label's font size and `radius` the points' radius, in pixels;
 * labels clear of every point, or with nowhere clear to go, are returned as they are.
 */
export function clearPoints(
  labels: readonly PlacedLabel[],
  labelWidths: ReadonlyMap<string, number>,
  height: number,
  points: readonly ScreenPoint[],
  radius: number,
  /** Where a moved label may start and end, such as the map's width less a margin. */
  within: readonly [number, number] = [-Infinity, Infinity],
): PlacedLabel[] {
  // A line of text is taller than its font size: ascenders, descenders and the halo.
  const halfHeight = height * 0.65;
  return labels.map((label) => {
    const width = labelWidths.get(label.id) ?? 0;
    const offset = anchorOffset(label.anchor, width);
    const near = points.filter(([, py]) => Math.abs(py - label.y) < halfHeight + radius);
    const clear = (x: number) => {
      const left = x - offset - CLEARANCE;
      const right = x - offset + width + CLEARANCE;
      // A candidate sits exactly at a point's edge; rounding must not undo that.
      return near.every(([px]) => px + radius <= left + EPSILON || px - radius >= right - EPSILON);
    };
    if (clear(label.x)) return label;
    const candidates = near.flatMap(([px]) => [
      px + radius + CLEARANCE + offset,
      px - radius - CLEARANCE - width + offset,
    ]);
    const fits = (x: number) => x - offset >= within[0] && x - offset + width <= within[1];
    const best = candidates
      .filter((x) => clear(x) && fits(x))
      .sort((a, b) => Math.abs(a - label.x) - Math.abs(b - label.x))[0];
    return best === undefined ? label : { ...label, x: best };
  });
}

/**
 * Moves labels that would cross the map's edge back inside it, along their line (and their
 * column, at the top or bottom): the country at the edge of a wide region (Bolivia on a map
 * reaching Cambodia) is centred where half its name would be cut. `size` is the map's
 * `[width, height]`, `margin` the space kept from the edge, in pixels. A label on a box to
 * `avoid` (the zoom buttons over the map's corner) moves left of it, as far as the map allows.
 */
export function keepInside(
  labels: readonly PlacedLabel[],
  labelWidths: ReadonlyMap<string, number>,
  height: number,
  [mapWidth, mapHeight]: readonly [number, number],
  margin: number,
  avoid: readonly (readonly [number, number, number, number])[] = [],
): PlacedLabel[] {
  const halfHeight = height * 0.65;
  return labels.map((label) => {
    const width = labelWidths.get(label.id) ?? 0;
    const offset = anchorOffset(label.anchor, width);
    let left = Math.min(label.x - offset, mapWidth - margin - width);
    for (const [x0, y0, x1, y1] of avoid) {
      const overlaps =
        left < x1 && left + width > x0 && label.y - halfHeight < y1 && label.y + halfHeight > y0;
      if (overlaps) left = Math.min(left, x0 - margin - width);
    }
    const x = Math.max(margin, left) + offset;
    const y = Math.min(Math.max(label.y, margin + halfHeight), mapHeight - margin - halfHeight);
    return x === label.x && y === label.y ? label : { ...label, x, y };
  });
}
