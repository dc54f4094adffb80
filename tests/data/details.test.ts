import { expect } from '@open-wc/testing';
import dataset from '../../data/partnerships.json';
import { attachDetails, splitDetails } from '../../src/data/details.js';
import type { Dataset } from '../../src/data/types.js';

describe('splitDetails and attachDetails', () => {
  const original = dataset as unknown as Dataset;

  it('gives back the dataset it was given, deep-equal, when the texts are attached again', () => {
    const before = JSON.stringify(original);
    const { core, details } = splitDetails(original);
    // The dataset given is not touched: the build splits a parsed file it still validates.
    expect(JSON.stringify(original)).to.equal(before);
    attachDetails(core, details);
    expect(core).to.deep.equal(original);
  });

  it('leaves no summary, note, description or source text in the part the first render reads', () => {
    const { core } = splitDetails(original);
    const text = JSON.stringify(core);
    for (const field of ['summary', 'note', 'description']) expect(text).not.to.contain(`"${field}":`);
    // The sources stay, by id and in order, so that references resolve; their texts wait.
    expect(core.sources).to.deep.equal(original.sources.map(({ id }) => ({ id })));
    // ...and keeps everything the map and timeline draw.
    core.collaborations.forEach((collaboration, i) => {
      expect(collaboration.title).to.deep.equal(original.collaborations[i]!.title);
      expect(collaboration.start).to.equal(original.collaborations[i]!.start);
    });
  });

  it('attaches in place, so records already indexed by the elements get the texts', () => {
    const { core, details } = splitDetails(original);
    const record = core.collaborations[0]!;
    attachDetails(core, details);
    expect(record.summary).to.deep.equal(original.collaborations[0]!.summary);
  });
});
