import { aTimeout, expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import bundled from '../../data/partnerships.json';
import '../../src/elements/partnership-map/partnership-map.js';
import type { Dataset } from '../../src/data/types.js';
import { renderInBox, waitFor } from '../support/dom.js';
import { MapPage } from '../support/map-page.js';

/**
 * The map's names on every screen: phones from 320 px, tablets, laptops, portrait and
 * landscape boxes, in the three languages, with larger type, and framed on a selection.
 * Everything is read from the rendered DOM (getBoundingClientRect), and the expected names
 * from the dataset, not from the placement code.
 */

const dataset = bundled as unknown as Dataset;
const LANGS = ['nl', 'fr', 'en'] as const;

/** The name each country is labelled with: its short name when it has one. */
function expectedNames(lang: (typeof LANGS)[number]): string[] {
  return dataset.countries.map((country) => (country.shortName ?? country.name!)[lang]).sort();
}

const overlaps = (a: DOMRect, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const where = (r: DOMRect) => [r.left, r.top, r.right, r.bottom].map(Math.round).join(' ');

async function renderMap(
  width: number,
  height: number | null,
  lang: string,
  extra: Record<string, string> = {},
): Promise<MapPage> {
  const wrapper = await renderInBox({ width });
  const element = document.createElement('partnership-map');
  element.lang = lang;
  if (height) element.style.setProperty('--pw-map-aspect-ratio', `${width} / ${height}`);
  for (const [name, value] of Object.entries(extra)) element.style.setProperty(name, value);
  wrapper.append(element);
  const map = new MapPage(element);
  await waitFor(() => map.labels().length === 8);
  // The resize observer and a possible second layout (the buttons' size) settle.
  await aTimeout(50);
  await element.updateComplete;
  return map;
}

/** Every name inside the map, on no other name, marker, venue name or button. */
function expectLabelsClear(map: MapPage): void {
  const frame = map.svg().getBoundingClientRect();
  const boxes = map.labels().map((label) => ({
    text: label.textContent!.trim(),
    box: label.getBoundingClientRect(),
  }));
  const covers = [
    ...map.findAll('.marker-dot, .venue-name').map((element) => ({
      what: element.textContent?.trim() || 'a marker',
      box: element.getBoundingClientRect(),
    })),
    ...map.buttons().map((button) => ({
      what: `button ${button.getAttribute('aria-label')}`,
      box: button.getBoundingClientRect(),
    })),
  ];
  for (const [i, { text, box }] of boxes.entries()) {
    expect(box.width, `${text} drawn`).to.be.greaterThan(0);
    expect(
      box.left >= frame.left - 0.5 &&
        box.right <= frame.right + 0.5 &&
        box.top >= frame.top - 0.5 &&
        box.bottom <= frame.bottom + 0.5,
      `${text} at ${where(box)} inside the map ${where(frame)}`,
    ).to.equal(true);
    for (const other of boxes.slice(i + 1)) {
      expect(overlaps(box, other.box), `${text} on ${other.text}`).to.equal(false);
    }
    for (const cover of covers) {
      expect(
        overlaps(box, cover.box),
        `${text} at ${where(box)} on ${cover.what} at ${where(cover.box)}`,
      ).to.equal(false);
    }
  }
}

const BOXES: [number, number | null][] = [
  [320, null],
  [360, null],
  [390, null],
  [768, null],
  [1280, null],
  // Landscape and portrait boxes: a presentation's map, a phone's short map, a kiosk.
  [1040, 600],
  [360, 300],
  [1040, 700],
  [360, 560],
];

describe('<partnership-map> names on every screen', () => {
  for (const lang of LANGS) {
    for (const [width, height] of BOXES) {
      it(`names all eight countries clear of each other, markers and buttons (${lang}, ${width} × ${height ?? 'auto'})`, async () => {
        const map = await renderMap(width, height, lang);
        const texts = map.labelTexts();
        expect(texts.sort()).to.deep.equal(expectedNames(lang));
        expectLabelsClear(map);
        for (const label of map.labels()) {
          expect(parseFloat(getComputedStyle(label).fontSize), label.textContent!).to.be.at.least(10);
        }
        // All eight shapes whole in the frame at the default zoom.
        const frame = map.svg().getBoundingClientRect();
        for (const country of dataset.countries) {
          const shape = map.shape(country.id);
          const box = shape.getBoundingClientRect();
          expect(
            box.left >= frame.left - 0.5 &&
              box.right <= frame.right + 0.5 &&
              box.top >= frame.top - 0.5 &&
              box.bottom <= frame.bottom + 0.5,
            `${country.id} at ${where(box)} in ${where(frame)}`,
          ).to.equal(true);
        }
      });
    }
  }

  it('fills the frame with the eight countries, in a wide and a tall box', async () => {
    for (const [width, height] of [
      [1040, 600],
      [360, 560],
    ] as const) {
      const map = await renderMap(width, height, 'en');
      const frame = map.svg().getBoundingClientRect();
      const shapes = map.findAll('.country .shape').map((s) => s.getBoundingClientRect());
      const spanX = Math.max(...shapes.map((b) => b.right)) - Math.min(...shapes.map((b) => b.left));
      const spanY = Math.max(...shapes.map((b) => b.bottom)) - Math.min(...shapes.map((b) => b.top));
      // As large as fits: the countries reach across most of the frame in one direction.
      expect(Math.max(spanX / frame.width, spanY / frame.height), `${width} × ${height}`).to.be.above(0.8);
    }
  });

  it('moves the buttons out of a narrow map, and keeps them over the corner of a wide one', async () => {
    for (const width of [320, 390]) {
      const map = await renderMap(width, null, 'fr');
      const frame = map.svg().getBoundingClientRect();
      for (const button of map.buttons()) {
        expect(overlaps(button.getBoundingClientRect(), frame), `${width} px`).to.equal(false);
        expect(button.getAttribute('aria-label')).to.be.a('string').and.not.equal('');
      }
    }
    const wide = await renderMap(1000, null, 'fr');
    const button = wide.buttons()[0]!.getBoundingClientRect();
    expect(overlaps(button, wide.svg().getBoundingClientRect())).to.equal(true);
  });

  it('grows names, legend and buttons with the host font size, and keeps 12 px names at the default', async () => {
    const normal = await renderMap(900, null, 'fr');
    const sizes = (map: MapPage) => map.labels().map((label) => parseFloat(getComputedStyle(label).fontSize));
    expect(
      sizes(normal).every((size) => size === 12),
      `${sizes(normal)}`,
    ).to.equal(true);
    const large = await renderMap(900, 500, 'fr', { 'font-size': '32px' });
    // Twice the type: names of 24 px, smaller only where space is short (never under 20).
    expect(Math.max(...sizes(large))).to.equal(24);
    expect(Math.min(...sizes(large))).to.be.at.least(20);
    const legend = (map: MapPage) => parseFloat(getComputedStyle(map.get('.legend')).fontSize);
    expect(legend(large)).to.equal(2 * legend(normal));
    const button = (map: MapPage) => map.buttons()[0]!.getBoundingClientRect();
    expect(button(large).width).to.be.closeTo(2 * button(normal).width, 1);
    expectLabelsClear(large);
  });

  it('follows --pw-map-label-size', async () => {
    const map = await renderMap(1280, null, 'nl', { '--pw-map-label-size': '18px' });
    const sizes = map.labels().map((label) => parseFloat(getComputedStyle(label).fontSize));
    expect(Math.max(...sizes)).to.equal(18);
    expectLabelsClear(map);
  });
});

describe('<partnership-map frame-selection>', () => {
  const oneCountry = dataset.collaborations.find((c) => c.countries.length === 1 && !c.venue)!;
  const venueOnly = dataset.collaborations.find((c) => c.countries.length === 0 && c.venue)!;
  const neither = dataset.collaborations.find((c) => c.countries.length === 0 && !c.venue)!;

  /** Reduced motion on or off; false where the browser cannot emulate it (Firefox). */
  async function reduceMotion(on: boolean): Promise<boolean> {
    try {
      await emulateMedia({ reducedMotion: on ? 'reduce' : 'no-preference' });
      return true;
    } catch {
      return false;
    }
  }

  afterEach(async function () {
    if (this.currentTest?.title.includes('reduced motion')) await reduceMotion(false);
  });

  /** Waits until the zoom stops changing for a few frames, after the ~600 ms of a move. */
  async function settled(map: MapPage): Promise<string> {
    const layer = () => map.transform();
    const start = performance.now();
    let last = layer();
    let still = 0;
    await waitFor(() => {
      const now = layer();
      still = now === last ? still + 1 : 0;
      last = now;
      return still >= 5 && performance.now() - start > 700;
    }, 3000);
    await map.element.updateComplete;
    return last;
  }

  const shapeBox = (map: MapPage, id: string) => map.shape(id).getBoundingClientRect();

  it('reflects the attribute', async () => {
    const map = await renderMap(700, 400, 'en');
    expect(map.element.frameSelection).to.equal(false);
    map.element.frameSelection = true;
    await map.element.updateComplete;
    expect(map.element.hasAttribute('frame-selection')).to.equal(true);
  });

  it('frames a one-country collaboration smoothly, at least 30 % of the map, with its names placed', async () => {
    const map = await renderMap(700, 400, 'fr');
    map.element.frameSelection = true;
    await map.element.updateComplete;
    expect(map.scale()).to.equal(1);
    const id = oneCountry.countries[0]!;
    const start = performance.now();
    map.element.selected = oneCountry.id;
    await map.element.updateComplete;
    // Part of the way after a few frames: neither where it started nor where it ends.
    await waitFor(() => map.scale() > 1);
    const early = map.scale();
    const earlyAt = performance.now() - start;
    await settled(map);
    const elapsed = performance.now() - start;
    expect(map.scale()).to.be.above(early);
    if (earlyAt < 300) expect(elapsed, 'takes about 600 ms').to.be.at.least(400);
    const frame = map.svg().getBoundingClientRect();
    const box = shapeBox(map, id);
    expect(Math.max(box.width / frame.width, box.height / frame.height), id).to.be.at.least(0.3);
    // Whole, and its name in view.
    expect(box.left).to.be.at.least(frame.left - 0.5);
    expect(box.right).to.be.at.most(frame.right + 0.5);
    const name = dataset.countries.find((c) => c.id === id)!;
    const texts = map.labelTexts();
    expect(texts).to.include((name.shortName ?? name.name!).fr);
    expectLabelsClear(map);
  });

  it('frames a country when a country is selected, on a phone too', async () => {
    const map = await renderMap(360, null, 'nl');
    map.element.frameSelection = true;
    map.element.selected = 'BDI';
    await map.element.updateComplete;
    await settled(map);
    const frame = map.svg().getBoundingClientRect();
    const box = shapeBox(map, 'BDI');
    expect(Math.max(box.width / frame.width, box.height / frame.height)).to.be.at.least(0.3);
    expect(map.labelTexts()).to.include('Burundi');
    expectLabelsClear(map);
  });

  it('shows a venue with no country, and the country around it', async () => {
    const map = await renderMap(700, 400, 'en');
    map.element.frameSelection = true;
    map.element.selected = venueOnly.id;
    await map.element.updateComplete;
    await settled(map);
    expect(map.scale()).to.be.above(1.5);
    const dot = map.markerDot(venueOnly.id)!;
    const box = dot.getBoundingClientRect();
    const frame = map.svg().getBoundingClientRect();
    expect(box.left).to.be.above(frame.left + frame.width * 0.2);
    expect(box.right).to.be.below(frame.right - frame.width * 0.2);
    expect(box.top).to.be.above(frame.top);
    expect(box.bottom).to.be.below(frame.bottom);
    expectLabelsClear(map);
  });

  it('returns to the eight countries with nothing, or a collaboration of no place, selected', async () => {
    const map = await renderMap(700, 400, 'en');
    map.element.frameSelection = true;
    map.element.selected = 'TGO';
    await map.element.updateComplete;
    await settled(map);
    expect(map.scale()).to.be.above(1);
    map.element.selected = neither.id;
    await map.element.updateComplete;
    await settled(map);
    expect(map.scale()).to.equal(1);
    map.element.selected = 'SEN';
    await map.element.updateComplete;
    await settled(map);
    map.element.selected = null;
    await map.element.updateComplete;
    await settled(map);
    expect(map.scale()).to.equal(1);
    expect(map.labels()).to.have.length(8);
    expectLabelsClear(map);
  });

  it('moves at once with reduced motion', async function () {
    if (!(await reduceMotion(true))) this.skip();
    const map = await renderMap(700, 400, 'en');
    map.element.frameSelection = true;
    map.element.selected = oneCountry.id;
    await map.element.updateComplete;
    const immediate = map.transform();
    expect(map.scale()).to.be.above(1);
    expect(await settled(map)).to.equal(immediate);
  });

  it('still zooms with the buttons afterwards, and the reset button shows the eight countries again', async () => {
    const map = await renderMap(700, 400, 'en');
    map.element.frameSelection = true;
    map.element.selected = 'BEN';
    await map.element.updateComplete;
    await settled(map);
    const framed = map.scale();
    const [zoomIn, , reset] = map.buttons();
    zoomIn!.click();
    await waitFor(() => map.scale() > framed);
    reset!.click();
    await waitFor(() => map.scale() === 1);
    await map.element.updateComplete;
    expect(reset!.disabled).to.equal(true);
    expect(map.labels()).to.have.length(8);
  });
});
