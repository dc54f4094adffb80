import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import bundled from '../../data/partnerships.json';
import '../../src/index.js';
import type { PartnershipExplorer } from '../../src/elements/partnership-explorer/partnership-explorer.js';
import type { PartnershipMap } from '../../src/elements/partnership-map/partnership-map.js';
import type { PartnershipTimeline } from '../../src/elements/partnership-timeline/partnership-timeline.js';
import type { Dataset } from '../../src/data/types.js';
import { press, waitFor } from '../support/dom.js';

const dataset = bundled as unknown as Dataset;

interface Parts {
  explorer: PartnershipExplorer;
  map: PartnershipMap;
  timeline: PartnershipTimeline;
  details: HTMLElement;
}

async function renderExplorer(
  template = html`<partnership-explorer lang="en"></partnership-explorer>`,
): Promise<Parts> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1200px">${template}</div>`);
  const explorer = wrapper.querySelector('partnership-explorer')!;
  const map = await waitFor(() => explorer.shadowRoot!.querySelector('partnership-map'));
  const timeline = explorer.shadowRoot!.querySelector('partnership-timeline')!;
  await waitFor(() => map.shadowRoot!.querySelectorAll('[role="option"]').length === 8);
  await waitFor(() => timeline.shadowRoot!.querySelectorAll('[role="option"]').length > 0);
  const details = explorer.shadowRoot!.querySelector<HTMLElement>('.details')!;
  return { explorer, map, timeline, details };
}

const timelineItems = (timeline: PartnershipTimeline) => [
  ...timeline.shadowRoot!.querySelectorAll<SVGGElement>('[role="option"]'),
];
const countryShape = (map: PartnershipMap, id: string) =>
  map.shadowRoot!.querySelector<SVGGElement>(`[data-country="${id}"]`)!;
const click = (element: Element) =>
  element.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));

function isHighlighted(item: Element): boolean {
  return item.classList.contains('highlighted') || item.classList.contains('selected');
}

