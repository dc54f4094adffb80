import { expect } from '@open-wc/testing';
import { clearPoints, keepInside, placeLabels, type PlacedLabel } from '../../src/geo/label-placement.js';
import type { ScreenBounds, ScreenPoint } from '../../src/geo/types.js';

function country(id: string, x0: number, x1: number) {
  const centre: ScreenPoint = [(x0 + x1) / 2, 50];
  const bounds: ScreenBounds = [
    [x0, 0],
    [x1, 100],
  ];
  return { id, label: centre, centroid: centre, bounds };
}

describe('placeLabels', () => {
  it('centres a label that fits inside its country', () => {
    const [placed] = placeLabels([country('big', 0, 200)], new Map([['big', 80]]));
    expect(placed).to.deep.equal({ id: 'big', x: 100, y: 50, anchor: 'middle' });
  });

  it('sets narrow neighbours apart, each on its far side', () => {
    const countries = [country('west', 100, 120), country('east', 122, 140)];
    const widths = new Map([
      ['west', 40],
      ['east', 40],
    ]);
    const [west, east] = placeLabels(countries, widths);
    expect(west!.anchor).to.equal('end');
    expect(west!.x).to.be.below(100);
    expect(east!.anchor).to.equal('start');
    expect(east!.x).to.be.above(140);
  });

  it('keeps a long label centred on a country that is wide but not wide enough', () => {
    const countries = [country('wide', 100, 170), country('narrow', 172, 190)];
    const [wide] = placeLabels(
      countries,
      new Map([
        ['wide', 120],
        ['narrow', 40],
      ]),
    );
    expect(wide!.anchor).to.equal('middle');
    expect(wide!.x).to.equal(135);
  });
});

describe('clearPoints', () => {
  const widths = new Map([
    ['SEN', 50],
    ['TGO', 30],
  ]);
  const labels: PlacedLabel[] = [
    { id: 'SEN', x: 100, y: 50, anchor: 'middle' },
    { id: 'TGO', x: 300, y: 80, anchor: 'start' },
  ];

  it('leaves labels clear of every point where they are', () => {
    expect(
      clearPoints(
        labels,
        widths,
        12,
        [
          [10, 10],
          [200, 50],
          [300, 100],
        ],
        7,
      ),
    ).to.deep.equal(labels);
  });

  it('slides a label off a point over its first letters to start just after it', () => {
    // "SEN" spans 75–125 around 100; a point at 78 covers its start. The label moves to
    // start after the point's radius (7) and a clearance of 3.
    const [senegal] = clearPoints(labels, widths, 12, [[78, 52]], 7);
    const left = senegal!.x - 25;
    expect(left).to.equal(78 + 7 + 3);
    expect(senegal!.y).to.equal(50);
  });

  it('slides it the other way when the point is over its last letters, whatever its anchor', () => {
    // "TGO" starts at 300 and spans to 330; a point at 326 is over its end.
    const [, togo] = clearPoints(labels, widths, 12, [[326, 80]], 7);
    expect(togo!.anchor).to.equal('start');
    expect(togo!.x + 30).to.equal(326 - 7 - 3);
  });

  it('moves again when the first move lands on another point', () => {
    // Clearing the point at 78 would put "SEN" on 88–138, over the point at 120.
    const [senegal] = clearPoints(
      labels,
      widths,
      12,
      [
        [78, 50],
        [120, 50],
      ],
      7,
    );
    const [left, right] = [senegal!.x - 25, senegal!.x + 25];
    for (const point of [78, 120])
      expect(point + 7 <= left - 3 || point - 7 >= right + 3, `${point}`).to.equal(true);
  });
});

describe('keepInside', () => {
  const widths = new Map([
    ['W', 60],
    ['E', 80],
    ['S', 40],
  ]);
  it('moves labels that cross an edge back inside by the margin, and leaves the others', () => {
    const labels = [
      { id: 'W', x: 10, y: 50, anchor: 'middle' as const },
      { id: 'E', x: 390, y: 50, anchor: 'start' as const },
      { id: 'S', x: 200, y: 298, anchor: 'middle' as const },
    ];
    const [west, east, south] = keepInside(labels, widths, 10, [400, 300], 4);
    // Each box [x - offset, x - offset + width] now lies within [4, 396].
    expect(west!.x - 30).to.equal(4);
    expect(east!.x + 80).to.equal(396);
    expect(south!.x).to.equal(200);
    expect(south!.y).to.equal(300 - 4 - 6.5);
    const inside = { id: 'S', x: 200, y: 100, anchor: 'middle' as const };
    expect(keepInside([inside], widths, 10, [400, 300], 4)[0]).to.equal(inside);
  });

  it('keeps a label wider than the map at the left edge, where its start is read', () => {
    const [label] = keepInside([{ id: 'E', x: 30, y: 50, anchor: 'middle' }], widths, 10, [60, 100], 4);
    expect(label!.x - 40).to.equal(4);
  });
});

describe('clearPoints at the map edge', () => {
  it('moves a label whose start is under a marker to the side that stays inside the map', () => {
    // Bolivia at the west edge of a world map: its name beside it, ending at x = 64.48, with
    // La Paz's marker under its start; to its left there is no room.
    const labels: PlacedLabel[] = [{ id: 'BOL', x: 64.48, y: 137.43, anchor: 'end' }];
    const [moved] = clearPoints(labels, new Map([['BOL', 60.48]]), 12, [[17, 138]], 7, [4, 346]);
    expect(moved!.x - 60.48).to.be.closeTo(17 + 7 + 3, 1e-9);
  });
});
