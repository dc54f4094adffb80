import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { safeHttpUrl } from '../../src/data/links.js';
import { validateDataset } from '../../src/data/validate.js';
import type { Dataset } from '../../src/data/types.js';
import type { PartnershipElement } from '../../src/elements/shared/partnership-element.js';
import { collectPanels, composeExport } from '../../src/export/index.js';
import { renderInBox, waitFor } from '../support/dom.js';
import { MapPage } from '../support/map-page.js';
import { TimelinePage } from '../support/timeline-page.js';
import { allElements, hostileDataset, NON_HTTP_URLS, offences, PAYLOADS, payloadsShown } from './hostile.js';

/**
 * Text from the data is text, never markup or code, in every view and state; only http(s)
 * source links become links. Every payload would set `window.__pwned` if it ever ran.
 */

/** Waits for an element and every element in its shadow root to finish updating, twice over. */
async function settle(root: Element): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const elements = [root, ...allElements(root.shadowRoot ?? root)].filter(
      (element): element is PartnershipElement => 'updateComplete' in element,
    );
    await Promise.all(elements.map((element) => element.updateComplete));
    await aTimeout(0);
  }
}

/** The payloads show up as text, and nothing a payload would add is in the DOM. */
function expectInert(root: Element, state: string, shown?: Set<string>): void {
  expect(offences(root.shadowRoot!), state).to.deep.equal([]);
  expect(window.__pwned, `${state}: a payload ran`).to.equal(undefined);
  for (const payload of payloadsShown(root.shadowRoot!)) shown?.add(payload);
}

function inShadow<T extends Element>(root: Element, selector: string): T[] {
  return [...allElements(root.shadowRoot!)].filter((element): element is T => element.matches(selector));
}

async function hoverEverything(root: Element): Promise<number> {
  let hovered = 0;
  // The map listens for pointerenter on each country and marker; the timeline for pointerover.
  for (const target of inShadow<SVGElement>(root, '[data-country], [data-collaboration]')) {
    target.dispatchEvent(new PointerEvent('pointerenter'));
    await settle(root);
    hovered += inShadow(root, '[part~="tooltip"]').length ? 1 : 0;
    target.dispatchEvent(new PointerEvent('pointerleave'));
  }
  for (const target of inShadow<SVGElement>(root, '[role="option"][data-key]')) {
    target.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await settle(root);
    hovered += inShadow(root, '[part~="tooltip"]').length ? 1 : 0;
    target.dispatchEvent(new PointerEvent('pointerout', { bubbles: true, composed: true }));
  }
  return hovered;
}

