import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { importTs, runCli, shippedDataset, tempDir } from './support/helpers.mjs';

const { datasetArbitrary } = await importTs('tests/fixtures/csv/generated-dataset.ts');
const { datasetFromCsv, datasetToCsv } = await importTs('src/data/csv.ts');
const { validateDataset } = await importTs('src/data/validate.ts');

test('the generator only makes valid datasets (else the round trip below proves little)', () => {
  fc.assert(
    fc.property(datasetArbitrary(), (dataset) => {
      const result = validateDataset(dataset);
      assert.ok(result.ok, JSON.stringify(result.issues));
    }),
    { seed: 7, numRuns: 200 },
  );
});

test('datasetToCsv then datasetFromCsv gives back the same dataset: shipped and 300 generated', () => {
  const shipped = shippedDataset();
  const back = datasetFromCsv(datasetToCsv(shipped));
  assert.ok(back.ok);
  assert.deepStrictEqual(back.dataset, shipped);
  fc.assert(
    fc.property(datasetArbitrary(), (dataset) => {
      const result = datasetFromCsv(datasetToCsv(dataset));
      assert.ok(result.ok, JSON.stringify(result.problems));
      // deepStrictEqual tells -0 from 0 and a missing key from an undefined one.
      assert.deepStrictEqual(result.dataset, dataset);
    }),
    { seed: 20260101, numRuns: 300 },
  );
});

test('through the command line and real files: to-csv, from-csv, same dataset (generated, seeded)', (t) => {
  const dir = tempDir(t);
  const samples = fc.sample(datasetArbitrary(), { seed: 42, numRuns: 6 });
  samples.forEach((dataset, index) => {
    const input = join(dir, `in-${index}.json`);
    const tables = join(dir, `tables-${index}`);
    const output = join(dir, `out-${index}.json`);
    writeFileSync(input, JSON.stringify(dataset, null, 2));
    const written = runCli(['to-csv', input, tables]);
    assert.equal(written.code, 0, written.stderr);
    const read = runCli(['from-csv', tables, output]);
    assert.equal(read.code, 0, read.stderr);
    assert.deepStrictEqual(JSON.parse(readFileSync(output, 'utf8')), dataset);
  });
});
