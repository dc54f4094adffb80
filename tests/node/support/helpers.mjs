import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const CLI = join(ROOT, 'dist/cli.js');
export const DATASET_PATH = join(ROOT, 'data/partnerships.json');

/** The shipped dataset, parsed fresh for each caller so a test may change its copy. */
export function shippedDataset() {
  return JSON.parse(readFileSync(DATASET_PATH, 'utf8'));
}

/** Runs the built command line; `npm run build` must have run first. */
export function runCli(args, options = {}) {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build before npm run test:node`);
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    timeout: 60000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh folder under the system's temporary directory, removed when the test ends. */
export function tempDir(t, prefix = 'partnership-data-') {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const modules = new Map();

/**
 * Imports TypeScript sources in Node: esbuild bundles `entry` (with its imports, the JSON
 * schema and npm packages) into one module, loaded from a data: URL. Tests thus exercise
 * the sources themselves, not only the built CLI.
 */
export async function importTs(entry) {
  if (!modules.has(entry)) {
    const result = await build({
      entryPoints: [join(ROOT, entry)],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      logLevel: 'silent',
      tsconfig: join(ROOT, 'tsconfig.json'),
    });
    const code = result.outputFiles[0].text;
    modules.set(entry, import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`));
  }
  return modules.get(entry);
}

/** Line and column (from 1) of `offset` in `text`, counted here independently of the code under test. */
export function position(text, offset) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}