describe('robustness: hostile text in every view', () => {
  let dataset: Dataset;

  beforeEach(() => {
    delete window.__pwned;
    dataset = hostileDataset();
  });

  afterEach(async () => {
    // An image's error event comes a task or more later: give any late payload its chance.
    await aTimeout(150);
    expect(window.__pwned, 'a payload ran').to.equal(undefined);
  });

  it('is a valid dataset, so that it reaches the views', () => {
    const result = validateDataset(dataset);
    expect(result.ok, JSON.stringify(!result.ok && result.issues.slice(0, 3))).to.equal(true);
  });

  it('the explorer: every country and collaboration selected, year, filter, languages, table, presentation', async function () {
    this.timeout(60000);
    const explorer = await fixture<PartnershipElement & Record<string, unknown>>(
      html`<partnership-explorer style="width: 1100px" .data=${dataset}></partnership-explorer>`,
    );
    await waitFor(() => inShadow(explorer, '[data-country]').length === 8, 8000);
    await settle(explorer);
    const shown = new Set<string>();
    expectInert(explorer, 'initial', shown);

    for (const record of [...dataset.countries, ...dataset.collaborations]) {
      explorer.selected = record.id;
      await settle(explorer);
      expectInert(explorer, `selected ${record.id}`, shown);
    }
    const links = inShadow<HTMLAnchorElement>(explorer, 'a');
    explorer.year = 2016;
    explorer.partners = [dataset.organisations[0]!.id, dataset.organisations[3]!.id];
    await settle(explorer);
    expectInert(explorer, 'year and filter', shown);
    for (const lang of ['nl', 'fr', 'en', 'de']) {
      explorer.lang = lang;
      await settle(explorer);
      expectInert(explorer, `lang ${lang}`, shown);
    }
    explorer.selected = dataset.collaborations[0]!.id;
    explorer.view = 'table';
    await settle(explorer);
    expectInert(explorer, 'table view', shown);
    explorer.view = 'visual';
    explorer.presentation = true;
    await settle(explorer);
    expectInert(explorer, 'presentation', shown);
    expect(links.length, 'the source links of the records shown').to.be.greaterThan(0);
    // Every payload was on screen, as text, in some state.
    expect(PAYLOADS.filter((payload) => !shown.has(payload))).to.deep.equal([]);
  });

  it('tooltips of the map and the timeline, on hover and on focus', async function () {
    this.timeout(30000);
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 1000px">
        <partnership-map .data=${dataset} lang="fr"></partnership-map>
        <partnership-timeline .data=${dataset} lang="nl" group-by="partner"></partnership-timeline>
      </div>`,
    );
    const mapPage = await new MapPage(wrapper.querySelector('partnership-map')!).whenDrawn(8, 8000);
    const timelinePage = await new TimelinePage(wrapper.querySelector('partnership-timeline')!).whenDrawn(
      undefined,
      8000,
    );
    const [map, timeline] = [mapPage.element, timelinePage.element];
    expect(await hoverEverything(map), 'map tooltips shown').to.be.greaterThan(8);
    expect(await hoverEverything(timeline), 'timeline tooltips shown').to.be.greaterThan(10);
    mapPage.tabStop().focus();
    timelinePage.tabStop().focus();
    await settle(map);
    await settle(timeline);
    expectInert(map, 'map');
    expectInert(timeline, 'timeline');
  });

  it('the vertical timeline, whose labels wrap the text into SVG lines', async () => {
    const timeline = await fixture<PartnershipElement>(
      html`<partnership-timeline
        style="width: 420px"
        .data=${dataset}
        orientation="vertical"
      ></partnership-timeline>`,
    );
    await waitFor(() => inShadow(timeline, '.item-title').length > 0, 8000);
    await hoverEverything(timeline);
    expectInert(timeline, 'vertical timeline');
    expect(payloadsShown(timeline.shadowRoot!).length, 'payloads shown as text').to.be.at.least(3);
  });

  it('the table and its source links', async () => {
    const table = await fixture<PartnershipElement>(
      html`<partnership-table .data=${dataset} lang="en"></partnership-table>`,
    );
    await waitFor(() => inShadow(table, 'a').length > 0, 8000);
    expectInert(table, 'table');
  });

  it('an SVG export of hostile views, put back into a page, holds no markup or script', async () => {
    const explorer = await fixture<PartnershipElement>(
      html`<partnership-explorer
        style="width: 1100px"
        .data=${dataset}
        selected="BEN"
      ></partnership-explorer>`,
    );
    await waitFor(() => inShadow(explorer, '[data-country]').length === 8, 8000);
    await settle(explorer);
    const [payload, second, third] = [PAYLOADS[0]!, PAYLOADS[1]!, PAYLOADS[10]!];
    const { svg } = composeExport(collectPanels(explorer), {
      title: payload,
      subtitle: second,
      sourceLine: third,
      legend: [{ label: PAYLOADS[3]!, fill: 'red' }],
    });
    const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(parsed.querySelector('parsererror'), 'well-formed').to.equal(null);
    const holder = document.createElement('div');
    holder.append(document.importNode(parsed.documentElement, true));
    document.body.append(holder);
    try {
      expect(offences(holder)).to.deep.equal([]);
      expect(holder.textContent).to.contain(payload);
    } finally {
      holder.remove();
    }
  });

  it('hostile attributes and a hostile src are shown as text', async () => {
    const wrapper = await renderInBox({ width: 900 });
    const map = document.createElement('partnership-map');
    for (const [name, value] of Object.entries({
      lang: `"><img src=x onerror="window.__pwned='lang'">`,
      selected: `<script>window.__pwned='selected'</script>`,
      partners: `<img src=x onerror=window.__pwned='partners'>`,
      year: `<svg onload=window.__pwned='year'>`,
    })) {
      map.setAttribute(name, value);
    }
    map.data = dataset;
    wrapper.append(map);
    await new MapPage(map).whenDrawn(8, 8000);
    expectInert(map, 'hostile attributes');

    const broken = document.createElement('partnership-timeline');
    broken.setAttribute('src', `javascript:window.__pwned='src'`);
    wrapper.append(broken);
    const alert = await waitFor(() => new TimelinePage(broken).alert(), 4000);
    expect(alert.textContent!.includes(`javascript:window.__pwned='src'`), 'the src as text').to.equal(true);
    expectInert(broken, 'hostile src');
  });
});

describe('robustness: only http(s) links become links', () => {
  beforeEach(() => delete window.__pwned);

  it('safeHttpUrl keeps http(s) addresses and refuses every other scheme', () => {
    for (const url of NON_HTTP_URLS) expect(safeHttpUrl(url), url).to.equal(null);
    expect(safeHttpUrl(undefined)).to.equal(null);
    expect(safeHttpUrl('')).to.equal(null);
    expect(safeHttpUrl('https://example.org/a b')).to.equal('https://example.org/a%20b');
    expect(safeHttpUrl('HTTP://EXAMPLE.ORG/"><script>')).to.equal('http://example.org/%22%3E%3Cscript%3E');
  });

  it('a link that slips past validation (changed after it) still does not become an <a href>', async () => {
    const dataset = hostileDataset();
    const collaboration = dataset.collaborations.find((record) => record.sources.length >= 2)!;
    const cited = collaboration.sources.map((id) => dataset.sources.find((source) => source.id === id)!);
    cited.forEach((source, index) => {
      // Valid when the validator reads it, hostile on every read after: data that changes
      // behind the validator's back, the one way to reach the views without passing it.
      let reads = 0;
      Object.defineProperty(source, 'url', {
        enumerable: true,
        configurable: true,
        get: () => (reads++ === 0 ? 'https://example.org/' : NON_HTTP_URLS[index % NON_HTTP_URLS.length]),
      });
    });
    const explorer = await fixture<PartnershipElement>(
      html`<partnership-explorer
        style="width: 1100px"
        .data=${dataset}
        selected=${collaboration.id}
      ></partnership-explorer>`,
    );
    await waitFor(() => inShadow(explorer, '.sources li').length === cited.length, 8000);
    await settle(explorer);
    const hrefs = inShadow<HTMLAnchorElement>(explorer, '.sources a').map((link) =>
      link.getAttribute('href'),
    );
    expect(hrefs, 'no link: the URLs the views read are not http(s)').to.deep.equal([]);
    expect(offences(explorer.shadowRoot!)).to.deep.equal([]);
    await aTimeout(50);
    expect(window.__pwned).to.equal(undefined);
  });
});
