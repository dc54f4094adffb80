import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import esbuild from 'rollup-plugin-esbuild';
import { d3WithoutTransitions } from './scripts/rollup-plugins.mjs';

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
const slimSchema = {
  name: 'slim-schema',
  transform(code, id) {
    if (!id.endsWith('partnerships.schema.json')) return null;
    return { code: JSON.stringify(withoutDocumentation(JSON.parse(code))), map: null };
  },
};

/**
 * One self-contained ES module: elements, Lit, the d3 modules, dataset and geometry, so a
 * page needs a single script tag and makes no other request.
 */
export default {
  input: 'src/index.ts',
  output: {
    file: 'dist/partnership-widgets.js',
    format: 'es',
    // The map is for debugging here; the published file does not point at it.
    sourcemap: 'hidden',
  },
  plugins: [
    // Lit's production build is the default export condition; never ship dev mode.
    d3WithoutTransitions(),
    nodeResolve({ exportConditions: ['production', 'module', 'import', 'default'] }),
    slimSchema,
    json({ preferConst: true, compact: true }),
    esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
    // Lit's templates and styles are strings terser cannot shrink; this minifies them.
    minifyHTML(),
    terser({
      ecma: 2022,
      module: true,
      compress: { passes: 2 },
      format: { comments: false },
    }),
  ],
};
