import { expect, html } from '@open-wc/testing';
import { collectPanels, composeExport, type LegendItem } from '../../src/export/index.js';
import { colorBytes, dataset, parseSvg, renderViews } from './support.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

function hexBytes(hex: string): number[] {
  return [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16));
}

/** One declaration of an element's `style` attribute, as written by the export. */
function declared(element: Element, name: string): string | undefined {
  const style = element.getAttribute('style') ?? '';
  for (const declaration of style.split(';')) {
    const at = declaration.indexOf(':');
    if (declaration.slice(0, at).trim() === name) return declaration.slice(at + 1).trim();
  }
  return undefined;
}

/** The value that applies to `element` in the file: its own, else the nearest ancestor's (fill is inherited). */
function effective(element: Element, name: string): string | undefined {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const value = declared(node, name) ?? node.getAttribute(name) ?? undefined;
    if (value !== undefined) return value;
  }
  return undefined;
}

function texts(document: Document, selector = 'text'): string[] {
  return [...document.querySelectorAll(selector)].map((node) => node.textContent ?? '');
}

const legend: LegendItem[] = [
  { label: 'No collaboration', fill: 'var(--pw-color-land)', stroke: 'var(--pw-color-country-outline)' },
  { label: 'Most collaborations', fill: 'var(--pw-color-country-high)' },
  { label: 'MASMUT membership inferred', pattern: 'hatch', stroke: '#2d3748', dashed: true },
];

