import { expect } from '@open-wc/testing';
import {
  countByCountry,
  highlightedBy,
  indexDataset,
  resolveSelection,
  visibleCollaborations,
} from '../../src/data/queries.js';
import { localize, toUiLanguage } from '../../src/data/localize.js';
import { smallDataset } from '../fixtures/small-dataset.js';
import bundled from '../../data/partnerships.json';
import type { Dataset } from '../../src/data/types.js';

describe('queries', () => {
  const index = indexDataset(smallDataset());

  it('lists collaborations in time order', () => {
    expect(index.chronological.map((c) => c.id)).to.deep.equal([
      'long-partnership',
      'programme-phase',
      'study',
      'conference',
    ]);
  });

  it('resolves a country id and a collaboration id, and ignores unknown ids', () => {
    expect(resolveSelection(index, 'BEN')).to.deep.equal({ kind: 'country', id: 'BEN' });
    expect(resolveSelection(index, 'study')).to.deep.equal({ kind: 'collaboration', id: 'study' });
    expect(resolveSelection(index, 'nope')).to.equal(null);
    expect(resolveSelection(index, null)).to.equal(null);
  });

  it('keeps the collaborations active in a year', () => {
    const in2015 = visibleCollaborations(index, 2015, new Set()).map((c) => c.id);
    expect(in2015).to.deep.equal(['long-partnership', 'programme-phase']);
    const in2022 = visibleCollaborations(index, 2022, new Set()).map((c) => c.id);
    expect(in2022).to.deep.equal(['conference']);
    expect(visibleCollaborations(index, null, new Set())).to.have.length(4);
  });

  it('narrows to collaborations with any of the chosen partners', () => {
    const withNetwork = visibleCollaborations(index, null, new Set(['net'])).map((c) => c.id);
    expect(withNetwork).to.deep.equal(['programme-phase', 'conference']);
  });

  it('counts collaborations per country', () => {
    const counts = countByCountry(index.chronological);
    expect(counts.get('BEN')).to.equal(2);
    expect(counts.get('TGO')).to.equal(2);
    expect(counts.get('SEN')).to.equal(2);
  });

  it('highlights the collaborations of a country and the countries of a collaboration', () => {
    const byCountry = highlightedBy(index, { kind: 'country', id: 'BEN' });
    expect([...byCountry.collaborations].sort()).to.deep.equal(['long-partnership', 'study']);
    const byCollaboration = highlightedBy(index, { kind: 'collaboration', id: 'programme-phase' });
    expect([...byCollaboration.countries].sort()).to.deep.equal(['SEN', 'TGO']);
  });
});

describe('localize', () => {
  it('picks the language, then its primary language, then English', () => {
    const text = { nl: 'Hallo', fr: 'Bonjour', en: 'Hello', de: 'Hallo (de)' };
    expect(localize(text, 'fr')).to.deep.equal({ text: 'Bonjour', lang: 'fr' });
    expect(localize(text, 'fr-BE')).to.deep.equal({ text: 'Bonjour', lang: 'fr' });
    expect(localize(text, 'de')).to.deep.equal({ text: 'Hallo (de)', lang: 'de' });
    expect(localize(text, 'es')).to.deep.equal({ text: 'Hello', lang: 'en' });
  });

  it('maps page languages to the interface languages', () => {
    expect(toUiLanguage('nl-BE')).to.equal('nl');
    expect(toUiLanguage('FR')).to.equal('fr');
    expect(toUiLanguage('de')).to.equal('en');
    expect(toUiLanguage(null)).to.equal('en');
  });

  it('answers every year and partner filter of the bundled dataset as a plain scan would, repeated or not', () => {
    const dataset = bundled as unknown as Dataset;
    const bundledIndex = indexDataset(dataset);
    // Calendar years, read from the text: the oracle shares no code with the library.
    const years = (text: string) => Number(text.slice(0, 4));
    const activeIn = (c: Dataset['collaborations'][number], year: number) =>
      years(c.start) <= year && year <= Math.max(years(c.start), years(c.end ?? c.start));
    const byStart = (ids: string[]) => [...ids].sort();
    for (const partners of [new Set<string>(), new Set(['mloz']), new Set(['lc', 'solsoc'])]) {
      for (let year = 2003; year <= 2029; year++) {
        const expected = dataset.collaborations
          .filter(
            (c) => activeIn(c, year) && (partners.size === 0 || c.partners.some((p) => partners.has(p))),
          )
          .map((c) => c.id);
        for (let round = 0; round < 2; round++) {
          const actual = visibleCollaborations(bundledIndex, year, partners).map((c) => c.id);
          expect(byStart(actual), `${year} ${[...partners]} round ${round}`).to.deep.equal(byStart(expected));
        }
      }
    }
  });
});
