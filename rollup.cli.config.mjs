import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';

/*
 * The Node side of the package: `dist/cli.js`, the `partnership-data` command, and
 * `dist/data.js`, the data functions (validation, CSV, locating problems) without the
 * elements, so Node code can import them without a DOM. Both are self-contained ES modules
 * (d3-dsv and the schema are bundled in), unminified so a stack trace stays readable.
 */

/** Keys that document the schema for editors but play no part in validation (as in rollup.config.mjs). */
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

const plugins = () => [
  nodeResolve({ exportConditions: ['node', 'module', 'import', 'default'] }),
  slimSchema,
  json({ preferConst: true }),
  esbuild({ target: 'node20', tsconfig: 'tsconfig.json' }),
];

/** Node's own modules stay imports. */
const external = (id) => id.startsWith('node:');

export default [
  {
    input: 'src/cli/main.ts',
    external,
    output: { file: 'dist/cli.js', format: 'es', banner: '#!/usr/bin/env node' },
    plugins: plugins(),
  },
  {
    input: 'src/data/index.ts',
    external,
    output: { file: 'dist/data.js', format: 'es' },
    plugins: plugins(),
  },
];