describe('composeExport', () => {
  it('holds the eight country shapes with their computed fills as plain colours, and no var(', async () => {
    const { mapSvg, mapPage } = await renderViews();
    const { svg } = composeExport([mapSvg], { title: 'Partnerships in 2021', legend });
    const document = parseSvg(svg);
    expect(svg).not.to.contain('var(');
    expect(svg).not.to.contain('color(');
    expect(svg).not.to.contain('color-mix');

    const ids = dataset.countries.map((country) => country.id);
    const groups = [...document.querySelectorAll('[data-country]')];
    expect(groups.map((group) => group.getAttribute('data-country')).sort()).to.deep.equal([...ids].sort());
    for (const id of ids) {
      const live = mapPage.shape(id);
      const shapes = document.querySelectorAll(`[data-country="${id}"] path.shape`);
      expect(shapes, id).to.have.length(1);
      const fill = effective(shapes[0]!, 'fill')!;
      expect(fill, id).to.match(/^#[0-9a-f]{6}$/);
      // The colour the browser paints the live shape, read back from a canvas.
      const expected = colorBytes(getComputedStyle(live).fill).slice(0, 3);
      hexBytes(fill).forEach((channel, index) =>
        expect(Math.abs(channel - expected[index]!), id).to.be.at.most(1),
      );
      expect(shapes[0]!.getAttribute('d')).to.equal(live.getAttribute('d'));
    }
  });

  it('shows the title, subtitle, legend labels and source line as text, with the title as accessible name', async () => {
    const { mapSvg } = await renderViews();
    const options = {
      title: 'Partnerships in 2021',
      subtitle: 'Mutualités Libres and partners',
      legendTitle: 'Active collaborations (2021):',
      legend,
      sourceLine: 'Source: Mutualités Libres annual report 2021 and public sources',
      lang: 'fr',
    };
    const document = parseSvg(composeExport([mapSvg], options).svg);
    const root = document.documentElement;
    expect(root.namespaceURI).to.equal(SVG_NS);
    expect(root.getAttribute('role')).to.equal('img');
    expect(root.getAttribute('lang')).to.equal('fr');
    expect(root.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'lang')).to.equal('fr');
    const title = root.firstElementChild!;
    expect(title.localName).to.equal('title');
    expect(title.textContent).to.equal(options.title);
    expect(root.getAttribute('aria-labelledby')).to.equal(title.id);
    const shown = texts(document);
    for (const text of [options.title, options.subtitle, options.legendTitle, options.sourceLine]) {
      expect(shown).to.include(text);
    }
    for (const item of legend) expect(shown).to.include(item.label);
    // The country labels of the map come along as text too.
    expect(shown).to.include.members(['Benin', 'Togo']);
  });

  it('keeps hostile text as text: no element or attribute comes out of it', async () => {
    const { mapSvg } = await renderViews();
    const hostile = {
      title: '<script>alert(1)</script> & "quotes" \'too\'',
      subtitle: ']]><!-- x --><svg onload=alert(1)>',
      legend: [{ label: '"><img src=x onerror=alert(1)>', fill: '#000' }],
      legendTitle: '</text><foreignObject><iframe src=javascript:alert(1)>',
      sourceLine: 'Source: <a href="javascript:alert(1)">click</a>\u0001\u0008',
      lang: 'en" onload="alert(1)',
    };
    const { svg } = composeExport([mapSvg], hostile);
    const document = parseSvg(svg);
    expect(document.querySelectorAll('script, img, iframe, foreignObject, a')).to.have.length(0);
    expect(document.querySelectorAll('svg')).to.have.length(2); // the root and the map panel
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.attributes)
        expect(attribute.name, element.localName).not.to.match(/^on/i);
    }
    expect(document.documentElement.getAttribute('lang')).to.equal(hostile.lang);
    expect(document.querySelector('title')!.textContent).to.equal(hostile.title);
    const all = texts(document).join('\n');
    expect(all).to.contain(hostile.legend[0]!.label);
    expect(all).to.contain(hostile.legendTitle);
    // Control characters cannot be in XML; the rest of the line stays.
    expect(all).to.contain('Source: <a href="javascript:alert(1)">click</a>');
    expect(svg).not.to.contain('\u0001');
    expect(svg).not.to.contain('\u0008');
  });

  it('leaves out transparent hit targets, focus rings and tooltips, and keeps the visible marks', async () => {
    const { map, mapSvg, plotSvg, axisSvg } = await renderViews();
    const live = { targets: mapSvg.querySelectorAll('.target, .marker-target').length };
    expect(live.targets, 'the live map has hit targets to leave out').to.be.greaterThan(0);
    expect(plotSvg.querySelectorAll('.hit, .focus-ring').length).to.be.greaterThan(0);
    const document = parseSvg(composeExport([mapSvg, axisSvg, plotSvg], { title: 'Map' }).svg);
    expect(document.querySelectorAll('.target, .marker-target, .hit, .focus-ring, .tooltip')).to.have.length(
      0,
    );
    // No shape is left that paints nothing.
    for (const shape of document.querySelectorAll('path, rect, circle, line')) {
      const paints = effective(shape, 'fill') !== 'none' || (effective(shape, 'stroke') ?? 'none') !== 'none';
      expect(paints, shape.outerHTML.slice(0, 80)).to.be.true;
    }
    // Venue markers stay, one dot each; timeline items keep their marks.
    const markers = mapSvg.querySelectorAll('.marker-dot').length;
    expect(document.querySelectorAll('.marker-dot')).to.have.length(markers);
    expect(document.querySelectorAll('.mark')).to.have.length(plotSvg.querySelectorAll('.mark').length);
    // Nothing of the map's interaction is left to a reader of the file.
    expect(document.querySelectorAll('[tabindex], [role="option"], [aria-label]')).to.have.length(0);
    expect(map.shadowRoot!.querySelector('.target'), 'the live map is untouched').to.exist;
  });

  it('leaves out what the caller excludes as well', async () => {
    const { mapSvg } = await renderViews();
    expect(mapSvg.querySelectorAll('.label').length).to.be.greaterThan(0);
    const kept = parseSvg(composeExport([mapSvg], { title: 'With labels' }).svg);
    const left = parseSvg(composeExport([mapSvg], { title: 'Without labels', exclude: '.labels' }).svg);
    expect(kept.querySelectorAll('.label')).to.have.length(mapSvg.querySelectorAll('.label').length);
    expect(left.querySelectorAll('.labels, .label')).to.have.length(0);
    expect(left.querySelectorAll('[data-country]')).to.have.length(dataset.countries.length);
  });

  it('sizes the document from its panels, with a matching width, height and viewBox', async () => {
    const { mapSvg, axisSvg, plotSvg } = await renderViews(700);
    const padding = 20;
    const gap = 10;
    const result = composeExport([mapSvg, axisSvg, plotSvg], { title: 'T', padding, gap });
    const root = parseSvg(result.svg).documentElement;
    const boxes = [mapSvg, axisSvg, plotSvg].map((svg) => svg.getBoundingClientRect());
    expect(result.width).to.equal(Math.ceil(Math.max(...boxes.map((box) => box.width)) + 2 * padding));
    expect(root.getAttribute('width')).to.equal(String(result.width));
    expect(root.getAttribute('height')).to.equal(String(result.height));
    expect(root.getAttribute('viewBox')).to.equal(`0 0 ${result.width} ${result.height}`);
    const panels = [...root.children].filter((child) => child.localName === 'svg');
    expect(panels).to.have.length(3);
    let bottom = 0;
    panels.forEach((panel, index) => {
      const box = boxes[index]!;
      expect(Number(panel.getAttribute('width'))).to.be.closeTo(box.width, 0.01);
      expect(Number(panel.getAttribute('height'))).to.be.closeTo(box.height, 0.01);
      const top = Number(panel.getAttribute('y'));
      if (index > 0) expect(top - bottom).to.be.closeTo(gap, 0.01);
      bottom = top + box.height;
    });
    expect(panels[0]!.getAttribute('viewBox')).to.equal(mapSvg.getAttribute('viewBox'));
    expect(result.height).to.be.at.least(Math.ceil(bottom + padding));
  });

  it('keeps the zoom and pan shown on screen', async () => {
    const { map, mapSvg } = await renderViews();
    map.zoomBy(2);
    await map.updateComplete;
    const liveTransform = mapSvg.querySelector(':scope > g')!.getAttribute('transform')!;
    expect(liveTransform).not.to.match(/^translate\(0,0\) scale\(1\)$/);
    const document = parseSvg(composeExport([mapSvg], { title: 'Zoomed' }).svg);
    const panel = [...document.documentElement.children].find((child) => child.localName === 'svg')!;
    expect(panel.querySelector(':scope > g')!.getAttribute('transform')).to.equal(liveTransform);
    // Strokes keep their screen width: the map scales them by 1 / zoom, and so does the file.
    const live = mapSvg.querySelector('.country .shape')!;
    const shape = panel.querySelector('.country .shape')!;
    expect(parseFloat(effective(shape, 'stroke-width')!)).to.be.closeTo(
      parseFloat(getComputedStyle(live).strokeWidth),
      1e-3,
    );
  });

  it('exports the colours a change is going to, not those of a transition half way', async () => {
    const { map, mapPage, mapSvg } = await renderViews(
      900,
      html`<partnership-map lang="en" year="2006"></partnership-map>`,
    );
    const before = new Map(
      dataset.countries.map((country) => [country.id, getComputedStyle(mapPage.shape(country.id)).fill]),
    );
    map.year = 2022;
    await map.updateComplete;
    const running = mapSvg.getAnimations({ subtree: true }).length;
    expect(running, 'the year change starts fill transitions').to.be.greaterThan(0);
    const document = parseSvg(composeExport([mapSvg], { title: 'Just after a change' }).svg);
    await new Promise((resolve) => setTimeout(resolve, 400));
    let changed = 0;
    for (const country of dataset.countries) {
      const settled = getComputedStyle(mapPage.shape(country.id)).fill;
      if (settled !== before.get(country.id)) changed++;
      const exported = effective(document.querySelector(`[data-country="${country.id}"] .shape`)!, 'fill')!;
      const expected = colorBytes(settled).slice(0, 3);
      hexBytes(exported).forEach((channel, index) =>
        expect(Math.abs(channel - expected[index]!), country.id).to.be.at.most(1),
      );
    }
    expect(changed, 'some countries change shade between 2006 and 2022').to.be.greaterThan(0);
  });

  it('gives each panel its own ids, and every url(#…) and href points at one of them', async () => {
    const { mapSvg, axisSvg, plotSvg } = await renderViews();
    const one = parseSvg(composeExport([mapSvg, axisSvg, plotSvg], { title: 'A', legend }).svg);
    const two = parseSvg(composeExport([mapSvg], { title: 'B', legend }).svg);
    const idsOf = (document: Document) => [...document.querySelectorAll('[id]')].map((node) => node.id);
    const ids = idsOf(one);
    expect(new Set(ids).size).to.equal(ids.length);
    // Two exports inlined in one page must not clash either.
    expect(idsOf(two).filter((id) => ids.includes(id))).to.deep.equal([]);
    const patterns = one.querySelectorAll('pattern');
    // The map's hatch, the timeline's hatch and the legend's.
    expect(patterns).to.have.length(3);
    let references = 0;
    for (const element of one.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        for (const match of attribute.value.matchAll(/url\(#([^)]+)\)/g)) {
          references++;
          expect(one.getElementById(match[1]!), attribute.value).to.exist;
        }
        if (attribute.localName === 'href' && attribute.value.startsWith('#')) {
          expect(one.getElementById(attribute.value.slice(1))).to.exist;
        }
      }
    }
    const inferred = dataset.countries.filter((country) => country.masmut === 'inferred').length;
    // At least every inferred country and the legend's hatched swatch use a pattern.
    expect(references).to.be.at.least(inferred + 1);
  });

  it('resolves theme colours set on the element, in the panels and in the legend', async () => {
    const { mapSvg } = await renderViews(
      900,
      html`<partnership-map
        lang="en"
        style="--pw-color-land: rgb(10, 200, 30); --pw-color-text: rgb(90, 0, 60)"
      ></partnership-map>`,
    );
    const document = parseSvg(
      composeExport([mapSvg], {
        title: 'Themed',
        legend: [
          { label: 'Land', fill: 'var(--pw-color-land)' },
          { label: 'Mix', fill: 'color-mix(in srgb, var(--pw-color-land) 50%, rgb(10, 0, 30))' },
        ],
      }).svg,
    );
    const neighbours = [...document.querySelectorAll('.neighbour')];
    expect(neighbours.length).to.equal(mapSvg.querySelectorAll('.neighbour').length);
    for (const neighbour of neighbours) expect(effective(neighbour, 'fill')).to.equal('#0ac81e');
    const swatches = [...document.querySelectorAll('.legend rect')];
    expect(swatches[0]!.getAttribute('fill')).to.equal('#0ac81e');
    expect(swatches[1]!.getAttribute('fill')).to.equal('#0a641e');
    // The title takes the element's text colour.
    expect(document.querySelector('text.title')!.getAttribute('fill')).to.equal('#5a003c');
  });

  it('wraps a wide legend and a long source line to the width of a narrow view', async () => {
    const { mapSvg } = await renderViews(320);
    const items: LegendItem[] = Array.from({ length: 8 }, (_, index) => ({
      label: `Collaboration kind number ${index + 1}`,
      fill: '#0b5cad',
    }));
    const sourceLine = `Source: ${'annual report and public sources '.repeat(6)}https://example.org/${'x'.repeat(120)}`;
    const result = composeExport([mapSvg], { title: 'Narrow', legend: items, sourceLine, padding: 16 });
    const document = parseSvg(result.svg);
    const context = globalThis.document.createElement('canvas').getContext('2d')!;
    const rows = new Set<string>();
    for (const text of document.querySelectorAll('.legend text')) {
      rows.add(text.getAttribute('y')!);
      context.font = `12px ${getComputedStyle(mapSvg).fontFamily}`;
      const right = Number(text.getAttribute('x')) + context.measureText(text.textContent!).width;
      expect(right, text.textContent!).to.be.at.most(result.width - 16 + 0.5);
    }
    // 8 labels of about 170 px cannot share one row of 320 px.
    expect(rows.size).to.be.greaterThan(2);
    for (const swatch of document.querySelectorAll('.legend rect')) {
      expect(Number(swatch.getAttribute('x')) + Number(swatch.getAttribute('width'))).to.be.at.most(
        result.width,
      );
    }
    const sourceLines = texts(document, 'text.source');
    expect(sourceLines.length).to.be.greaterThan(2);
    expect(sourceLines.join('').replace(/\s/g, '')).to.equal(sourceLine.replace(/\s/g, ''));
    const lastBaseline = Math.max(
      ...[...document.querySelectorAll('text')].map((text) => Number(text.getAttribute('y'))),
    );
    expect(lastBaseline).to.be.lessThan(result.height);
  });
});

describe('collectPanels', () => {
  it('finds the map, the timeline axis and plot through shadow roots, top to bottom', async () => {
    const { wrapper, mapSvg, axisSvg, plotSvg } = await renderViews();
    const panels = collectPanels(wrapper);
    expect(panels.map((panel) => panel.svg)).to.deep.equal([mapSvg, axisSvg, plotSvg]);
    // The axis belongs on its plot: no gap between them; the map and the timeline get the default.
    expect(panels.map((panel) => panel.gapBefore)).to.deep.equal([undefined, undefined, 0]);
  });
});
