import { esbuildPlugin } from '@web/dev-server-esbuild';
import { rollupAdapter } from '@web/dev-server-rollup';
import rollupJson from '@rollup/plugin-json';
import { fileURLToPath } from 'node:url';

/** Serves the demo from the TypeScript sources, compiled on the fly like the tests. */
export default {
  port: 8765,
  hostname: '127.0.0.1',
  nodeResolve: true,
  appIndex: 'demo/index.html',
  // Only the bundled data files are imported as modules; other JSON (a `src` dataset) is fetched as JSON.
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
