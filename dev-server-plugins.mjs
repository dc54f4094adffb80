import { esbuildPlugin } from '@web/dev-server-esbuild';
import { rollupAdapter } from '@web/dev-server-rollup';
import rollupJson from '@rollup/plugin-json';
import { fileURLToPath } from 'node:url';

/**
 * How the demo server and the test runner serve the TypeScript sources: compiled by
 * esbuild, with the bundled data files imported as modules the way the rollup build does.
 * Only `data/*.json` is turned into modules; other JSON (a `src` dataset) is fetched as JSON.
 */
/**
 * `/no-chunks/partnership-widgets.js` is the built bundle as a site serves it when the
 * `chunks/` folder was not copied beside it: the bundle's own `import()` of
 * `/no-chunks/chunks/…` then finds nothing, as on that site.
 */
function withoutChunks(context, next) {
  if (context.path === '/no-chunks/partnership-widgets.js') context.url = '/dist/partnership-widgets.js';
  return next();
}

export const sourceServing = {
  nodeResolve: true,
  middleware: [withoutChunks],
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
