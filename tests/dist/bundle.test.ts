import { expect, fixture, html } from '@open-wc/testing';
import dataset from '../../data/partnerships.json';
import { waitFor } from '../support/dom.js';
import { ExplorerPage } from '../support/explorer-page.js';

/** The explorer of the page in `frame`, once it has put its map in. */
async function openExplorer(frame: HTMLIFrameElement): Promise<ExplorerPage> {
  const explorer = await waitFor(() => frame.contentDocument?.querySelector('partnership-explorer'), 8000);
  return new ExplorerPage(explorer).whenMounted(8000);
}

/**
 * The built `dist/partnership-widgets.js` on a plain page: one script tag, one element, no
 * other request. `npm test` builds it first.
 */
describe('dist/partnership-widgets.js', () => {
  it('renders the explorer on a plain HTML page with no request beyond the script', async () => {
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe src="/tests/fixtures/static-page.html" style="width: 1100px; height: 900px"></iframe>`,
    );
    const explorer = await openExplorer(frame);
    const map = await explorer.map.whenDrawn(8, 8000);
    expect(map.countries()).to.have.length(8);
    // The page is in French and the explorer has no lang of its own: it speaks the page's.
    expect(map.country('SEN').getAttribute('aria-label')).to.contain('Sénégal');
    await explorer.timeline.whenDrawn(undefined, 8000);

    // The texts only the details panel shows come after the first render, from chunks/.
    const requests = () =>
      frame
        .contentWindow!.performance.getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        // The test server injects its own helper script into every page it serves.
        .filter((path) => !path.startsWith('/__web-dev-server'));
    await waitFor(() => requests().length > 1, 8000);
    const [bundle, details, ...others] = requests();
    expect(bundle).to.equal('/dist/partnership-widgets.js');
    expect(details).to.match(/^\/dist\/chunks\/bundled-details-[\w-]+\.js$/);
    expect(others).to.deep.equal([]);

    // Once there, a selected collaboration shows its summary, in the page's language.
    const dakar = dataset.collaborations.find(({ id }) => id === 'dakar-2022')!;
    explorer.element.selected = 'dakar-2022';
    const summary = await waitFor(() => explorer.find('.summary-text'), 8000);
    expect(summary.textContent!.trim()).to.equal(dakar.summary.fr);

    // The minified templates keep the space before a separator that opens a nested template:
    // the HTML minifier used to drop it ("2 collaborations· Partenaires").
    explorer.element.partners = [dataset.organisations[0]!.id];
    await explorer.element.updateComplete;
    expect(explorer.get('.summary').textContent!.replace(/\s+/g, ' ')).to.match(/\S · \S/);
  });

  it('fills the sources column of a table with the titles and links of the detail texts', async () => {
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe src="/tests/fixtures/table-page.html" style="width: 1100px; height: 900px"></iframe>`,
    );
    const standalone = await waitFor(() => frame.contentDocument?.querySelector('partnership-table'), 8000);
    const explorer = frame.contentDocument!.querySelector('partnership-explorer')!;
    const nested = await waitFor(() => explorer.shadowRoot?.querySelector('partnership-table'), 8000);
    const cited = new Set(dataset.collaborations.flatMap((collaboration) => collaboration.sources));
    const linked = dataset.sources.filter((source) => cited.has(source.id) && 'url' in source);
    expect(linked.length).to.be.greaterThan(0);
    for (const table of [standalone, nested]) {
      // Each row names every source its collaboration cites, by publisher, once the texts are in.
      const cites = dataset.collaborations.reduce(
        (sum, collaboration) => sum + collaboration.sources.length,
        0,
      );
      const rows = await waitFor(() => {
        const drawn = [...(table.shadowRoot?.querySelectorAll('tbody tr') ?? [])];
        const named = drawn.reduce((sum, row) => sum + row.querySelectorAll('.publisher').length, 0);
        return drawn.length === dataset.collaborations.length && named === cites ? drawn : null;
      }, 8000);
      const first = dataset.collaborations[0]!;
      const row = rows.find((candidate) =>
        candidate.querySelector('th')?.textContent?.includes(first.title.en),
      )!;
      expect([...row.querySelectorAll('.publisher')].map((span) => span.textContent)).to.deep.equal(
        first.sources.map((id) => `(${dataset.sources.find((source) => source.id === id)!.publisher})`),
      );
      const hrefs = [...table.shadowRoot!.querySelectorAll('tbody a')].map((link) =>
        link.getAttribute('href'),
      );
      for (const source of linked) expect(hrefs, source.id).to.include((source as { url: string }).url);
    }
  });

  it('still draws everything but the details texts when the bundle was copied without chunks/, and says why', async () => {
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe
        src="/tests/fixtures/no-chunks-explorer-page.html"
        style="width: 1100px; height: 900px"
      ></iframe>`,
    );
    const explorer = await openExplorer(frame);
    await explorer.map.whenDrawn(8, 8000);
    const alert = await waitFor(() => explorer.find('.details [role="alert"]'), 8000);
    expect(alert.textContent).to.match(/\/no-chunks\/chunks\/bundled-details-[\w-]+\.js/);
    expect(alert.textContent).to.contain('README.md');
    // The selected collaboration is still named, and the error was announced once.
    expect(explorer.get('#details-title').textContent).to.contain('Dakar');
    const errors = (frame.contentWindow as Window & { errors: string[] }).errors;
    expect(errors).to.deep.equal([alert.textContent!.trim()]);
  });

  it('loads presenting and the URL hash as chunks when a page asks for them, and draws no frame without them', async () => {
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe src="/tests/fixtures/presenting-page.html" style="width: 1100px; height: 700px"></iframe>`,
    );
    const explorer = await openExplorer(frame);
    await explorer.map.whenDrawn(8, 8000);
    const win = frame.contentWindow as Window & { frames_: boolean[]; consoleErrors: string[] };
    await waitFor(() => win.frames_.length > 0, 8000);
    // Every frame drawn had the presenter bar: the explorer waited for its chunk.
    expect(win.frames_).to.not.include(false);
    const requested = win.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname);
    expect(requested.filter((path) => /^\/dist\/chunks\/presenting-[\w-]+\.js$/.test(path))).to.have.length(
      1,
    );
    expect(requested.filter((path) => /^\/dist\/chunks\/url-sync-[\w-]+\.js$/.test(path))).to.have.length(1);
    // Both work: the presentation's styles apply (its type grows with the slide), the next
    // key steps the show, and the step is written into the address.
    const host = explorer.element;
    expect(getComputedStyle(host).getPropertyValue('--pw-map-label-size').trim()).to.equal('1em');
    host.focus();
    host.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageDown', bubbles: true, composed: true }));
    await host.updateComplete;
    expect(host.selected).to.be.a('string');
    await waitFor(() => (win.location.hash.includes(`selected=${host.selected}`) ? true : null), 8000);
    expect(win.consoleErrors).to.deep.equal([]);
  });

  it('presents without its presentation when the bundle was copied without chunks/, and says which file is missing', async () => {
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe
        src="/tests/fixtures/presenting-page.html?bundle=/no-chunks/partnership-widgets.js"
        style="width: 1100px; height: 700px"
      ></iframe>`,
    );
    const explorer = await openExplorer(frame);
    const map = await explorer.map.whenDrawn(8, 8000);
    expect(map.countries()).to.have.length(8);
    expect(explorer.find('.presenter')).to.equal(null);
    const win = frame.contentWindow as Window & { consoleErrors: string[] };
    const errors = await waitFor(() => (win.consoleErrors.length >= 2 ? win.consoleErrors : null), 8000);
    expect(errors.find((text) => text.includes('presentation'))).to.match(
      /\/no-chunks\/chunks\/presenting-[\w-]+\.js did not load: put the chunks\/ folder/,
    );
    expect(errors.find((text) => text.includes('sync-url'))).to.match(
      /\/no-chunks\/chunks\/url-sync-[\w-]+\.js/,
    );
  });

  it('loads its chunks on first use and still locates dataset problems when the script URL has a query string', async () => {
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe
        src="/tests/fixtures/query-string-page.html"
        style="width: 900px; height: 900px"
      ></iframe>`,
    );
    const timeline = await waitFor(
      () => frame.contentDocument?.querySelector('partnership-timeline')?.shadowRoot,
      8000,
    );
    // The src path loads the loading and validation chunks; the problem is located by field
    // even though those chunks got a second copy of the bundle (`?ver=3` differs from the
    // plain name they import).
    const error = await waitFor(() => timeline.querySelector('[part="error"]'), 8000);
    await waitFor(() => (error.textContent?.includes('collaborations[0].start') ? error : null), 8000);
    expect(error.textContent).to.contain('2031');

    // A data object is validated by the chunk, once loaded.
    const map = frame.contentDocument!.querySelector('#data') as HTMLElement & { data: unknown };
    map.data = { nonsense: true };
    const mapError = await waitFor(() => map.shadowRoot?.querySelector('[part="error"]'), 8000);
    expect(mapError.textContent).to.match(/problem/);

    const requested = frame
      .contentWindow!.performance.getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname);
    expect(requested.some((path) => /^\/dist\/chunks\/check-[\w-]+\.js$/.test(path))).to.equal(true);
    expect(requested.some((path) => /^\/dist\/chunks\/load-[\w-]+\.js$/.test(path))).to.equal(true);
  });

  it('says which file is missing, in the page language, when a site copied the bundle without chunks/', async () => {
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe src="/tests/fixtures/no-chunks-page.html" style="width: 900px; height: 600px"></iframe>`,
    );
    const timeline = await waitFor(
      () => frame.contentDocument?.querySelector('partnership-timeline')?.shadowRoot,
      8000,
    );
    const error = await waitFor(() => timeline.querySelector('[part="error"] .error-message'), 8000);
    const text = error.textContent!;
    // The file the browser could not load, where it must sit, and where it is explained.
    expect(text).to.match(/\/no-chunks\/chunks\/load-[\w-]+\.js/);
    expect(text).to.contain('chunks/');
    expect(text).to.contain('README.md');
    // The page is in French; the browser's own words ("Failed to fetch…") are not shown.
    expect(text).to.contain("n'a pas pu être chargé");
    expect(text).not.to.match(/dynamically imported module/i);
    const errors = (frame.contentWindow as Window & { errors: string[] }).errors;
    expect(errors).to.deep.equal([text.trim()]);
    // A missing file may be copied later: the element offers to try again.
    expect(timeline.querySelector('[part="error"] .retry')).to.exist;
  });
});
