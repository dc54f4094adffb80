import { aTimeout, expect } from '@open-wc/testing';
import { click, waitFor } from '../support/dom.js';
import { ExplorerPage } from '../support/explorer-page.js';

/**
 * The built bundle (`dist/partnership-widgets.js`, which `npm test` builds first) on a page
 * under the strict policy of SECURITY.md, Trusted Types included: no
 * `securitypolicyviolation` in any state. The page carries the policy in a <meta> tag
 * (enforced for every directive it uses); under the Firefox config the server also sends it
 * as a header. The page's own recorder script collects the violations.
 */

const PAGE = '/tests/fixtures/robustness/strict-page.html';

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  where: string;
}

type StrictWindow = Window & typeof globalThis & { __violations: Violation[]; __inline?: number };

/** The shadow root of the first element matching `selector` in `root`, through shadow roots. */
function deep(root: ParentNode, ...selectors: string[]): Element | null {
  let scope: ParentNode | null = root;
  let found: Element | null = null;
  for (const selector of selectors) {
    found = scope?.querySelector(selector) ?? null;
    scope = found?.shadowRoot ?? found;
  }
  return found;
}

function shadow(root: ParentNode, ...selectors: string[]): ShadowRoot | null {
  return deep(root, ...selectors)?.shadowRoot ?? null;
}

/** `waitFor`, saying what it waited for when it gives up. */
async function until<T>(what: string, check: () => T | null | undefined | false, timeout = 8000): Promise<T> {
  try {
    return await waitFor(check, timeout);
  } catch {
    throw new Error(`gave up waiting for ${what}`);
  }
}

describe('robustness: the built bundle under a strict Content-Security-Policy', () => {
  let frame: HTMLIFrameElement;
  let win: StrictWindow;
  let doc: Document;

  /** Lets the page render and report: violations are dispatched as tasks. */
  async function expectNoViolation(state: string): Promise<void> {
    await new Promise((resolve) => win.requestAnimationFrame(() => resolve(undefined)));
    await aTimeout(30);
    expect(win.__violations.splice(0), state).to.deep.equal([]);
  }

  before(async function () {
    this.timeout(20000);
    // Not open-wc's fixture(), which removes what it made after each test: the page stays
    // for the whole suite, moving from state to state.
    frame = document.createElement('iframe');
    frame.src = PAGE;
    frame.title = 'strict page';
    frame.style.cssText = 'width: 1200px; height: 1600px';
    document.body.append(frame);
    await waitFor(() => (frame.contentWindow as StrictWindow | null)?.__violations, 8000);
    win = frame.contentWindow as StrictWindow;
    doc = frame.contentDocument!;
  });

  after(() => frame.remove());

  it('serves the policy (as a header too when the server sends one)', async () => {
    const meta = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content');
    expect(meta).to.contain("require-trusted-types-for 'script'");
    const header = (await fetch(PAGE)).headers.get('content-security-policy');
    // web-test-runner.firefox.config.mjs sends it; the Chromium config has no such middleware.
    if (navigator.userAgent.includes('Firefox')) expect(header, 'the header').to.equal(meta);
    else if (header !== null) expect(header).to.equal(meta);
    console.log(`policy as a header: ${header !== null}; Trusted Types: ${'trustedTypes' in win}`);
  });

  it('renders every element, a loaded src and an error view, with no violation', async function () {
    this.timeout(20000);
    await until(
      'the map in the explorer',
      () => shadow(doc, '#explorer', 'partnership-map')?.querySelectorAll('[data-country]').length === 8,
    );
    await until('the timeline loaded from src', () =>
      shadow(doc, '#loaded')?.querySelector('[role="option"]'),
    );
    await until('the error view', () => shadow(doc, '#broken')?.querySelector('[role="alert"]'));
    await until('the table', () => shadow(doc, '#table')?.querySelector('tbody tr'));
    expect(shadow(doc, '#broken')!.querySelector('[role="alert"]')!.textContent).to.contain('404');
    await expectNoViolation('initial');
  });

  it('stays clean through selections, year, filter, hover, focus, zoom, languages, views and retry', async function () {
    this.timeout(30000);
    const page = new ExplorerPage(doc.querySelector('partnership-explorer#explorer')!);
    const explorer = page.element;

    page.map.clickCountry('BEN');
    await until('the details of Benin', () => page.find('.details h3')?.textContent?.includes('Bénin'));
    await expectNoViolation('country selected');

    const item = page.timeline.items()[0]!;
    click(item);
    await until('the collaboration selected', () => explorer.getAttribute('selected') === item.dataset.id);
    await expectNoViolation('collaboration selected');

    const scrubber = page.timeline.scrubber();
    scrubber.value = '2016';
    scrubber.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await until('the year', () => explorer.getAttribute('year') === '2016');
    await expectNoViolation('year set');

    page.get<HTMLButtonElement>('button[data-partner]').click();
    await expectNoViolation('filter set');

    page.map.country('TGO').dispatchEvent(new PointerEvent('pointerenter'));
    await until('the map tooltip', () => page.map.tooltip());
    const option = page.timeline.items()[0]!;
    option.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await until('the timeline tooltip', () => page.timeline.find('[part~="tooltip"]'));
    await expectNoViolation('tooltips');

    page.map.tabStop().focus();
    await expectNoViolation('focus');

    page.map.buttons()[0]!.click();
    await aTimeout(50);
    await expectNoViolation('zoomed');

    for (const lang of ['nl', 'en', 'fr']) {
      explorer.setAttribute('lang', lang);
      await aTimeout(20);
    }
    await expectNoViolation('languages');

    explorer.setAttribute('view', 'table');
    await until('the table view', () =>
      shadow(doc, '#explorer', 'partnership-table')?.querySelector('tbody tr'),
    );
    await expectNoViolation('table view');
    explorer.setAttribute('view', 'visual');
    explorer.toggleAttribute('presentation', true);
    await aTimeout(50);
    await expectNoViolation('presentation');

    const broken = shadow(doc, '#broken')!;
    broken.querySelector<HTMLButtonElement>('button.retry')!.click();
    await until('the error view again', () => shadow(doc, '#broken')!.querySelector('[role="alert"]'));
    await expectNoViolation('retry');
  });

  it('the policy is in force: inline script, inline style and an HTML string are refused and reported', async () => {
    // A control: the recorder must see what the widgets never cause.
    const script = doc.createElement('script');
    try {
      script.textContent = 'window.__inline = 1';
    } catch {
      // Trusted Types refuse the string itself.
    }
    doc.body.append(script);
    doc.body.setAttribute('style', 'outline: 1px solid red');
    let refusedHtml = false;
    try {
      doc.createElement('div').innerHTML = '<b>markup</b>';
    } catch {
      refusedHtml = true;
    }
    await aTimeout(50);
    expect(win.__inline).to.equal(undefined);
    const directives = win.__violations.map((violation) => violation.directive);
    expect(directives.some((directive) => directive.startsWith('style-src'))).to.equal(true);
    if ('trustedTypes' in win) {
      expect(refusedHtml, 'Trusted Types refuse a string for innerHTML').to.equal(true);
      expect(directives).to.include('require-trusted-types-for');
    } else {
      // Without Trusted Types, the inline script is still refused by script-src.
      expect(directives.some((directive) => directive.startsWith('script-src'))).to.equal(true);
    }
    doc.body.removeAttribute('style');
    win.__violations.length = 0;
  });
});
