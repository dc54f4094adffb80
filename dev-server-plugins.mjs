import { esbuildPlugin } from '@web/dev-server-esbuild';
import { rollupAdapter } from '@web/dev-server-rollup';
import rollupJson from '@rollup/plugin-json';
import { spawnSync } from 'node:child_process';
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

/**
 * `partnership-data render` run from the build (`npm test` builds first) with the query's
 * `lang` and `view`, and with `data=tests/fixtures/x.json` that dataset, which the element
 * then loads from the same address (`--src`). `{ status, error }` when it cannot.
 */
function renderSnippet(query) {
  const args = [fileURLToPath(new URL('./dist/cli.js', import.meta.url)), 'render'];
  for (const name of ['lang', 'view', 'hydrate-on']) {
    if (query[name]) args.push(`--${name}`, String(query[name]));
  }
  const data = String(query.data ?? '');
  if (data) {
    if (!/^tests\/fixtures\/[\w/.-]+\.json$/.test(data) || data.includes('..')) {
      return { status: 400, error: 'data: a JSON file under tests/fixtures/' };
    }
    args.push('--data', data, '--src', `/${data}`);
  }
  const { status, stdout, stderr } = spawnSync(process.execPath, args, { encoding: 'utf8' });
  return status === 0 ? { html: stdout } : { status: 500, error: stderr };
}

/**
 * `/ssr/render?lang=fr&view=table` answers what `partnership-data render --lang fr --view
 * table` prints: the prerendered explorer, for the tests of a page whose script has not run
 * yet. `/ssr/page?lang=fr` is that snippet as a whole page, with the built bundle's script
 * tag unless `script=0` (a test then adds the script itself, having looked at the page first).
 */
function prerendered(context, next) {
  const page = context.path === '/ssr/page';
  if (!page && context.path !== '/ssr/render') return next();
  const { html, error, status } = renderSnippet(context.query);
  if (error !== undefined) {
    context.status = status;
    context.type = 'text/plain';
    context.body = error;
    return;
  }
  context.type = 'text/html';
  if (!page) {
    context.body = html;
    return;
  }
  const lang = String(context.query.lang ?? 'en');
  const script =
    context.query.script === '0' ? '' : '<script type="module" src="/dist/partnership-widgets.js"></script>';
  context.body = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Prerendered</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="margin: 0">${html}${script}</body></html>`;
}

export const sourceServing = {
  nodeResolve: true,
  middleware: [withoutChunks, prerendered],
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
