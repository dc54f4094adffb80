import { expect } from '@open-wc/testing';
import type { Collaboration, CollaborationKind } from '../../src/data/types.js';
import { compareByStart, layoutTimeline, timeScale } from '../../src/time/index.js';
import type { TimelineItem, TimelineLayout } from '../../src/time/index.js';
import { collaboration } from './fixtures.js';

const period = { start: 2006, end: 2026 };
// 21 years over 840 px: 40 px a year.
const scale = timeScale(period, [0, 840]);

function rowsOf(layout: TimelineLayout): Record<string, number> {
  return Object.fromEntries(layout.items.map((item) => [item.key, item.row]));
}

/** Every pair of marks in a row is separated by at least `gap` pixels. */
function expectNoOverlap(items: TimelineItem[], gap: number): void {
  for (const [i, a] of items.entries()) {
    for (const b of items.slice(i + 1)) {
      if (a.row !== b.row) continue;
      const [aLow, aHigh] = [Math.min(a.start, a.end), Math.max(a.start, a.end)];
      const [bLow, bHigh] = [Math.min(b.start, b.end), Math.max(b.start, b.end)];
      const separated = aHigh + gap <= bLow + 1e-9 || bHigh + gap <= aLow + 1e-9;
      expect(separated, `${a.key} and ${b.key} overlap in row ${a.row}`).to.equal(true);
    }
  }
}

/** A fixed pseudo-random dataset, so that packing is tested beyond hand-made cases. */
function manyCollaborations(count: number): Collaboration[] {
  let seed = 42;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const kinds: CollaborationKind[] = ['partnership', 'programme', 'conference', 'study', 'milestone'];
  const partners = ['mloz', 'wsm', 'bima', 'enabel', 'masmut'];
  const pad = (n: number): string => String(n).padStart(2, '0');
  return Array.from({ length: count }, (_, i) => {
    const kind = kinds[next(kinds.length)]!;
    const year = 2006 + next(20);
    const start = `${year}-${pad(1 + next(12))}-${pad(1 + next(28))}`;
    const end = kind === 'partnership' || kind === 'programme' ? `${year + next(6)}-12` : undefined;
    const chosen = partners.filter(() => next(3) === 0);
    return collaboration(`c-${i}`, kind, start, end, chosen.length ? chosen : ['mloz']);
  });
}

