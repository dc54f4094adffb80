import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import { cleanChunks, slimSchema } from './scripts/rollup-plugins.mjs';

/*
 * The Node side of the package: `dist/cli.js`, the `partnership-data` command, and
 * `dist/data.js`, the data functions (validation, CSV, locating problems) without the
 * elements, so Node code can import them without a DOM. Both are ES modules with d3-dsv and
 * the schema bundled in, unminified so a stack trace stays readable.
 */

const ISO_TABLES = /i18n-iso-countries/;

const plugins = () => [
  nodeResolve({ exportConditions: ['node', 'module', 'import', 'default'] }),
  slimSchema(),
  // ISO 3166's tables for `geometry` (some 250 rows each) on one line, not one line a row.
  json({ preferConst: true, compact: true, include: ISO_TABLES }),
  json({ preferConst: true, exclude: ISO_TABLES }),
  esbuild({ target: 'node20', tsconfig: 'tsconfig.json' }),
];

/** Node's own modules stay imports. */
const external = (id) => id.startsWith('node:');

/**
 * `partnership-data geometry` reads world-atlas from node_modules at run time, and imports
 * the libraries that cut and project it from there too: optional peer dependencies, which a
 * site installs only to build maps (world-atlas alone is 8 MB). Its code is a chunk of its
 * own (`dist/cli-chunks/`), loaded by that command alone, so every other command runs
 * without them.
 */
const GEOMETRY_LIBRARIES = ['d3-geo', 'topojson-client', 'topojson-simplify'];
const cliExternal = (id) => external(id) || GEOMETRY_LIBRARIES.includes(id);

export default [
  {
    input: 'src/cli/main.ts',
    external: cliExternal,
    plugins: [cleanChunks('dist/cli-chunks'), ...plugins()],
    output: {
      dir: 'dist',
      entryFileNames: 'cli.js',
      chunkFileNames: 'cli-chunks/[name]-[hash].js',
      format: 'es',
      banner: (chunk) => (chunk.isEntry ? '#!/usr/bin/env node' : ''),
    },
  },
  {
    input: 'src/data/index.ts',
    external,
    output: { file: 'dist/data.js', format: 'es' },
    plugins: plugins(),
  },
];
