import { expect } from '@open-wc/testing';
import bundled from '../../data/partnerships.json';
import type { Collaboration, Dataset, LocalizedText } from '../../src/data/types.js';

/**
 * Statements of the bundled dataset held to the words of their sources (the 2021 report in
 * `shared/report/`, the facts page), in all three languages. Each test names the drift it
 * guards against, so a later edit that brings it back fails here.
 */
const dataset = bundled as unknown as Dataset;

function collaboration(id: string): Collaboration {
  const found = dataset.collaborations.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no collaboration ${id}`);
  return found;
}

function expectWords(
  text: LocalizedText,
  words: Record<'nl' | 'fr' | 'en', (string | RegExp)[]>,
  what: string,
) {
  for (const lang of ['nl', 'fr', 'en'] as const) {
    for (const word of words[lang]) {
      if (typeof word === 'string') expect(text[lang], `${what}.${lang}`).to.contain(word);
      else expect(text[lang], `${what}.${lang}`).to.match(word);
    }
  }
}

function expectNoWords(text: LocalizedText, words: RegExp, what: string) {
  for (const lang of ['nl', 'fr', 'en'] as const) expect(text[lang], `${what}.${lang}`).not.to.match(words);
}

describe('the bundled dataset says what its sources say', () => {
  it('digitalisation: supported financially (not paid for), relaunched, representatives trained', () => {
    const record = collaboration('digitalisation-benin-togo');
    expectWords(
      record.summary,
      {
        nl: ['financieel', 'opnieuw gelanceerd', 'vertegenwoordigers', 'betrouwbare'],
        fr: ['soutiennent financièrement', /[Rr]elancé/, 'représentants', 'fiables'],
        en: ['support the project financially', /[Rr]elaunched/, 'representatives', 'reliable'],
      },
      record.id,
    );
    expectNoWords(
      record.summary,
      /betalen|hernomen|assurent le financement|[Rr]epris|pay for|taken up again/i,
      record.id,
    );
    // The country notes of the insurer repeat the claim: they must not overstate it either.
    for (const id of ['BEN', 'TGO']) {
      const note = dataset.countries
        .find((c) => c.id === id)!
        .partners!.find((p) => p.organisation === 'mloz')!.note!;
      expectNoWords(note, /financiert|\bfinance la\b|\bfunds\b|betalen|pays for/i, `${id} mloz`);
      expectWords(note, { nl: ['financieel'], fr: ['financièrement'], en: ['financially'] }, `${id} mloz`);
    }
  });

  it('Dakar 2022: the involvement of mutuals in developing health insurance, announced online, held at Diamniadio', () => {
    const record = collaboration('dakar-2022');
    expectWords(
      record.summary,
      {
        nl: ['betrokkenheid', 'ontwikkeling', 'online evenement'],
        fr: ['implication', 'développement', 'comme un événement en ligne'],
        en: ['involvement', 'developing', 'online event'],
      },
      record.id,
    );
    expectNoWords(record.summary, /\brol\b|\brôle\b|\bpart\b.*\bplay|essor|growth/i, record.id);
    // The report announced it online; the marker stands where the later source says it was.
    const venue = record.venue!;
    expect(venue.sources).to.deep.equal(['seneweb-2022-03']);
    expectWords(venue.city, { nl: ['Diamniadio'], fr: ['Diamniadio'], en: ['Diamniadio'] }, 'venue');
    const [longitude, latitude] = venue.coordinates;
    // Central Dakar is at 17.44° W; Diamniadio lies some 25 km east of it.
    expect(longitude).to.be.within(-17.25, -17.1);
    expect(latitude).to.be.within(14.65, 14.8);
  });

  it('Abidjan 2016: organised by AIM; its declaration names PASS and MASMUT', () => {
    const record = collaboration('aim-abidjan-2016');
    expect(record.partners).to.deep.equal(['aim']);
    expectWords(
      record.summary,
      {
        nl: ['verklaring', 'PASS', 'MASMUT'],
        fr: ['déclaration', 'PASS', 'MASMUT'],
        en: ['declaration', 'PASS', 'MASMUT'],
      },
      record.id,
    );
    expectNoWords(record.summary, /slotverklaring|déclaration finale|closing declaration/i, record.id);
    expect(record.venue?.country).to.equal('CIV');
  });

  it('MASMUT phase 3: its country list is marked as not confirmed, and advocacy is towards the government', () => {
    const record = collaboration('masmut-phase-3');
    expect(record.countriesConfidence).to.equal('inferred');
    expectWords(
      record.note!,
      { nl: ['niet bevestigd'], fr: ['pas confirmée'], en: ['not confirmed'] },
      `${record.id}.note`,
    );
    expectWords(
      record.summary,
      { nl: ['ten aanzien van de overheid'], fr: ['auprès des autorités'], en: ['towards the government'] },
      record.id,
    );
    // Phase 1 is the one the sources list countries for: it carries no such mark.
    expect(collaboration('masmut-phase-1').countriesConfidence).to.equal(undefined);
  });

  it('keeps the report verbs: submitted, in the field, held', () => {
    expectWords(
      collaboration('masmut-3-submitted').summary,
      { nl: ['dienden', 'in bij'], fr: ['ont soumis'], en: ['submitted'] },
      'masmut-3-submitted',
    );
    expectWords(
      collaboration('covid-2021').summary,
      { nl: ['op het terrein'], fr: ['sur le terrain'], en: ['in the field'] },
      'covid-2021',
    );
    expectWords(
      collaboration('aim-lome-2019').summary,
      { nl: ['hield'], fr: ['a tenu'], en: ['held'] },
      'aim-lome-2019',
    );
  });

  it("notes that the Christian Mutuality's own list of countries leaves Togo out", () => {
    const partner = dataset.countries
      .find((c) => c.id === 'TGO')!
      .partners!.find((p) => p.organisation === 'anmc')!;
    expect(partner.sources).to.include('cm-buitenlandse-mutualiteiten');
    expectWords(
      partner.note!,
      { nl: ['noemt Togo niet'], fr: ['ne cite pas le Togo'], en: ['does not name Togo'] },
      'TGO anmc',
    );
  });
});

describe('source titles', () => {
  it('are all different, so that two documents are never shown as one', () => {
    const titles = dataset.sources.map((source) => source.title);
    expect(new Set(titles).size).to.equal(titles.length);
  });

  it('mark every description as one: a title that describes a document rather than naming it', () => {
    const describing = /^(Article|Page|Annonce|Entretien|Rapport sur)\b/;
    for (const source of dataset.sources) {
      if (describing.test(source.title)) expect(source.titleIsDescription, source.id).to.equal(true);
    }
    // At least the sources the review found without a confirmed title are marked.
    const marked = dataset.sources.filter((source) => source.titleIsDescription).map((source) => source.id);
    expect(marked).to.include.members([
      'abidjan-net-583576',
      'infomediaire-lome-2019',
      'togobreakingnews-lome-2019',
      'seneweb-2022-03',
      'lc-2025-02-26',
    ]);
    // A title confirmed from the document itself is not marked.
    const interview = dataset.sources.find((source) => source.id === 'lc-2024-05-17')!;
    expect(interview.titleIsDescription).to.equal(undefined);
    expect(interview.title).to.contain('We have an important role to play');
  });
});
