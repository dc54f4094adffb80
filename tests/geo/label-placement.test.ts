import { expect } from '@open-wc/testing';
import { placeLabels } from '../../src/geo/label-placement.js';
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
