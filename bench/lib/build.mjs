/**
 * Builds what the benchmark serves: the library with the project's own rollup config (so
 * the measured file is exactly `dist/partnership-widgets.js`), and the peers' bundles with
 * esbuild into a cache folder under node_modules (ignored by git, eslint and prettier).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundleInMemory, byteSizes } from '../../scripts/build-helpers.mjs';
import { rollup } from 'rollup';
import { loadConfigFile } from 'rollup/loadConfigFile';
import { build } from 'esbuild';
import { minify } from 'terser';

/** Which part of the bundle a module belongs to, for the size breakdown. */
function groupOf(id, root) {
  const path = relative(root, id.replace(/^\0/, '')).split(sep).join('/');
  const inModules = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (inModules) {
    const name = inModules[1];
    if (['lit', 'lit-html', 'lit-element', '@lit/reactive-element'].includes(name))
      return 'lit (lit-html, lit-element, reactive-element)';
    return name;
  }
  if (path.startsWith('data/')) return path;
  const parts = path.split('/');
  if (parts[0] === 'src' && parts[1] === 'elements') return parts.slice(0, 3).join('/');
  if (parts[0] === 'src' && parts.length > 2) return `${parts.slice(0, 2).join('/')}/`;
  return path;
}

/**
 * Runs the project's rollup config and writes its outputs, as `rollup -c` would. Returns the
 * modules of the chunk written to `entryFile`, grouped, with each group minified on its own
 * and gzipped: an estimate of who owns the bytes (groups compress worse alone than together).
 */
export async function buildLibrary(root, entryFile) {
  const { options, warnings } = await loadConfigFile(join(root, 'rollup.config.mjs'), {});
  warnings.flush();
  let chunk = null;
  /** Code the entry loads on first use (export, loading a src), as written next to it. */
  const chunks = [];
  const previous = process.cwd();
  process.chdir(root);
  try {
    for (const inputOptions of options) {
      const bundle = await rollup({ ...inputOptions, onwarn: () => {} });
      for (const outputOptions of inputOptions.output) {
        const { output } = await bundle.write(outputOptions);
        for (const item of output) {
          const file = outputOptions.file
            ? join(root, outputOptions.file)
            : join(root, outputOptions.dir ?? '', item.fileName);
          if (item.type === 'chunk' && file === join(root, entryFile)) chunk = item;
          else if (item.type === 'chunk') chunks.push(relative(root, file).split(sep).join('/'));
        }
      }
      await bundle.close();
    }
  } finally {
    process.chdir(previous);
  }
  if (!chunk) throw new Error(`the rollup config did not write ${entryFile}`);
  const groups = new Map();
  for (const [id, module] of Object.entries(chunk.modules)) {
    if (!module.code) continue;
    const key = groupOf(id, root);
    groups.set(key, `${groups.get(key) ?? ''}${module.code}\n`);
  }
  const breakdown = [];
  for (const [group, code] of groups) {
    // Not as a module: a group alone exports nothing, and terser would drop it all as unused.
    const minified = await minify(code, {
      module: false,
      toplevel: false,
      compress: { passes: 2 },
      mangle: true,
      ecma: 2022,
    });
    const bytes = Buffer.from(minified.code ?? '');
    breakdown.push({ group, minified: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
  }
  breakdown.sort((a, b) => b.gzip - a.gzip);
  return { breakdown, chunks, jsOnly: await buildJsOnly(root) };
}

/** The bundled data files: content, not code. */
const DATA_FILES = /[\\/]data[\\/](partnerships|region\.plane)\.json$/;

/**
 * The entry as it would be without the dataset and the geometry, both stubbed as empty
 * objects: the explorer's own JavaScript, comparable with a chart library's bundle, which
 * holds no data either. Built in memory with the same config; written nowhere.
 */
async function buildJsOnly(root) {
  const stubData = {
    name: 'stub-data',
    load(id) {
      // Valid JSON: the json plugin turns it into a module as it does the real files.
      return DATA_FILES.test(id) ? '{}' : null;
    },
  };
  const output = await bundleInMemory(root, { plugins: [stubData] });
  return byteSizes(Buffer.from(output.find((item) => item.type === 'chunk' && item.isEntry).code));
}

const ESBUILD_COMMON = {
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  legalComments: 'none',
  logLevel: 'silent',
  define: { 'process.env.NODE_ENV': '"production"' },
};

/** Converts the dataset to TimelineJS's JSON format: one event per collaboration. */
export function toTimelineJs(dataset, lang = 'en') {
  const date = (text) => {
    const [year, month, day] = text.split('-').map(Number);
    return { year, ...(month ? { month } : {}), ...(day ? { day } : {}) };
  };
  const kinds = { partnership: 'Partnerships', programme: 'Programmes' };
  return {
    events: dataset.collaborations.map((collaboration) => ({
      unique_id: collaboration.id,
      start_date: date(collaboration.start),
      ...(collaboration.end ? { end_date: date(collaboration.end) } : {}),
      text: { headline: collaboration.title[lang], text: collaboration.summary[lang] },
      group: kinds[collaboration.kind] ?? 'Events',
    })),
  };
}

/**
 * Builds the peers: ECharts tree-shaken to what the comparison page uses (and to the bare
 * minimum, for reference), the ECharts page as one script like ours (library, glue,
 * dataset and geometry), and the TimelineJS data file.
 */
export async function buildPeers(root, outDir) {
  await mkdir(outDir, { recursive: true });
  const pages = join(root, 'bench', 'pages');
  const bundles = {};
  for (const [name, entry] of [
    ['echarts-treeshaken', 'echarts-lib.js'],
    ['echarts-minimal', 'echarts-lib-minimal.js'],
    ['echarts-explorer', 'echarts-explorer.js'],
  ]) {
    const outfile = join(outDir, `${name}.js`);
    // An external map (no comment in the file, so no byte added) names ECharts' functions in profiles.
    await build({
      ...ESBUILD_COMMON,
      entryPoints: [join(pages, entry)],
      outfile,
      absWorkingDir: root,
      sourcemap: 'external',
      sourcesContent: false,
    });
    bundles[name] = outfile;
  }
  const dataset = JSON.parse(await readFile(join(root, 'data', 'partnerships.json'), 'utf8'));
  const timelineJsData = join(outDir, 'timelinejs-data.js');
  await writeFile(timelineJsData, `window.TL_DATA = ${JSON.stringify(toTimelineJs(dataset))};\n`);
  bundles['timelinejs-data'] = timelineJsData;
  return bundles;
}
