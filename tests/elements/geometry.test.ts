import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import bundled from '../../data/partnerships.json';
import '../../src/index.js';
import type { Dataset } from '../../src/data/types.js';
import type { PartnershipErrorEvent } from '../../src/events.js';
import { renderInBox, waitFor } from '../support/dom.js';
import { ExplorerPage } from '../support/explorer-page.js';
import { MapPage } from '../support/map-page.js';

/**
 * Maps of other regions: a dataset of another organisation with the map file
 * `partnership-data geometry` built for it (`data/examples/`), and datasets that name
 * countries the map in use has no outline of.
 */
const EXAMPLE = '/data/examples/east-africa-asia.json';
const EXAMPLE_MAP = '/data/examples/east-africa-asia.plane.json';

async function example(): Promise<Dataset> {
  return (await (await fetch(EXAMPLE)).json()) as Dataset;
}

/** An explorer of the example on its own map, once the map draws the example's five countries. */
async function explorerWithExample(lang: string, width: number): Promise<ExplorerPage> {
  const wrapper = await renderInBox({ width });
  const explorer = document.createElement('partnership-explorer');
  explorer.lang = lang;
  explorer.data = await example();
  explorer.geometrySrc = EXAMPLE_MAP;
  wrapper.append(explorer);
  const page = await new ExplorerPage(explorer).whenMounted(5000);
  await page.map.whenDrawn(5, 5000);
  return page;
}

describe('a map file for another region', () => {
  for (const [lang, width] of [
    ['en', 1200],
    ['fr', 390],
    ['nl', 800],
  ] as const) {
    it(`draws the example's five countries from its map file, named and labelled inside the map (${lang}, ${width} px)`, async () => {
      const page = await explorerWithExample(lang, width);
      const map = page.map;
      expect(map.countryIds().sort()).to.deep.equal(['BOL', 'KEN', 'KHM', 'MDG', 'RWA']);
      // Cambodia and Rwanda have no name in the example data: they are named in the reader's
      // language, as the browser's own region names have them.
      const names = new Intl.DisplayNames([lang], { type: 'region' });
      const cambodia = map.country('KHM');
      expect(cambodia.getAttribute('aria-label')).to.contain(names.of('KH')!);
      const frame = map.svg().getBoundingClientRect();
      const labels = map.labels();
      expect(map.labelTexts()).to.include(names.of('RW')!);
      for (const label of labels) {
        const box = label.getBoundingClientRect();
        expect(box.left, label.textContent!).to.be.at.least(frame.left - 0.5);
        expect(box.right, label.textContent!).to.be.at.most(frame.right + 0.5);
        expect(box.top, label.textContent!).to.be.at.least(frame.top - 0.5);
        expect(box.bottom, label.textContent!).to.be.at.most(frame.bottom + 0.5);
      }
      // Nor under a venue marker, nor under the zoom buttons over the map's corner.
      const overlaps = (a: DOMRect, b: DOMRect) =>
        a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      const covers = [
        ...map.markerDots().map((dot) => dot.getBoundingClientRect()),
        map.get('.controls').getBoundingClientRect(),
      ];
      for (const label of labels) {
        const box = label.getBoundingClientRect();
        const hit = covers.filter((cover) => overlaps(box, cover));
        const where = (r: DOMRect) => [r.left, r.right, r.top, r.bottom].map(Math.round).join(' ');
        expect(
          hit,
          `${label.textContent} at ${where(box)} under ${hit.map(where).join(', ')}`,
        ).to.have.length(0);
      }
      // The example says nothing of any programme membership, so neither does the map.
      expect(cambodia.getAttribute('aria-label')).not.to.match(/MASMUT|inferred|déduite|afgeleid/i);
      expect(map.notice()).to.equal(null);
      await expect(page.element).to.be.accessible();
    });
  }

  it('places venues in the file’s projection: Nairobi lands inside Kenya', async () => {
    const { map } = await explorerWithExample('en', 1000);
    const dataset = await example();
    const nairobi = dataset.collaborations.find((c) => c.venue?.country === 'KEN')!;
    const marker = await waitFor(() => map.markerDot(nairobi.id));
    const dot = marker.getBoundingClientRect();
    const kenya = map.shape('KEN').getBoundingClientRect();
    const [x, y] = [dot.left + dot.width / 2, dot.top + dot.height / 2];
    expect(x).to.be.within(kenya.left, kenya.right);
    expect(y).to.be.within(kenya.top, kenya.bottom);
  });
});