describe('layoutTimeline: packing', () => {
  it('puts two overlapping spans of one lane in different rows', () => {
    const layout = layoutTimeline(
      [collaboration('a', 'partnership', '2008', '2012'), collaboration('b', 'partnership', '2010', '2015')],
      { grouping: 'kind', scale },
    );
    const rows = rowsOf(layout);
    expect(rows['partnership:a']).to.not.equal(rows['partnership:b']);
    expect(layout.rowCount).to.equal(2);
  });

  it('lets two spans that do not overlap share a row', () => {
    const layout = layoutTimeline(
      [collaboration('a', 'partnership', '2008', '2010'), collaboration('b', 'partnership', '2013', '2016')],
      { grouping: 'kind', scale },
    );
    const rows = rowsOf(layout);
    expect(rows['partnership:a']).to.equal(rows['partnership:b']);
    expect(layout.rowCount).to.equal(1);
  });

  it('keeps two events about 1 px apart out of one row', () => {
    // Nine days of 2016 (366 days) at 40 px a year: just under 1 px.
    const layout = layoutTimeline(
      [collaboration('a', 'conference', '2016-03-01'), collaboration('b', 'conference', '2016-03-10')],
      { grouping: 'kind', scale },
    );
    const [a, b] = layout.items;
    expect(Math.abs(b!.center - a!.center)).to.be.within(0.9, 1.1);
    expect(a!.row).to.not.equal(b!.row);
    expect(layout.rowCount).to.equal(2);
  });

  it('lets distant events share a row', () => {
    const layout = layoutTimeline(
      [collaboration('a', 'conference', '2010-06-01'), collaboration('b', 'conference', '2016-06-01')],
      { grouping: 'kind', scale },
    );
    expect(layout.rowCount).to.equal(1);
  });

  it('uses eventSize for the room an event needs', () => {
    // 1 year apart is 40 px: enough for 30 px marks, not for 50 px ones.
    const events = [collaboration('a', 'study', '2010'), collaboration('b', 'study', '2011')];
    expect(layoutTimeline(events, { grouping: 'kind', scale, eventSize: 30 }).rowCount).to.equal(1);
    expect(layoutTimeline(events, { grouping: 'kind', scale, eventSize: 50 }).rowCount).to.equal(2);
  });

  it('gives short spans at least minSpanLength', () => {
    // A one-day span is about 0.1 px; at 20 px it collides with a span 10 px (3 months) later.
    const spans = [
      collaboration('a', 'programme', '2010-01-01', '2010-01-01'),
      collaboration('b', 'programme', '2010-04', '2010-05'),
    ];
    const wide = layoutTimeline(spans, { grouping: 'kind', scale, minSpanLength: 20 });
    const first = wide.items[0]!;
    expect(first.id).to.equal('a');
    expect(first.end - first.start).to.be.closeTo(20, 1e-9);
    expect(wide.rowCount).to.equal(2);
    const narrow = layoutTimeline(spans, { grouping: 'kind', scale });
    expect(narrow.items[0]!.end - narrow.items[0]!.start).to.be.closeTo(6, 1e-9);
    expect(narrow.rowCount).to.equal(1);
  });

  it('draws spans from their start date to the end of their end date', () => {
    const layout = layoutTimeline([collaboration('a', 'partnership', '2010', '2014')], {
      grouping: 'kind',
      scale,
    });
    const item = layout.items[0]!;
    expect(item.span).to.equal(true);
    expect(item.start).to.be.closeTo(160, 1e-9);
    expect(item.end).to.be.closeTo(360, 1e-9);
  });

  it('centres an event on the middle of its date', () => {
    const layout = layoutTimeline([collaboration('a', 'study', '2014')], { grouping: 'kind', scale });
    const item = layout.items[0]!;
    expect(item.span).to.equal(false);
    expect(item.center).to.be.closeTo(340, 1e-9);
    expect(item.start).to.be.closeTo(333, 1e-9);
    expect(item.end).to.be.closeTo(347, 1e-9);
  });

  it('never overlaps marks in a row, horizontally or on a reversed range', () => {
    const data = manyCollaborations(60);
    for (const range of [
      [0, 840],
      [840, 0],
    ] as [number, number][]) {
      for (const grouping of ['kind', 'partner'] as const) {
        const layout = layoutTimeline(data, { grouping, scale: timeScale(period, range) });
        expectNoOverlap(layout.items, 2);
      }
    }
  });

  it('on a reversed range, runs marks in the direction of time', () => {
    const reversed = timeScale(period, [840, 0]);
    const layout = layoutTimeline(
      [collaboration('a', 'partnership', '2008', '2012'), collaboration('b', 'partnership', '2010', '2015')],
      { grouping: 'kind', scale: reversed },
    );
    const [a, b] = layout.items;
    expect(a!.start).to.be.closeTo(reversed(2008), 1e-9);
    expect(a!.end).to.be.closeTo(reversed(2013), 1e-9);
    expect(a!.start).to.be.greaterThan(a!.end);
    expect(a!.row).to.not.equal(b!.row);
  });
});

