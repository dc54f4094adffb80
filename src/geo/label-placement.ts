import { addBox, boxGrid, countNear } from './box-grid.js';
import type { Box, ScreenBounds, ScreenPoint } from './types.js';

export type { Box } from './types.js';

/** A country to name: where its name goes when it fits, and its extent, in screen pixels. */
export interface LabelSite {
  id: string;
  /** The middle of the country's largest part. */
  label: ScreenPoint;
  bounds: ScreenBounds;
  /** Area in square pixels: small countries choose their place before big ones. */
  area: number;
}

export interface PlacedLabel {
  id: string;
  /** The middle of the text (drawn with `text-anchor: middle`, `dominant-baseline: middle`). */
  x: number;
  y: number;
  /** Font size in pixels. */
  size: number;
  /** A callout's leader line, from inside the country to the label's box: x1, y1, x2, y2. */
  leader?: [number, number, number, number];
}

export interface PlacementOptions {
  /** Font size the widths were measured at, in pixels. */
  size: number;
  /** Smallest size a label may shrink to where no place fits at `size`. Default `size`. */
  minSize?: number;
  /** The map's width and height. */
  view: readonly [number, number];
  /** Space kept from the map's edge. Default 4. */
  margin?: number;
  /** Boxes no label may cover: venue markers and names, buttons over the map. */
  avoid?: readonly Box[];
  /**
   * Height of a label's box per pixel of font size, as the browser will report it (fonts
   * differ: Firefox's boxes run taller than Chromium's). Default `LINE_HEIGHT`.
   */
  lineHeight?: number;
}

/** Height of a label's box per pixel of font size: the glyphs' box (1.17 em) and the halo. */
export const LINE_HEIGHT = 1.3;
/** Space between a label and whatever it clears, and a label beside its country. */
const GAP = 3;
/** How much wider than its country a name centred on it may be. */
const SPILL = 1.3;
/** Font sizes tried, as fractions of the size, before `minSize`. */
const SHRINK = [1, 0.9, 0.8];

/** Boxes closer than the gap (twice that along a line, where names would run together). */
const overlaps = (a: Box, b: Box): boolean =>
  a[0] < b[2] + 2 * GAP && b[0] < a[2] + 2 * GAP && a[1] < b[3] + GAP && b[1] < a[3] + GAP;
const clamp = (value: number, low: number, high: number): number => Math.max(low, Math.min(high, value));
/** How far a point is from a box; 0 inside it. */
const distanceTo = (x: number, y: number, box: Box): number =>
  Math.hypot(x - clamp(x, box[0], box[2]), y - clamp(y, box[1], box[3]));

/** How many of `items` pass `test`, without the array `filter` would make per candidate place. */
function count<T>(items: readonly T[], test: (item: T) => boolean): number {
  let total = 0;
  for (const item of items) if (test(item)) total++;
  return total;
}

/** Whether a line passes within `pad` of a box (sampled every eighth of its length). */
function crosses([x1, y1, x2, y2]: readonly number[], box: Box, pad = 0): boolean {
  // Most lines pass nowhere near: their extent tells without sampling.
  if (
    Math.min(x1!, x2!) - pad > box[2] ||
    Math.max(x1!, x2!) + pad < box[0] ||
    Math.min(y1!, y2!) - pad > box[3] ||
    Math.max(y1!, y2!) + pad < box[1]
  ) {
    return false;
  }
  for (let t = 0; t <= 1; t += 0.125) {
    if (distanceTo(x1! + (x2! - x1!) * t, y1! + (y2! - y1!) * t, box) <= pad) return true;
  }
  return false;
}

/** The box of a placed label, as `placeLabels` reserves it. */
export function labelBox(label: PlacedLabel, width: number, lineHeight = LINE_HEIGHT): Box {
  const halfWidth = width / 2 + 1;
  const halfHeight = (label.size * lineHeight) / 2;
  return [label.x - halfWidth, label.y - halfHeight, label.x + halfWidth, label.y + halfHeight];
}

/**
 * Names every country in `sites`, inside the view and on no other name, marker or button,
 * greedily, as a cartographer would: a name that fits is centred on its country (or moved a
 * little on it); the others go beside it (on the side away from the nearest other country
 * first, then below, above, diagonally) or, where that is taken, further out as callouts
 * with a leader line, each place slid inside the view where it would cross its edge. Of
 * the places free, the one nearest its country wins, away from other countries' middles
 * (where a name could be read as theirs); the type shrinks (to `minSize`) rather than take
 * a long leader. Countries whose name fits go first, biggest first, then the others,
 * smallest first, so they get the places nearest to them. Where no place is free, the one
 * with the fewest conflicts is taken. `widths` are text widths at `size`, keyed by id; the
 * result is in the order of `sites`.
 */
