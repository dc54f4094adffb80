import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import bundled from '../../data/partnerships.json';
import '../../src/index.js';
import type { PartnershipExplorer } from '../../src/elements/partnership-explorer/partnership-explorer.js';
import type { Dataset } from '../../src/data/types.js';
import { waitFor } from '../support/dom.js';
import { ExplorerPage } from '../support/explorer-page.js';
import { MapPage } from '../support/map-page.js';
import { stepsInTimeOrder } from '../support/steps.js';

/**
 * The explorer tells the page of every change of year, selection and filter exactly once,
 * whatever made it (issue #13): a click in a view, a key, the slideshow, `goTo`, the URL.
 * Events are counted where a page listens: on the element, and on the document.
 */
const dataset = bundled as unknown as Dataset;
const NAMES = ['partnership-select', 'partnership-year-change', 'partnership-filter-change'] as const;
type Name = (typeof NAMES)[number];

const steps = () => stepsInTimeOrder(dataset);
const yearOf = (index: number) => Number(steps()[index]!.start.slice(0, 4));

/** An explorer whose events are recorded on the element and on the document. */
async function renderExplorer(template = html`<partnership-explorer lang="en"></partnership-explorer>`) {
  const page = await ExplorerPage.render(template, { height: 900 });
  const explorer = page.element;

  const onElement: Record<Name, unknown[]> = {
    'partnership-select': [],
    'partnership-year-change': [],
    'partnership-filter-change': [],
  };
  const onDocument: Record<Name, unknown[]> = {
    'partnership-select': [],
    'partnership-year-change': [],
    'partnership-filter-change': [],
  };
  const listeners: [Name, EventListener][] = [];
  for (const name of NAMES) {
    explorer.addEventListener(name, (event) => onElement[name].push((event as CustomEvent).detail));
    const atDocument: EventListener = (event) => onDocument[name].push((event as CustomEvent).detail);
    document.addEventListener(name, atDocument);
    listeners.push([name, atDocument]);
  }
  /** Lets the change settle, then gives what was heard, checking both listeners agree. */
  const heard = async () => {
    await explorer.updateComplete;
    await aTimeout(0);
    for (const name of NAMES)
      expect(onDocument[name], `${name} on the document`).to.deep.equal(onElement[name]);
    return onElement;
  };
  const stop = () => listeners.forEach(([name, listener]) => document.removeEventListener(name, listener));
  return { page, explorer, heard, stop };
}