describe('layoutTimeline: lanes', () => {
  const mixed = [
    collaboration('conf', 'conference', '2012-05-03', undefined, ['wsm']),
    collaboration('study', 'study', '2009', undefined, ['bima', 'mloz']),
    collaboration('phase-1', 'partnership', '2008', '2012', ['mloz', 'wsm']),
    collaboration('phase-2', 'partnership', '2011', '2016', ['mloz']),
    collaboration('trio', 'programme', '2014', '2020', ['mloz', 'wsm', 'enabel']),
  ];

  it('makes one lane per kind present, in the default kind order', () => {
    const layout = layoutTimeline(mixed, { grouping: 'kind', scale });
    expect(layout.lanes.map((lane) => lane.key)).to.deep.equal([
      'partnership',
      'programme',
      'study',
      'conference',
    ]);
  });

  it('follows laneOrder, then the default order for lanes it does not name', () => {
    const layout = layoutTimeline(mixed, {
      grouping: 'kind',
      scale,
      laneOrder: ['conference', 'milestone', 'partnership'],
    });
    expect(layout.lanes.map((lane) => lane.key)).to.deep.equal([
      'conference',
      'partnership',
      'programme',
      'study',
    ]);
  });

  it('orders partner lanes by first appearance in time', () => {
    const layout = layoutTimeline(mixed, { grouping: 'partner', scale });
    // phase-1 (2008: mloz, wsm), study (2009: bima), …, trio (2014: enabel).
    expect(layout.lanes.map((lane) => lane.key)).to.deep.equal(['mloz', 'wsm', 'bima', 'enabel']);
  });

  it('follows laneOrder for partner lanes', () => {
    const layout = layoutTimeline(mixed, { grouping: 'partner', scale, laneOrder: ['enabel', 'bima'] });
    expect(layout.lanes.map((lane) => lane.key)).to.deep.equal(['enabel', 'bima', 'mloz', 'wsm']);
  });

  it('puts a collaboration in each of its partners’ lanes, with unique keys', () => {
    const layout = layoutTimeline(mixed, { grouping: 'partner', scale });
    const trio = layout.items.filter((item) => item.id === 'trio');
    expect(trio.map((item) => item.lane).sort()).to.deep.equal(['enabel', 'mloz', 'wsm']);
    expect(new Set(trio.map((item) => item.key)).size).to.equal(3);
    for (const item of trio) {
      const lane = layout.lanes.find((l) => l.key === item.lane)!;
      expect(lane.items).to.include(item);
    }
    const keys = layout.items.map((item) => item.key);
    expect(new Set(keys).size).to.equal(keys.length);
    // 2 + 1 + 2 + 1 + 3 partner memberships.
    expect(layout.items).to.have.length(9);
  });

  it('numbers rows globally, lane after lane, without interleaving', () => {
    for (const grouping of ['kind', 'partner'] as const) {
      const layout = layoutTimeline(manyCollaborations(60), { grouping, scale });
      let next = 0;
      for (const lane of layout.lanes) {
        expect(lane.firstRow, lane.key).to.equal(next);
        expect(lane.rowCount, lane.key).to.be.at.least(1);
        const used = new Set(lane.items.map((item) => item.row));
        // Rows are packed: every row of the lane holds something, and nothing falls outside.
        expect([...used].sort((a, b) => a - b)).to.deep.equal(
          Array.from({ length: lane.rowCount }, (_, i) => lane.firstRow + i),
        );
        for (const item of lane.items) expect(item.lane).to.equal(lane.key);
        next += lane.rowCount;
      }
      expect(layout.rowCount).to.equal(next);
      expect(layout.items).to.have.length(layout.lanes.reduce((sum, lane) => sum + lane.items.length, 0));
    }
  });
});

describe('layoutTimeline: order and determinism', () => {
  it('lists items in time order', () => {
    const data = manyCollaborations(40);
    const layout = layoutTimeline(data, { grouping: 'kind', scale });
    const ids = layout.items.map((item) => item.id);
    expect(ids).to.deep.equal([...data].sort(compareByStart).map((c) => c.id));
    for (const lane of layout.lanes) {
      const laneIds = lane.items.map((item) => item.id);
      expect(laneIds).to.deep.equal(
        [...lane.items]
          .map((item) => item.collaboration)
          .sort(compareByStart)
          .map((c) => c.id),
      );
    }
  });

  it('gives the same output on two runs and for any input order', () => {
    const data = manyCollaborations(60);
    for (const grouping of ['kind', 'partner'] as const) {
      const first = layoutTimeline(data, { grouping, scale });
      const second = layoutTimeline(data, { grouping, scale });
      const shuffled = layoutTimeline([...data].reverse(), { grouping, scale });
      expect(second).to.deep.equal(first);
      expect(shuffled).to.deep.equal(first);
    }
  });

  it('does not reorder its input', () => {
    const data = manyCollaborations(10);
    const before = data.map((c) => c.id);
    layoutTimeline(data, { grouping: 'kind', scale });
    expect(data.map((c) => c.id)).to.deep.equal(before);
  });
});
