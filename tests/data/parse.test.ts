import { expect } from '@open-wc/testing';
import { DatasetError } from '../../src/data/errors.js';
import { findJsonErrorOffset } from '../../src/data/json-position.js';
import { lineAndColumn, parseDataset } from '../../src/data/parse.js';
import { smallDataset } from '../fixtures/small-dataset.js';

function parseError(text: string): DatasetError {
  try {
    parseDataset(text, 'data.json');
  } catch (error) {
    if (error instanceof DatasetError) return error;
    throw error;
  }
  throw new Error('expected parseDataset to throw');
}

describe('parseDataset', () => {
  it('returns a valid dataset', () => {
    const dataset = parseDataset(JSON.stringify(smallDataset()));
    expect(dataset.collaborations).to.have.length(4);
  });

  it('locates a JSON syntax error by line and column', () => {
    const text = '{\n  "version": 1,\n  "title": }\n';
    const error = parseError(text);
    expect(error.kind).to.equal('json');
    expect(error.message).to.contain('data.json is not valid JSON');
    // The stray "}" sits on line 3; the column depends on how the engine reports it.
    expect(error.message).to.match(/line 3, column \d+/);
  });

  it('turns schema problems into a DatasetError with every issue', () => {
    const dataset = smallDataset() as unknown as Record<string, unknown>;
    delete dataset.countries;
    const error = parseError(JSON.stringify(dataset));
    expect(error.kind).to.equal('schema');
    expect(error.issues.map((issue) => issue.path)).to.include('countries');
  });

  it('computes lines and columns from offsets', () => {
    expect(lineAndColumn('ab\ncd\nef', 0)).to.deep.equal({ line: 1, column: 1 });
    expect(lineAndColumn('ab\ncd\nef', 4)).to.deep.equal({ line: 2, column: 2 });
    expect(lineAndColumn('ab\ncd\nef', 6)).to.deep.equal({ line: 3, column: 1 });
  });
});

describe('findJsonErrorOffset', () => {
  it('agrees with JSON.parse on validity and points at the first bad character', () => {
    const valid = ['{}', '[]', '{"a":[1,2,{"b":null}],"c":"x\\u00e9"}', ' 12.5e3 ', '"text"', 'true'];
    for (const text of valid) expect(findJsonErrorOffset(text), text).to.equal(-1);
    const cases: [string, number][] = [
      ['{"a": }', 6],
      ['{"a": 1,}', 8],
      ['[1 2]', 3],
      ['{"a" 1}', 5],
      ['{a: 1}', 1],
      ['[1, 2', 5],
      ['{"a": tru}', 9],
      ['', 0],
      ['{} x', 3],
    ];
    for (const [text, offset] of cases) {
      expect(() => JSON.parse(text), text).to.throw();
      expect(findJsonErrorOffset(text), text).to.equal(offset);
    }
  });

  it('survives very deep nesting', () => {
    const deep = '['.repeat(100000) + ']'.repeat(100000);
    expect(findJsonErrorOffset(deep)).to.equal(-1);
    expect(findJsonErrorOffset('['.repeat(100000))).to.equal(100000);
  });
});
