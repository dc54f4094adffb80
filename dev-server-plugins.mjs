import { esbuildPlugin } from '@web/dev-server-esbuild';
import { rollupAdapter } from '@web/dev-server-rollup';
import rollupJson from '@rollup/plugin-json';
import { fileURLToPath } from 'node:url';

/**
 * How the demo server and the test runner serve the TypeScript sources: compiled by
 * esbuild, with the bundled data files imported as modules the way the rollup build does.
 * Only `data/*.json` is turned into modules; other JSON (a `src` dataset) is fetched as JSON.
 */
export const sourceServing = {
  nodeResolve: true,
  mimeTypes: { 'data/*.json': 'js' },
  plugins: [
    rollupAdapter(rollupJson({ preferConst: true, include: ['data/*.json'] })),
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
};
