import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendMouse } from '@web/test-runner-commands';
import bundled from '../../data/partnerships.json';
import '../../src/index.js';
import type { TemplateResult } from 'lit';
import type { Dataset } from '../../src/data/types.js';
import { waitFor } from '../support/dom.js';
import { ExplorerPage } from '../support/explorer-page.js';
import { MapPage } from '../support/map-page.js';
import { TimelinePage } from '../support/timeline-page.js';
import { stepsInTimeOrder } from '../support/steps.js';

const dataset = bundled as unknown as Dataset;

/** Time order as the explorer should step through it. */
const chronological = (): string[] => stepsInTimeOrder(dataset).map((c) => c.id);

/** A 1200 × 900 slide; only its map is waited for, not drawn: autoplay starts at once. */
const renderSlide = (template: TemplateResult) =>
  ExplorerPage.render(template, { height: 900, until: 'mounted' });

describe('presentation and autoplay', () => {
  it('autoplay steps through the collaborations in time order, with map, timeline and details following', async () => {
    const page = await renderSlide(
      html`<partnership-explorer presentation autoplay interval="0.2" lang="en"></partnership-explorer>`,
    );
    const explorer = page.element;
    const order = chronological();
    const seen: string[] = [];
    explorer.addEventListener('partnership-select', (event) => {
      const detail = (event as CustomEvent).detail;
      if (detail) seen.push(detail.id);
    });
    await waitFor(() => seen.length >= 3, 4000);
    const first = order.indexOf(seen[0]!);
    expect(seen.slice(0, 3)).to.deep.equal(order.slice(first, first + 3));
    const current = dataset.collaborations.find((c) => c.id === explorer.selected)!;
    expect(explorer.year).to.equal(Number(current.start.slice(0, 4)));
    const details = page.detailsTitle();
    await explorer.updateComplete;
    expect(details.textContent).to.contain(
      dataset.collaborations.find((c) => c.id === explorer.selected)!.title.en,
    );
    const progress = explorer.shadowRoot!.querySelector('progress')!;
    expect(Number(progress.value)).to.equal(order.indexOf(explorer.selected!) + 1);
    expect(Number(progress.max)).to.equal(order.length);
  });

  it('autoplay shows the first step at once, not after one interval', async () => {
    const page = await renderSlide(
      html`<partnership-explorer presentation autoplay interval="60" lang="en"></partnership-explorer>`,
    );
    const explorer = page.element;
    const first = dataset.collaborations.find(({ id }) => id === chronological()[0])!;
    await waitFor(() => explorer.selected === first.id, 3000);
    await explorer.updateComplete;
    expect(page.detailsTitle().textContent).to.contain(first.title.en);
    expect(explorer.year).to.equal(Number(first.start.slice(0, 4)));
    expect(explorer.playing).to.equal(true);
  });

  it('pauses on pointer and key input', async () => {
    const page = await renderSlide(
      html`<partnership-explorer presentation autoplay interval="0.15" lang="en"></partnership-explorer>`,
    );
    const explorer = page.element;
    await waitFor(() => explorer.selected !== null, 3000);
    expect(explorer.playing).to.equal(true);
    page.details().dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    expect(explorer.playing).to.equal(false);
    const selected = explorer.selected;
    await aTimeout(450);
    expect(explorer.selected).to.equal(selected);

    explorer.play();
    expect(explorer.playing).to.equal(true);
    page.press('x', explorer);
    expect(explorer.playing).to.equal(false);
  });

  it('pauses and plays again with a real mouse click on the play button', async () => {
    const page = await renderSlide(
      html`<partnership-explorer presentation autoplay interval="0.5" lang="en"></partnership-explorer>`,
    );
    const explorer = page.element;
    await waitFor(() => explorer.selected !== null, 3000);
    const button = page.get<HTMLButtonElement>('.presenter .play');
    const clickPlay = async () => {
      const box = button.getBoundingClientRect();
      await sendMouse({
        type: 'click',
        position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
      });
      await explorer.updateComplete;
    };
    expect(explorer.playing).to.equal(true);
    // The press used to pause the show as an interruption, and its click then played it again.
    await clickPlay();
    expect(explorer.playing, 'paused by the click').to.equal(false);
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    await clickPlay();
    expect(explorer.playing, 'playing again').to.equal(true);
    await resetMouse();
  });

  it('returns to the first step and plays again after idle-reset seconds without input', async () => {
    const page = await renderSlide(
      html`<partnership-explorer
        presentation
        autoplay
        interval="5"
        idle-reset="0.3"
        lang="en"
      ></partnership-explorer>`,
    );
    const explorer = page.element;
    explorer.goTo(5);
    page.press('x', explorer);
    expect(explorer.playing).to.equal(false);
    expect(explorer.selected).to.equal(chronological()[5]);
    await waitFor(() => explorer.playing, 2000);
    expect(explorer.selected).to.equal(chronological()[0]);
  });

  it('answers presenter keys: next, previous, first, last, play/pause', async () => {
    const page = await renderSlide(
      html`<partnership-explorer presentation lang="en"></partnership-explorer>`,
    );
    const explorer = page.element;
    const order = chronological();
    page.pressOnHeader('PageDown');
    expect(explorer.selected).to.equal(order[0]);
    page.pressOnHeader('ArrowRight');
    expect(explorer.selected).to.equal(order[1]);
    page.pressOnHeader(' ');
    expect(explorer.selected).to.equal(order[2]);
    page.pressOnHeader('PageUp');
    expect(explorer.selected).to.equal(order[1]);
    page.pressOnHeader('ArrowLeft');
    expect(explorer.selected).to.equal(order[0]);
    page.pressOnHeader('End');
    expect(explorer.selected).to.equal(order[order.length - 1]);
    page.pressOnHeader('Home');
    expect(explorer.selected).to.equal(order[0]);
    page.pressOnHeader('p');
    expect(explorer.playing).to.equal(true);
    page.pressOnHeader('P');
    expect(explorer.playing).to.equal(false);
  });

  it('leaves arrow keys to a focused map or timeline', async () => {
    const page = await renderSlide(
      html`<partnership-explorer presentation lang="en"></partnership-explorer>`,
    );
    const map = await page.map.whenDrawn();
    map.press('ArrowRight', map.tabStop());
    expect(page.element.selected).to.equal(null);
  });

  it('steps with PageDown and PageUp, what a remote sends, after a click on the map', async () => {
    const page = await renderSlide(
      html`<partnership-explorer presentation lang="en"></partnership-explorer>`,
    );
    const explorer = page.element;
    const order = chronological();
    const map = await page.map.whenDrawn();
    const senegal = map.country('SEN');
    // A click focuses the country and selects it, as a presenter's click does.
    senegal.focus();
    map.clickCountry('SEN');
    await waitFor(() => explorer.selected === 'SEN');
    map.press('PageDown', senegal);
    const stepped = explorer.selected;
    expect(order).to.include(stepped);
    map.press('PageDown', senegal);
    expect(explorer.selected).to.equal(order[order.indexOf(stepped!) + 1]);
    map.press('PageUp', senegal);
    expect(explorer.selected).to.equal(stepped);
  });

  it('asks for full screen with the F key', async () => {
    const page = await renderSlide(
      html`<partnership-explorer presentation lang="en"></partnership-explorer>`,
    );
    const explorer = page.element;
    let asked = 0;
    explorer.requestFullscreen = async () => {
      asked += 1;
    };
    page.pressOnHeader('f');
    expect(asked).to.equal(1);
    explorer.shadowRoot!.querySelector<HTMLButtonElement>('.fullscreen')!.click();
    expect(asked).to.equal(2);
  });

  it('steps with a horizontal swipe on the details panel', async () => {
    const page = await renderSlide(
      html`<partnership-explorer presentation lang="en"></partnership-explorer>`,
    );
    const explorer = page.element;
    const details = page.details();
    const swipe = (from: number, to: number) => {
      details.dispatchEvent(new PointerEvent('pointerdown', { clientX: from, clientY: 300, bubbles: true }));
      details.dispatchEvent(new PointerEvent('pointerup', { clientX: to, clientY: 305, bubbles: true }));
    };
    swipe(400, 250);
    expect(explorer.selected).to.equal(chronological()[0]);
    swipe(400, 250);
    expect(explorer.selected).to.equal(chronological()[1]);
    swipe(250, 400);
    expect(explorer.selected).to.equal(chronological()[0]);
    swipe(400, 380);
    expect(explorer.selected).to.equal(chronological()[0]);
  });

  it('still advances with reduced motion, and has no axe violations in presentation mode', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const { element: explorer } = await renderSlide(
        html`<partnership-explorer presentation autoplay interval="0.15" lang="nl"></partnership-explorer>`,
      );
      await waitFor(() => explorer.selected !== null, 2000);
      const first = explorer.selected;
      await waitFor(() => explorer.selected !== first, 2000);
      explorer.pause();
      await explorer.updateComplete;
      await expect(explorer).to.be.accessible();
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});

describe('presentation type scale', () => {
  it('enlarges the map labels, and places them for their larger size', async () => {
    const page = await renderSlide(
      html`<partnership-explorer presentation lang="en"></partnership-explorer>`,
    );
    const explorer = page.element;
    const map = page.map;
    const label = await waitFor(() => map.find<SVGTextElement>('.label'));
    // Readable from the back of a room: at least 2.15 % of the slide's height (issue #11).
    const presented = parseFloat(getComputedStyle(label).fontSize);
    expect(presented).to.be.at.least(0.0215 * explorer.getBoundingClientRect().height);
    explorer.presentation = false;
    await explorer.updateComplete;
    await waitFor(() => parseFloat(getComputedStyle(map.get('.label')).fontSize) < presented * 0.8);
  });
});

describe('deep links', () => {
  afterEach(() => {
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('restores lang, year, selection and filter from the hash, and writes changes back', async () => {
    history.replaceState(
      null,
      '',
      `${location.pathname}${location.search}#lang=fr&year=2019&selected=TGO&partners=wsm,aim`,
    );
    const page = await renderSlide(html`<partnership-explorer sync-url></partnership-explorer>`);
    const explorer = page.element;
    expect(explorer.lang).to.equal('fr');
    expect(explorer.year).to.equal(2019);
    expect(explorer.selected).to.equal('TGO');
    expect(explorer.partners).to.deep.equal(['wsm', 'aim']);
    await explorer.updateComplete;
    expect(page.detailsTitle().textContent).to.contain('Togo');

    explorer.selected = 'BEN';
    explorer.year = 2021;
    await explorer.updateComplete;
    const params = new URLSearchParams(location.hash.slice(1));
    expect(params.get('selected')).to.equal('BEN');
    expect(params.get('year')).to.equal('2021');
    expect(params.get('partners')).to.equal('wsm,aim');
  });

  it('follows back and forward', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}`);
    const page = await renderSlide(html`<partnership-explorer sync-url lang="en"></partnership-explorer>`);
    const explorer = page.element;
    const map = await page.map.whenDrawn();
    map.clickCountry('SEN');
    await explorer.updateComplete;
    map.clickCountry('MLI');
    await explorer.updateComplete;
    expect(explorer.selected).to.equal('MLI');
    history.back();
    await waitFor(() => explorer.selected === 'SEN');
    history.forward();
    await waitFor(() => explorer.selected === 'MLI');
  });

  it('leaves the hash alone without sync-url', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#selected=TGO`);
    const { element: explorer } = await renderSlide(
      html`<partnership-explorer lang="en"></partnership-explorer>`,
    );
    expect(explorer.selected).to.equal(null);
    explorer.selected = 'BEN';
    await explorer.updateComplete;
    expect(location.hash).to.equal('#selected=TGO');
  });
});

