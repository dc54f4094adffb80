/**
 * Writes the two ready-made pages next to the bundle, after `rollup -c`:
 *
 * - `dist/partnership-explorer.html`: one self-contained file (script, styles, dataset and
 *   geometry inlined) that works from a USB stick through `file://` with no network at all.
 * - `dist/embed.html`: the page for an iframe, for sites whose CMS strips scripts; also
 *   self-contained, and it tells the parent page its height with `postMessage`.
 *
 * Both read `?lang=fr&presentation&autoplay` (or the same in the hash) through the bootstrap
 * in `src/pages/`, compiled here with esbuild. Usage: `node scripts/build-pages.mjs`.
 */
import { build } from 'esbuild';
import { bundleInMemory } from './build-helpers.mjs';
import { validatedBundledDataset } from './rollup-plugins.mjs';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * JavaScript made safe to sit between `<script>` and `</script>`: a `</script` inside it
 * would end the element early, so it becomes `<\/script` (the same string, regular
 * expression or comment for JavaScript). `<!--` followed by `<script` would make the HTML
 * parser skip the next `</script>`; rather than guess at the JavaScript around it, the build
 * stops. The source map comment goes: the map is not next to the page.
 */
export function inlineScript(js) {
  const safe = js.replace(/^\/\/# sourceMappingURL=.*$/m, '').replace(/<\/(script)/gi, '<\\/$1');
  if (/<!--/.test(safe) && /<script/i.test(safe)) {
    throw new Error('The script holds "<!--" and "<script": it cannot be inlined safely in HTML.');
  }
  return safe.trimEnd();
}

/** Text for HTML element content and attribute values. */
export function escapeHtml(text) {
  return text.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char],
  );
}

/** A page bootstrap from `src/pages/`, bundled and minified into one script. */
async function bootstrap(entry) {
  const result = await build({
    entryPoints: [`${root}src/pages/${entry}`],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    legalComments: 'none',
    tsconfig: `${root}tsconfig.json`,
  });
  return result.outputFiles[0].text;
}

/** Shown when scripts are off, in the three languages of the widgets. */
const NOSCRIPT = `<noscript>
      <div class="noscript">
        <p lang="nl">Deze pagina heeft JavaScript nodig om de kaart en de tijdlijn te tonen. Zet JavaScript aan en laad de pagina opnieuw.</p>
        <p lang="fr">Cette page a besoin de JavaScript pour afficher la carte et la frise chronologique. Activez JavaScript et rechargez la page.</p>
        <p lang="en">This page needs JavaScript to show the map and the timeline. Turn JavaScript on and reload the page.</p>
      </div>
    </noscript>`;

const NOSCRIPT_STYLE = `.noscript {
        font: 1.125rem/1.5 system-ui, sans-serif;
        max-width: 40em;
        margin: 2rem auto;
        padding: 0 1rem;
      }`;

/**
 * The single file fills the window; the explorer styles itself (`presentation` makes it
 * projector-friendly and exactly as tall as the window), the page only gives it the whole
 * viewport, and room around it when it is not presenting.
 */
const FULL_WINDOW_STYLE = `html,
      body {
        height: 100%;
        margin: 0;
      }
      partnership-explorer {
        min-height: 100%;
      }
      partnership-explorer:not([presentation]) {
        padding: clamp(0.75rem, 2.5vw, 2rem);
      }`;

/**
 * The iframe page is exactly as tall as its content: no viewport or percentage heights,
 * which would feed the iframe's own height back into the height it reports. A few pixels of
 * padding keep focus outlines inside the frame.
 */
const EMBED_STYLE = `html,
      body {
        margin: 0;
      }
      partnership-explorer:not([presentation]) {
        padding: 4px;
      }`;

function page({ title, style, bootstrapJs, bundleJs }) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(title)}</title>
    <style>
      ${style}
      ${NOSCRIPT_STYLE}
    </style>
  </head>
  <body>
    <partnership-explorer></partnership-explorer>
    ${NOSCRIPT}
    <script type="module">
${inlineScript(bootstrapJs)}
    </script>
    <script type="module">
${inlineScript(bundleJs)}
    </script>
  </body>
</html>
`;
}

function sizes(html) {
  const bytes = Buffer.byteLength(html);
  const gzip = gzipSync(html, { level: 9 }).length;
  return `${bytes} B raw, ${gzip} B gzip`;
}

/**
 * The pages draw the bundled map: their options take no map file, and a page opened through
 * `file://` could not fetch one. The code that loads map files stays out of them, for a
 * stand-in that says so if it is ever reached.
 */
function withoutMapFiles() {
  const stub = '\0no-map-files';
  return {
    name: 'without-map-files',
    resolveId(source) {
      return source.endsWith('/geo/load-geometry.js') ? stub : null;
    },
    load(id) {
      if (id !== stub) return null;
      return `export function geometryFor() {
        return Promise.reject(new Error('This page draws the bundled map only; use partnership-widgets.js for map files.'));
      }`;
    },
  };
}

/**
 * The bundle as one script: the project's rollup config again, with the code the bundle
 * loads on demand inlined, since a page opened from a USB stick has nothing next to it to
 * load.
 */
async function inlinedBundle() {
  const output = await bundleInMemory(root, {
    // The dataset whole: a single file gains nothing from loading its detail texts later.
    plugins: [withoutMapFiles(), validatedBundledDataset({ split: false })],
    output: { format: 'es', inlineDynamicImports: true },
  });
  return output[0].code;
}

async function main() {
  const bundleJs = await inlinedBundle();
  const dataset = JSON.parse(readFileSync(`${root}data/partnerships.json`, 'utf8'));
  const title = dataset.title.en;
  const pages = [
    {
      file: 'dist/partnership-explorer.html',
      style: FULL_WINDOW_STYLE,
      bootstrapJs: await bootstrap('explorer-page.ts'),
    },
    { file: 'dist/embed.html', style: EMBED_STYLE, bootstrapJs: await bootstrap('embed-page.ts') },
  ];
  for (const { file, style, bootstrapJs } of pages) {
    const html = page({ title, style, bootstrapJs, bundleJs });
    writeFileSync(`${root}${file}`, html);
    console.log(`${file}: ${sizes(html)}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
