import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

/**
 * One self-contained ES module: elements, Lit, the d3 modules, dataset and geometry, so a
 * page needs a single script tag and makes no other request.
 */
export default {
  input: 'src/index.ts',
  output: {
    file: 'dist/partnership-widgets.js',
    format: 'es',
    sourcemap: true,
  },
  plugins: [
    // Lit's production build is the default export condition; never ship dev mode.
    nodeResolve({ exportConditions: ['production', 'module', 'import', 'default'] }),
    json({ preferConst: true, compact: true }),
    esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
    terser({
      ecma: 2022,
      module: true,
      compress: { passes: 2 },
      format: { comments: false },
    }),
  ],
};