describe('custom layouts', () => {
  it('links a map and a timeline placed inside the explorer', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 1000px">
        <partnership-explorer lang="fr">
          <div style="display: grid; grid-template-columns: 1fr 1fr">
            <partnership-timeline></partnership-timeline>
            <partnership-map></partnership-map>
          </div>
        </partnership-explorer>
      </div>`,
    );
    const page = new ExplorerPage(wrapper.querySelector('partnership-explorer')!);
    const explorer = page.element;
    const map = await new MapPage(wrapper.querySelector('partnership-map')!).whenDrawn(8);
    const timeline = await new TimelinePage(wrapper.querySelector('partnership-timeline')!).whenDrawn();
    // The explorer keeps the page's own layout and draws no second map.
    expect(page.find('partnership-map')).to.equal(null);
    expect(map.element.lang).to.equal('fr');

    const selecting = oneEvent(explorer, 'partnership-select');
    map.clickCountry('BDI');
    await selecting;
    await waitFor(() => explorer.selected === 'BDI' && timeline.element.selected === 'BDI');
    await timeline.element.updateComplete;
    const expected = dataset.collaborations.filter((c) => c.countries.includes('BDI')).map((c) => c.id);
    const highlighted = timeline
      .items()
      .filter((item) => item.classList.contains('highlighted'))
      .map((item) => item.dataset.id);
    expect([...new Set(highlighted)].sort()).to.deep.equal(expected.sort());
    expect(page.detailsTitle().textContent).to.contain('Burundi');

    explorer.year = 2016;
    await waitFor(() => map.element.year === 2016 && timeline.element.year === 2016);
  });

  it('keeps its default layout without children', async () => {
    const page = await renderSlide(html`<partnership-explorer lang="en"></partnership-explorer>`);
    expect(page.find('partnership-map')).to.exist;
    expect(page.find('partnership-timeline')).to.exist;
  });
});

describe('printing', () => {
  it('renders the list of visible collaborations only for print, and readable without colour', async () => {
    const { element: explorer } = await ExplorerPage.render(
      html`<partnership-explorer lang="en" year="2019"></partnership-explorer>`,
      { width: 1000, until: 'mounted' },
    );
    expect(explorer.shadowRoot!.querySelector('.print-only')).to.equal(null);
    window.dispatchEvent(new Event('beforeprint'));
    await explorer.updateComplete;
    const items = [...explorer.shadowRoot!.querySelectorAll('.print-only li')].map((li) => li.textContent!);
    const expected = dataset.collaborations.filter(
      (c) => Number(c.start.slice(0, 4)) <= 2019 && 2019 <= Number((c.end ?? c.start).slice(0, 4)),
    );
    expect(items).to.have.length(expected.length);
    for (const collaboration of expected) {
      const item = items.find((text) => text.includes(collaboration.title.en));
      expect(item, collaboration.id).to.be.a('string');
      // Each with its sources, named as the details name them: paper has no click to show them.
      for (const id of collaboration.sources) {
        const source = dataset.sources.find((candidate) => candidate.id === id)!;
        expect(item, `${collaboration.id} cites ${id}`).to.include(source.title);
      }
    }
    await emulateMedia({ media: 'print' });
    try {
      const timeline = explorer.shadowRoot!.querySelector('partnership-timeline')!;
      expect(getComputedStyle(timeline).display).to.equal('none');
      expect(getComputedStyle(explorer.shadowRoot!.querySelector('.print-only')!).display).to.equal('block');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    window.dispatchEvent(new Event('afterprint'));
    await explorer.updateComplete;
    expect(explorer.shadowRoot!.querySelector('.print-only')).to.equal(null);
  });
});
