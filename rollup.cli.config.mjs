import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import esbuild from 'rollup-plugin-esbuild';
import { minify } from 'terser';
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
/**
 * `render` runs the elements in Node with Lit's server build and `@lit-labs/ssr` (an optional
 * peer, like the map libraries): both stay imports, so the renderer and the elements share
 * the one Lit that Node resolves.
 */
const LIT = /^(lit|lit-html|lit-element|@lit\/reactive-element|@lit-labs\/ssr)(\/|$)/;
const cliExternal = (id) => external(id) || GEOMETRY_LIBRARIES.includes(id) || LIT.test(id);

/**
 * The `render` chunk holds the elements, their styles, the whole dataset and the map: 310 KB
 * as written, a third of the package. Squeezed, with the names of functions and classes kept
 * so that a stack trace still reads.
 */
const squeezeRenderer = () => ({
  name: 'squeeze-renderer',
  async renderChunk(code, chunk) {
    if (!chunk.moduleIds.some((id) => id.replace(/\\/g, '/').endsWith('src/ssr/render.ts'))) return null;
    const result = await minify(code, {
      module: true,
      compress: { passes: 1 },
      // Local names shortened; functions and classes keep theirs for stack traces.
      mangle: { keep_fnames: true, keep_classnames: true },
      keep_fnames: true,
      keep_classnames: true,
      format: { comments: false },
    });
    return { code: result.code, map: null };
  },
});

/**
 * A Rollup plugin that gives `source`, imported by the module whose path ends with
 * `importer`, the module `code` instead: for what the command line carries but never runs.
 */
const stubImport = (name, { importer, source, code }) => {
  const id = `\0${name}`;
  return {
    name,
    resolveId: (imported, by) =>
      imported === source && by?.replace(/\\/g, '/').endsWith(importer) ? id : null,
    load: (loaded) => (loaded === id ? code : null),
  };
};

/**
 * `render` is handed its dataset (`--data`, or the package's own data/partnerships.json, read
 * at run time): the copy the elements import for the browser stays out of the chunk.
 */
const noBundledDataset = () =>
  stubImport('no-bundled-dataset', {
    importer: 'src/data/bundled.ts',
    source: '../../data/partnerships.json',
    code: 'export default null;',
  });

/**
 * A server never hydrates (`PartnershipElement.hydrating` is false there): the browser's
 * hydration chunk, and `@lit-labs/ssr-client` with it, stay out of the command line.
 */
const noHydration = () =>
  stubImport('no-hydration', {
    importer: 'src/elements/shared/partnership-element.ts',
    source: './hydration.js',
    code: "export function hydrated() { throw new Error('A server does not hydrate.'); }",
  });

export default [
  {
    input: 'src/cli/main.ts',
    external: cliExternal,
    plugins: [
      cleanChunks('dist/cli-chunks'),
      noBundledDataset(),
      noHydration(),
      ...plugins(),
      // The elements' templates and styles as the browser bundle has them (rollup.config.mjs):
      // the same markup, and half the bytes.
      minifyHTML({ options: { minifyOptions: { conservativeCollapse: true } } }),
      squeezeRenderer(),
    ],
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
