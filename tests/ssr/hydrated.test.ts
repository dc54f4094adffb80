import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import bundled from '../../data/partnerships.json';
import type { Dataset } from '../../src/data/types.js';
import { waitFor } from '../support/dom.js';
import { explorerOf as explorerIn, openPrerendered as openPage } from '../support/prerendered-page.js';

/*
 * The prerendered page (`/ssr/page`, `partnership-data render` in a page) when the built
 * bundle's script runs on it: the elements hydrate what the HTML drew instead of drawing it
 * again. Each test looks at the page before it adds the script, as a reader would see it.
 */
const dataset = bundled as unknown as Dataset;

type Explorer = HTMLElement & {
  selected: string | null;
  updateComplete: Promise<boolean>;
  hydrating?: boolean;
};

const explorerOf = (frame: HTMLIFrameElement) => explorerIn<Explorer>(frame);

const viewsOf = (explorer: Explorer) => ({
  map: explorer.shadowRoot!.querySelector<Explorer>('partnership-map')!,
  timeline: explorer.shadowRoot!.querySelector<Explorer>('partnership-timeline')!,
});

/** Every element of the explorer's shadow roots, theirs included, in document order. */
function elementsOf(root: ShadowRoot): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...elementsOf(element.shadowRoot));
  }
  return found;
}

/**
 * The tree as text, to compare a hydrated explorer with a client render: attributes sorted
 * (a server writes bound attributes in place, a browser adds them last), comments (Lit's
 * markers) and whitespace-only text left out, and `<style>`s, which a server writes where a
 * browser adopts style sheets.
 */
function canonical(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent!.replace(/\s+/g, ' ').trim();
  if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return '';
  const element = node as Element;
  if (element.localName === 'style') return '';
  const children = [...node.childNodes].map(canonical).filter(Boolean).join('');
  if (node.nodeType === Node.DOCUMENT_FRAGMENT_NODE) return children;
  // A style as the browser reads it: a server writes `a:1`, the CSSOM `a: 1;`. A server writes
  // an input's `.value` as its attribute (for the page without script); a browser sets the
  // property only.
  const attributes = [...element.attributes]
    .filter(({ name }) => !(element.localName === 'input' && name === 'value'))
    .map(({ name, value }) =>
      name === 'style' ? `style="${(element as HTMLElement).style.cssText}"` : `${name}="${value}"`,
    )
    .sort()
    .join(' ');
  const shadow = element.shadowRoot ? `#shadow(${canonical(element.shadowRoot)})` : '';
  return `<${element.localName} ${attributes}>${shadow}${children}</${element.localName}>`;
}

/** Adds the built bundle to the page, and waits until the explorer and its views have hydrated. */
async function runScript(frame: HTMLIFrameElement, warnings: unknown[][] = []): Promise<Explorer> {
  const win = frame.contentWindow! as Window & typeof globalThis;
  const warn = win.console.warn.bind(win.console);
  win.console.warn = (...args: unknown[]) => {
    warnings.push(args);
    warn(...args);
  };
  const script = frame.contentDocument!.createElement('script');
  script.type = 'module';
  script.src = '/dist/partnership-widgets.js';
  frame.contentDocument!.body.append(script);
  await waitFor(() => win.customElements.get('partnership-timeline'), 8000);
  const explorer = explorerOf(frame)!;
  // The views of the explorer as it is now: one that cannot hydrate draws new ones.
  const elements = () => [explorer, ...Object.values(viewsOf(explorer))];
  await waitFor(() => elements().every((element) => element.hydrating === false), 8000);
  for (const element of elements()) await element.updateComplete;
  await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
  return explorer;
}

function layoutShift(frame: HTMLIFrameElement): () => number {
  const win = frame.contentWindow! as Window & typeof globalThis;
  let total = 0;
  new win.PerformanceObserver((list) => {
    for (const entry of list.getEntries()) total += (entry as PerformanceEntry & { value: number }).value;
  }).observe({ type: 'layout-shift', buffered: true });
  return () => total;
}

