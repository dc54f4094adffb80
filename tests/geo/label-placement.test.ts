import { expect } from '@open-wc/testing';
import {
  labelBox,
  LINE_HEIGHT,
  placeLabels,
  type Box,
  type LabelSite,
  type PlacedLabel,
} from '../../src/geo/label-placement.js';

/** A rectangular country from x0 to x1 and y0 to y1, labelled at its middle. */
function site(id: string, x0: number, y0: number, x1: number, y1: number): LabelSite {
  return {
    id,
    label: [(x0 + x1) / 2, (y0 + y1) / 2],
    bounds: [
      [x0, y0],
      [x1, y1],
    ],
    area: (x1 - x0) * (y1 - y0),
  };
}

/** The text's box as the placement must keep it: width by the text, height by the size. */
function textBox(label: PlacedLabel, width: number): Box {
  const w = width / 2;
  const h = (label.size * 1.17) / 2;
  return [label.x - w, label.y - h, label.x + w, label.y + h];
}

const meet = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
const within = (a: Box, [x0, y0, x1, y1]: Box) => a[0] >= x0 && a[1] >= y0 && a[2] <= x1 && a[3] <= y1;

describe('placeLabels', () => {
  it('centres a name that fits on its country', () => {
    const [placed] = placeLabels([site('big', 0, 0, 200, 100)], new Map([['big', 80]]), {
      size: 12,
      view: [400, 300],
    });
    expect(placed).to.deep.equal({ id: 'big', x: 100, y: 50, size: 12 });
  });

  it('sets the names of two narrow neighbours apart, each beside its own country', () => {
    const countries = [site('west', 100, 100, 120, 140), site('east', 122, 100, 140, 140)];
    const widths = new Map([
      ['west', 40],
      ['east', 40],
    ]);
    const placed = placeLabels(countries, widths, { size: 12, view: [400, 300] });
    const [west, east] = placed;
    expect(west!.x + 20, 'west ends before its country').to.be.at.most(100);
    expect(east!.x - 20, 'east starts after its country').to.be.at.least(140);
    expect(meet(textBox(west!, 40), textBox(east!, 40))).to.equal(false);
  });

  it('never puts a name over another, a marker or a button, and keeps every name in the view', () => {
    // A cluster of small countries (Togo, Benin, Burkina) in a corner, a marker and a button.
    const countries = [
      site('A', 10, 40, 16, 80),
      site('B', 17, 40, 28, 80),
      site('C', 0, 10, 40, 38),
      site('D', 30, 40, 60, 70),
      site('E', 200, 100, 300, 200),
    ];
    const widths = new Map([
      ['A', 30],
      ['B', 36],
      ['C', 70],
      ['D', 58],
      ['E', 60],
    ]);
    const avoid: Box[] = [
      [8, 76, 22, 90],
      [260, 0, 300, 100],
    ];
    const view: Box = [0, 0, 300, 220];
    const placed = placeLabels(countries, widths, { size: 12, view: [300, 220], avoid });
    expect(placed.map((label) => label.id)).to.deep.equal(['A', 'B', 'C', 'D', 'E']);
    const boxes = placed.map((label) => textBox(label, widths.get(label.id)!));
    boxes.forEach((box, i) => {
      expect(within(box, view), `${placed[i]!.id} inside`).to.equal(true);
      for (const other of avoid)
        expect(meet(box, other), `${placed[i]!.id} on an avoided box`).to.equal(false);
      boxes.forEach((another, j) => {
        if (j > i) expect(meet(box, another), `${placed[i]!.id} on ${placed[j]!.id}`).to.equal(false);
      });
    });
    // Nor on another country's middle, where it would read as that country's name.
    boxes.forEach((box, i) => {
      for (const other of countries) {
        if (other.id === placed[i]!.id) continue;
        const [x, y] = other.label;
        const inside = x >= box[0] && x <= box[2] && y >= box[1] && y <= box[3];
        expect(inside, `${placed[i]!.id} on the middle of ${other.id}`).to.equal(false);
      }
    });
    // The big country's name sits on it.
    expect(placed[4]).to.include({ x: 250, y: 150 });
  });

  it('draws a leader line from a country to a name set away from it', () => {
    // A tiny country hemmed in: every place next to it is taken.
    const countries = [site('tiny', 100, 100, 104, 104)];
    const avoid: Box[] = [[60, 80, 150, 125]];
    const [label] = placeLabels(countries, new Map([['tiny', 30]]), { size: 12, view: [300, 300], avoid });
    expect(label!.leader, 'a leader').to.be.an('array');
    const [x1, y1, x2, y2] = label!.leader!;
    expect([x1, y1]).to.deep.equal([102, 102]);
    // It ends on the edge of the name's box.
    const [left, top, right, bottom] = labelBox(label!, 30);
    const onEdge =
      (Math.abs(x2 - left) < 1e-9 ||
        Math.abs(x2 - right) < 1e-9 ||
        Math.abs(y2 - top) < 1e-9 ||
        Math.abs(y2 - bottom) < 1e-9) &&
      x2 >= left &&
      x2 <= right &&
      y2 >= top &&
      y2 <= bottom;
    expect(onEdge, `${label!.leader} ends on ${[left, top, right, bottom]}`).to.equal(true);
    expect(meet(textBox(label!, 30), avoid[0]!)).to.equal(false);
  });

  it('shrinks the type only where no place fits, and never below minSize', () => {
    // A view just wide enough for the name at 10 px, not at 12.
    const countries = [site('only', 0, 0, 10, 10)];
    const options = { size: 12, minSize: 10, view: [70, 40] as const, margin: 0 };
    const [shrunk] = placeLabels(countries, new Map([['only', 72]]), options);
    expect(shrunk!.size).to.be.below(12);
    expect(shrunk!.size).to.be.at.least(10);
    const [roomy] = placeLabels(countries, new Map([['only', 30]]), options);
    expect(roomy!.size).to.equal(12);
    const [stuck] = placeLabels(countries, new Map([['only', 500]]), options);
    expect(stuck!.size).to.be.at.least(10);
  });

  it('gives boxes a line height that holds the glyphs and their halo', () => {
    expect(LINE_HEIGHT).to.be.at.least(1.17);
    const box = labelBox({ id: 'a', x: 50, y: 20, size: 10 }, 40);
    expect(box[2] - box[0]).to.be.at.least(40);
    expect(box[3] - box[1]).to.be.at.least(11.7);
  });
});
