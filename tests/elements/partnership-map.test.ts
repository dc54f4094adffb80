import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import bundled from '../../data/partnerships.json';
import '../../src/elements/partnership-map/partnership-map.js';
import type { Collaboration, Dataset } from '../../src/data/types.js';
import { click, deepActiveElement, renderInBox, waitFor } from '../support/dom.js';
import { MapPage } from '../support/map-page.js';
import { smallDataset } from '../fixtures/small-dataset.js';

const dataset = bundled as unknown as Dataset;

/** Independent of the library's own date code: years are the first four characters. */
function activeIn(collaboration: Collaboration, year: number): boolean {
  const first = Number(collaboration.start.slice(0, 4));
  const last = Number((collaboration.end ?? collaboration.start).slice(0, 4));
  return first <= year && year <= last;
}

describe('<partnership-map>', () => {
  it('draws the eight countries of the dataset as selectable shapes, named in the page language', async () => {
    const map = await MapPage.render(html`<partnership-map lang="fr"></partnership-map>`);
    const ids = map
      .countries()
      .map((element) => element.dataset.country)
      .sort();
    expect(ids).to.deep.equal(dataset.countries.map((country) => country.id).sort());
    expect(ids).to.have.length(8);
    for (const country of dataset.countries) {
      expect(map.country(country.id).getAttribute('aria-label')).to.contain(country.name!.fr);
      expect(map.country(country.id).querySelector('path')!.getAttribute('d')).to.match(/^M[\d.-]/);
    }
    // Neighbours are drawn as context, one path of many outlines, and are not selectable.
    const neighbours = map.findAll('.neighbour');
    expect(neighbours).to.have.length(1);
    expect(neighbours[0]!.getAttribute('d')!.split('M').length - 1).to.be.greaterThan(10);
    expect(neighbours[0]!.closest('[role="listbox"]')).to.equal(null);
  });

  it('says in each country name whether MASMUT membership is inferred', async () => {
    const map = await MapPage.render(html`<partnership-map lang="en"></partnership-map>`);
    for (const country of dataset.countries) {
      const label = map.country(country.id).getAttribute('aria-label')!;
      expect(label.includes('inferred'), country.id).to.equal(country.masmut === 'inferred');
      expect(map.country(country.id).classList.contains('inferred')).to.equal(country.masmut === 'inferred');
    }
  });

  it('counts the collaborations active in the chosen year for each country', async () => {
    const map = await MapPage.render(html`<partnership-map lang="en" year="2016"></partnership-map>`);
    for (const year of [2016, 2025]) {
      map.element.year = year;
      await map.element.updateComplete;
      for (const country of dataset.countries) {
        const expected = dataset.collaborations.filter(
          (collaboration) => collaboration.countries.includes(country.id) && activeIn(collaboration, year),
        ).length;
        const label = map.country(country.id).getAttribute('aria-label')!;
        expect(label, `${country.id} in ${year}`).to.contain(`${expected} collaboration`);
        expect(label).to.contain(`in ${year}`);
      }
    }
  });

  it('shades a country with more active collaborations at least as dark as one with fewer', async () => {
    const map = await MapPage.render(html`<partnership-map year="2022"></partnership-map>`);
    const level = (id: string) => Number(/shade-(\d)/.exec(map.country(id).getAttribute('class')!)![1]);
    const count = (id: string) =>
      dataset.collaborations.filter((c) => c.countries.includes(id) && activeIn(c, 2022)).length;
    const ids = dataset.countries.map((country) => country.id);
    for (const a of ids) {
      for (const b of ids) if (count(a) > count(b)) expect(level(a), `${a} vs ${b}`).to.be.at.least(level(b));
    }
    expect(new Set(ids.map(level)).size).to.be.greaterThan(1);
  });

  it('selects a country on click and fires partnership-select', async () => {
    const map = await MapPage.render();
    const listener = oneEvent(map.element, 'partnership-select');
    map.clickCountry('SEN');
    const event = await listener;
    expect(event.detail).to.deep.equal({ kind: 'country', id: 'SEN' });
    expect(event.bubbles && event.composed).to.equal(true);
    await map.element.updateComplete;
    expect(map.element.selected).to.equal('SEN');
    expect(map.country('SEN').getAttribute('aria-selected')).to.equal('true');
    expect(map.country('MLI').getAttribute('aria-selected')).to.equal('false');
  });

  it('highlights the countries of a selected collaboration', async () => {
    const map = await MapPage.render();
    const collaboration = dataset.collaborations.find((c) => c.countries.length >= 2)!;
    map.element.selected = collaboration.id;
    await map.element.updateComplete;
    for (const element of map.countries()) {
      const expected = collaboration.countries.includes(element.dataset.country!);
      expect(element.classList.contains('highlighted'), element.dataset.country).to.equal(expected);
    }
  });

  it('moves focus west to east with the arrow keys, selects with Enter and clears with Escape', async () => {
    const map = await MapPage.render();
    const tabStops = map.countries().filter((element) => element.getAttribute('tabindex') === '0');
    expect(tabStops).to.have.length(1);
    const first = tabStops[0]!;
    first.focus();
    const x = (element: Element) =>
      element.getBoundingClientRect().left + element.getBoundingClientRect().width / 2;

    map.press('ArrowRight', first);
    const second = await waitFor(() => {
      const active = deepActiveElement();
      return active !== first && active?.getAttribute('role') === 'option' ? active : null;
    });
    expect(x(second)).to.be.greaterThan(x(first));

    const selecting = oneEvent(map.element, 'partnership-select');
    map.press('Enter', second);
    expect((await selecting).detail).to.deep.equal({
      kind: 'country',
      id: (second as SVGGElement).dataset.country,
    });

    const clearing = oneEvent(map.element, 'partnership-select');
    map.press('Escape', second);
    expect((await clearing).detail).to.equal(null);
    expect(map.element.selected).to.equal(null);

    map.press('End', second);
    const last = await waitFor(() => (deepActiveElement() !== second ? deepActiveElement() : null));
    const maxX = Math.max(...map.countries().map(x));
    expect(x(last)).to.equal(maxX);
  });

  it('changes every country name when the language changes', async () => {
    const map = await MapPage.render(html`<partnership-map lang="nl"></partnership-map>`);
    for (const lang of ['nl', 'fr', 'en'] as const) {
      map.element.lang = lang;
      await map.element.updateComplete;
      for (const country of dataset.countries) {
        expect(map.country(country.id).getAttribute('aria-label')).to.contain(country.name![lang]);
      }
      const svgLabel = map.svg().getAttribute('aria-label');
      expect(svgLabel).to.be.a('string').and.not.equal('');
    }
  });

  it('inherits the language of the page when it has none', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="fr" style="width: 800px"><partnership-map></partnership-map></div>`,
    );
    const map = await new MapPage(wrapper.querySelector('partnership-map')!).whenDrawn();
    expect(map.country('SEN').getAttribute('aria-label')).to.contain('Sénégal');
  });

  it('marks venues of visible collaborations and selects their collaboration on click', async () => {
    const map = await MapPage.render(html`<partnership-map year="2022"></partnership-map>`);
    const withVenue = dataset.collaborations.filter((c) => c.venue && activeIn(c, 2022));
    const markers = map.markers();
    expect(markers.map((m) => m.dataset.collaboration).sort()).to.deep.equal(
      withVenue.map((c) => c.id).sort(),
    );
    const listener = oneEvent(map.element, 'partnership-select');
    click(markers[0]!);
    expect((await listener).detail).to.deep.equal({
      kind: 'collaboration',
      id: markers[0]!.dataset.collaboration,
    });
  });

  it('narrows the shading to the partner filter', async () => {
    const map = await MapPage.render(html`<partnership-map lang="en"></partnership-map>`);
    map.element.partners = ['aim'];
    await map.element.updateComplete;
    for (const country of dataset.countries) {
      const expected = dataset.collaborations.filter(
        (c) => c.partners.includes('aim') && c.countries.includes(country.id),
      ).length;
      expect(map.country(country.id).getAttribute('aria-label')).to.contain(`${expected} collaboration`);
    }
  });

  for (const width of [420, 560, 700, 900, 1200]) {
    it(`keeps every label clear of the venue markers drawn over it, ${width} px wide`, async () => {
      const map = await MapPage.render(
        html`<partnership-map lang="en" style="width: ${width}px"></partnership-map>`,
      );
      const dakar = dataset.collaborations.find((c) => c.id === 'dakar-2022')!;
      await waitFor(() => map.markerDot(dakar.id));
      const overlaps = (a: DOMRect, b: DOMRect) =>
        a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      const dots = map.markerDots().map((d) => d.getBoundingClientRect());
      const labels = map.labels();
      expect(map.labelTexts()).to.include('Senegal');
      for (const label of labels) {
        const box = label.getBoundingClientRect();
        expect(
          dots.filter((d) => overlaps(box, d)),
          `${label.textContent} under a marker`,
        ).to.have.length(0);
      }
      // A venue outside the eight countries (Abidjan, in Côte d'Ivoire) is named by its city,
      // inside the map and on no country's name.
      const frame = map.svg().getBoundingClientRect();
      const names = map.venueNames();
      expect(names.map((name) => name.textContent!.trim())).to.deep.equal(['Abidjan']);
      const abidjan = names[0]!.getBoundingClientRect();
      expect(abidjan.left).to.be.at.least(frame.left);
      expect(abidjan.right).to.be.at.most(frame.right);
      expect(abidjan.bottom).to.be.at.most(frame.bottom);
      for (const label of labels) {
        expect(overlaps(abidjan, label.getBoundingClientRect()), `Abidjan on ${label.textContent}`).to.equal(
          false,
        );
      }
    });
  }

  it('keeps its labels in place after being hidden for a moment and shown again at the same size', async () => {
    const map = await MapPage.render(
      html`<partnership-map lang="en" style="width: 700px"></partnership-map>`,
    );
    const positions = () =>
      map.labels().map((label) => `${label.getAttribute('x')} ${label.getAttribute('y')}`);
    await waitFor(() => positions().length === 8);
    const before = positions();
    // Hidden (a CMS tab, a collapsed section): the map measures 0 × 0 for a while.
    map.element.style.display = 'none';
    await aTimeout(100);
    map.element.style.display = '';
    await aTimeout(100);
    await map.element.updateComplete;
    expect(positions()).to.deep.equal(before);
  });

  it('zooms in with the button and the + key, and resets', async () => {
    const map = await MapPage.render();
    expect(map.scale()).to.equal(1);
    map.buttons()[0]!.click();
    await waitFor(() => map.scale() > 1);
    const afterButton = map.scale();
    map.press('+', map.countries()[0]!);
    await waitFor(() => map.scale() > afterButton);
    map.element.resetZoom();
    await waitFor(() => map.scale() === 1);
  });

  it('pans when dragged with a real mouse, and ctrl+wheel is needed to zoom', async () => {
    const map = await MapPage.render();
    const layer = () => map.transform();
    const before = layer();
    const box = map.svg().getBoundingClientRect();
    // Start on the sea in the lower left, where no country or marker takes the click.
    const x = Math.round(box.left + box.width * 0.1);
    const y = Math.round(box.top + box.height * 0.9);
    try {
      await sendMouse({ type: 'move', position: [x, y] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [x + 80, y - 40] });
      await sendMouse({ type: 'up' });
    } finally {
      await resetMouse();
    }
    await waitFor(() => layer() !== before);
    const [, dx, dy] = /translate\(([-\d.]+),\s*([-\d.]+)\)/.exec(layer())!.map(Number);
    expect(dx).to.be.closeTo(80, 2);
    expect(dy).to.be.closeTo(-40, 2);
    expect(map.element.selected).to.equal(null);

    const panned = layer();
    map
      .svg()
      .dispatchEvent(
        new WheelEvent('wheel', { deltaY: -300, clientX: x, clientY: y, bubbles: true, cancelable: true }),
      );
    await map.element.updateComplete;
    expect(layer(), 'a plain wheel scrolls the page, not the map').to.equal(panned);
    map.svg().dispatchEvent(
      new WheelEvent('wheel', {
        deltaY: -300,
        ctrlKey: true,
        clientX: x,
        clientY: y,
        bubbles: true,
        cancelable: true,
      }),
    );
    await waitFor(() => layer() !== panned);
  });

  it('has no axe violations, initially and with a selection and a year', async () => {
    const map = await MapPage.render(html`<partnership-map lang="fr"></partnership-map>`);
    await expect(map.element).to.be.accessible();
    map.element.selected = 'BEN';
    map.element.year = 2021;
    await map.element.updateComplete;
    await expect(map.element).to.be.accessible();
  });

  it('shows a located error for an invalid dataset and fires partnership-error', async () => {
    const broken = smallDataset();
    broken.collaborations[1]!.start = '1999';
    const wrapper = await renderInBox({ width: 600 });
    const map = document.createElement('partnership-map');
    map.data = broken;
    const errorEvent = oneEvent(map, 'partnership-error');
    wrapper.append(map);
    const event = await errorEvent;
    expect(event.detail.issues.map((issue: { path: string }) => issue.path)).to.include(
      'collaborations[1].start',
    );
    await map.updateComplete;
    const alert = new MapPage(map).alert()!;
    expect(alert.textContent).to.contain('collaborations[1].start');
    expect(alert.textContent).to.contain('between 2006 and 2026');
    await expect(map).to.be.accessible();
  });

  it('shows the line and column of invalid JSON from src', async () => {
    const url = URL.createObjectURL(
      new Blob(['{\n  "version": 1,\n  oops\n}'], { type: 'application/json' }),
    );
    const wrapper = await renderInBox({ width: 600 });
    const map = document.createElement('partnership-map');
    const errorEvent = oneEvent(map, 'partnership-error');
    map.src = url;
    wrapper.append(map);
    expect((await errorEvent).detail.message).to.contain('not valid JSON');
    await map.updateComplete;
    expect(new MapPage(map).alert()!.textContent).to.contain('line 3, column 3');
  });

  it('shows the status of a src that fails to load, with a retry button', async () => {
    const wrapper = await renderInBox({ width: 600 });
    const map = document.createElement('partnership-map');
    const errorEvent = oneEvent(map, 'partnership-error');
    map.src = '/tests/fixtures/no-such-dataset.json';
    wrapper.append(map);
    expect((await errorEvent).detail.message).to.contain('404');
    await map.updateComplete;
    const alert = new MapPage(map).alert()!;
    expect(alert.textContent).to.contain('404');
    expect(alert.querySelector('button.retry')).to.exist;
  });

  it('loads a valid dataset from src', async () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(smallDataset())], { type: 'application/json' }));
    const map = await MapPage.render(html`<partnership-map src=${url}></partnership-map>`);
    expect(map.countryIds().sort()).to.deep.equal(['BEN', 'SEN', 'TGO']);
  });
});
