import type { Box } from './types.js';

/**
 * Boxes filed by the square cells of a grid they cover, so that a question about one
 * region looks at the boxes near it rather than at all of them: a map with thousands of
 * venue markers would otherwise test every candidate place of every name against each.
 */
export interface BoxGrid {
  readonly boxes: Box[];
  /** Side of a cell, in pixels. */
  readonly cell: number;
  /** Indices into `boxes`, by cell key. */
  readonly cells: Map<number, number[]>;
  /** Boxes over too many cells to file (a button bar along the map): always looked at. */
  readonly wide: number[];
  /** The columns and rows holding boxes, so a query never walks empty space. */
  readonly extent: [number, number, number, number];
  /** The query each box was last visited by, so that a box over several cells counts once. */
  readonly visited: number[];
  query: number;
}

/** More cells than this and a box goes to `wide`. */
const MAX_CELLS = 64;
// Cells are keyed by one number; offsetting keeps negative cells (boxes left of or above the
// view, such as zoomed-out-of-view markers) apart from positive ones.
const OFFSET = 1 << 15;
const key = (column: number, row: number): number => (column + OFFSET) * (2 * OFFSET) + row + OFFSET;
const cellOf = (value: number, cell: number): number =>
  Math.max(-OFFSET, Math.min(OFFSET - 1, Math.floor(value / cell)));
const meets = (a: Box, b: Box): boolean => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/** A grid of `cell`-pixel squares holding `boxes`. */
export function boxGrid(boxes: readonly Box[] = [], cell = 32): BoxGrid {
  const grid: BoxGrid = {
    boxes: [],
    cell,
    cells: new Map(),
    wide: [],
    extent: [Infinity, Infinity, -Infinity, -Infinity],
    visited: [],
    query: 0,
  };
  for (const box of boxes) addBox(grid, box);
  return grid;
}

/** Files one more box; its index is the number of boxes before it. */
export function addBox(grid: BoxGrid, box: Box): void {
  const index = grid.boxes.push(box) - 1;
  grid.visited.push(0);
  const { cell, cells, extent } = grid;
  const [left, top, right, bottom] = [
    cellOf(box[0], cell),
    cellOf(box[1], cell),
    cellOf(box[2], cell),
    cellOf(box[3], cell),
  ];
  if (!((right - left + 1) * (bottom - top + 1) <= MAX_CELLS)) {
    grid.wide.push(index);
    return;
  }
  for (let column = left; column <= right; column++) {
    for (let row = top; row <= bottom; row++) {
      const list = cells.get(key(column, row));
      if (list) list.push(index);
      else cells.set(key(column, row), [index]);
    }
  }
  extent[0] = Math.min(extent[0], left);
  extent[1] = Math.min(extent[1], top);
  extent[2] = Math.max(extent[2], right);
  extent[3] = Math.max(extent[3], bottom);
}

/**
 * Counts the boxes that meet `region` (edges included) and pass `test`, each once. Boxes
 * that do not meet the region are never tested, so `test` may assume they do.
 */
export function countNear(grid: BoxGrid, region: Box, test: (box: Box, index: number) => boolean): number {
  const { boxes, cell, cells, extent, visited } = grid;
  const query = ++grid.query;
  let count = 0;
  const visit = (index: number) => {
    if (visited[index] === query) return;
    visited[index] = query;
    const box = boxes[index]!;
    if (meets(box, region) && test(box, index)) count++;
  };
  grid.wide.forEach(visit);
  const right = Math.min(cellOf(region[2], cell), extent[2]);
  const bottom = Math.min(cellOf(region[3], cell), extent[3]);
  for (let column = Math.max(cellOf(region[0], cell), extent[0]); column <= right; column++) {
    for (let row = Math.max(cellOf(region[1], cell), extent[1]); row <= bottom; row++) {
      cells.get(key(column, row))?.forEach(visit);
    }
  }
  return count;
}
