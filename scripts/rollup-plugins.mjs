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

const CORE_ID = '\0bundled-dataset';
const DETAILS_ID = '\0bundled-details';

/**
 * Validates `data/partnerships.json` when the bundle is built, with the library's own
 * validator, and stops the build with every problem located when it is invalid. Then tells
 * the bundle (`BUNDLED_DATASET_VALIDATED` in `src/data/bundled.ts`) that the page need not
 * check it again: the validator then loads only for datasets a page brings itself.
 *
 * It also splits the dataset (`src/data/details.ts`): the bundle keeps what the first screen
 * shows, and the texts only the details panel reads become a chunk loaded after first render.
 * `split: false` keeps the dataset whole, for a build that inlines its chunks anyway.
 */
export function validatedBundledDataset({ split: splitting = true } = {}) {
  let split;
  return {
    name: 'validated-bundled-dataset',
    async buildStart() {
      const [{ checkDataset }, { formatDatasetError }, { splitDetails }] = await Promise.all([
        importSource('src/data/check.ts'),
        importSource('src/data/errors.ts'),
        importSource('src/data/details.ts'),
      ]);
      this.addWatchFile('data/partnerships.json');
      try {
        const dataset = checkDataset(
          JSON.parse(readFileSync('data/partnerships.json', 'utf8')),
          'data/partnerships.json',
        );
        if (splitting) split = splitDetails(dataset);
      } catch (error) {
        this.error(
          error?.issues ? formatDatasetError(error) : `data/partnerships.json: ${error?.message ?? error}`,
        );
      }
    },
    resolveId(source, importer) {
      if (!splitting) return null;
      if (source === DETAILS_ID) return DETAILS_ID;
      if (
        source.endsWith('/data/partnerships.json') &&
        importer?.replace(/\\/g, '/').endsWith('src/data/bundled.ts')
      )
        return CORE_ID;
      return null;
    },
    load(id) {
      // JSON.parse of a string literal parses faster than the same object as JavaScript.
      if (id === CORE_ID) return `export default JSON.parse(${JSON.stringify(JSON.stringify(split.core))})`;
      if (id === DETAILS_ID)
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(split.details))})`;
      return null;
    },
    transform(code, id) {
      if (!id.replace(/\\/g, '/').endsWith('src/data/bundled.ts')) return null;
      const replacements = [
        ['BUNDLED_DATASET_VALIDATED: boolean = false', 'BUNDLED_DATASET_VALIDATED: boolean = true'],
      ];
      if (splitting)
        replacements.push([
          'loadBundledDetails: (() => Promise<DetailTexts>) | null = null',
          `loadBundledDetails: (() => Promise<DetailTexts>) | null = () => import('${DETAILS_ID}').then((module) => module.default)`,
        ]);
      let result = code;
      for (const [from, to] of replacements) {
        if (!result.includes(from)) this.error(`src/data/bundled.ts: ${from} not found`);
        result = result.replace(from, to);
      }
      return { code: result, map: null };
    },
  };
}
