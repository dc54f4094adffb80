import { expect } from '@open-wc/testing';
import { clearPoints, placeLabels, type PlacedLabel } from '../../src/geo/label-placement.js';
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