describe('<partnership-explorer>', () => {
  it('draws the eight countries and a 2006–2026 timeline of every collaboration', async () => {
    const { map, timeline } = await renderExplorer();
    expect(map.shadowRoot!.querySelectorAll('[role="option"]')).to.have.length(8);
    const ids = new Set(timelineItems(timeline).map((item) => item.dataset.id));
    expect([...ids].sort()).to.deep.equal(dataset.collaborations.map((c) => c.id).sort());
    const axisText = timeline.shadowRoot!.textContent!;
    expect(axisText).to.contain('2006');
    expect(axisText).to.contain('2026');
  });

  it('selecting a country on the map highlights its collaborations and lists them with partners', async () => {
    const { explorer, map, timeline, details } = await renderExplorer();
    const listener = oneEvent(explorer, 'partnership-select');
    click(countryShape(map, 'BDI'));
    expect((await listener).detail).to.deep.equal({ kind: 'country', id: 'BDI' });
    await waitFor(() => explorer.selected === 'BDI' && timeline.selected === 'BDI');
    await timeline.updateComplete;
    await explorer.updateComplete;

    const expected = dataset.collaborations.filter((c) => c.countries.includes('BDI')).map((c) => c.id);
    expect(expected.length).to.be.greaterThan(0);
    for (const item of timelineItems(timeline)) {
      expect(isHighlighted(item), item.dataset.id).to.equal(expected.includes(item.dataset.id!));
    }
    expect(details.querySelector('h3')!.textContent).to.contain('Burundi');
    const listed = [...details.querySelectorAll('.collaborations li button')].map((b) =>
      b.textContent!.trim(),
    );
    const titles = dataset.collaborations.filter((c) => expected.includes(c.id)).map((c) => c.title.en);
    expect(listed.sort()).to.deep.equal(titles.sort());
    // Partners are named beside each listed collaboration.
    expect(details.querySelector('.collaborations .meta')!.textContent!.trim()).not.to.equal('');
  });

  it('selecting a collaboration on the timeline highlights its countries and shows its details', async () => {
    const { explorer, map, timeline, details } = await renderExplorer();
    const collaboration = dataset.collaborations.find((c) => c.id === 'dakar-2022')!;
    const item = timelineItems(timeline).find((element) => element.dataset.id === collaboration.id)!;
    const listener = oneEvent(explorer, 'partnership-select');
    click(item);
    expect((await listener).detail).to.deep.equal({ kind: 'collaboration', id: collaboration.id });
    await waitFor(() => map.selected === collaboration.id);
    await map.updateComplete;
    await explorer.updateComplete;
    for (const country of dataset.countries) {
      expect(countryShape(map, country.id).classList.contains('highlighted'), country.id).to.equal(
        collaboration.countries.includes(country.id),
      );
    }
    expect(details.querySelector('h3')!.textContent).to.contain(collaboration.title.en);
    expect(details.textContent).to.contain(collaboration.summary.en);
    expect(details.textContent).to.contain('2022');
    for (const partner of collaboration.partners) {
      const organisation = dataset.organisations.find((o) => o.id === partner)!;
      expect(details.textContent).to.contain(organisation.name.en);
    }
    expect(details.querySelector('.badge')!.textContent).to.contain('2021 annual report');
    const sourceTitles = collaboration.sources.map((id) => dataset.sources.find((s) => s.id === id)!.title);
    for (const title of sourceTitles)
      expect(details.querySelector('.sources')!.textContent).to.contain(title);
  });

  it('marks an inferred collaboration as inferred in the details', async () => {
    const inferred = dataset.collaborations.find((c) => c.confidence === 'inferred')!;
    const { details, explorer } = await renderExplorer(
      html`<partnership-explorer lang="en" selected=${inferred.id}></partnership-explorer>`,
    );
    await explorer.updateComplete;
    const badge = details.querySelector('.badge')!;
    expect(badge.classList.contains('inferred')).to.equal(true);
    expect(badge.textContent).to.contain('Inferred');
  });

  for (const [lang, notConfirmed, description] of [
    ['en', 'not confirmed', "description, not the document's title"],
    ['fr', 'non confirmé', 'description, pas le titre du document'],
    ['nl', 'niet bevestigd', 'beschrijving, niet de titel van het document'],
  ] as const) {
    it(`shows the 2022–2026 countries as not confirmed and described sources in brackets (${lang})`, async () => {
      const { details, explorer } = await renderExplorer(
        html`<partnership-explorer lang=${lang} selected="masmut-phase-3"></partnership-explorer>`,
      );
      await explorer.updateComplete;
      const countries = [...details.querySelectorAll('dd')].find((dd) => dd.querySelector('ul button'))!;
      expect(countries.classList.contains('inferred')).to.equal(true);
      expect(countries.querySelector('.inferred-tag')!.textContent).to.contain(notConfirmed);
      expect(countries.querySelectorAll('li')).to.have.length(8);
      // Phase 1's countries are confirmed by its sources: no such mark.
      explorer.selected = 'masmut-phase-1';
      await explorer.updateComplete;
      const phase1 = [...details.querySelectorAll('dd')].find((dd) => dd.querySelector('ul button'))!;
      expect(phase1.querySelector('.inferred-tag')).to.equal(null);

      // A source the dataset could only describe shows in brackets and says so; a title of
      // the document's own shows as it is.
      const described = dataset.sources.find((source) => source.titleIsDescription)!;
      const citing = dataset.collaborations.find((c) => c.sources.includes(described.id))!;
      explorer.selected = citing.id;
      await explorer.updateComplete;
      const item = [...details.querySelectorAll('.sources li')].find((li) =>
        li.textContent!.includes(described.title),
      )!;
      expect(item.querySelector('.described')!.textContent).to.equal(`[${described.title}]`);
      expect(item.querySelector('.visually-hidden')!.textContent).to.contain(description);
      const own = dataset.sources.find(
        (source) => !source.titleIsDescription && citing.sources.includes(source.id),
      );
      if (own) {
        const ownItem = [...details.querySelectorAll('.sources li')].find((li) =>
          li.textContent!.includes(own.title),
        )!;
        expect(ownItem.textContent).not.to.contain(`[${own.title}]`);
      }
      await expect(explorer).to.be.accessible();
    });
  }

  it('shows where the venue comes from when a later source gives it', async () => {
    const { details, explorer } = await renderExplorer(
      html`<partnership-explorer lang="en" selected="dakar-2022"></partnership-explorer>`,
    );
    await explorer.updateComplete;
    const venue = [...details.querySelectorAll('dt')].find(
      (dt) => dt.textContent!.trim() === 'Venue',
    )!.nextElementSibling!;
    expect(venue.textContent).to.contain('Diamniadio');
    const seneweb = dataset.sources.find((source) => source.id === 'seneweb-2022-03')!;
    expect(venue.querySelector('.source-refs')!.textContent).to.contain(seneweb.title);
  });

  it('moving the year updates the map shading counts and fires partnership-year-change', async () => {
    const { explorer, map, timeline } = await renderExplorer();
    const range = timeline.shadowRoot!.querySelector<HTMLInputElement>('input[type="range"]')!;
    const listener = oneEvent(explorer, 'partnership-year-change');
    range.value = '2015';
    range.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    range.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    expect((await listener).detail).to.deep.equal({ year: 2015 });
    await waitFor(() => map.year === 2015);
    await map.updateComplete;
    const active = (id: string) =>
      dataset.collaborations.filter((c) => {
        const first = Number(c.start.slice(0, 4));
        const last = Number((c.end ?? c.start).slice(0, 4));
        return c.countries.includes(id) && first <= 2015 && 2015 <= last;
      }).length;
    for (const country of dataset.countries) {
      expect(countryShape(map, country.id).getAttribute('aria-label')).to.contain(
        `${active(country.id)} collaboration`,
      );
    }
    expect(explorer.getAttribute('year')).to.equal('2015');
  });

  it('the partner filter narrows both views', async () => {
    const { explorer, map, timeline } = await renderExplorer();
    const chip = explorer.shadowRoot!.querySelector<HTMLButtonElement>('[data-partner="solsoc"]')!;
    const listener = oneEvent(explorer, 'partnership-filter-change');
    chip.click();
    expect((await listener).detail).to.deep.equal({ partners: ['solsoc'] });
    expect(chip.getAttribute('aria-pressed')).to.equal('true');
    await waitFor(() => timeline.partners.length === 1);
    await timeline.updateComplete;
    await map.updateComplete;
    const withSolsoc = dataset.collaborations.filter((c) => c.partners.includes('solsoc')).map((c) => c.id);
    const shown = new Set(timelineItems(timeline).map((item) => item.dataset.id));
    expect([...shown].sort()).to.deep.equal(withSolsoc.sort());
    const expectedCount = (id: string) =>
      dataset.collaborations.filter((c) => c.partners.includes('solsoc') && c.countries.includes(id)).length;
    expect(countryShape(map, 'SEN').getAttribute('aria-label')).to.contain(
      `${expectedCount('SEN')} collaboration`,
    );
  });

  it('switching the language changes names in map, timeline and details, in nl, fr and en', async () => {
    const { explorer, map, timeline, details } = await renderExplorer(
      html`<partnership-explorer lang="nl" selected="COD"></partnership-explorer>`,
    );
    const cod = dataset.countries.find((c) => c.id === 'COD')!;
    for (const lang of ['nl', 'fr', 'en'] as const) {
      explorer.lang = lang;
      await waitFor(() => map.lang === lang && timeline.lang === lang);
      await explorer.updateComplete;
      await map.updateComplete;
      await timeline.updateComplete;
      expect(countryShape(map, 'COD').getAttribute('aria-label')).to.contain(cod.name![lang]);
      expect(details.querySelector('h3')!.textContent).to.contain(cod.name![lang]);
      const first = dataset.collaborations.find((c) => c.countries.includes('COD'))!;
      const item = timelineItems(timeline).find((element) => element.dataset.id === first.id)!;
      expect(item.getAttribute('aria-label')).to.contain(first.title[lang]);
      expect(explorer.shadowRoot!.querySelector('h2')!.textContent).to.contain(dataset.title[lang]);
    }
  });

  it('announces selections politely in the current language', async () => {
    const { explorer, map } = await renderExplorer(
      html`<partnership-explorer lang="fr"></partnership-explorer>`,
    );
    click(countryShape(map, 'SEN'));
    const live = explorer.shadowRoot!.querySelector('[aria-live="polite"]')!;
    await waitFor(() => live.textContent!.includes('Sénégal'));
    expect(live.textContent).to.contain('sélectionné');
  });

  it('lets a keyboard user select a country, then a collaboration, and clear', async () => {
    const { explorer, map, timeline } = await renderExplorer();
    const countryStop = map.shadowRoot!.querySelector<SVGGElement>('[role="option"][tabindex="0"]')!;
    countryStop.focus();
    press(countryStop, 'Enter');
    await waitFor(() => explorer.selected === countryStop.dataset.country);
    const itemStop = timeline.shadowRoot!.querySelector<SVGGElement>('[role="option"][tabindex="0"]')!;
    itemStop.focus();
    press(itemStop, 'Enter');
    await waitFor(() => explorer.selected === itemStop.dataset.id);
    press(itemStop, 'Escape');
    await waitFor(() => explorer.selected === null);
  });

  it('has no axe violations in the initial state, with selections, a year and a filter', async () => {
    const { explorer } = await renderExplorer();
    await expect(explorer).to.be.accessible();
    explorer.selected = 'BEN';
    await explorer.updateComplete;
    await expect(explorer).to.be.accessible();
    // A country and a year: the other years' collaborations are dimmed, still readable.
    explorer.year = 2021;
    await explorer.updateComplete;
    expect(explorer.shadowRoot!.querySelectorAll('.details .not-current').length).to.be.greaterThan(0);
    await expect(explorer).to.be.accessible();
    explorer.year = null;
    explorer.selected = 'masmut-phase-2';
    explorer.year = 2019;
    explorer.partners = ['wsm'];
    await explorer.updateComplete;
    await expect(explorer).to.be.accessible();
  });

  it('shows a located schema error instead of the views', async () => {
    const broken = structuredClone(dataset) as unknown as { collaborations: Record<string, unknown>[] };
    delete broken.collaborations[2]!.sources;
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
    const explorer = document.createElement('partnership-explorer');
    explorer.data = broken;
    const errorEvent = oneEvent(explorer, 'partnership-error');
    wrapper.append(explorer);
    expect((await errorEvent).detail.issues[0]).to.deep.equal({
      path: 'collaborations[2].sources',
      message: 'required field is missing',
    });
    await explorer.updateComplete;
    expect(explorer.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain(
      'collaborations[2].sources',
    );
    expect(explorer.shadowRoot!.querySelector('partnership-map')).to.equal(null);
  });

  it('renders text from data as text, never as HTML', async () => {
    const hostile = structuredClone(dataset);
    hostile.collaborations[0]!.title.en = '<img src=x onerror="window.__pwned=1">Title';
    hostile.collaborations[0]!.summary.en = '<script>window.__pwned=1</script>';
    const { explorer, details } = await renderExplorer(
      html`<partnership-explorer
        lang="en"
        .data=${hostile}
        selected=${hostile.collaborations[0]!.id}
      ></partnership-explorer>`,
    );
    await explorer.updateComplete;
    expect(details.querySelector('img')).to.equal(null);
    expect(details.querySelector('script')).to.equal(null);
    expect(details.querySelector('h3')!.textContent).to.contain('<img src=x');
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});

describe('<partnership-explorer> with many collaborations in one country', () => {
  it('lists the first 50 in the details, then all of them when asked, and shortens again for the next country', async () => {
    const data = structuredClone(dataset);
    const template = data.collaborations.find((collaboration) => collaboration.countries.includes('BEN'))!;
    for (let i = 0; i < 70; i++) {
      data.collaborations.push({
        ...structuredClone(template),
        id: `extra-benin-${i}`,
        title: { nl: `Extra ${i}`, fr: `Extra ${i}`, en: `Extra ${i}` },
      });
    }
    const inBenin = data.collaborations.filter((collaboration) =>
      collaboration.countries.includes('BEN'),
    ).length;
    const { explorer, details } = await renderExplorer();
    explorer.data = data;
    explorer.selected = 'BEN';
    const items = () => details.querySelectorAll('ul.collaborations > li').length;
    await waitFor(() => items() > 0);
    expect(items()).to.equal(50);
    const button = details.querySelector<HTMLButtonElement>('button.show-all')!;
    expect(button.textContent!.trim()).to.equal(`Show all ${inBenin}`);
    button.click();
    await waitFor(() => items() === inBenin);
    expect(details.querySelector('button.show-all')).to.equal(null);
    explorer.selected = 'TGO';
    await explorer.updateComplete;
    explorer.selected = 'BEN';
    await explorer.updateComplete;
    expect(items()).to.equal(50);
  });
});
