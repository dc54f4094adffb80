import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { Dataset } from '../../src/data/types.js';
import type { PartnershipElement } from '../../src/elements/shared/partnership-element.js';
import type { PartnershipMap } from '../../src/elements/partnership-map/partnership-map.js';
import { smallDataset } from '../fixtures/small-dataset.js';
import { waitFor } from '../support/dom.js';
import { ElementPage } from '../support/element-page.js';
import { MapPage } from '../support/map-page.js';
import { deepFreeze } from './malformed.js';

/**
 * Twenty elements on one page, with different languages, data, years, filters and
 * selections: changing one changes nothing in the others, so no module state is shared
 * and mutable, and no element writes into a dataset (they are frozen here, so a write
 * would throw).
 */

type Tag = 'partnership-map' | 'partnership-timeline' | 'partnership-table' | 'partnership-explorer';

interface Setup {
  tag: Tag;
  lang: string;
  data?: Dataset;
  selected?: string;
  year?: number;
  partners?: string[];
}

/** A frozen variant of the small dataset: only some countries, and titles that say which. */
function variant(name: string, countries: string[]): Dataset {
  const dataset = smallDataset();
  dataset.title = { nl: `${name} (nl)`, fr: `${name} (fr)`, en: name };
  dataset.countries = dataset.countries.filter((country) => countries.includes(country.id));
  for (const collaboration of dataset.collaborations) {
    collaboration.countries = collaboration.countries.filter((id) => countries.includes(id));
    collaboration.title = {
      nl: `${collaboration.title.nl} in ${name}`,
      fr: `${collaboration.title.fr} in ${name}`,
      en: `${collaboration.title.en} in ${name}`,
    };
  }
  return deepFreeze(dataset);
}

const shared = variant('Shared', ['BEN', 'TGO', 'SEN']);
const SETUPS: Setup[] = [
  { tag: 'partnership-map', lang: 'fr' },
  { tag: 'partnership-map', lang: 'nl', selected: 'BEN', year: 2016 },
  { tag: 'partnership-map', lang: 'en', data: shared, selected: 'SEN' },
  { tag: 'partnership-map', lang: 'de', data: variant('Two', ['BEN', 'TGO']), partners: ['ngo'] },
  { tag: 'partnership-map', lang: 'fr-BE', data: shared, year: 2022 },
  { tag: 'partnership-timeline', lang: 'nl' },
  { tag: 'partnership-timeline', lang: 'fr', data: shared, selected: 'study' },
  { tag: 'partnership-timeline', lang: 'en', data: variant('One', ['SEN']), year: 2014 },
  { tag: 'partnership-timeline', lang: 'en', selected: 'dakar-2022', partners: ['mloz'] },
  { tag: 'partnership-timeline', lang: 'nl-BE', data: shared, partners: ['net'] },
  { tag: 'partnership-table', lang: 'fr' },
  { tag: 'partnership-table', lang: 'en', data: shared, selected: 'conference' },
  { tag: 'partnership-table', lang: 'nl', data: variant('Three', ['TGO', 'SEN']), year: 2015 },
  { tag: 'partnership-table', lang: 'de', partners: ['lc'] },
  { tag: 'partnership-table', lang: 'fr', data: shared, year: 2006 },
  { tag: 'partnership-explorer', lang: 'nl', selected: 'TGO' },
  { tag: 'partnership-explorer', lang: 'fr', data: shared, selected: 'long-partnership', year: 2010 },
  { tag: 'partnership-explorer', lang: 'en', data: variant('Four', ['BEN']), partners: ['ins'] },
  { tag: 'partnership-explorer', lang: 'en', year: 2021 },
  { tag: 'partnership-explorer', lang: 'fr', data: shared },
];

/** Everything an element shows that does not depend on its size: text, names, states. */
function fingerprint(root: ParentNode): string {
  const parts: string[] = [];
  const walk = (node: ParentNode): void => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        const text = child.textContent!.trim();
        if (text) parts.push(text);
      } else if (child instanceof Element) {
        const attributes = [...child.attributes]
          .filter((attribute) => /^(aria-|data-|lang$|role$|part$)/.test(attribute.name))
          .map((attribute) => `${attribute.name}=${attribute.value}`);
        parts.push(`<${child.localName} ${attributes.join(' ')}>`);
        if (child.shadowRoot) walk(child.shadowRoot);
        walk(child);
      }
    }
  };
  walk(root);
  return parts.join('\n');
}

