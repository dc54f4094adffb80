import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import { slimSchema } from './scripts/rollup-plugins.mjs';

/*
 * The Node side of the package: `dist/cli.js`, the `partnership-data` command, and
 * `dist/data.js`, the data functions (validation, CSV, locating problems) without the
 * elements, so Node code can import them without a DOM. Both are self-contained ES modules
 * (d3-dsv and the schema are bundled in), unminified so a stack trace stays readable.
 */

const plugins = () => [
  nodeResolve({ exportConditions: ['node', 'module', 'import', 'default'] }),
  slimSchema(),
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
