import { expect } from '@open-wc/testing';
import bundled from '../../data/partnerships.json';
import { validateDataset } from '../../src/data/validate.js';
import type { Dataset, LocalizedText } from '../../src/data/types.js';

const dataset = bundled as unknown as Dataset;
const LANGUAGES = ['nl', 'fr', 'en'];

/** Every localized object anywhere in a record, found by shape rather than by field name. */
function localizedTexts(
  value: unknown,
  path: string,
  found: [string, LocalizedText][] = [],
): [string, LocalizedText][] {
  if (Array.isArray(value)) value.forEach((item, index) => localizedTexts(item, `${path}[${index}]`, found));
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if ('en' in record && typeof record.en === 'string') found.push([path, record as LocalizedText]);
    else for (const [key, child] of Object.entries(record)) localizedTexts(child, `${path}.${key}`, found);
  }
  return found;
}

describe('the bundled dataset', () => {
  it('passes validation', () => {
    const result = validateDataset(dataset);
    expect(result.ok, result.ok ? '' : JSON.stringify(result.issues, null, 1)).to.equal(true);
  });

  it('has every text in Dutch, French and English, none left empty or copied across languages', () => {
    const texts = localizedTexts(dataset, 'dataset');
    expect(texts.length).to.be.greaterThan(100);
    for (const [path, text] of texts) {
      for (const lang of LANGUAGES)
        expect(text[lang]?.trim(), `${path}.${lang}`).to.be.a('string').and.not.equal('');
    }
    // Prose (summaries, descriptions, notes) must really be translated; names may be the same.
    const prose = texts.filter(([path]) => /\.(summary|description|note)$/.test(path));
    expect(prose.length).to.be.greaterThan(30);
    for (const [path, text] of prose) {
      expect(text.nl, path).not.to.equal(text.en);
      expect(text.fr, path).not.to.equal(text.en);
    }
  });

  it('gives every collaboration a source, a confidence and existing partners and countries', () => {
    const organisations = new Set(dataset.organisations.map((o) => o.id));
    const countries = new Set(dataset.countries.map((c) => c.id));
    const sources = new Set(dataset.sources.map((s) => s.id));
    for (const collaboration of dataset.collaborations) {
      const name = collaboration.id;
      expect(collaboration.sources.length, name).to.be.greaterThan(0);
      for (const source of collaboration.sources)
        expect(sources.has(source), `${name} cites ${source}`).to.equal(true);
      expect(['report', 'confirmed', 'inferred'], name).to.include(collaboration.confidence);
      expect(collaboration.partners.length, name).to.be.greaterThan(0);
      for (const partner of collaboration.partners)
        expect(organisations.has(partner), `${name}: ${partner}`).to.equal(true);
      for (const country of collaboration.countries)
        expect(countries.has(country), `${name}: ${country}`).to.equal(true);
    }
  });

  it('holds the eight MASMUT countries, with Benin and Guinea marked as inferred', () => {
    const ids = dataset.countries.map((c) => c.id).sort();
    expect(ids).to.deep.equal(['BDI', 'BEN', 'BFA', 'COD', 'GIN', 'MLI', 'SEN', 'TGO']);
    const inferred = dataset.countries
      .filter((c) => c.masmut === 'inferred')
      .map((c) => c.id)
      .sort();
    expect(inferred).to.deep.equal(['BEN', 'GIN']);
    for (const country of dataset.countries.filter((c) => c.masmut === 'inferred')) {
      expect(country.note, `${country.id} explains why it is inferred`).to.exist;
    }
  });

  it('holds the dated facts of the report, from March 2006 to 2026', () => {
    const starts = dataset.collaborations.map((c) => c.start).sort();
    expect(starts[0]!.slice(0, 4)).to.equal('2006');
    // The report: Mutualités Libres has worked with Louvain Coopération since (March) 2006.
    const withLouvain = dataset.collaborations.filter(
      (c) => c.kind === 'partnership' && c.partners.includes('mloz') && c.partners.includes('lc'),
    );
    expect(withLouvain.map((c) => c.start)).to.include('2006-03');
    const ends = dataset.collaborations.map((c) => c.end ?? c.start).sort();
    expect(ends[ends.length - 1]!.startsWith('2026')).to.equal(true);
    const find = (predicate: (c: Dataset['collaborations'][number]) => boolean) =>
      dataset.collaborations.filter(predicate);
    // The report: Dakar conference on 15–16 March 2022, with MASMUT, AIM and PASS.
    const dakar = find((c) => c.kind === 'conference' && c.start === '2022-03-15');
    expect(dakar).to.have.length(1);
    expect(dakar[0]!.partners).to.include.members(['masmut', 'aim', 'pass']);
    expect(dakar[0]!.confidence).to.equal('report');
    // The conferences of Abidjan 2016, Lomé 2019 and Bujumbura 2025 from the facts page.
    for (const start of ['2016-03-02', '2019-01-22', '2025-02-03']) {
      expect(
        find((c) => c.kind === 'conference' && c.start === start),
        start,
      ).to.have.length(1);
    }
    // MASMUT phase 2 (2017–2021) is inferred, phase 3 (2022–2026) is in the report.
    const phases = find((c) => c.kind === 'programme' && c.partners.includes('masmut'));
    const phase2 = phases.find((c) => c.start === '2017');
    expect(phase2?.confidence).to.equal('inferred');
    expect(phases.find((c) => c.start === '2022')?.confidence).to.equal('report');
  });

  it('only links sources over http(s)', () => {
    for (const source of dataset.sources) {
      if (source.url !== undefined) expect(source.url, source.id).to.match(/^https?:\/\//);
    }
  });
});
