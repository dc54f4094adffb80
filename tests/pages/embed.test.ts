import { expect } from '@open-wc/testing';
import bundled from '../../data/partnerships.json';
import type { PartnershipExplorer } from '../../src/elements/partnership-explorer/partnership-explorer.js';
import { waitFor } from '../support/dom.js';
import { ExplorerPage } from '../support/explorer-page.js';
import type { MapPage } from '../support/map-page.js';
import { HEIGHT_MESSAGE } from '../../src/pages/height.js';
import { whenHydrated } from '../layout/support.js';

/**
 * The built iframe page, `dist/embed.html` (`npm test` builds it first), in an iframe of the
 * test page, sized the way the README's parent snippet sizes it.
 */
describe('dist/embed.html', () => {
  let frame: HTMLIFrameElement | undefined;
  const heights: number[] = [];
  const onMessage = (event: MessageEvent) => {
    if (frame && event.source === frame.contentWindow && event.data?.type === HEIGHT_MESSAGE) {
      heights.push(event.data.height);
      frame.style.height = `${event.data.height}px`;
    }
  };

  before(() => addEventListener('message', onMessage));
  after(() => removeEventListener('message', onMessage));
  afterEach(() => {
    frame?.remove();
    frame = undefined;
    heights.length = 0;
  });

  /** Loads the iframe page with `search`, `width` wide, and waits for its map to draw. */
  async function load(search: string, width: string): Promise<{ explorer: Element; map: MapPage }> {
    frame = document.createElement('iframe');
    frame.title = 'embed';
    frame.style.cssText = `width: ${width}; border: 0; display: block`;
    frame.src = `/dist/embed.html${search}`;
    document.body.append(frame);
    const explorer = await waitFor(
      () => frame!.contentDocument?.querySelector('partnership-explorer')?.shadowRoot?.host,
      8000,
    );
    // Prerendered: drawn before its script runs; ready once hydrated.
    await whenHydrated(explorer);
    const page = await new ExplorerPage(explorer as PartnershipExplorer).whenMounted(8000);
    const map = await page.map.whenDrawn(bundled.countries.length, 8000);
    return { explorer, map };
  }

  const country = (id: string) => bundled.countries.find((entry) => entry.id === id)!;

  /** Waits until the iframe is as tall as its content and no message is on its way. */
  async function settled(): Promise<number> {
    return waitFor(() => {
      const inner = frame!.contentDocument!.documentElement.getBoundingClientRect().height;
      const last = heights.at(-1);
      return last !== undefined && last === Math.ceil(inner) && last;
    }, 8000);
  }

  it('posts its height, applies its parameters and posts again when the layout reflows', async () => {
    const { explorer, map } = await load('?lang=nl&year=2016&selected=SEN', '1100px');
    const inner = frame!.contentDocument!;

    const wide = await settled();
    expect(wide).to.be.greaterThan(300);

    // The parameters, applied inside: Dutch names, the year, Senegal selected.
    expect(inner.documentElement.lang).to.equal('nl');
    expect(inner.title).to.equal(bundled.title.nl);
    expect(explorer.getAttribute('lang')).to.equal('nl');
    expect((explorer as HTMLElement & { year: number | null }).year).to.equal(2016);
    expect(explorer.getAttribute('selected')).to.equal('SEN');
    for (const { id, name } of bundled.countries) {
      const label = map.country(id).getAttribute('aria-label')!;
      expect(label, id).to.contain(name.nl);
    }
    // At least one name tells Dutch from the other languages (Guinee, not Guinée or Guinea).
    expect(bundled.countries.some(({ name }) => name.nl !== name.fr && name.nl !== name.en)).to.equal(true);
    await waitFor(
      () =>
        explorer.shadowRoot!.querySelector('#details-title')?.textContent?.trim() === country('SEN').name.nl,
      8000,
    );
    expect(map.country('SEN').getAttribute('aria-selected')).to.equal('true');

    // Narrower: the explorer stacks its views, the page gets taller and says so.
    const before = heights.length;
    frame!.style.width = '360px';
    await waitFor(() => heights.length > before && heights.at(-1)! > wide, 8000);
    const narrow = await settled();
    expect(narrow).to.be.greaterThan(wide);

    // Only changes are sent: no two messages in a row carry the same height.
    await new Promise((resolve) => setTimeout(resolve, 400));
    heights.forEach((height, position) => {
      if (position) expect(height, `message ${position}`).to.not.equal(heights[position - 1]);
    });
  });

  it('in presentation, still reports the height of its content, not of the frame', async () => {
    const { explorer } = await load('?lang=fr&presentation', '1100px');
    expect(explorer.hasAttribute('presentation')).to.equal(true);
    const height = await settled();
    // The frame started at the default 150 px: the page grew it to the whole explorer.
    expect(height).to.be.greaterThan(300);
    expect(Math.abs(explorer.getBoundingClientRect().height - height)).to.be.lessThan(2);
  });

  it('takes no sync-url: the parent page owns the address and the Back button', async () => {
    const { explorer } = await load('?lang=en&sync-url&selected=BEN', '800px');
    expect(explorer.getAttribute('selected')).to.equal('BEN');
    expect(explorer.hasAttribute('sync-url')).to.equal(false);
  });
});