describe('countries the map has no outline of', () => {
  it('names them with the command that builds a map, in the map and in partnership-error; the rest still draws', async () => {
    const dataset = structuredClone(bundled) as unknown as Dataset;
    // Cambodia is an ISO country, but not on the bundled map of Africa.
    dataset.countries.push({
      id: 'KHM',
      name: { nl: 'Cambodja', fr: 'Cambodge', en: 'Cambodia' },
      sources: ['report-2021'],
    });
    const wrapper = await renderInBox({ width: 900 });
    const map = document.createElement('partnership-map');
    map.lang = 'fr';
    map.data = dataset;
    const error = oneEvent(map, 'partnership-error');
    wrapper.append(map);
    const { detail } = (await error) as PartnershipErrorEvent;
    expect(detail.issues).to.deep.equal([
      { path: `countries[${dataset.countries.length - 1}].id`, message: detail.issues[0]!.message },
    ]);
    expect(detail.issues[0]!.message).to.contain('npx partnership-data geometry');
    expect(detail.message).to.contain('KHM');
    expect(detail.message).to.contain('Cambodge');
    const notice = (await new MapPage(map).whenDrawn(8)).notice()!;
    expect(notice.textContent).to.contain('Cambodge (KHM)');
    expect(notice.textContent).to.contain('partnership-data geometry');
    expect(notice.textContent).to.contain('geometry-src');
  });

  it('shows a map file that is not one as a located error, and offers to try again', async () => {
    const wrapper = await renderInBox({ width: 700 });
    const map = document.createElement('partnership-map');
    map.geometry = { step: 1, origin: [0, 0], arcs: ['AAAA'], borders: [], countries: [{ id: 'KEN' }] };
    const error = oneEvent(map, 'partnership-error');
    wrapper.append(map);
    const { detail } = (await error) as PartnershipErrorEvent;
    expect(detail.message).to.contain('is not a map file');
    expect(detail.issues.map((issue) => issue.path)).to.include.members([
      'countries[0].name',
      'countries[0].rings',
    ]);
    const page = new MapPage(map);
    const shown = await waitFor(() => page.find('[part="error"]'));
    expect(shown.textContent).to.contain('countries[0].rings');
    expect(page.find('svg[part="map"]')).to.equal(null);

    const missing = document.createElement('partnership-map');
    missing.geometrySrc = '/data/examples/no-such-map.json';
    const failed = oneEvent(missing, 'partnership-error');
    wrapper.append(missing);
    expect(((await failed) as PartnershipErrorEvent).detail.message).to.contain('the server answered 404');
    const retry = await waitFor(() => new MapPage(missing).find<HTMLButtonElement>('[part="error"] .retry'));
    // Given the right address, the same element draws the map.
    missing.geometrySrc = EXAMPLE_MAP;
    missing.data = await example();
    await new MapPage(missing).whenDrawn(5, 5000);
    expect(retry.isConnected).to.equal(false);
  });
});

describe('demo/other-region.html', () => {
  it('shows the example as example data, on its own map, and passes axe', async function () {
    this.timeout(30000);
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe src="/demo/other-region.html" style="width: 1280px; height: 1000px"></iframe>`,
    );
    const explorer = await waitFor(() => frame.contentDocument?.querySelector('partnership-explorer'), 20000);
    const shown = await new ExplorerPage(explorer).whenMounted(20000);
    await shown.map.whenDrawn(5, 20000);
    const page = frame.contentDocument!;
    expect(page.querySelector('.example-warning')!.textContent).to.contain('Example data');
    expect(shown.heading().textContent).to.contain('Example data');
    // axe-core run inside the page, as a person's browser would see it.
    const source = await (await fetch('/node_modules/axe-core/axe.min.js')).text();
    const script = page.createElement('script');
    script.textContent = source;
    page.head.append(script);
    const axe = (
      frame.contentWindow as Window & {
        axe: { run: (context: Document) => Promise<{ violations: { id: string }[] }> };
      }
    ).axe;
    const { violations } = await axe.run(page);
    expect(violations.map((violation) => violation.id)).to.deep.equal([]);
  });
});
