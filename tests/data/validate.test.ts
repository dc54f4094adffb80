import { expect } from '@open-wc/testing';
import { validateDataset } from '../../src/data/validate.js';
import type { ValidationIssue } from '../../src/data/types.js';
import { smallDataset } from '../fixtures/small-dataset.js';

function issuesOf(value: unknown): ValidationIssue[] {
  const result = validateDataset(value);
  return result.ok ? [] : result.issues;
}

function issueAt(value: unknown, path: string): ValidationIssue | undefined {
  return issuesOf(value).find((issue) => issue.path === path);
}

describe('validateDataset', () => {
  it('accepts a valid dataset and returns it', () => {
    const dataset = smallDataset();
    const result = validateDataset(dataset);
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.dataset).to.equal(dataset);
  });

  it('locates a date outside the period by record and field, naming the record id', () => {
    const dataset = smallDataset();
    dataset.collaborations[3]!.start = '2031';
    const issue = issueAt(dataset, 'collaborations[3].start');
    expect(issue, JSON.stringify(issuesOf(dataset))).to.exist;
    expect(issue!.message).to.contain('a date between 2006 and 2026');
    expect(issue!.message).to.contain('"2031"');
    expect(issue!.message).to.contain('"study"');
  });

  it('rejects a badly written date with the expected format', () => {
    const dataset = smallDataset();
    dataset.collaborations[0]!.start = '2016/03';
    const issue = issueAt(dataset, 'collaborations[0].start');
    expect(issue?.message).to.contain('YYYY, YYYY-MM or YYYY-MM-DD');
  });

  it('rejects a day that does not exist', () => {
    const dataset = smallDataset();
    dataset.collaborations[3]!.start = '2021-02-30';
    expect(issueAt(dataset, 'collaborations[3].start')?.message).to.contain('exists in the calendar');
  });

  it('rejects an end before the start', () => {
    const dataset = smallDataset();
    dataset.collaborations[0]!.end = '2005';
    dataset.period.start = 2000;
    expect(issueAt(dataset, 'collaborations[0].end')?.message).to.contain('on or after start');
  });

  it('requires an end for spans but not for events', () => {
    const dataset = smallDataset();
    delete dataset.collaborations[1]!.end;
    expect(issueAt(dataset, 'collaborations[1].end')?.message).to.contain('required for a programme');
    expect(issuesOf(dataset)).to.have.length(1);
  });

  it('reports a missing translation at its own path', () => {
    const dataset = smallDataset();
    delete (dataset.collaborations[2]!.title as Record<string, string>).fr;
    expect(issueAt(dataset, 'collaborations[2].title.fr')?.message).to.equal('required field is missing');
  });

  it('accepts an extra language and rejects a malformed language key', () => {
    const dataset = smallDataset();
    (dataset.collaborations[0]!.title as Record<string, string>).de = 'Lange Partnerschaft';
    expect(validateDataset(dataset).ok).to.equal(true);
    (dataset.collaborations[0]!.title as Record<string, string>)['Not a language'] = 'x';
    expect(issueAt(dataset, 'collaborations[0].title["Not a language"]')).to.exist;
  });

  it('reports unknown organisation, country and source ids', () => {
    const dataset = smallDataset();
    dataset.collaborations[0]!.partners.push('nobody');
    dataset.collaborations[0]!.countries.push('KEN');
    dataset.collaborations[0]!.sources.push('missing-source');
    const issues = issuesOf(dataset);
    expect(issues.map((issue) => issue.path)).to.include.members([
      'collaborations[0].partners[2]',
      'collaborations[0].countries[2]',
      'collaborations[0].sources[1]',
    ]);
    expect(issues.find((issue) => issue.path === 'collaborations[0].partners[2]')!.message).to.contain(
      'expected an id from organisations',
    );
  });

  it('reports schema and consistency problems together, in the order of the file', () => {
    const dataset = smallDataset();
    // A consistency problem early in the file, a schema problem after it, another
    // consistency problem last: one run gives all three, top to bottom.
    dataset.countries[0]!.sources = ['no-such-source'];
    dataset.collaborations[0]!.start = '2016/03';
    const last = dataset.collaborations.length - 1;
    dataset.collaborations[last]!.countries = ['KEN'];
    const paths = issuesOf(dataset).map((issue) => issue.path);
    expect(paths).to.deep.equal([
      'countries[0].sources[0]',
      'collaborations[0].start',
      `collaborations[${last}].countries[0]`,
    ]);
  });

  it('reports an id mistake beside fields of the wrong type, without guessing at those fields', () => {
    const dataset = smallDataset() as unknown as Record<string, unknown[]>;
    const collaborations = dataset.collaborations as Record<string, unknown>[];
    collaborations[0]!.partners = 'mloz';
    collaborations[0]!.end = 2016;
    collaborations[1]!.countries = ['KEN'];
    const issues = issuesOf(dataset);
    // One issue per mistake, in the record's own field order (end comes before partners):
    // the number and the string are the schema's to report.
    expect(issues.map((issue) => issue.path)).to.deep.equal([
      'collaborations[0].end',
      'collaborations[0].partners',
      'collaborations[1].countries[0]',
    ]);
    expect(issues[2]!.message).to.contain('unknown id "KEN"');
  });

  it('refuses a country id ISO 3166-1 does not have, once, as a located schema error', () => {
    const dataset = smallDataset();
    dataset.countries[1]!.id = 'XKE';
    dataset.collaborations[0]!.countries = ['XKE'];
    const issues = issuesOf(dataset);
    const atCountry = issues.filter((issue) => issue.path === 'countries[1].id');
    expect(atCountry).to.have.length(1);
    expect(atCountry[0]!.message).to.contain('ISO 3166-1 alpha-3');
    // The reference to it is the schema's to refuse too, not also an unknown id.
    expect(issues.filter((issue) => issue.path === 'collaborations[0].countries[0]')).to.have.length(1);
    // A dataset may leave a country's name and programme membership out.
    const minimal = smallDataset();
    delete (minimal.countries[0] as { name?: unknown }).name;
    delete (minimal.countries[0] as { masmut?: unknown }).masmut;
    expect(issuesOf(minimal)).to.deep.equal([]);
  });

  it('reports duplicate ids with the first occurrence', () => {
    const dataset = smallDataset();
    dataset.collaborations[2]!.id = 'study';
    expect(issueAt(dataset, 'collaborations[3].id')?.message).to.contain('collaborations[2]');
  });

  it('rejects unknown fields, naming the allowed ones', () => {
    const dataset = smallDataset() as unknown as { collaborations: Record<string, unknown>[] };
    dataset.collaborations[0]!.colour = 'red';
    const issue = issueAt(dataset, 'collaborations[0].colour');
    expect(issue?.message).to.contain('unknown field');
    expect(issue?.message).to.contain('summary');
  });

  it('rejects source links that are not http(s)', () => {
    const dataset = smallDataset();
    dataset.sources[1]!.url = 'javascript:alert(1)';
    expect(issueAt(dataset, 'sources[1].url')?.message).to.contain('https://');
  });

  it('rejects wrong types with the type expected and the value found', () => {
    const dataset = smallDataset() as unknown as { collaborations: unknown };
    dataset.collaborations = 'none';
    const issue = issueAt(dataset, 'collaborations');
    expect(issue?.message).to.contain('a list');
    expect(issue?.message).to.contain('"none"');
  });

  it('never throws and locates the whole file for non-objects', () => {
    for (const value of [null, undefined, 42, 'text', [], true]) {
      const issues = issuesOf(value);
      expect(issues.length, String(value)).to.be.greaterThan(0);
      expect(issues[0]!.path).to.equal('(the whole file)');
    }
  });

  it('does not let __proto__ keys pollute prototypes', () => {
    const hostile = JSON.parse('{"__proto__": {"polluted": true}, "version": 1}');
    issuesOf(hostile);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('caps the number of issues for huge broken inputs', () => {
    const dataset = smallDataset() as unknown as { collaborations: unknown[] };
    dataset.collaborations = Array.from({ length: 1000 }, () => ({}));
    const issues = issuesOf(dataset);
    expect(issues.length).to.be.at.most(100);
    expect(issues.length).to.be.greaterThan(50);
  });
});
