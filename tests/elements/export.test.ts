import { expect, html } from '@open-wc/testing';
import bundled from '../../data/partnerships.json';
import '../../src/index.js';
import type { Dataset } from '../../src/data/types.js';
import { waitFor } from '../support/dom.js';
import { ExplorerPage } from '../support/explorer-page.js';
import { MapPage } from '../support/map-page.js';

const dataset = bundled as unknown as Dataset;

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror'), 'the export parses as SVG').to.equal(null);
  return doc;
}

async function pngSize(blob: Blob): Promise<[number, number]> {
  const bitmap = await createImageBitmap(blob);
  return [bitmap.width, bitmap.height];
}

describe('export from the elements', () => {
  it('the map exports the 8 country shapes, the legend and the source line, as SVG and PNG', async () => {
    const { element: map } = await MapPage.render(
      html`<partnership-map lang="en" year="2016"></partnership-map>`,
      { width: 800 },
    );
    const doc = parse(await map.exportSVG());
    const countries = [...doc.querySelectorAll('[data-country]')].map((node) =>
      node.getAttribute('data-country'),
    );
    expect(countries.sort()).to.deep.equal(dataset.countries.map((c) => c.id).sort());
    const text = doc.documentElement.textContent!;
    expect(text).to.contain(dataset.title.en);
    expect(text).to.contain('Year 2016');
    expect(text).to.contain('Number of collaborations');
    expect(text).to.contain('MASMUT membership inferred');
    expect(text).to.contain('Source:');

    const root = doc.documentElement;
    const width = Number(root.getAttribute('width'));
    const height = Number(root.getAttribute('height'));
    expect(await pngSize(await map.exportPNG({ scale: 1 }))).to.deep.equal([
      Math.round(width),
      Math.round(height),
    ]);
    expect(await pngSize(await map.exportPNG({ scale: 2 }))).to.deep.equal([
      Math.round(width * 2),
      Math.round(height * 2),
    ]);
  });

  it('the explorer exports map and timeline with both legends, in its language', async () => {
    const { element: explorer } = await ExplorerPage.render(
      html`<partnership-explorer lang="fr"></partnership-explorer>`,
    );
    const doc = parse(await explorer.exportSVG());
    expect(doc.querySelectorAll('[data-country]')).to.have.length(8);
    const text = doc.documentElement.textContent!;
    expect(text).to.contain(dataset.title.fr);
    expect(text).to.contain('Événement');
    expect(text).to.contain('2026');
    expect(doc.documentElement.getAttribute('lang')).to.equal('fr');
    const [width, height] = await pngSize(await explorer.exportPNG({ scale: 1.5 }));
    expect(width).to.equal(Math.round(Number(doc.documentElement.getAttribute('width')) * 1.5));
    expect(height).to.equal(Math.round(Number(doc.documentElement.getAttribute('height')) * 1.5));
  });

  it('leaves a virtualised timeline (hundreds of collaborations) out of the image, and keeps it for a small dataset', async () => {
    const data = structuredClone(dataset);
    const template = data.collaborations[0]!;
    for (let i = 0; i < 400; i++)
      data.collaborations.push({ ...structuredClone(template), id: `extra-${i}` });
    const page = await ExplorerPage.render();
    const explorer = page.element;
    const timeline = page.timeline.element;
    const small = parse(await explorer.exportSVG());
    expect(small.querySelectorAll('[data-id]').length, 'the whole small timeline').to.equal(
      dataset.collaborations.length,
    );

    explorer.data = data;
    await waitFor(() => timeline.itemCount === data.collaborations.length && timeline.renderedItemCount > 0);
    expect(timeline.renderedItemCount).to.be.lessThan(timeline.itemCount);
    const large = parse(await explorer.exportSVG());
    expect(large.querySelectorAll('[data-country]')).to.have.length(8);
    expect(large.querySelectorAll('[data-id]')).to.have.length(0);
  });

  it('downloads from the explorer button with a name that says year and language', async () => {
    const { element: explorer } = await ExplorerPage.render(
      html`<partnership-explorer lang="nl" year="2019"></partnership-explorer>`,
    );
    const clicked: string[] = [];
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function click(this: HTMLAnchorElement) {
      clicked.push(this.download);
    };
    try {
      explorer.shadowRoot!.querySelector<HTMLButtonElement>('[data-download="svg"]')!.click();
      await waitFor(() => clicked.length === 1);
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
    expect(clicked).to.deep.equal(['partnerships-2019-nl.svg']);
  });
});
