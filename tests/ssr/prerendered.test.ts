import { expect } from '@open-wc/testing';
import bundled from '../../data/partnerships.json';
import type { Dataset } from '../../src/data/types.js';
import { waitFor } from '../support/dom.js';
import { ExplorerPage } from '../support/explorer-page.js';

/*
 * `partnership-data render`'s snippet in a page, first as a page shows it before its script
 * has run (or without one: a CMS that strips scripts, JavaScript off), then with the script.
 * This file imports no element until the last test, so the page starts with none defined.
 */
const dataset = bundled as unknown as Dataset;

/** The snippet, from the build's command (see `prerendered` in dev-server-plugins.mjs). */
async function snippet(query = ''): Promise<string> {
  const response = await fetch(`/ssr/render?${query}`);
  const text = await response.text();
  if (!response.ok) throw new Error(text);
  return text;
}

/** The snippet parsed as a page's HTML is (declarative shadow roots attached), in a box of `width`. */
async function place(html: string, width = 1200): Promise<HTMLElement> {
  const box = document.createElement('div');
  box.style.width = `${width}px`;
  document.body.replaceChildren(box);
  box.setHTMLUnsafe(html);
  return box.querySelector('partnership-explorer')!;
}

const inside = (inner: DOMRect, outer: DOMRect) =>
  inner.left >= outer.left - 0.5 &&
  inner.right <= outer.right + 0.5 &&
  inner.top >= outer.top - 0.5 &&
  inner.bottom <= outer.bottom + 0.5;

