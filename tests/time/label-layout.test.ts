import { expect } from '@open-wc/testing';
import type { Collaboration, CollaborationKind } from '../../src/data/types.js';
import { layoutTimeline, timeScale } from '../../src/time/index.js';
import type { TimelineItem, TimelineLayoutOptions } from '../../src/time/index.js';
import { collaboration } from './fixtures.js';

const period = { start: 2006, end: 2026 };
// 21 years over 840 px: 40 px a year, from 100 px (after a lane label column) to 940 px.
const scale = timeScale(period, [100, 940]);
const GAP = 2;
const LABEL_GAP = 4;

/** The extent of an item's mark and of its label at the most room it was given. */
function extent(item: TimelineItem): [number, number] {
  const low = Math.min(item.start, item.end);
  const high = Math.max(item.start, item.end);
  if (item.side > 0) return [low, high + LABEL_GAP + item.room];
  if (item.side < 0) return [low - LABEL_GAP - item.room, high];
  return [low, high];
}

function expectClearRows(items: TimelineItem[], bounds: [number, number]): void {
  for (const [i, a] of items.entries()) {
    const [aLow, aHigh] = extent(a);
    if (a.side) {
      expect(aLow, `${a.key} starts inside the bounds`).to.be.at.least(bounds[0] - 1e-9);
      expect(aHigh, `${a.key} ends inside the bounds`).to.be.at.most(bounds[1] + 1e-9);
    }
    for (const b of items.slice(i + 1)) {
      if (a.row !== b.row) continue;
      const [bLow, bHigh] = extent(b);
      const apart = aHigh + GAP <= bLow + 1e-9 || bHigh + GAP <= aLow + 1e-9;
      expect(apart, `${a.key} (${aLow}–${aHigh}) and ${b.key} (${bLow}–${bHigh}) in row ${a.row}`).to.equal(
        true,
      );
    }
  }
}

/** Labels of `perChar` pixels a character of the id, the shortest being three characters. */
function labelled(
  data: Collaboration[],
  extra: Partial<TimelineLayoutOptions> = {},
  perChar = 6,
): ReturnType<typeof layoutTimeline> {
  return layoutTimeline(data, {
    grouping: 'kind',
    scale,
    gap: GAP,
    labelGap: LABEL_GAP,
    labelBounds: [100, 1000],
    labelWidth: (c) => c.id.length * perChar,
    labelMin: () => 3 * perChar,
    ...extra,
  });
}

/** A fixed pseudo-random set of events and spans. */
function someCollaborations(count: number): Collaboration[] {
  let seed = 7;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const kinds: CollaborationKind[] = ['programme', 'conference', 'study', 'milestone'];
  return Array.from({ length: count }, (_, i) => {
    const kind = kinds[next(kinds.length)]!;
    const year = 2006 + next(21);
    const end = kind === 'programme' ? String(Math.min(2026, year + next(4))) : undefined;
    return collaboration(`item-${'x'.repeat(next(30))}${i}`, kind, `${year}-0${1 + next(9)}`, end);
  });
}

describe('layoutTimeline: labels beside marks', () => {
  it('keeps every label, at the most room it is given, clear of the marks and labels of its row', () => {
    const layout = labelled(someCollaborations(80));
    expect(layout.items.some((item) => item.side === 1)).to.equal(true);
    expect(layout.items.some((item) => item.side === -1)).to.equal(true);
    expectClearRows(layout.items, [100, 1000]);
  });

  it('gives each label the room of its whole text when the bounds allow it', () => {
    const layout = labelled(someCollaborations(80));
    for (const item of layout.items) {
      if (item.side) expect(item.room, item.key).to.be.at.least(item.id.length * 6 - 1e-9);
    }
  });

  it('stacks rows rather than shorten labels, and needs fewer rows for shorter labels', () => {
    const data = ['a', 'b', 'c'].map((id, index) =>
      collaboration(`${id}-${'y'.repeat(20)}`, 'study', String(2010 + index)),
    );
    // 40 px apart: labels of 132 px cannot all share a row, but 20 px ones can.
    const long = labelled(data);
    expect(long.rowCount).to.be.greaterThan(1);
    for (const item of long.items) expect(item.room, item.key).to.be.at.least(132);
    const capped = labelled(data, { labelCap: 20 });
    expect(capped.rowCount).to.equal(1);
    // Capped, each still gets the free room up to its neighbour.
    expectClearRows(capped.items, [100, 1000]);
  });

  it('puts a label before its mark when after it would leave the bounds', () => {
    const layout = labelled([collaboration('late-event-with-a-long-title', 'study', '2026-06')]);
    const [item] = layout.items;
    expect(item!.side).to.equal(-1);
    expect(item!.room).to.be.at.least('late-event-with-a-long-title'.length * 6);
    const early = labelled([collaboration('early-event', 'study', '2006-06')]).items[0]!;
    expect(early.side).to.equal(1);
  });

  it('holds a label inside a span that holds its shortest form, and beside a shorter one', () => {
    const layout = labelled([
      collaboration('long-span', 'programme', '2008', '2012'),
      collaboration('short-span', 'programme', '2020-01', '2020-02'),
    ]);
    const long = layout.items.find((item) => item.id === 'long-span')!;
    const short = layout.items.find((item) => item.id === 'short-span')!;
    expect(long.side).to.equal(0);
    // Five years of 40 px, less the padding at each end.
    expect(long.room).to.be.closeTo(200 - 2 * LABEL_GAP, 1e-6);
    expect(short.side).to.not.equal(0);
  });

  it('adds no labels without labelWidth', () => {
    const layout = layoutTimeline(someCollaborations(20), { grouping: 'kind', scale });
    for (const item of layout.items) {
      expect(item.side).to.equal(0);
      if (!item.span) expect(item.room).to.equal(0);
    }
  });
});

describe('layoutTimeline: merging lanes to fit', () => {
  const data = [
    collaboration('one', 'conference', '2008'),
    collaboration('two', 'study', '2014'),
    collaboration('three', 'milestone', '2020'),
  ];

  it('merges adjacent lanes while the rows exceed maxRows, keeping each item its own lane', () => {
    expect(labelled(data).lanes.map((lane) => lane.keys)).to.deep.equal([
      ['study'],
      ['conference'],
      ['milestone'],
    ]);
    const merged = labelled(data, { maxRows: 1 });
    expect(merged.lanes.map((lane) => lane.keys)).to.deep.equal([['study', 'conference', 'milestone']]);
    expect(merged.lanes[0]!.key).to.equal('study+conference+milestone');
    expect(merged.rowCount).to.equal(1);
    expect(merged.items.map((item) => item.lane)).to.deep.equal(['conference', 'study', 'milestone']);
    expect(merged.lanes[0]!.items.map((item) => item.id)).to.deep.equal(['one', 'two', 'three']);
    expectClearRows(merged.items, [100, 1000]);
  });

  it('merges no more than it must, and not when merging saves no row', () => {
    expect(labelled(data, { maxRows: 2 }).lanes.length).to.equal(2);
    const together = [collaboration('x', 'conference', '2010'), collaboration('y', 'study', '2010')];
    expect(labelled(together, { maxRows: 1 }).lanes.length).to.equal(2);
  });
});
