/**
 * Writes the two ready-made pages next to the bundle, after `rollup -c` and the command line's
 * build (`rollup -c rollup.cli.config.mjs`), in English and, as `.fr.html` and `.nl.html`, in
 * French and Dutch:
 *
 * - `dist/partnership-explorer.html`: one self-contained file (script, styles, dataset and
 *   geometry inlined) that works from a USB stick through `file://` with no network at all.
 * - `dist/embed.html`: the page for an iframe, for sites whose CMS strips scripts; also
 *   self-contained, and it tells the parent page its height with `postMessage`.
 *
 * The explorer is prerendered in each (`partnership-data render`): the page shows the map
 * and the timeline from its HTML, before its script runs or without it, and the script then
 * hydrates them. Both read `?lang=fr&presentation&autoplay` (or the same in the hash) through
 * the bootstrap in `src/pages/`, compiled here with esbuild. Usage: `node scripts/build-pages.mjs`.
 */
import { build } from 'esbuild';
import { bundleInMemory } from './build-helpers.mjs';
import { validatedBundledDataset } from './rollup-plugins.mjs';
import { spawnSync } from 'node:child_process';
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

/** Shown when scripts are off, in the page's language: the view above is a static one. */
const NOSCRIPT = {
  nl: 'Zonder JavaScript zijn de kaart en de tijdlijn niet interactief.',
  fr: 'Sans JavaScript, la carte et la ligne du temps ne sont pas interactives.',
  en: 'Without JavaScript, the map and the timeline are not interactive.',
};

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

function page({ lang, title, style, explorer, bootstrapJs, bundleJs }) {
  return `<!doctype html>
<html lang="${lang}">
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
    ${explorer}
    <noscript><p class="noscript">${escapeHtml(NOSCRIPT[lang])}</p></noscript>
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

/** The explorer prerendered in `lang`, by the command line's build (`partnership-data render`). */
function prerendered(lang) {
  const cli = `${root}dist/cli.js`;
  const { status, stdout, stderr } = spawnSync(process.execPath, [cli, 'render', '--lang', lang], {
    encoding: 'utf8',
  });
  if (status !== 0) throw new Error(`partnership-data render --lang ${lang} failed:\n${stderr}`);
  return stdout.trim();
}

async function main() {
  const bundleJs = await inlinedBundle();
  const dataset = JSON.parse(readFileSync(`${root}data/partnerships.json`, 'utf8'));
  const pages = [
    {
      name: 'partnership-explorer',
      style: FULL_WINDOW_STYLE,
      bootstrapJs: await bootstrap('explorer-page.ts'),
    },
    { name: 'embed', style: EMBED_STYLE, bootstrapJs: await bootstrap('embed-page.ts') },
  ];
  for (const lang of ['en', 'fr', 'nl']) {
    const explorer = prerendered(lang);
    for (const { name, style, bootstrapJs } of pages) {
      const file = `dist/${name}${lang === 'en' ? '' : `.${lang}`}.html`;
      const html = page({ lang, title: dataset.title[lang], style, explorer, bootstrapJs, bundleJs });
      writeFileSync(`${root}${file}`, html);
      console.log(`${file}: ${sizes(html)}`);
    }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