describe('the prerendered explorer, before any script', () => {
  before(() => {
    expect(customElements.get('partnership-explorer'), 'no element is defined yet').to.equal(undefined);
  });

  for (const lang of ['nl', 'fr', 'en'] as const) {
    it(`shows the 8 countries named on the map and the 19 collaborations in ${lang}`, async () => {
      const explorer = await place(await snippet(`lang=${lang}`));
      const map = explorer.shadowRoot!.querySelector('partnership-map')!.shadowRoot!;
      const timeline = explorer.shadowRoot!.querySelector('partnership-timeline')!.shadowRoot!;
      const frame = map.querySelector('.frame')!.getBoundingClientRect();
      expect(frame.width).to.be.greaterThan(600);
      const names = [...map.querySelectorAll<SVGTextElement>('.labels text.label')];
      expect(names.map((name) => name.textContent!.trim()).sort()).to.have.length(dataset.countries.length);
      for (const name of names) {
        const box = name.getBoundingClientRect();
        expect(box.width, name.textContent!).to.be.greaterThan(10);
        expect(inside(box, frame), `${name.textContent} inside the map`).to.equal(true);
      }
      // A country is drawn, at its place: a point inside DR Congo's outline hits it.
      const congo = map.querySelector<SVGGElement>('[data-country="COD"]')!.getBoundingClientRect();
      expect(congo.width).to.be.greaterThan(50);
      const hit = map.elementFromPoint(congo.left + congo.width / 2, congo.top + congo.height / 3);
      expect(hit?.closest('[data-country]')?.getAttribute('data-country')).to.equal('COD');
      const items = [...timeline.querySelectorAll<SVGGElement>('[data-id]')];
      expect(items.map((item) => item.dataset['id']).sort()).to.deep.equal(
        dataset.collaborations.map((collaboration) => collaboration.id).sort(),
      );
      for (const item of items)
        expect(item.getBoundingClientRect().width, item.dataset['id']).to.be.greaterThan(0);
      expect(explorer.shadowRoot!.textContent).to.include(dataset.title[lang]);
    });
  }

  it('keeps a phone-wide column inside its width (the timeline scrolls, not the page), and no label over its mark', async () => {
    const explorer = await place(await snippet('lang=nl'), 360);
    const box = explorer.getBoundingClientRect();
    expect(box.width).to.equal(360);
    const timeline = explorer.shadowRoot!.querySelector('partnership-timeline')!;
    const chart = timeline.shadowRoot!.querySelector<HTMLElement>('.chart')!;
    // Drawn for 960 px, the chart scrolls inside the column rather than widening it.
    expect(chart.scrollWidth).to.be.greaterThan(chart.clientWidth);
    expect(chart.getBoundingClientRect().right).to.be.at.most(box.right + 0.5);
    expect(explorer.scrollWidth, 'the explorer is no wider than its column').to.be.at.most(360);
    // Labels beside a mark on its left end before it, whatever the font's real widths (the
    // server estimated them).
    let left = 0;
    for (const label of timeline.shadowRoot!.querySelectorAll<SVGTextElement>(
      '[data-id] text.mark-label.outside',
    )) {
      const item = label.closest<SVGGElement>('[data-id]')!;
      const mark = item.querySelector<SVGElement>('.mark')!.getBoundingClientRect();
      const text = label.getBoundingClientRect();
      if (text.left + text.width / 2 >= mark.left + mark.width / 2) continue;
      left++;
      expect(text.right, item.dataset['id']).to.be.at.most(mark.left + 0.5);
    }
    expect(left, 'labels left of their marks').to.be.greaterThan(0);
  });

  // The built pages, as a browser with JavaScript off shows them: their scripts do not run.
  for (const file of ['partnership-explorer.nl.html', 'embed.fr.html']) {
    it(`dist/${file} shows the 8 countries and the 19 collaborations without its script, with no axe violations`, async () => {
      const response = await fetch(`/dist/${file}`);
      expect(response.ok, file).to.equal(true);
      const body = /<body>([\s\S]*)<\/body>/.exec(await response.text())![1]!;
      const explorer = await place(body.replace(/<script\b[\s\S]*?<\/script>/g, ''));
      const lang = /\.(nl|fr)\.html$/.exec(file)![1] as 'nl' | 'fr';
      expect(explorer.getAttribute('lang')).to.equal(lang);
      const map = explorer.shadowRoot!.querySelector('partnership-map')!.shadowRoot!;
      const timeline = explorer.shadowRoot!.querySelector('partnership-timeline')!.shadowRoot!;
      const names = [...map.querySelectorAll('.labels text.label')].map((name) => name.textContent!.trim());
      expect(names).to.have.length(dataset.countries.length);
      const guinea = dataset.countries.find(({ id }) => id === 'GIN')!.name!;
      expect(names).to.include(guinea[lang]);
      const items = [...timeline.querySelectorAll<SVGGElement>('g[data-id]')];
      expect(items.map((item) => item.dataset['id']).sort()).to.deep.equal(
        dataset.collaborations.map((collaboration) => collaboration.id).sort(),
      );
      await expect(explorer).to.be.accessible();
    });
  }

  it('has no axe violations as a reader with scripting off sees it: the list of collaborations and their sources', async () => {
    // This page runs scripts, so `@media (scripting: none)` does not match here: its rules,
    // taken from the explorer's own styles, are applied as they are.
    const explorer = await place(await snippet('lang=nl'), 1000);
    const root = explorer.shadowRoot!;
    const rules = [...root.querySelectorAll('style')]
      .flatMap((style) => [...style.sheet!.cssRules])
      .filter(
        (rule): rule is CSSMediaRule =>
          rule instanceof CSSMediaRule && /scripting:\s*none/.test(rule.conditionText),
      )
      .flatMap((rule) => [...rule.cssRules].map((inner) => inner.cssText));
    expect(rules.length, 'the rules for scripting off').to.be.greaterThan(0);
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(rules.join('\n'));
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    const list = root.querySelector<HTMLElement>('.print-only')!;
    expect(list.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(list.querySelectorAll('li')).to.have.length(dataset.collaborations.length);
    expect(list.querySelectorAll('a[href^="https://"]').length).to.be.greaterThan(0);
    expect(root.querySelector<HTMLElement>('.details')!.getBoundingClientRect().height).to.equal(0);
    await expect(explorer).to.be.accessible();
  });

  it('has no axe violations, in the visual view and in the table', async () => {
    await expect(await place(await snippet('lang=fr'))).to.be.accessible();
    const table = await place(await snippet('view=table'));
    const rows = table
      .shadowRoot!.querySelector('partnership-table')!
      .shadowRoot!.querySelectorAll('tbody tr');
    expect(rows).to.have.length(dataset.collaborations.length);
    await expect(table).to.be.accessible();
  });
});

describe('the prerendered explorer, once the script runs', () => {
  // The sources served as they are have Lit's templates unminified, unlike the build's render:
  // this is HTML from another build, which the element draws anew in place of hydrating it
  // (tests/ssr/hydrated.test.ts has the built bundle hydrate its own build's HTML).
  it('draws HTML it cannot hydrate anew, in the same shadow root, and reacts to clicks', async () => {
    const explorer = (await place(await snippet())) as HTMLElement & { hydrating?: boolean };
    const root = explorer.shadowRoot!;
    await import('../../src/index.js');
    await waitFor(() => explorer.hydrating === false, 8000);
    const page = await new ExplorerPage(explorer as never).whenDrawn(dataset.countries.length);
    expect(explorer.shadowRoot, 'the root the HTML attached').to.equal(root);
    expect(
      root.querySelectorAll('.explorer'),
      'one explorer, not the prerendered one and a new one',
    ).to.have.length(1);
    expect(page.map.findAll('[data-country]')).to.have.length(dataset.countries.length);
    page.map
      .get<SVGGElement>('[data-country="BEN"]')
      .dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await waitFor(() => (explorer as unknown as { selected: string | null }).selected === 'BEN');
  });
});
