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
 * `/ssr/render?lang=fr&view=table` answers what `partnership-data render --lang fr --view
 * table` prints, run from the build (`npm test` builds first): the prerendered explorer, for
 * the tests of a page whose script has not run yet.
 */
function prerendered(context, next) {
  if (context.path === '/ssr/page') return prerenderedPage(context);
  if (context.path !== '/ssr/render') return next();
  const args = [fileURLToPath(new URL('./dist/cli.js', import.meta.url)), 'render'];
  for (const name of ['lang', 'view']) {
    if (context.query[name]) args.push(`--${name}`, String(context.query[name]));
  }
  const { status, stdout, stderr } = spawnSync(process.execPath, args, { encoding: 'utf8' });
  context.status = status === 0 ? 200 : 500;
  context.type = status === 0 ? 'text/html' : 'text/plain';
  context.body = status === 0 ? stdout : stderr;
}

/**
 * `/ssr/page?lang=fr` is that snippet as a whole page, with the built bundle's script tag
 * unless `script=0` (a test then adds the script itself, having looked at the page first);
 * `data=tests/fixtures/x.json` renders that dataset, with `src` pointing at the same file.
 */
function prerenderedPage(context) {
  const lang = String(context.query.lang ?? 'en');
  const args = [fileURLToPath(new URL('./dist/cli.js', import.meta.url)), 'render', '--lang', lang];
  if (context.query.view) args.push('--view', String(context.query.view));
  // `data=tests/fixtures/…json`: that dataset, which the page loads from the same address.
  const data = String(context.query.data ?? '');
  if (data) {
    if (!/^tests\/fixtures\/[\w/.-]+\.json$/.test(data) || data.includes('..')) {
      context.status = 400;
      context.body = 'data: a JSON file under tests/fixtures/';
      return;
    }
    args.push('--data', data, '--src', `/${data}`);
  }
  const { status, stdout, stderr } = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (status !== 0) {
    context.status = 500;
    context.body = stderr;
    return;
  }
  const script =
    context.query.script === '0' ? '' : '<script type="module" src="/dist/partnership-widgets.js"></script>';
  context.type = 'text/html';
  context.body = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Prerendered</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="margin: 0">${stdout}${script}</body></html>`;
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