describe('the prerendered page, once its script runs', () => {
  // At the width the server laid it out for (`SERVER_WIDTH`): at another, the script lays the
  // views out again for the page once hydrated, and the year scrubber moves with the axis.
  it('hydrates: the same nodes before and after, no layout shift, as a client render draws it', async () => {
    // Tall enough for no scroll bar, which would take its width from the page.
    const frame = await openPage('lang=fr', 960, 1600);
    const explorer = explorerOf(frame)!;
    const roots = [
      explorer.shadowRoot!,
      viewsOf(explorer).map.shadowRoot!,
      viewsOf(explorer).timeline.shadowRoot!,
    ];
    const before = elementsOf(explorer.shadowRoot!);
    const countries = before.filter((element) => element.hasAttribute('data-country'));
    const items = before.filter((element) => element.localName === 'g' && element.hasAttribute('data-id'));
    expect(countries).to.have.length(dataset.countries.length);
    expect(items).to.have.length(dataset.collaborations.length);
    const shifted = layoutShift(frame);
    const warnings: unknown[][] = [];

    await runScript(frame, warnings);
    expect(warnings, 'no fallback to a fresh render').to.deep.equal([]);
    const { map, timeline } = viewsOf(explorer);
    expect([explorer.shadowRoot, map.shadowRoot, timeline.shadowRoot]).to.deep.equal(roots);
    const after = elementsOf(explorer.shadowRoot!);
    for (const node of [...countries, ...items]) {
      expect(
        after.includes(node),
        `${node.getAttribute('data-country') ?? node.getAttribute('data-id')} kept`,
      ).to.equal(true);
    }
    // The printed list, which a server writes for a page without script, is gone from the screen's DOM.
    expect(explorer.shadowRoot!.querySelector('.print-only')).to.equal(null);
    expect(shifted(), 'cumulative layout shift').to.equal(0);

    // The same page drawn by the script alone, at the same size.
    const client = await openPage('lang=fr', 960, 1600);
    const doc = client.contentDocument!;
    // No scroll bar, which would take its width from the page while the explorer grows.
    doc.documentElement.style.overflow = 'hidden';
    doc.body.replaceChildren();
    const fresh = doc.createElement('partnership-explorer') as Explorer;
    fresh.setAttribute('lang', 'fr');
    fresh.setAttribute('view', 'visual');
    doc.body.append(fresh);
    await runScript(client);
    await waitFor(() => canonical(fresh.shadowRoot!) === canonical(explorer.shadowRoot!), 4000).catch(
      () => undefined,
    );
    const [hydrated, rendered] = [canonical(explorer.shadowRoot!), canonical(fresh.shadowRoot!)];
    let at = 0;
    while (at < hydrated.length && hydrated[at] === rendered[at]) at++;
    expect(hydrated.slice(at - 300, at + 200), 'hydrated, where it differs').to.equal(
      rendered.slice(at - 300, at + 200),
    );
  });

  it('answers clicks and keys', async () => {
    const frame = await openPage('lang=en');
    const explorer = await runScript(frame);
    const { map, timeline } = viewsOf(explorer);
    const benin = map.shadowRoot!.querySelector<SVGGElement>('[data-country="BEN"]')!;
    benin.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await waitFor(() => explorer.selected === 'BEN');
    const item = timeline.shadowRoot!.querySelector<SVGGElement>('g[data-id][tabindex="0"]')!;
    item.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => explorer.selected === item.dataset['id']);
    await sendKeys({ press: 'Escape' });
    await waitFor(() => explorer.selected === null);
  });

  it('takes the state the page asks for, even when the server drew another', async () => {
    const frame = await openPage('lang=en');
    const explorer = explorerOf(frame)!;
    explorer.setAttribute('lang', 'nl');
    await runScript(frame);
    const { map } = viewsOf(explorer);
    expect(explorer.shadowRoot!.textContent).to.include(dataset.title.nl);
    const guinea = dataset.countries.find(({ id }) => id === 'GIN')!.name!;
    expect(guinea.nl).not.to.equal(guinea.en);
    const names = [...map.shadowRoot!.querySelectorAll('.labels text.label')].map((name) =>
      name.textContent!.trim(),
    );
    expect(names).to.include(guinea.nl);
    expect(names).not.to.include(guinea.en);
    expect(explorer.shadowRoot!.textContent).not.to.include(dataset.title.en);
  });

  it('hydrates a snippet of another dataset, which the element loads from its src', async () => {
    const file = 'tests/fixtures/robustness/small-dataset.json';
    const small = (await (await fetch(`/${file}`)).json()) as Dataset;
    const frame = await openPage(`lang=en&data=${file}`);
    const explorer = explorerOf(frame)!;
    expect(explorer.getAttribute('src')).to.equal(`/${file}`);
    const countries = [...viewsOf(explorer).map.shadowRoot!.querySelectorAll('[data-country]')];
    expect(countries.map((node) => node.getAttribute('data-country')).sort()).to.deep.equal(
      small.countries.map(({ id }) => id).sort(),
    );
    const warnings: unknown[][] = [];
    await runScript(frame, warnings);
    expect(warnings, 'hydrated, not drawn again').to.deep.equal([]);
    const after = [...viewsOf(explorer).map.shadowRoot!.querySelectorAll('[data-country]')];
    expect(after).to.deep.equal(countries);
    const items = viewsOf(explorer).timeline.shadowRoot!.querySelectorAll('g[data-id]');
    expect(items).to.have.length(small.collaborations.length);
  });

  it('draws anew, in the same root, HTML from another version of the package', async () => {
    const frame = await openPage('lang=en');
    const explorer = explorerOf(frame)!;
    const root = explorer.shadowRoot!;
    // Another version's template: its digest is not this script's.
    const marker = [...root.childNodes].find(
      (node) => node.nodeType === Node.COMMENT_NODE && /^lit-part \S/.test((node as Comment).data),
    ) as Comment;
    marker.data = 'lit-part AAAAAAAAAAA=';
    const warnings: unknown[][] = [];
    await runScript(frame, warnings);
    expect(warnings.length).to.be.greaterThan(0);
    expect(explorer.shadowRoot).to.equal(root);
    expect(root.querySelectorAll('.explorer')).to.have.length(1);
    const { map } = viewsOf(explorer);
    await waitFor(
      () => map.shadowRoot?.querySelectorAll('[data-country]').length === dataset.countries.length,
      8000,
    );
    map
      .shadowRoot!.querySelector('[data-country="TGO"]')!
      .dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await waitFor(() => explorer.selected === 'TGO');
  });
});

