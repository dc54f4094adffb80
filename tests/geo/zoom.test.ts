import { expect } from '@open-wc/testing';
import {
  IDENTITY_ZOOM,
  applyZoom,
  easeCubic,
  frameBox,
  interpolateZoom,
  type ZoomState,
} from '../../src/geo/zoom.js';

describe('frameBox', () => {
  const view = [800, 400] as const;

  it('centres a box and fills the given share of the view in its tighter direction', () => {
    const zoom = frameBox([100, 100, 140, 120], view, 20, 0.8);
    const [cx, cy] = applyZoom(zoom, [120, 110]);
    expect(cx).to.be.closeTo(400, 1e-9);
    expect(cy).to.be.closeTo(200, 1e-9);
    const [left, top] = applyZoom(zoom, [100, 100]);
    const [right, bottom] = applyZoom(zoom, [140, 120]);
    // 40 × 20 in 800 × 400: both directions are as tight; 80 % of each.
    expect(right - left).to.be.closeTo(640, 1e-9);
    expect(bottom - top).to.be.closeTo(320, 1e-9);
  });

  it('zooms no further than maxK, a point included', () => {
    expect(frameBox([100, 100, 101, 101], view, 8).k).to.equal(8);
    const point = frameBox([300, 50, 300, 50], view, 6);
    expect(point.k).to.equal(6);
    expect(applyZoom(point, [300, 50])).to.deep.equal([400, 200]);
  });

  it('shows the whole region for a box that nearly fills the view already', () => {
    expect(frameBox([0, 0, 700, 350], view, 8)).to.deep.equal(IDENTITY_ZOOM);
    expect(frameBox([0, 0, 0, 0], [0, 0], 8)).to.deep.equal(IDENTITY_ZOOM);
  });
});

describe('interpolateZoom', () => {
  const size = [600, 300] as const;
  const a: ZoomState = { k: 1, x: 0, y: 0 };
  const b: ZoomState = { k: 4, x: -900, y: -300 };
  /** The map point drawn in the middle of the view. */
  const middle = (zoom: ZoomState) => [(300 - zoom.x) / zoom.k, (150 - zoom.y) / zoom.k];

  it('starts at the first zoom and ends at the second', () => {
    const start = interpolateZoom(a, b, 0, size);
    const end = interpolateZoom(a, b, 1, size);
    for (const key of ['k', 'x', 'y'] as const) {
      expect(start[key]).to.be.closeTo(a[key], 1e-9);
      expect(end[key]).to.be.closeTo(b[key], 1e-9);
    }
  });

  it('scales at a constant rate and moves the middle of the view in a straight line', () => {
    const half = interpolateZoom(a, b, 0.5, size);
    expect(half.k).to.be.closeTo(2, 1e-9);
    const [mx, my] = middle(half);
    const [ax, ay] = middle(a);
    const [bx, by] = middle(b);
    expect(mx).to.be.closeTo((ax! + bx!) / 2, 1e-9);
    expect(my).to.be.closeTo((ay! + by!) / 2, 1e-9);
  });
});

describe('easeCubic', () => {
  it('eases from 0 to 1, symmetric and always forward', () => {
    expect(easeCubic(0)).to.equal(0);
    expect(easeCubic(1)).to.equal(1);
    expect(easeCubic(0.5)).to.be.closeTo(0.5, 1e-12);
    expect(easeCubic(0.1)).to.be.below(0.1);
    expect(easeCubic(0.25) + easeCubic(0.75)).to.be.closeTo(1, 1e-12);
    let previous = 0;
    for (let t = 0.05; t <= 1; t += 0.05) {
      expect(easeCubic(t)).to.be.at.least(previous);
      previous = easeCubic(t);
    }
  });
});
