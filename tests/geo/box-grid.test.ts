import { expect } from '@open-wc/testing';
import { addBox, boxGrid, countNear } from '../../src/geo/box-grid.js';
import type { Box } from '../../src/geo/types.js';

/** A fixed sequence of pseudo-random numbers in [0, 1), so a failure can be replayed. */
function random(seed: number): () => number {
  return () => (seed = (seed * 16807) % 2147483647) / 2147483647;
}

const meets = (a: Box, b: Box) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

describe('boxGrid and countNear', () => {
  it('count what testing every box would count, each box once', () => {
    const next = random(11);
    for (let trial = 0; trial < 40; trial++) {
      const cell = 8 + next() * 60;
      const boxes: Box[] = Array.from({ length: 1 + Math.floor(next() * 400) }, () => {
        const [x, y] = [next() * 1400 - 200, next() * 1000 - 200];
        // Now and then a box wider than a cell row, or a point.
        const width = next() < 0.05 ? 5000 : next() < 0.1 ? 0 : next() * 80;
        return [x, y, x + width, y + next() * 40];
      });
      const grid = boxGrid(boxes.slice(0, boxes.length >> 1), cell);
      for (const box of boxes.slice(boxes.length >> 1)) addBox(grid, box);
      for (let query = 0; query < 30; query++) {
        const [x, y] = [next() * 1600 - 300, next() * 1200 - 300];
        const region: Box = [x, y, x + next() * 300, y + next() * 200];
        const odd = (_: Box, index: number) => index % 2 === 1;
        const expected = boxes.filter((box, index) => meets(box, region) && odd(box, index)).length;
        expect(countNear(grid, region, odd), `trial ${trial}, query ${query}`).to.equal(expected);
      }
    }
  });

  it('hands the test only boxes that meet the region, with their index', () => {
    const boxes: Box[] = [
      [0, 0, 10, 10],
      [100, 100, 110, 110],
      [-50, -50, -40, -40],
    ];
    const seen: number[] = [];
    const count = countNear(boxGrid(boxes, 16), [5, 5, 105, 105], (box, index) => {
      expect(box).to.equal(boxes[index]);
      seen.push(index);
      return true;
    });
    expect(count).to.equal(2);
    expect(seen.sort()).to.deep.equal([0, 1]);
  });

  it('finds nothing in an empty grid, however large the region', () => {
    expect(countNear(boxGrid(), [-1e9, -1e9, 1e9, 1e9], () => true)).to.equal(0);
  });
});
