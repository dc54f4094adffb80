import { expect } from '@open-wc/testing';
import { timeScale, yearFromPosition, yearTicks } from '../../src/time/index.js';

const period = { start: 2006, end: 2026 };

describe('timeScale', () => {
  it('maps the first year to the start of the range and the end of the last year to its end', () => {
    const scale = timeScale(period, [0, 840]);
    expect(scale(2006)).to.equal(0);
    expect(scale(2027)).to.equal(840);
    // 21 years over 840 px: 40 px a year.
    expect(scale(2016.5)).to.be.closeTo(420, 1e-9);
  });

  it('works with a reversed range, for a timeline running upwards', () => {
    const scale = timeScale(period, [500, 20]);
    expect(scale(2006)).to.equal(500);
    expect(scale(2027)).to.equal(20);
    expect(scale(2010)).to.be.greaterThan(scale(2011));
  });
});

describe('yearTicks', () => {
  it('labels every year when there is room', () => {
    const ticks = yearTicks(period, 21);
    expect(ticks).to.have.length(21);
    expect(ticks[0]).to.equal(2006);
    expect(ticks[20]).to.equal(2026);
  });

  it('steps by 2, then 5, then more as room shrinks', () => {
    expect(yearTicks(period, 20)).to.deep.equal([
      2006, 2008, 2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024, 2026,
    ]);
    expect(yearTicks(period, 10)).to.deep.equal([2006, 2011, 2016, 2021, 2026]);
    expect(yearTicks(period, 5)).to.deep.equal([2006, 2011, 2016, 2021, 2026]);
    expect(yearTicks(period, 4)).to.deep.equal([2006, 2016, 2026]);
    expect(yearTicks(period, 2)).to.deep.equal([2006, 2026]);
  });

  it('always includes both ends, stays evenly spaced and respects maxTicks', () => {
    for (const p of [
      period,
      { start: 2006, end: 2025 },
      { start: 2000, end: 2021 },
      { start: 2010, end: 2012 },
    ]) {
      for (let maxTicks = 2; maxTicks <= 30; maxTicks++) {
        const ticks = yearTicks(p, maxTicks);
        const label = `${p.start}-${p.end} max ${maxTicks}: ${ticks.join(',')}`;
        expect(ticks.length, label).to.be.at.most(maxTicks);
        expect(ticks[0], label).to.equal(p.start);
        expect(ticks[ticks.length - 1], label).to.equal(p.end);
        const steps = new Set(ticks.slice(1).map((year, i) => year - ticks[i]!));
        expect(steps.size, label).to.equal(1);
      }
    }
  });

  it('falls back to the two ends when no step divides the period', () => {
    // 19 years is prime: only a step of 1 or 19 keeps both ends and even spacing.
    expect(yearTicks({ start: 2006, end: 2025 }, 10)).to.deep.equal([2006, 2025]);
  });

  it('labels a single-year period once', () => {
    expect(yearTicks({ start: 2020, end: 2020 }, 5)).to.deep.equal([2020]);
  });
});

describe('yearFromPosition', () => {
  const scale = timeScale(period, [0, 840]);

  it('finds the year under the position', () => {
    expect(yearFromPosition(scale, 0, period)).to.equal(2006);
    expect(yearFromPosition(scale, 39.5, period)).to.equal(2006);
    expect(yearFromPosition(scale, 40, period)).to.equal(2007);
    expect(yearFromPosition(scale, 420, period)).to.equal(2016);
    expect(yearFromPosition(scale, 839, period)).to.equal(2026);
  });

  it('clamps positions outside the period', () => {
    expect(yearFromPosition(scale, -100, period)).to.equal(2006);
    expect(yearFromPosition(scale, 840, period)).to.equal(2026);
    expect(yearFromPosition(scale, 5000, period)).to.equal(2026);
  });

  it('returns each year at its own start position', () => {
    const odd = timeScale(period, [13.7, 731.3]);
    for (let year = period.start; year <= period.end; year++) {
      expect(yearFromPosition(odd, odd(year), period)).to.equal(year);
    }
  });

  it('works on a reversed range', () => {
    const reversed = timeScale(period, [840, 0]);
    expect(yearFromPosition(reversed, 839, period)).to.equal(2006);
    expect(yearFromPosition(reversed, 1, period)).to.equal(2026);
    expect(yearFromPosition(reversed, 2000, period)).to.equal(2006);
    expect(yearFromPosition(reversed, -5, period)).to.equal(2026);
  });
});
