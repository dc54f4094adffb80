import type { PlaneCountryRecord } from './types.js';

/** One decimal, as the build writes them: a tenth of a grid step is far below a pixel. */
const tenth = (value: number): number => Math.round(value * 10) / 10;

/** A ring's points, flat `x0, y0, x1, y1, …`: its arcs end to end, each after the first without its start. */
function ringPoints(arcs: readonly number[][], ring: readonly number[]): number[] {
  const points: number[] = [];
  ring.forEach((index, i) => {
    const arc = arcs[index < 0 ? ~index : index]!;
    const count = arc.length / 2;
    for (let j = i > 0 ? 1 : 0; j < count; j++) {
      const at = index < 0 ? count - 1 - j : j;
      points.push(arc[2 * at]!, arc[2 * at + 1]!);
    }
  });
  return points;
}

/** Twice the signed area of a ring, and its centroid's moments, as d3-geo's planar path sums them. */
function moments(points: readonly number[]): [number, number, number] {
  let [area, mx, my] = [0, 0, 0];
  const n = points.length;
  for (let i = 0; i < n; i += 2) {
    const [x0, y0] = [points[(i - 2 + n) % n]!, points[(i - 1 + n) % n]!];
    const [x, y] = [points[i]!, points[i + 1]!];
    const z = y0 * x - x0 * y;
    area += z;
    mx += z * (x0 + x);
    my += z * (y0 + y);
  }
  return [area, mx, my];
}

/**
 * Centroid, label point, bounds and area of a country from its rings, in grid units, as
 * `planeRegion` computes them with d3-geo at build time. The build stores them only for the
 * countries a map is about; the grey neighbours get theirs here, when a dataset that names one
 * of them makes it a country to label (their numbers were a seventh of the bundled map's bytes).
 *
 * Rings are not grouped into polygons in the file: the label goes to the centre of the ring
 * of largest area, which for the outline of a country with no hole in its largest part (every
 * country of the bundled map) is the centroid of its largest polygon, as the build has it.
 */
export function countryStats(
  arcs: readonly number[][],
  rings: readonly (readonly number[])[],
): Pick<PlaneCountryRecord, 'centroid' | 'label' | 'bounds' | 'area'> {
  let [area, mx, my] = [0, 0, 0];
  let largest: [number, number, number] = [0, 0, 0];
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings) {
    const points = ringPoints(arcs, ring);
    for (let i = 0; i < points.length; i += 2) {
      [x0, x1] = [Math.min(x0, points[i]!), Math.max(x1, points[i]!)];
      [y0, y1] = [Math.min(y0, points[i + 1]!), Math.max(y1, points[i + 1]!)];
    }
    const ringMoments = moments(points);
    area += ringMoments[0];
    mx += ringMoments[1];
    my += ringMoments[2];
    if (Math.abs(ringMoments[0]) > Math.abs(largest[0])) largest = ringMoments;
  }
  return {
    centroid: [tenth(mx / (3 * area)), tenth(my / (3 * area))],
    label: [tenth(largest[1] / (3 * largest[0])), tenth(largest[2] / (3 * largest[0]))],
    bounds: [x0, y0, x1, y1],
    area: Math.round(Math.abs(area) / 2),
  };
}
