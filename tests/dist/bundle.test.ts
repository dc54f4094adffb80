import { expect, fixture, html } from '@open-wc/testing';
import { waitFor } from '../support/dom.js';

/**
 * The built `dist/partnership-widgets.js` on a plain page: one script tag, one element, no
 * other request. `npm test` builds it first.
 */
describe('dist/partnership-widgets.js', () => {
  it('renders the explorer on a plain HTML page with no request beyond the script', async () => {
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe src="/tests/fixtures/static-page.html" style="width: 1100px; height: 900px"></iframe>`,
    );
    const explorer = await waitFor(
      () => frame.contentDocument?.querySelector('partnership-explorer')?.shadowRoot,
      8000,
    );
    const map = await waitFor(() => explorer.querySelector('partnership-map')?.shadowRoot, 8000);
    const countries = await waitFor(() => {
      const found = map.querySelectorAll('[role="option"]');
      return found.length === 8 ? found : null;
    }, 8000);
    expect(countries).to.have.length(8);
    // The page is in French and the explorer has no lang of its own: it speaks the page's.
    expect(map.querySelector('[data-country="SEN"]')!.getAttribute('aria-label')).to.contain('Sénégal');
    const timeline = explorer.querySelector('partnership-timeline')!.shadowRoot!;
    await waitFor(() => timeline.querySelectorAll('[role="option"]').length > 0, 8000);

    const requested = frame
      .contentWindow!.performance.getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      // The test server injects its own helper script into every page it serves.
      .filter((path) => !path.startsWith('/__web-dev-server'));
    expect(requested).to.deep.equal(['/dist/partnership-widgets.js']);
  });
});
