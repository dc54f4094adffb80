import { expect, html, oneEvent } from '@open-wc/testing';
import bundled from '../../data/partnerships.json';
import '../../src/index.js';
import type { Dataset } from '../../src/data/types.js';
import { renderInBox, waitFor } from '../support/dom.js';
import { ExplorerPage } from '../support/explorer-page.js';

const dataset = bundled as unknown as Dataset;

function isHighlighted(item: Element): boolean {
  return item.classList.contains('highlighted') || item.classList.contains('selected');
}

describe('<partnership-explorer>', () => {
  it('draws the eight countries and a 2006–2026 timeline of every collaboration', async () => {
    const { map, timeline } = await ExplorerPage.render();
    expect(map.countries()).to.have.length(8);
    const ids = new Set(timeline.itemIds());
    expect([...ids].sort()).to.deep.equal(dataset.collaborations.map((c) => c.id).sort());
    const axisText = timeline.root.textContent!;
    expect(axisText).to.contain('2006');
    expect(axisText).to.contain('2026');
  });

  it('selecting a country on the map highlights its collaborations and lists them with partners', async () => {
    const page = await ExplorerPage.render();
    const { element: explorer, map, timeline } = page;
    const details = page.details();
    const listener = oneEvent(explorer, 'partnership-select');
    map.clickCountry('BDI');
    expect((await listener).detail).to.deep.equal({ kind: 'country', id: 'BDI' });
    await waitFor(() => explorer.selected === 'BDI' && timeline.element.selected === 'BDI');
    await timeline.element.updateComplete;
    await explorer.updateComplete;

    const expected = dataset.collaborations.filter((c) => c.countries.includes('BDI')).map((c) => c.id);
    expect(expected.length).to.be.greaterThan(0);
    for (const item of timeline.items()) {
      expect(isHighlighted(item), item.dataset.id).to.equal(expected.includes(item.dataset.id!));
    }
    expect(page.detailsTitle().textContent).to.contain('Burundi');
    const listed = [...details.querySelectorAll('.collaborations li button')].map((b) =>
      b.textContent!.trim(),
    );
    const titles = dataset.collaborations.filter((c) => expected.includes(c.id)).map((c) => c.title.en);
    expect(listed.sort()).to.deep.equal(titles.sort());
    // Partners are named beside each listed collaboration.
    expect(details.querySelector('.collaborations .meta')!.textContent!.trim()).not.to.equal('');
  });

  it('selecting a collaboration on the timeline highlights its countries and shows its details', async () => {
    const page = await ExplorerPage.render();
    const { element: explorer, map, timeline } = page;
    const details = page.details();
    const collaboration = dataset.collaborations.find((c) => c.id === 'dakar-2022')!;
    const listener = oneEvent(explorer, 'partnership-select');
    timeline.clickItem(collaboration.id);
    expect((await listener).detail).to.deep.equal({ kind: 'collaboration', id: collaboration.id });
    await waitFor(() => map.element.selected === collaboration.id);
    await map.element.updateComplete;
    await explorer.updateComplete;
    for (const country of dataset.countries) {
      expect(map.country(country.id).classList.contains('highlighted'), country.id).to.equal(
        collaboration.countries.includes(country.id),
      );
    }
    expect(page.detailsTitle().textContent).to.contain(collaboration.title.en);
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
    const page = await ExplorerPage.render(
      html`<partnership-explorer lang="en" selected=${inferred.id}></partnership-explorer>`,
    );
    await page.element.updateComplete;
    const badge = page.details().querySelector('.badge')!;
    expect(badge.classList.contains('inferred')).to.equal(true);
    expect(badge.textContent).to.contain('Inferred');
  });

  for (const [lang, notConfirmed, description] of [
    ['en', 'not confirmed', "description, not the document's title"],
    ['fr', 'non confirmé', 'description, pas le titre du document'],
    ['nl', 'niet bevestigd', 'beschrijving, niet de titel van het document'],
  ] as const) {
    it(`shows the 2022–2026 countries as not confirmed and described sources in brackets (${lang})`, async () => {
      const page = await ExplorerPage.render(
        html`<partnership-explorer lang=${lang} selected="masmut-phase-3"></partnership-explorer>`,
      );
      const { element: explorer } = page;
      const details = page.details();
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
    const page = await ExplorerPage.render(
      html`<partnership-explorer lang="en" selected="dakar-2022"></partnership-explorer>`,
    );
    await page.element.updateComplete;
    const venue = [...page.details().querySelectorAll('dt')].find(
      (dt) => dt.textContent!.trim() === 'Venue',
    )!.nextElementSibling!;
    expect(venue.textContent).to.contain('Diamniadio');
    const seneweb = dataset.sources.find((source) => source.id === 'seneweb-2022-03')!;
    expect(venue.querySelector('.source-refs')!.textContent).to.contain(seneweb.title);
  });

  it('moving the year updates the map shading counts and fires partnership-year-change', async () => {
    const { element: explorer, map, timeline } = await ExplorerPage.render();
    const listener = oneEvent(explorer, 'partnership-year-change');
    timeline.scrub(2015);
    expect((await listener).detail).to.deep.equal({ year: 2015 });
    await waitFor(() => map.element.year === 2015);
    await map.element.updateComplete;
    const active = (id: string) =>
      dataset.collaborations.filter((c) => {
        const first = Number(c.start.slice(0, 4));
        const last = Number((c.end ?? c.start).slice(0, 4));
        return c.countries.includes(id) && first <= 2015 && 2015 <= last;
      }).length;
    for (const country of dataset.countries) {
      expect(map.country(country.id).getAttribute('aria-label')).to.contain(
        `${active(country.id)} collaboration`,
      );
    }
    expect(explorer.getAttribute('year')).to.equal('2015');
  });

  it('the partner filter narrows both views', async () => {
    const page = await ExplorerPage.render();
    const { element: explorer, map, timeline } = page;
    const chip = page.chip('solsoc');
    const listener = oneEvent(explorer, 'partnership-filter-change');
    chip.click();
    expect((await listener).detail).to.deep.equal({ partners: ['solsoc'] });
    expect(chip.getAttribute('aria-pressed')).to.equal('true');
    await waitFor(() => timeline.element.partners.length === 1);
    await timeline.element.updateComplete;
    await map.element.updateComplete;
    const withSolsoc = dataset.collaborations.filter((c) => c.partners.includes('solsoc')).map((c) => c.id);
    const shown = new Set(timeline.itemIds());
    expect([...shown].sort()).to.deep.equal(withSolsoc.sort());
    const expectedCount = (id: string) =>
      dataset.collaborations.filter((c) => c.partners.includes('solsoc') && c.countries.includes(id)).length;
    expect(map.country('SEN').getAttribute('aria-label')).to.contain(`${expectedCount('SEN')} collaboration`);
  });

  it('switching the language changes names in map, timeline and details, in nl, fr and en', async () => {
    const page = await ExplorerPage.render(
      html`<partnership-explorer lang="nl" selected="COD"></partnership-explorer>`,
    );
    const { element: explorer, map, timeline } = page;
    const cod = dataset.countries.find((c) => c.id === 'COD')!;
    for (const lang of ['nl', 'fr', 'en'] as const) {
      explorer.lang = lang;
      await waitFor(() => map.element.lang === lang && timeline.element.lang === lang);
      await explorer.updateComplete;
      await map.element.updateComplete;
      await timeline.element.updateComplete;
      expect(map.country('COD').getAttribute('aria-label')).to.contain(cod.name![lang]);
      expect(page.detailsTitle().textContent).to.contain(cod.name![lang]);
      const first = dataset.collaborations.find((c) => c.countries.includes('COD'))!;
      expect(timeline.item(first.id).getAttribute('aria-label')).to.contain(first.title[lang]);
      expect(page.heading().textContent).to.contain(dataset.title[lang]);
    }
  });

  it('announces selections politely in the current language', async () => {
    const page = await ExplorerPage.render(html`<partnership-explorer lang="fr"></partnership-explorer>`);
    page.map.clickCountry('SEN');
    const live = page.live();
    await waitFor(() => live.textContent!.includes('Sénégal'));
    expect(live.textContent).to.contain('sélectionné');
  });

  it('lets a keyboard user select a country, then a collaboration, and clear', async () => {
    const { element: explorer, map, timeline } = await ExplorerPage.render();
    const countryStop = map.tabStop();
    countryStop.focus();
    map.press('Enter', countryStop);
    await waitFor(() => explorer.selected === countryStop.dataset.country);
    const itemStop = timeline.tabStop();
    itemStop.focus();
    timeline.press('Enter', itemStop);
    await waitFor(() => explorer.selected === itemStop.dataset.id);
    timeline.press('Escape', itemStop);
    await waitFor(() => explorer.selected === null);
  });

  it('has no axe violations in the initial state, with selections, a year and a filter', async () => {
    const page = await ExplorerPage.render();
    const { element: explorer } = page;
    await expect(explorer).to.be.accessible();
    explorer.selected = 'BEN';
    await explorer.updateComplete;
    await expect(explorer).to.be.accessible();
    // A country and a year: the other years' collaborations are dimmed, still readable.
    explorer.year = 2021;
    await explorer.updateComplete;
    expect(page.findAll('.details .not-current').length).to.be.greaterThan(0);
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
    const wrapper = await renderInBox({ width: 800 });
    const explorer = document.createElement('partnership-explorer');
    explorer.data = broken;
    const errorEvent = oneEvent(explorer, 'partnership-error');
    wrapper.append(explorer);
    expect((await errorEvent).detail.issues[0]).to.deep.equal({
      path: 'collaborations[2].sources',
      message: 'required field is missing',
    });
    await explorer.updateComplete;
    const page = new ExplorerPage(explorer);
    expect(page.alert()!.textContent).to.contain('collaborations[2].sources');
    expect(page.find('partnership-map')).to.equal(null);
  });

  it('renders text from data as text, never as HTML', async () => {
    const hostile = structuredClone(dataset);
    hostile.collaborations[0]!.title.en = '<img src=x onerror="window.__pwned=1">Title';
    hostile.collaborations[0]!.summary.en = '<script>window.__pwned=1</script>';
    const page = await ExplorerPage.render(
      html`<partnership-explorer
        lang="en"
        .data=${hostile}
        selected=${hostile.collaborations[0]!.id}
      ></partnership-explorer>`,
    );
    await page.element.updateComplete;
    const details = page.details();
    expect(details.querySelector('img')).to.equal(null);
    expect(details.querySelector('script')).to.equal(null);
    expect(page.detailsTitle().textContent).to.contain('<img src=x');
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
    const page = await ExplorerPage.render();
    const { element: explorer } = page;
    const details = page.details();
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