async function settleAll(elements: PartnershipElement[]): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const all = elements.flatMap((element) => [
      element,
      ...[...(element.shadowRoot?.querySelectorAll('*') ?? [])].filter(
        (node): node is PartnershipElement => 'updateComplete' in node,
      ),
    ]);
    await Promise.all(all.map((element) => element.updateComplete));
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

describe('robustness: many elements on one page', () => {
  let elements: PartnershipElement[];

  beforeEach(async function () {
    this.timeout(30000);
    const page = await fixture<HTMLDivElement>(html`<div></div>`);
    elements = SETUPS.map((setup) => {
      const box = document.createElement('div');
      // Fixed widths: one element growing taller must not resize another.
      box.style.width = setup.tag === 'partnership-explorer' ? '1000px' : '640px';
      const element = document.createElement(setup.tag) as PartnershipElement;
      element.lang = setup.lang;
      if (setup.data) element.data = setup.data;
      if (setup.selected) element.selected = setup.selected;
      if (setup.year) element.year = setup.year;
      if (setup.partners) element.partners = setup.partners;
      box.append(element);
      page.append(box);
      return element;
    });
    // Drawn, not loading: the first dataset a page brings loads the validator first.
    await waitFor(
      () =>
        elements.every(
          (element) =>
            element.shadowRoot?.querySelector('[role], table') &&
            !element.shadowRoot.querySelector('[part="status"]'),
        ),
      15000,
    );
    await settleAll(elements);
  });

  it('twenty elements show what each was given', () => {
    const alerts = elements.filter((element) => new ElementPage(element).alert());
    expect(alerts, 'no error view').to.have.length(0);
    const prints = elements.map((element) => fingerprint(element.shadowRoot!));
    expect(prints[0], 'the French map').to.contain('Carte');
    expect(prints[1], 'the Dutch map').to.contain('Kaart');
    expect(prints[2], 'the shared data').to.contain('data-country=SEN');
    expect(prints[2]).not.to.contain('data-country=MLI');
  });

  it('changing one element, in every way, changes none of the others', async function () {
    this.timeout(60000);
    const changes: [string, (element: PartnershipElement) => void][] = [
      ['lang', (element) => (element.lang = element.lang === 'nl' ? 'fr' : 'nl')],
      ['selected', (element) => (element.selected = element.selected === 'TGO' ? 'BEN' : 'TGO')],
      ['year', (element) => (element.year = element.year === 2019 ? 2008 : 2019)],
      ['partners', (element) => (element.partners = element.partners.length ? [] : ['ngo', 'net'])],
      ['data', (element) => (element.data = variant('Replaced', ['TGO']))],
    ];
    const before = elements.map((element) => fingerprint(element.shadowRoot!));
    let checked = 0;
    for (let index = 0; index < elements.length; index++) {
      const [name, change] = changes[index % changes.length]!;
      const target = elements[index]!;
      change(target);
      await settleAll(elements);
      elements.forEach((element, other) => {
        const now = fingerprint(element.shadowRoot!);
        if (other === index) {
          expect(now, `element ${index} (${name}) changed`).not.to.equal(before[other]);
          before[other] = now;
        } else {
          expect(now, `element ${other} changed when ${name} of element ${index} did`).to.equal(
            before[other],
          );
          checked++;
        }
      });
    }
    expect(checked).to.equal(20 * 19);
  });

  it('a selection made by the user in one element stays in it', async () => {
    const before = elements.map((element) => fingerprint(element.shadowRoot!));
    const map = elements[2]!;
    new MapPage(map as PartnershipMap).clickCountry('TGO');
    await settleAll(elements);
    expect(map.selected).to.equal('TGO');
    elements.forEach((element, index) => {
      if (index !== 2) expect(fingerprint(element.shadowRoot!), `element ${index}`).to.equal(before[index]);
    });
    // Elements given the same dataset object keep their own selection.
    expect(elements[4]!.selected).to.equal(null);
    expect(elements[6]!.selected).to.equal('study');
  });
});
