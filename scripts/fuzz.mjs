#!/usr/bin/env node
/**
 * The long property-based run: the same malformed datasets and texts as
 * `tests/robustness/fuzz.test.ts` (which runs 10,000 of each in CI), many more of them, in
 * Node. The validator is pure TypeScript, so esbuild bundles it with the properties into a
 * temporary directory and Node runs them; no browser is needed.
 *
 *   npm run test:fuzz                       # 200,000 malformed values, 20,000 texts, random seed
 *   npm run test:fuzz -- --runs 1000000     # more (texts are a tenth: each is a 60 KB parse)
 *   npm run test:fuzz -- --seed 20062026    # replay a seed that failed
 *
 * Prints the seed first, so that any failure can be replayed; exits non-zero on failure.
 */
import { build } from 'esbuild';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  if (index === -1) return fallback;
  const value = Number(process.argv[index + 1]);
  if (!Number.isSafeInteger(value)) {
    console.error(`--${name} needs a whole number`);
    process.exit(2);
  }
  return value;
}

const numRuns = option('runs', 200000);
const seed = option('seed', Math.floor(Math.random() * 2 ** 31));
const root = fileURLToPath(new URL('..', import.meta.url));
const directory = await mkdtemp(join(tmpdir(), 'partnership-fuzz-'));

try {
  const outfile = join(directory, 'fuzz.mjs');
  await build({
    entryPoints: [join(root, 'tests/robustness/fuzz-properties.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'warning',
  });
  const { runFuzz } = await import(pathToFileURL(outfile).href);
  console.log(`Fuzzing with seed ${seed}…`);
  const texts = Math.ceil(numRuns / 10);
  runFuzz({ values: numRuns, agreement: texts, texts, seed, log: (line) => console.log(`  ${line}`) });
  console.log('No property failed.');
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  console.error(`\nReplay with: npm run test:fuzz -- --seed ${seed} --runs ${numRuns}`);
  process.exitCode = 1;
} finally {
  await rm(directory, { recursive: true, force: true });
}