describe('<partnership-explorer> events: once per change, whatever the cause', () => {
  it('a click on a country in the map', async () => {
    const { page, explorer, heard, stop } = await renderExplorer();
    try {
      page.map.clickCountry('BEN');
      const events = await heard();
      expect(explorer.selected).to.equal('BEN');
      expect(events['partnership-select']).to.deep.equal([{ kind: 'country', id: 'BEN' }]);
      expect(events['partnership-year-change']).to.deep.equal([]);
    } finally {
      stop();
    }
  });

  it('the year scrubber of the timeline', async () => {
    const { page, heard, stop } = await renderExplorer();
    try {
      page.timeline.scrub(2015);
      const events = await heard();
      expect(events['partnership-year-change']).to.deep.equal([{ year: 2015 }]);
      expect(events['partnership-select']).to.deep.equal([]);
    } finally {
      stop();
    }
  });

  it('a partner chip', async () => {
    const { page, heard, stop } = await renderExplorer();
    try {
      page.chip('wsm').click();
      const events = await heard();
      expect(events['partnership-filter-change']).to.deep.equal([{ partners: ['wsm'] }]);
    } finally {
      stop();
    }
  });

  it('a presenter key: the step and its year', async () => {
    const { page, heard, stop } = await renderExplorer(
      html`<partnership-explorer presentation lang="en"></partnership-explorer>`,
    );
    try {
      page.pressOnHeader('PageDown');
      const events = await heard();
      expect(events['partnership-select']).to.deep.equal([{ kind: 'collaboration', id: steps()[0]!.id }]);
      expect(events['partnership-year-change']).to.deep.equal([{ year: yearOf(0) }]);
    } finally {
      stop();
    }
  });

  it('goTo, and a second goTo to a step of the same year tells only the selection', async () => {
    const { explorer, heard, stop } = await renderExplorer();
    // Two consecutive steps in one year exist in the bundled data (2016, 2017, 2021…).
    const order = steps();
    const same = order.findIndex((_, i) => i > 0 && yearOf(i) === yearOf(i - 1));
    expect(same).to.be.greaterThan(0);
    try {
      explorer.goTo(same - 1);
      let events = await heard();
      expect(events['partnership-select']).to.deep.equal([
        { kind: 'collaboration', id: order[same - 1]!.id },
      ]);
      expect(events['partnership-year-change']).to.deep.equal([{ year: yearOf(same - 1) }]);
      explorer.goTo(same);
      events = await heard();
      expect(events['partnership-select']).to.have.length(2);
      expect(events['partnership-select'][1]).to.deep.equal({ kind: 'collaboration', id: order[same]!.id });
      // Same year: no second year event.
      expect(events['partnership-year-change']).to.have.length(1);
    } finally {
      stop();
    }
  });

  it('autoplay: one select per step, one year change per new year', async () => {
    const { explorer, heard, stop } = await renderExplorer(
      html`<partnership-explorer presentation autoplay interval="0.15" lang="en"></partnership-explorer>`,
    );
    try {
      await waitFor(() => steps().findIndex(({ id }) => id === explorer.selected) >= 3, 5000);
      explorer.pause();
      const events = await heard();
      const selects = events['partnership-select'] as { id: string }[];
      const positions = selects.map(({ id }) => steps().findIndex((step) => step.id === id));
      // Consecutive steps, each told once.
      positions.forEach((position, i) => i && expect(position).to.equal(positions[i - 1]! + 1));
      const years = positions.map((position) => yearOf(position));
      // Autoplay shows the first step at once, maybe before this test listens: the first
      // step heard changes the year only if it differs from the step before it.
      const before = positions[0]! > 0 ? yearOf(positions[0]! - 1) : null;
      const changes = years.filter((year, i) => year !== (i === 0 ? before : years[i - 1]));
      expect(events['partnership-year-change']).to.deep.equal(changes.map((year) => ({ year })));
    } finally {
      stop();
    }
  });

  it('the URL, with sync-url', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}`);
    const { heard, stop } = await renderExplorer(
      html`<partnership-explorer sync-url lang="en"></partnership-explorer>`,
    );
    try {
      location.hash = 'selected=TGO&year=2019';
      await waitFor(() => document.querySelector('partnership-explorer')!.getAttribute('year') === '2019');
      const events = await heard();
      expect(events['partnership-select']).to.deep.equal([{ kind: 'country', id: 'TGO' }]);
      expect(events['partnership-year-change']).to.deep.equal([{ year: 2019 }]);
    } finally {
      stop();
      history.replaceState(null, '', `${location.pathname}${location.search}`);
    }
  });

  it('a click in a map the page placed inside the explorer', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 1000px">
        <partnership-explorer lang="en"><partnership-map></partnership-map></partnership-explorer>
      </div>`,
    );
    const map = await new MapPage(wrapper.querySelector('partnership-map')!).whenDrawn(8);
    const heard: unknown[] = [];
    const listen = (event: Event) => heard.push((event as CustomEvent).detail);
    document.addEventListener('partnership-select', listen);
    try {
      map.clickCountry('MLI');
      const explorer = wrapper.querySelector<PartnershipExplorer>('partnership-explorer')!;
      await explorer.updateComplete;
      await aTimeout(0);
      expect(explorer.selected).to.equal('MLI');
      expect(heard).to.deep.equal([{ kind: 'country', id: 'MLI' }]);
    } finally {
      document.removeEventListener('partnership-select', listen);
    }
  });
});
