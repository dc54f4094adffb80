import { expect, html } from '@open-wc/testing';
import { a11ySnapshot, emulateMedia, sendKeys } from '@web/test-runner-commands';
import bundled from '../../data/partnerships.json';
import '../../src/index.js';
import type { Dataset } from '../../src/data/types.js';
import { deepActiveElement, renderInBox, waitFor } from '../support/dom.js';
import { ExplorerPage } from '../support/explorer-page.js';
import { TablePage } from '../support/table-page.js';

const dataset = bundled as unknown as Dataset;

interface AxNode {
  role?: string;
  name?: string;
  children?: AxNode[];
}

function flatten(node: AxNode, into: AxNode[] = []): AxNode[] {
  into.push(node);
  for (const child of node.children ?? []) flatten(child, into);
  return into;
}

const renderExplorer = (lang = 'en', width = 1200) =>
  ExplorerPage.render(html`<partnership-explorer lang=${lang}></partnership-explorer>`, { width });

async function settle(...elements: { updateComplete: Promise<unknown> }[]): Promise<void> {
  for (let round = 0; round < 2; round++) for (const element of elements) await element.updateComplete;
}

describe('accessibility', () => {
  afterEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference', forcedColors: 'none' });
  });

  for (const lang of ['nl', 'fr', 'en']) {
    it(`has no axe violations in ${lang}: initial, country, collaboration, year, filter, table view`, async () => {
      const page = await renderExplorer(lang);
      const { element: explorer, map, timeline } = page;
      await expect(explorer).to.be.accessible();
      explorer.selected = 'GIN';
      await settle(explorer, map.element, timeline.element);
      await expect(explorer).to.be.accessible();
      explorer.selected = 'bujumbura-2025';
      explorer.year = 2025;
      await settle(explorer, map.element, timeline.element);
      await expect(explorer).to.be.accessible();
      explorer.partners = ['lc', 'wsm'];
      await settle(explorer, map.element, timeline.element);
      await expect(explorer).to.be.accessible();
      explorer.view = 'table';
      await explorer.updateComplete;
      const table = await waitFor(() => page.find('partnership-table')?.shadowRoot?.querySelector('table'));
      expect(table).to.exist;
      await expect(explorer).to.be.accessible();
    });
  }

  it('lets a keyboard alone select a country, then a collaboration, then clear, without losing focus', async () => {
    const { element: explorer, timeline } = await renderExplorer('en');
    const before = document.createElement('button');
    before.textContent = 'before';
    explorer.parentElement!.prepend(before);
    before.focus();

    // Tab through the filter and view buttons until focus reaches a country on the map.
    let country: Element | null = null;
    for (let presses = 0; presses < 30 && !country; presses++) {
      await sendKeys({ press: 'Tab' });
      const active = deepActiveElement();
      if (active?.getAttribute('data-country')) country = active;
    }
    expect(country, 'Tab reaches the map').to.exist;
    await sendKeys({ press: 'ArrowRight' });
    const next = deepActiveElement()!;
    expect(next.getAttribute('data-country'))
      .to.be.a('string')
      .and.not.equal(country!.getAttribute('data-country'));
    await sendKeys({ press: 'Enter' });
    await waitFor(() => explorer.selected === next.getAttribute('data-country'));

    // One more Tab leaves the map (one tab stop), then on to the timeline's items.
    let item: Element | null = null;
    for (let presses = 0; presses < 30 && !item; presses++) {
      await sendKeys({ press: 'Tab' });
      const active = deepActiveElement();
      expect(active, 'focus is never lost to the body').not.to.equal(document.body);
      if (active?.getAttribute('role') === 'option' && active.getAttribute('data-id')) item = active;
    }
    expect(item, 'Tab reaches the timeline').to.exist;
    await sendKeys({ press: 'ArrowRight' });
    const chosen = deepActiveElement()!;
    await sendKeys({ press: ' ' });
    await waitFor(() => explorer.selected === chosen.getAttribute('data-id'));
    await settle(explorer, timeline.element);
    expect(deepActiveElement()?.getAttribute('data-id')).to.equal(chosen.getAttribute('data-id'));
    await sendKeys({ press: 'Escape' });
    await waitFor(() => explorer.selected === null);
    expect(deepActiveElement()?.getAttribute('data-id'), 'focus stays put after Escape').to.equal(
      chosen.getAttribute('data-id'),
    );
  });

  it('draws a focus indicator at least 2 px wide', async () => {
    const { element: explorer, map } = await renderExplorer('en');
    const before = document.createElement('button');
    before.textContent = 'before';
    explorer.parentElement!.prepend(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    const chip = deepActiveElement()!;
    expect(chip.classList.contains('chip')).to.equal(true);
    const style = getComputedStyle(chip);
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    expect(style.outlineStyle).to.equal('solid');
    const stop = map.tabStop();
    stop.focus();
    await sendKeys({ press: 'ArrowRight' });
    const focused = deepActiveElement()!;
    expect(parseFloat(getComputedStyle(focused.querySelector('.shape')!).strokeWidth)).to.be.at.least(2);
  });

  for (const lang of ['nl', 'fr', 'en'] as const) {
    it(`exposes names in ${lang} in Chromium's accessibility tree`, async () => {
      await renderExplorer(lang);
      const snapshot = (await a11ySnapshot({})) as unknown as AxNode;
      const nodes = flatten(snapshot);
      const options = nodes.filter((node) => node.role === 'option');
      for (const country of dataset.countries) {
        const node = options.find((option) => option.name?.startsWith(country.name![lang]));
        expect(node, `${country.id} in ${lang}`).to.exist;
      }
      const benin = options.find((option) =>
        option.name?.startsWith(dataset.countries.find((c) => c.id === 'BEN')!.name![lang]),
      )!;
      // Its name says the membership is inferred, in the language of the page.
      const inferredWord = { nl: 'afgeleid', fr: 'déduite', en: 'inferred' }[lang];
      expect(benin.name).to.contain(inferredWord);
      const phase = dataset.collaborations.find((c) => c.id === 'masmut-phase-3')!;
      expect(options.some((option) => option.name?.startsWith(phase.title[lang]))).to.equal(true);
      expect(nodes.some((node) => node.role === 'listbox')).to.equal(true);
      expect(nodes.some((node) => node.role === 'heading' && node.name === dataset.title[lang])).to.equal(
        true,
      );
    });
  }

  it('keeps the selection visible in forced-colors mode', async () => {
    const { element: explorer, map, timeline } = await renderExplorer('en');
    await emulateMedia({ forcedColors: 'active' });
    explorer.selected = 'masmut-phase-3';
    await settle(explorer, map.element, timeline.element);
    const item = timeline.item('masmut-phase-3').querySelector('.mark')!;
    const other = timeline.item('dakar-2022').querySelector('.mark')!;
    expect(getComputedStyle(item).stroke).not.to.equal(getComputedStyle(other).stroke);
    expect(parseFloat(getComputedStyle(item).strokeWidth)).to.be.at.least(3);
    explorer.selected = 'SEN';
    await settle(explorer, map.element, timeline.element);
    const selected = map.shape('SEN');
    const plain = map.shape('MLI');
    expect(getComputedStyle(selected).stroke).not.to.equal(getComputedStyle(plain).stroke);
  });

  it('drops transitions when reduced motion is asked for', async () => {
    const { map, timeline } = await renderExplorer('en');
    const shape = map.get('.country .shape');
    const item = timeline.get('.item');
    expect(getComputedStyle(shape).transitionDuration).not.to.equal('0s');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(shape).transitionDuration).to.equal('0s');
    expect(getComputedStyle(item).transitionDuration).to.equal('0s');
  });

  it('reflows at 320 px without horizontal scrolling of the page', async () => {
    const { element: explorer, timeline } = await renderExplorer('fr', 320);
    await waitFor(() => timeline.orientation() === 'vertical');
    await settle(explorer, timeline.element);
    expect(explorer.scrollWidth).to.be.at.most(320);
    expect(explorer.getBoundingClientRect().width).to.be.at.most(320);
  });

  it('gives small countries a pointer target of at least 24 by 24 px', async () => {
    const { map } = await renderExplorer('en', 400);
    for (const id of ['TGO', 'BDI', 'BEN']) {
      const box = map.country(id).getBoundingClientRect();
      expect(box.width, id).to.be.at.least(24);
      expect(box.height, id).to.be.at.least(24);
    }
  });

  it('marks text that fell back to English with its own lang', async () => {
    const withGerman = structuredClone(dataset);
    // Only the title has German: every other text falls back to English.
    (withGerman.title as Record<string, string>).de = 'Afrikanische Partnerschaften';
    const wrapper = await renderInBox({ width: 1000 });
    const explorer = document.createElement('partnership-explorer');
    explorer.lang = 'de';
    explorer.data = withGerman;
    explorer.selected = 'SEN';
    wrapper.append(explorer);
    const heading = await waitFor(() => explorer.shadowRoot!.querySelector('h2'));
    expect(heading.textContent).to.contain('Afrikanische Partnerschaften');
    const countryHeading = await waitFor(() => explorer.shadowRoot!.querySelector('#details-title'));
    const fallback = countryHeading.querySelector('[lang="en"]');
    expect(fallback?.textContent).to.equal('Senegal');
  });
});

