import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import esbuild from 'rollup-plugin-esbuild';
import { slimSchema } from './scripts/rollup-plugins.mjs';

/**
 * One self-contained ES module: elements, Lit, dataset and projected geometry, so a
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
    nodeResolve({ exportConditions: ['production', 'module', 'import', 'default'] }),
    slimSchema(),
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
