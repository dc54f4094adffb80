import type { PlaneRegion, PlaneRegionFile } from './types.js';

/** Undoes the delta encoding of each arc; everything else is used as stored. */
export function decodeRegion(file: PlaneRegionFile): PlaneRegion {
  const arcs = file.arcs.map((deltas) => {
    const points = new Array<number>(deltas.length);
    let x = 0;
    let y = 0;
    for (let i = 0; i < deltas.length; i += 2) {
      x += deltas[i]!;
      y += deltas[i + 1]!;
      points[i] = x;
      points[i + 1] = y;
    }
    return points;
  });
  return { ...file, arcs };
}