describe('text view', () => {
  it('lists every collaboration with its columns, in time order at first', async () => {
    const table = await TablePage.render();
    expect(table.titles()).to.have.length(dataset.collaborations.length);
    const headers = table.headers().map((th) => th.textContent!.trim());
    expect(headers).to.deep.equal([
      'Collaboration',
      'Period',
      'Kind',
      'Partners',
      'Countries',
      'Sources',
      'Confidence',
    ]);
    const byStart = [...dataset.collaborations].sort((a, b) =>
      a.start < b.start ? -1 : a.start > b.start ? 1 : 0,
    );
    expect(table.titles()[0]).to.equal(byStart[0]!.title.en);
    await expect(table.element).to.be.accessible();
  });

  it('sorts by a column both ways and says so with aria-sort', async () => {
    const table = await TablePage.render();
    const header = table.headers()[0]!;
    header.querySelector('button')!.click();
    await table.element.updateComplete;
    expect(header.getAttribute('aria-sort')).to.equal('ascending');
    const ascending = table.titles();
    const expected = dataset.collaborations
      .map((c) => c.title.en)
      .sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true }));
    expect(ascending).to.deep.equal(expected);
    header.querySelector('button')!.click();
    await table.element.updateComplete;
    expect(header.getAttribute('aria-sort')).to.equal('descending');
    expect(table.titles()).to.deep.equal([...expected].reverse());
  });

  it('selects a collaboration from its row and follows the year and partner filter', async () => {
    const table = await TablePage.render();
    const button = table.titleButtons()[0]!;
    const selecting = new Promise<CustomEvent>((resolve) =>
      table.element.addEventListener('partnership-select', (event) => resolve(event as CustomEvent), {
        once: true,
      }),
    );
    button.click();
    const event = await selecting;
    expect(event.detail.kind).to.equal('collaboration');
    await table.element.updateComplete;
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    expect(button.closest('tr')!.classList.contains('selected')).to.equal(true);
    table.element.year = 2019;
    table.element.partners = ['aim'];
    await table.element.updateComplete;
    const expected = dataset.collaborations
      .filter((c) => c.partners.includes('aim'))
      .filter((c) => Number(c.start.slice(0, 4)) <= 2019 && 2019 <= Number((c.end ?? c.start).slice(0, 4)))
      .map((c) => c.title.en);
    expect(table.titles().sort()).to.deep.equal(expected.sort());
  });

  it('stands in for the map when no country of the data has a shape', async () => {
    const noShapes = structuredClone(dataset);
    // ISO countries the bundled map of Africa has no shape of, one for each of the eight.
    const elsewhere = ['KHM', 'BOL', 'PER', 'LAO', 'VNM', 'NPL', 'HTI', 'GTM'];
    const idMap = new Map(dataset.countries.map((c, i) => [c.id, elsewhere[i]!]));
    for (const country of noShapes.countries) country.id = idMap.get(country.id)!;
    for (const collaboration of noShapes.collaborations) {
      collaboration.countries = collaboration.countries.map((id) => idMap.get(id) ?? id);
    }
    const wrapper = await renderInBox({ width: 1000 });
    const explorer = document.createElement('partnership-explorer');
    explorer.data = noShapes;
    wrapper.append(explorer);
    const page = new ExplorerPage(explorer);
    await waitFor(() => page.find('partnership-table'));
    expect(page.find('partnership-map')).to.equal(null);
    expect(page.get('.notice').textContent).to.contain('cannot be drawn');
    await page.table.whenDrawn(dataset.collaborations.length);
  });
});