describe('the definitions of the elements', () => {
  /**
   * Imports the built bundle from a module of the page, which runs right after the bundle's
   * own code, in the same task: what it finds defined is what the bundle defined as it ran.
   */
  async function importBundle(frame: HTMLIFrameElement): Promise<{ atImport: string[]; order: string[] }> {
    const win = frame.contentWindow! as Window & typeof globalThis & { bundleDefinitions?: unknown };
    const names = ['partnership-map', 'partnership-timeline', 'partnership-table', 'partnership-explorer'];
    const script = frame.contentDocument!.createElement('script');
    script.type = 'module';
    script.textContent = `
      const names = ${JSON.stringify(names)};
      const order = [];
      for (const name of names) customElements.whenDefined(name).then(() => order.push(name));
      await import('/dist/partnership-widgets.js');
      const atImport = names.filter((name) => customElements.get(name));
      await Promise.all(names.map((name) => customElements.whenDefined(name)));
      window.bundleDefinitions = { atImport, order };`;
    frame.contentDocument!.body.append(script);
    await waitFor(() => win.bundleDefinitions, 8000);
    return win.bundleDefinitions as { atImport: string[]; order: string[] };
  }

  // A page's own script may call the explorer from its load event: on a prerendered page
  // too, the elements are defined by then (deferring the definitions to later tasks was
  // tried, and shortened no measured blocking time).
  it('come with the module on a prerendered page, and the page hydrates', async () => {
    const frame = await openPage('lang=en');
    const { atImport, order } = await importBundle(frame);
    expect(atImport).to.have.length(4);
    expect(order).to.have.length(4);
    const explorer = explorerOf(frame)!;
    await waitFor(() => explorer.hydrating === false, 8000);
    expect(
      explorer.shadowRoot!.querySelector('partnership-map')!.shadowRoot!.querySelectorAll('[data-country]'),
    ).to.have.length(dataset.countries.length);
  });

  it('come with the module on a page without prerendered elements', async () => {
    const frame = await openPage('lang=en');
    const doc = frame.contentDocument!;
    doc.body.replaceChildren(doc.createElement('partnership-explorer'));
    const { atImport } = await importBundle(frame);
    expect(atImport).to.have.length(4);
  });
});
