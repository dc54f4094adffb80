import { expect } from '@open-wc/testing';
import { linearScale } from '../../src/time/linear-scale.js';

describe('linearScale', () => {
  it('maps a two-stop domain linearly, both ways', () => {
    const scale = linearScale([2006, 2027], [0, 210]);
    expect(scale(2006)).to.equal(0);
    expect(scale(2027)).to.equal(210);
    expect(scale(2016.5)).to.be.closeTo(105, 1e-9);
    expect(scale.invert(105)).to.be.closeTo(2016.5, 1e-9);
  });

  it('extrapolates outside the domain like d3 does', () => {
    const scale = linearScale([0, 10], [0, 100]);
    expect(scale(-1)).to.be.closeTo(-10, 1e-9);
    expect(scale(11)).to.be.closeTo(110, 1e-9);
  });

  it('handles reversed ranges', () => {
    const scale = linearScale([0, 10], [100, 0]);
    expect(scale(2)).to.equal(80);
    expect(scale.invert(80)).to.equal(2);
  });

  it('is piecewise linear over several stops', () => {
    // Year 1 takes 10 px, year 2 takes 30 px, year 3 takes 10 px.
    const scale = linearScale([0, 1, 2, 3], [0, 10, 40, 50]);
    expect(scale(0.5)).to.equal(5);
    expect(scale(1.5)).to.equal(25);
    expect(scale(2.5)).to.equal(45);
    expect(scale.invert(25)).to.equal(1.5);
    expect(scale.invert(45)).to.equal(2.5);
    expect(scale(4)).to.equal(60);
  });

  it('returns copies of its stops', () => {
    const scale = linearScale([0, 1], [0, 10]);
    scale.domain().push(99);
    expect(scale.domain()).to.deep.equal([0, 1]);
    expect(scale.range()).to.deep.equal([0, 10]);
  });

  it('rejects mismatched stops', () => {
    expect(() => linearScale([0, 1, 2], [0, 1])).to.throw(RangeError);
    expect(() => linearScale([0], [0])).to.throw(RangeError);
  });
});
