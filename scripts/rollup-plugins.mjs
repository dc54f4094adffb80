import { fileURLToPath } from 'node:url';

const stubs = {
  'd3-transition': fileURLToPath(new URL('../src/vendor/d3-transition-stub.js', import.meta.url)),
  'd3-interpolate': fileURLToPath(new URL('../src/vendor/d3-interpolate-stub.js', import.meta.url)),
};

/**
 * Resolves d3-zoom's animation dependencies (`d3-transition`, `d3-interpolate`) to small
 * stubs; the stubs say why. Used by the bundle and by the dev server and tests, so what is
 * tested is what ships.
 */
export function d3WithoutTransitions() {
  return {
    name: 'd3-without-transitions',
    resolveId(source) {
      return Object.hasOwn(stubs, source) ? stubs[source] : null;
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
