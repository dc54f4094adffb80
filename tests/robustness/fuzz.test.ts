import { expect, oneEvent } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import { validateDataset } from '../../src/data/validate.js';
import type { PartnershipErrorEvent } from '../../src/events.js';
import { smallDataset } from '../fixtures/small-dataset.js';
import { renderInBox } from '../support/dom.js';
import { ElementPage } from '../support/element-page.js';
import { runFuzz } from './fuzz-properties.js';
import { malformedDataset } from './malformed.js';

/** Fixed, so that CI sees the same 10,000 cases every run; `npm run test:fuzz` draws new ones. */
const SEED = 20062026;

describe('robustness: malformed datasets (property-based, fixed seed)', () => {
  const lines: string[] = [];
  after(() => {
    // The counts and times go to the test log, where a slow-down would show.
    for (const line of lines) console.log(line);
  });

  it('checkDataset: 10,000 malformed values, never a stray throw, always located issues', function () {
    this.timeout(120000);
    runFuzz({ values: 10000, agreement: 0, texts: 0, seed: SEED, log: (line) => lines.push(line) });
  });

  it('validateDataset: never throws, is deterministic and agrees with checkDataset (1,000 values)', function () {
    this.timeout(60000);
    runFuzz({ values: 0, agreement: 1000, texts: 0, seed: SEED, log: (line) => lines.push(line) });
  });

  it('parseDataset: 1,000 malformed JSON texts, syntax errors located by line and column', function () {
    this.timeout(60000);
    runFuzz({ values: 0, agreement: 0, texts: 1000, seed: SEED, log: (line) => lines.push(line) });
  });
});

describe('robustness: regressions the fuzzing found', () => {
  it('reports a hole in a sparse list at its index instead of skipping it', () => {
    const dataset = smallDataset();
    delete (dataset.collaborations as unknown[])[1];
    const result = validateDataset(dataset);
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.issues.map((issue) => issue.path)).to.include('collaborations[1]');
  });

  it("locates an unknown organisation in a country's partners at its own field", () => {
    const dataset = smallDataset();
    dataset.countries[0]!.partners = [{ organisation: 'nobody', sources: ['web'], confidence: 'report' }];
    const result = validateDataset(dataset);
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.issues[0]!.path).to.equal('countries[0].partners[0].organisation');
  });
});

describe('robustness: the elements show what is wrong with a malformed dataset', () => {
  const cases = fc
    .sample(malformedDataset, { seed: SEED, numRuns: 40 })
    .filter((testCase) => !validateDataset(testCase.value).ok)
    .slice(0, 4);
  const tags = ['partnership-map', 'partnership-timeline', 'partnership-explorer'] as const;

  cases.forEach((testCase, caseIndex) => {
    const kinds = testCase.mutations.map((mutation) => mutation.kind).join(' + ');
    const tag = tags[caseIndex % tags.length]!;
    it(`<${tag}> with ${kinds}: an error view with the located issues, and partnership-error`, async () => {
      const result = validateDataset(testCase.value);
      if (result.ok) throw new Error('the sample should be invalid');
      const wrapper = await renderInBox({ width: 900 });
      const element = document.createElement(tag);
      element.data = testCase.value;
      const errorEvent = oneEvent(element, 'partnership-error') as Promise<PartnershipErrorEvent>;
      wrapper.append(element);
      const { detail } = await errorEvent;
      expect(detail.issues).to.deep.equal(result.issues);
      await element.updateComplete;
      const alert = new ElementPage(element).alert();
      expect(alert, 'an error view, never a blank box').to.exist;
      const shown = [...alert!.querySelectorAll('.error-path')].map((node) => node.textContent);
      expect(shown).to.deep.equal(result.issues.map((issue) => issue.path));
      expect(element.shadowRoot!.querySelector('svg'), 'no half-drawn view').to.equal(null);
    });
  });

  it('the explorer shows a syntax error of a src dataset by line and column', async () => {
    const text = JSON.stringify(smallDataset(), null, 2).replace('"version": 1,', '"version": 1,,');
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const wrapper = await renderInBox({ width: 900 });
    const element = document.createElement('partnership-explorer');
    const errorEvent = oneEvent(element, 'partnership-error') as Promise<PartnershipErrorEvent>;
    element.src = url;
    wrapper.append(element);
    const { detail } = await errorEvent;
    URL.revokeObjectURL(url);
    expect(detail.message).to.contain('not valid JSON');
    expect(detail.issues[0]!.path).to.equal('line 2, column 16');
  });
});
