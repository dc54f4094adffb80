import { rmSync } from 'node:fs';

/** Empties `dist/chunks/` before a build, so chunks of earlier builds (other hashes) do not pile up. */
export function cleanChunks() {
  return {
    name: 'clean-chunks',
    buildStart() {
      rmSync('dist/chunks', { recursive: true, force: true });
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
