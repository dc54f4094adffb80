import { readFileSync, rmSync } from 'node:fs';
import { importSource } from './build-helpers.mjs';

/** Empties a chunk folder before a build, so chunks of earlier builds (other hashes) do not pile up. */
export function cleanChunks(folder = 'dist/chunks') {
  return {
    name: 'clean-chunks',
    buildStart() {
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** Keys that document the schema for editors but play no part in validation. */
const DOCUMENTATION_KEYS = new Set(['description', 'title', '$id', '$schema']);

function withoutDocumentation(value) {
  if (Array.isArray(value)) return value.map(withoutDocumentation);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      // A property *named* title (the dataset's title field) is kept; only schema keywords go.
      .filter(([key, child]) => !(DOCUMENTATION_KEYS.has(key) && typeof child === 'string'))
      .map(([key, child]) => [key, withoutDocumentation(child)]),
  );
}

/** The bundled schema only validates; its descriptions stay in the file for editors. */
export function slimSchema() {
  return {
    name: 'slim-schema',
    transform(code, id) {
      if (!id.endsWith('partnerships.schema.json')) return null;
      return { code: JSON.stringify(withoutDocumentation(JSON.parse(code))), map: null };
    },
  };
}

/**
 * Validates `data/partnerships.json` when the bundle is built, with the library's own
 * validator, and stops the build with every problem located when it is invalid. Then tells
 * the bundle (`BUNDLED_DATASET_VALIDATED` in `src/data/bundled.ts`) that the page need not
 * check it again: the validator then loads only for datasets a page brings itself.
 */
export function validatedBundledDataset() {
  return {
    name: 'validated-bundled-dataset',
    async buildStart() {
      const [{ checkDataset }, { formatDatasetError }] = await Promise.all([
        importSource('src/data/check.ts'),
        importSource('src/data/errors.ts'),
      ]);
      this.addWatchFile('data/partnerships.json');
      try {
        checkDataset(JSON.parse(readFileSync('data/partnerships.json', 'utf8')), 'data/partnerships.json');
      } catch (error) {
        this.error(
          error?.issues ? formatDatasetError(error) : `data/partnerships.json: ${error?.message ?? error}`,
        );
      }
    },
    transform(code, id) {
      if (!id.replace(/\\/g, '/').endsWith('src/data/bundled.ts')) return null;
      const flipped = code.replace(
        'BUNDLED_DATASET_VALIDATED: boolean = false',
        'BUNDLED_DATASET_VALIDATED: boolean = true',
      );
      if (flipped === code) this.error('src/data/bundled.ts: BUNDLED_DATASET_VALIDATED not found');
      return { code: flipped, map: null };
    },
  };
}
