import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import esbuild from 'rollup-plugin-esbuild';
import { cleanChunks, slimSchema, validatedBundledDataset } from './scripts/rollup-plugins.mjs';

/**
 * One ES module with everything a page shows: elements, Lit, dataset and projected geometry,
 * so a page needs a single script tag. Code used on demand (export, loading a `src`) is split
 * off into `dist/chunks/`, loaded on first use (keep the folder next to the bundle).
 * `scripts/build-pages.mjs` inlines it all again for the single-file pages.
 */
export default {
  input: 'src/index.ts',
  // The chunks import internals (the error class, queries) from the bundle; letting it export
  // them keeps the bundle the file pages load, instead of a facade over a shared chunk.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist',
    entryFileNames: 'partnership-widgets.js',
    // Code loaded on first use sits next to the bundle; import() finds it there.
    chunkFileNames: (chunk) =>
      chunk.moduleIds.some((id) => id.includes('/src/export/'))
        ? 'chunks/export-[hash].js'
        : `chunks/${chunk.name.replace(/^_/, '')}-[hash].js`,
    format: 'es',
    // The map is for debugging here; the published file does not point at it.
    sourcemap: 'hidden',
  },
  plugins: [
    cleanChunks(),
    validatedBundledDataset(),
    // Lit's production build is the default export condition; never ship dev mode.
    nodeResolve({ exportConditions: ['production', 'module', 'import', 'default'] }),
    slimSchema(),
    json({ preferConst: true, compact: true }),
    esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
    // Lit's templates and styles are strings terser cannot shrink; this minifies them.
    // Conservative: a nested template's leading space (" · inferred") is kept as one space.
    minifyHTML({ options: { minifyOptions: { conservativeCollapse: true } } }),
    terser({
      ecma: 2022,
      module: true,
      compress: { passes: 2 },
      format: { comments: false },
    }),
  ],
};