export function placeLabels(
  sites: readonly LabelSite[],
  widths: ReadonlyMap<string, number>,
  {
    size,
    minSize = size,
    view: [viewWidth, viewHeight],
    margin = 4,
    avoid = [],
    lineHeight = LINE_HEIGHT,
  }: PlacementOptions,
): PlacedLabel[] {
  // Names and markers taken, filed by where they are: with thousands of venues, a place is
  // checked against the few near it.
  const taken = boxGrid(avoid);
  // The countries' middles, filed the same way (a region may name dozens of countries).
  const middles = boxGrid(sites.map(({ label: [x, y] }) => [x, y, x, y]));
  const leaders: number[][] = [];
  const placed = new Map<string, PlacedLabel>();
  const width = (site: LabelSite) => widths.get(site.id) ?? 0;
  const fits = (site: LabelSite) => width(site) <= SPILL * (site.bounds[1][0] - site.bounds[0][0]);
  const order = [...sites].sort(
    (a, b) => +fits(b) - +fits(a) || (fits(a) ? b.area - a.area : a.area - b.area),
  );
  const sizes = [...new Set(SHRINK.map((factor) => Math.max(size * factor, Math.min(minSize, size))))];
  for (const site of order) {
    const self = sites.indexOf(site);
    const [px, py] = site.label;
    const [[x0, y0], [x1, y1]] = site.bounds;
    const others = sites.filter((other) => other !== site);
    let nearest = Infinity;
    let away = 1;
    for (const {
      label: [ox, oy],
    } of others) {
      const distance = Math.hypot(ox - px, oy - py);
      if (distance < nearest) [nearest, away] = [distance, ox > px ? -1 : 1];
    }
    let best: PlacedLabel | undefined;
    let bestCost = Infinity;
    search: for (const fontSize of sizes) {
      const textWidth = (width(site) * fontSize) / size;
      const [halfWidth, halfHeight] = [textWidth / 2 + 1, (fontSize * lineHeight) / 2];
      const centres: number[][] = [];
      // On the country (spilling a little over its edges reads better than a name far from
      // it), moved a little off a smaller neighbour's name or a marker if need be.
      if (textWidth <= SPILL * (x1 - x0)) {
        for (const dy of [0, -2, 2]) {
          for (const dx of [0, -1, 1, -2, 2]) centres.push([px + (dx * textWidth) / 4, py + dy * halfHeight]);
        }
      }
      for (const ring of [0, 1, 2, 4, 6, 9]) {
        const r = GAP + ring * halfHeight;
        for (const [dx, dy] of [
          [away, 0],
          [-away, 0],
          [0, 1],
          [0, -1],
          [away, 1],
          [away, -1],
          [-away, 1],
          [-away, -1],
        ] as const) {
          // Straight out from the country, and slid along its side by half the name.
          for (const slide of dx && dy ? [0] : [0, -1, 1]) {
            centres.push([
              (dx ? (dx > 0 ? x1 + r + halfWidth : x0 - r - halfWidth) : px) + (dx ? 0 : slide * halfWidth),
              (dy ? (dy > 0 ? y1 + r + halfHeight : y0 - r - halfHeight) : py) +
                (dy ? 0 : slide * halfHeight),
            ]);
          }
        }
      }
      for (let [x, y] of centres as [number, number][]) {
        // Slid back inside the view where it would cross its edge.
        x = clamp(x, margin + halfWidth, viewWidth - margin - halfWidth);
        y = clamp(y, margin + halfHeight, viewHeight - margin - halfHeight);
        const box: Box = [x - halfWidth, y - halfHeight, x + halfWidth, y + halfHeight];
        const [qx, qy] = [clamp(px, box[0], box[2]), clamp(py, box[1], box[3])];
        // A name away from its country points at it, unless it is right beside it.
        const distance = Math.hypot(qx - px, qy - py);
        const apart = Math.hypot(
          Math.max(0, box[0] - x1, x0 - box[2]),
          Math.max(0, box[1] - y1, y0 - box[3]),
        );
        const leader: PlacedLabel['leader'] = apart > halfHeight ? [px, py, qx, qy] : undefined;
        // The cost's terms that need no search: conflicts and crowding only add to them, so a
        // place already dearer than the best one needs no checking (the result is the same).
        const base = distance + (leader ? 2 * fontSize : 0) + (1 - fontSize / size) * 30 * size;
        if (base >= bestCost) continue;
        const conflicts =
          (box[0] < margin || box[1] < margin || box[2] > viewWidth - margin || box[3] > viewHeight - margin
            ? 100
            : 0) +
          10 *
            countNear(taken, [box[0] - 2 * GAP, box[1] - GAP, box[2] + 2 * GAP, box[3] + GAP], (other) =>
              overlaps(box, other),
            ) +
          countNear(middles, box, (_, i) => i !== self) +
          count(leaders, (line) => crosses(line, box)) +
          // A leader may pass under a marker on its own country (Lomé on Togo's coast).
          (leader
            ? countNear(
                taken,
                [
                  Math.min(leader[0], leader[2]) - 1,
                  Math.min(leader[1], leader[3]) - 1,
                  Math.max(leader[0], leader[2]) + 1,
                  Math.max(leader[1], leader[3]) + 1,
                ],
                (other, i) =>
                  (i >= avoid.length || other[0] > x1 || other[2] < x0 || other[1] > y1 || other[3] < y0) &&
                  crosses(leader, other, 1),
              )
            : 0);
        // A name or leader close to another country's middle could be read as its name.
        const crowding = countNear(
          middles,
          [
            Math.min(box[0] - 2 * fontSize, px - fontSize / 2),
            Math.min(box[1] - 2 * fontSize, py - fontSize / 2),
            Math.max(box[2] + 2 * fontSize, px + fontSize / 2),
            Math.max(box[3] + 2 * fontSize, py + fontSize / 2),
          ],
          ([ox, oy], i) =>
            i !== self &&
            (distanceTo(ox, oy, box) < 2 * fontSize ||
              !!(leader && crosses(leader, [ox, oy, ox, oy], fontSize / 2))),
        );
        // Any conflict outweighs the rest; then crowding, distance from the country (more
        // with a leader), smaller type.
        const cost = conflicts * 1e4 + crowding * 4 * fontSize + base;
        if (cost < bestCost) {
          bestCost = cost;
          best = { id: site.id, x, y, size: fontSize, ...(leader ? { leader } : {}) };
          if (!cost) break search;
        }
      }
    }
    if (!best) continue;
    placed.set(site.id, best);
    addBox(taken, labelBox(best, (width(site) * best.size) / size));
    if (best.leader) leaders.push(best.leader);
  }
  return sites.flatMap((site) => placed.get(site.id) ?? []);
}
