/**
 * `npm run bench`: builds the library and the peers, serves them on 127.0.0.1, drives the
 * system Chromium with puppeteer-core and compares, interleaved in one run:
 *
 *   1. first render: <partnership-explorer> vs ECharts (map series + timeline component),
 *      and <partnership-timeline> vs TimelineJS 3, from navigation to drawn and painted;
 *   2. updates: a year change and a country selection vs ECharts' timelineChange and select;
 *   3. memory: JS heap after render (after a forced GC) and DOM nodes;
 *   4. scaling: the explorer with generated datasets of 100, 1,000 and 10,000 collaborations;
 *   5. a phone's CPU: the explorer and ECharts again with the main thread slowed down 4x
 *      (CDP Emulation.setCPUThrottlingRate), interleaved with the unthrottled samples, and the
 *      year change with 1,000 and 10,000 collaborations at that rate;
 *   6. Interaction to Next Paint (Event Timing API) of real inputs in the explorer: a click
 *      on a map country, ArrowRight on a timeline item, ArrowRight on the year control.
 *
 * Plus byte sizes (raw, gzip, brotli) and CPU profiles of our measured paths. Writes
 * bench/results.json and BENCHMARKS.md, and prints the ratios against the targets last.
 *
 *   node bench/run.mjs [--samples 20] [--warmup 2] [--scale-samples 10] [--throttle 4]
 *                     [--quick] [--dry]
 *
 * --quick takes few samples to try the harness; --dry writes to bench/results.dry.json and
 * prints the report instead of overwriting the committed results. --throttle sets the slowdown
 * of the phone rows (1 leaves them out).
 */
// Functions given to page.evaluate run in the page, where `window` is defined.
/* global window */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { byteSizes, importSource } from '../scripts/build-helpers.mjs';
import { buildLibrary, buildPeers } from './lib/build.mjs';
import { loadSourceMaps, summarizeProfile } from './lib/profile.mjs';
import { readLighthouse, readPaint, readPrerenderedLighthouse, renderMarkdown } from './lib/report.mjs';
import { serve } from './lib/server.mjs';
import { median, medianInterval, ratioOfMedians, summarize } from './lib/stats.mjs';
import { DEFAULT_SEED, generateDataset } from './generate.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = join(ROOT, 'node_modules', '.cache', 'partnership-bench');
const ENTRY = 'dist/partnership-widgets.js';
const started = Date.now();

const { values: options } = parseArgs({
  options: {
    samples: { type: 'string' },
    warmup: { type: 'string' },
    'scale-samples': { type: 'string' },
    throttle: { type: 'string' },
    quick: { type: 'boolean', default: false },
    dry: { type: 'boolean', default: false },
  },
});
const SAMPLES = Number(options.samples ?? (options.quick ? 3 : 20));
const WARMUP = Number(options.warmup ?? (options.quick ? 1 : 2));
const SCALE_SIZES = [100, 1000, 10000];
/** Samples per generated size: a 10,000-collaboration sample takes seconds, so fewer of those. */
const scaleSamples = (size) => {
  const asked = options['scale-samples'] === undefined ? null : Number(options['scale-samples']);
  if (options.quick) return size >= 10000 ? 1 : 2;
  if (asked !== null) return size >= 10000 ? Math.max(1, Math.ceil(asked / 2)) : asked;
  return size >= 10000 ? 5 : 10;
};
const SCALE_WARMUP = 1;
/**
 * A mid-range phone runs JavaScript about 4x slower than a desktop core (Lighthouse's
 * mobile preset throttles 4x): every page measured unthrottled is measured at this rate too.
 */
const THROTTLE = Number(options.throttle ?? 4);
if (!(THROTTLE >= 1)) throw new Error(`--throttle wants a rate of 1 or more, not ${options.throttle}`);
const RATES = THROTTLE > 1 ? [1, THROTTLE] : [1];
/** The generated sizes whose year change is measured throttled too. */
const THROTTLED_SCALE_SIZES = [1000, 10000];
/** Real inputs per interaction and explorer sample. */
const INTERACTIONS = 4;
/** The issue's absolute goals: one frame of work, and a first render a phone user does not wait for. */
const FRAME_MS = 16;
const PHONE_FIRST_RENDER_MS = 250;
const YEARS = [2008, 2012, 2016, 2020, 2024, 2010, 2014, 2018, 2022, 2026];
const SCALE_YEARS = [2008, 2012, 2016, 2020, 2024];
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const VIEWPORT = { width: 1280, height: 1400, deviceScaleFactor: 1 };
const SAMPLE_TIMEOUT = 120_000;
const TARGETS = { firstRender: 0.5, yearChange: 0.5, selectCountry: 0.5, bytes: 0.25 };

const log = (message) => process.stdout.write(`${message}\n`);
const seconds = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;

// A run that hangs must not hold the machine: stop everything after 45 minutes (the
// throttled samples take about as long as all the others).
const watchdog = setTimeout(() => {
  console.error('bench: still running after 45 minutes; giving up.');
  process.exit(2);
}, 45 * 60_000);
watchdog.unref();

function withTimeout(promise, milliseconds, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`${what}: no answer in ${milliseconds / 1000} s`)),
        milliseconds,
      );
    }),
  ]).finally(() => clearTimeout(timer));
}

const sizesOf = (path) => byteSizes(readFileSync(path));

const sumSizes = (...list) => ({
  raw: list.reduce((sum, item) => sum + item.raw, 0),
  gzip: list.reduce((sum, item) => sum + item.gzip, 0),
  brotli: list.reduce((sum, item) => sum + item.brotli, 0),
});

function versionOf(pkg) {
  return JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')).version;
}

// --- build ------------------------------------------------------------------------------

log(`bench: building ${ENTRY} with the project's rollup config…`);
const library = await buildLibrary(ROOT, ENTRY);
const git = (...args) => {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
};
// The tree is shared with engineers changing the library: name what the build took that
// was not committed yet.
const builtFrom = {
  commit: git('rev-parse', '--short', 'HEAD'),
  uncommitted: (
    git('status', '--porcelain', '--', 'src', 'data', 'rollup.config.mjs', 'scripts', 'package.json') ?? ''
  )
    .split('\n')
    .filter(Boolean)
    .map((line) => line.slice(3)),
};
log('bench: bundling ECharts (esbuild, tree-shaken) and the TimelineJS data…');
await buildPeers(ROOT, CACHE);

const dataset = JSON.parse(await readFile(join(ROOT, 'data', 'partnerships.json'), 'utf8'));
const topology = JSON.parse(await readFile(join(ROOT, 'data', 'region.topo.json'), 'utf8'));
const geometryIds = new Set(Object.values(topology.objects)[0].geometries.map((geometry) => geometry.id));
const expectBundled = {
  countries: dataset.countries.filter((country) => geometryIds.has(country.id)).length,
  items: dataset.collaborations.length,
};

log(`bench: generating datasets of ${SCALE_SIZES.join(', ')} collaborations (seed ${DEFAULT_SEED})…`);
const generated = {};
for (const size of SCALE_SIZES) {
  const data = generateDataset(size, { seed: DEFAULT_SEED, topology });
  const file = join(CACHE, `data-${size}.json`);
  await mkdir(CACHE, { recursive: true });
  await writeFile(file, JSON.stringify(data));
  generated[size] = {
    file,
    countries: data.countries.length,
    organisations: data.organisations.length,
    collaborations: data.collaborations.length,
    firstCountry: data.countries[0].id,
    firstCollaboration: data.collaborations[0].id,
    bytes: sizesOf(file),
  };
}

// --- sizes ------------------------------------------------------------------------------

/** What a chunk of the bundle is loaded for, from its name (see rollup.config.mjs). */
const chunkPurpose = (file) =>
  /\/export-/.test(file)
    ? 'exporting a view'
    : /\/check-/.test(file)
      ? 'validating a dataset a page gives through data or src'
      : /\/load-/.test(file)
        ? 'loading a src'
        : 'on demand';

const timelineJsDir = join(ROOT, 'node_modules', '@knight-lab', 'timelinejs', 'dist');
const sizes = {
  ours: { label: `${ENTRY} (elements, Lit, dataset, projected geometry)`, ...sizesOf(join(ROOT, ENTRY)) },
  oursJs: {
    label: `${ENTRY} without dataset and geometry: the explorer's JavaScript`,
    ...library.jsOnly,
  },
  ...Object.fromEntries(
    library.chunks.map((file) => [
      `chunk:${file}`,
      {
        label: `${file} (loaded on first use: ${chunkPurpose(file)})`,
        ...sizesOf(join(ROOT, file)),
      },
    ]),
  ),
  echartsTreeShaken: {
    label: 'ECharts tree-shaken: map, timeline, piecewise visual map, tooltip, title, aria, canvas',
    ...sizesOf(join(CACHE, 'echarts-treeshaken.js')),
  },
  echartsMinimal: {
    label: 'ECharts tree-shaken to the minimum: map, timeline, canvas',
    ...sizesOf(join(CACHE, 'echarts-minimal.js')),
  },
  echartsPage: {
    label: 'ECharts page bundle: tree-shaken ECharts, topojson-client, glue, dataset, geometry',
    ...sizesOf(join(CACHE, 'echarts-explorer.js')),
  },
  echartsFull: {
    label: 'ECharts full (echarts/dist/echarts.min.js)',
    ...sizesOf(join(ROOT, 'node_modules/echarts/dist/echarts.min.js')),
  },
  timelineJsScript: {
    label: 'TimelineJS js/timeline.js',
    ...sizesOf(join(timelineJsDir, 'js', 'timeline.js')),
  },
  timelineJsCss: {
    label: 'TimelineJS css/timeline.css',
    ...sizesOf(join(timelineJsDir, 'css', 'timeline.css')),
  },
  timelineJsData: {
    label: 'The dataset in TimelineJS JSON (English only)',
    ...sizesOf(join(CACHE, 'timelinejs-data.js')),
  },
};
sizes.timelineJs = { label: 'TimelineJS JS + CSS', ...sumSizes(sizes.timelineJsScript, sizes.timelineJsCss) };

// --- browser ----------------------------------------------------------------------------

if (!existsSync(CHROME)) {
  console.error(`bench: no Chromium at ${CHROME}; install Debian's chromium or set CHROME_PATH.`);
  process.exit(1);
}
const server = await serve({
  '/bench/pages/': join(ROOT, 'bench', 'pages'),
  '/dist/': join(ROOT, 'dist'),
  '/build/': CACHE,
  '/timelinejs/': timelineJsDir,
});
const CHROME_ARGS = [
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-dev-shm-usage',
  '--disable-sync',
  '--no-first-run',
  '--disable-extensions',
  '--mute-audio',
  // Nothing but the benchmark server is reachable: a peer asking for a web font or a
  // spreadsheet fails at once instead of waiting on the network.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];
const browser = await puppeteer.launch({
  executablePath: CHROME,
  headless: true,
  args: CHROME_ARGS,
  protocolTimeout: 180_000,
});
const browserVersion = await browser.version();
const loadStart = os.loadavg();

async function cleanup() {
  await browser.close().catch(() => {});
  await server.close().catch(() => {});
}
process.on('SIGINT', async () => {
  await cleanup();
  process.exit(130);
});

const externalRequests = new Set();
const pageErrors = [];

const CONTENDERS = {
  explorer: {
    url: `/bench/pages/explorer.html?countries=${expectBundled.countries}&items=${expectBundled.items}`,
    updates: 'ours',
    interactions: true,
  },
  echarts: { url: '/bench/pages/echarts.html', updates: 'echarts' },
  timeline: { url: `/bench/pages/timeline.html?items=${expectBundled.items}` },
  timelinejs: { url: '/bench/pages/timelinejs.html' },
  blank: { url: '/bench/pages/blank.html' },
};
for (const size of SCALE_SIZES) {
  const info = generated[size];
  CONTENDERS[`scale-${size}`] = {
    url: `/bench/pages/scale.html?n=${size}&countries=${info.countries}&items=${info.collaborations}`,
    updates: 'scale',
    size,
  };
}

const countrySelections = [...dataset.countries.slice(0, 5).map((country) => country.id), null];

function metricsObject(list) {
  return Object.fromEntries(list.map(({ name, value }) => [name, value]));
}

/** Browser-side time split (ms) from Performance.getMetrics: script, style, layout, all tasks. */
function split(after, before = {}) {
  const delta = (name) => ((after[name] ?? 0) - (before[name] ?? 0)) * 1000;
  return {
    script: delta('ScriptDuration'),
    style: delta('RecalcStyleDuration'),
    layout: delta('LayoutDuration'),
    task: delta('TaskDuration'),
  };
}

/**
 * Real inputs in the explorer, each timed by the Event Timing API and by the harness's clock
 * (see `endInteraction` in harness.js): clicks on map countries (at a point inside the
 * country, found through the nested shadow roots), ArrowRight on a focused timeline item
 * and ArrowRight on the focused year control (each an `input` that changes the year).
 */
async function measureInteractions(page, name) {
  const inPage = (fn, ...args) =>
    withTimeout(page.evaluate(fn, ...args), SAMPLE_TIMEOUT, `${name} interaction`);
  const settle = () =>
    inPage(() => window.bench.settleAndPaint(() => window.bench.litElements(window.benchHost)));
  const reset = async () => {
    await inPage(() => {
      window.benchHost.year = null;
      window.benchHost.selected = null;
    });
    await settle();
  };
  const timed = async (input) => {
    const since = await inPage(() => window.performance.now());
    await input();
    return inPage((start) => window.bench.endInteraction(window.benchHost, start), since);
  };
  const result = { country: [], timelineKey: [], year: [] };

  await reset();
  for (const id of countrySelections.filter((country) => country !== null).slice(0, INTERACTIONS)) {
    const point = await inPage((country) => window.bench.countryPoint(window.benchHost, country), id);
    if (!point) throw new Error(`${name}: no point of the map lands on ${id}`);
    const timing = await timed(() => page.mouse.click(point.x, point.y));
    const selected = await inPage(() => window.benchHost.selected);
    if (selected !== id) throw new Error(`${name}: a click on ${id} selected ${selected}`);
    result.country.push({ id, ...timing });
  }
  // Away from the map, so that the pointer leaving a country is not part of the next input.
  await page.mouse.move(1, 1);

  await reset();
  if (!(await inPage(() => window.bench.focusTimelineItem(window.benchHost)))) {
    throw new Error(`${name}: no timeline item takes focus`);
  }
  // Focusing draws the item's tooltip: that is setup, not the first key's work.
  await settle();
  for (let index = 0; index < INTERACTIONS; index++) {
    result.timelineKey.push(await timed(() => page.keyboard.press('ArrowRight')));
  }

  await reset();
  if (!(await inPage(() => window.bench.focusYearControl(window.benchHost)))) {
    throw new Error(`${name}: the timeline has no year control`);
  }
  await settle();
  for (let index = 0; index < INTERACTIONS; index++) {
    const timing = await timed(() => page.keyboard.press('ArrowRight'));
    result.year.push({ year: await inPage(() => window.benchHost.year), ...timing });
  }
  if (result.year.every((timing) => timing.year === null)) {
    throw new Error(`${name}: ArrowRight on the year control did not change the year`);
  }
  await reset();
  return result;
}

/**
 * One sample: a fresh browser context (no cache, no compiled code, no state), a fresh page,
 * the first render, the heap after a forced GC, then the updates and the interactions. At a
 * `rate` above 1 the page's main thread runs that many times slower from before navigation;
 * the heap is left out (a phone's CPU does not change it).
 */
async function runSample(name, { profile = null, rate = 1 } = {}) {
  const contender = CONTENDERS[name];
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport(VIEWPORT);
    page.on('requestfailed', (request) => {
      if (!request.url().startsWith(server.origin)) externalRequests.add(request.url());
    });
    page.on('pageerror', (error) => pageErrors.push(`${name}: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(`${name}: console: ${message.text()}`);
    });
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    if (rate > 1) await page.emulateCPUThrottling(rate);
    if (profile === 'render') {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    await page.goto(server.origin + contender.url, {
      waitUntil: 'domcontentloaded',
      timeout: SAMPLE_TIMEOUT,
    });
    const result = await withTimeout(
      page.evaluate(() => window.benchResult),
      SAMPLE_TIMEOUT,
      `${name} first render`,
    );
    if (result.error) throw new Error(`${name}: ${result.error}`);
    const sample = { contender: name, rate, ...result };
    if (profile === 'render') {
      sample.profile = (await cdp.send('Profiler.stop')).profile;
      return sample;
    }
    sample.split = split(metricsObject((await cdp.send('Performance.getMetrics')).metrics));

    if (rate === 1) {
      await cdp.send('HeapProfiler.enable');
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = await cdp.send('Runtime.getHeapUsage');
      const metrics = metricsObject((await cdp.send('Performance.getMetrics')).metrics);
      sample.heap = heap.usedSize;
      sample.nodes = metrics.Nodes;
      await cdp.send('HeapProfiler.disable');
    }

    if (!contender.updates) return sample;
    const update = (change) =>
      withTimeout(
        page.evaluate((value) => window.benchUpdate(value), change),
        SAMPLE_TIMEOUT,
        `${name} ${change.name} ${change.value}`,
      );
    const batch = async (changes) => {
      const before = metricsObject((await cdp.send('Performance.getMetrics')).metrics);
      const timings = [];
      for (const change of changes) timings.push({ ...change, ...(await update(change)) });
      const after = metricsObject((await cdp.send('Performance.getMetrics')).metrics);
      const total = split(after, before);
      const per = Object.fromEntries(
        Object.entries(total).map(([key, value]) => [key, value / changes.length]),
      );
      if (timings.some((timing) => timing.ok === false)) throw new Error(`${name}: an update did not apply`);
      return { timings, split: per };
    };
    if (profile === 'year') {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
      const years = contender.updates === 'scale' ? SCALE_YEARS : YEARS;
      await batch(years.map((value) => ({ name: 'year', value })));
      sample.profile = (await cdp.send('Profiler.stop')).profile;
      return sample;
    }
    if (contender.updates === 'scale') {
      const info = generated[contender.size];
      sample.year = await batch(SCALE_YEARS.map((value) => ({ name: 'year', value })));
      await update({ name: 'year', value: null });
      sample.select = await batch([
        { name: 'select', value: info.firstCountry },
        { name: 'select', value: info.firstCollaboration },
        { name: 'select', value: null },
      ]);
      return sample;
    }
    sample.year = await batch(YEARS.map((value) => ({ name: 'year', value })));
    // Back to all years for ours, to the first step ("All") for ECharts: the same state.
    await update({ name: 'year', value: null });
    sample.select = await batch(countrySelections.map((value) => ({ name: 'select', value })));
    if (contender.interactions) sample.interactions = await measureInteractions(page, name);
    return sample;
  } finally {
    await context.close().catch(() => {});
  }
}

async function sampleWithRetry(name, options = {}) {
  try {
    return await runSample(name, options);
  } catch (error) {
    log(`bench: ${name} failed (${error.message}); trying once more.`);
    return runSample(name, options);
  }
}

// --- validity of the generated datasets --------------------------------------------------

{
  // The library's validator, compiled from its sources as the build's own check does: the
  // bundle loads it on demand (dist/chunks/) and no longer exports it.
  const { validateDataset } = await importSource(join(ROOT, 'src/data/validate.ts'));
  for (const size of SCALE_SIZES) {
    const result = validateDataset(JSON.parse(await readFile(generated[size].file, 'utf8')));
    generated[size].valid = result.ok;
    if (!result.ok) {
      await cleanup();
      console.error(
        `bench: the generated ${size}-collaboration dataset is invalid:`,
        result.issues.slice(0, 5),
      );
      process.exit(1);
    }
  }
  log('bench: the generated datasets pass the library’s own validation.');
}

// --- the interleaved run ------------------------------------------------------------------

const samples = [];
// The throttled pair runs in the same rounds as the unthrottled ones, so that the load of
// the machine falls on both modes alike.
const PAIRS = [
  ...RATES.map((rate) => [
    { name: 'explorer', rate },
    { name: 'echarts', rate },
  ]),
  [{ name: 'timeline' }, { name: 'timelinejs' }],
];
for (let round = 0; round < WARMUP + SAMPLES; round++) {
  const warmup = round < WARMUP;
  for (const pair of PAIRS) {
    // A, B in even rounds and B, A in odd ones: neither side always goes first.
    const order = round % 2 === 0 ? pair : [...pair].reverse();
    for (const { name, rate } of order) {
      samples.push({ round, warmup, load1: os.loadavg()[0], ...(await sampleWithRetry(name, { rate })) });
    }
  }
  if (round < 5) samples.push({ round, warmup: false, ...(await sampleWithRetry('blank')) });
  log(
    `bench: round ${round + 1}/${WARMUP + SAMPLES}${warmup ? ' (warm-up, discarded)' : ''} done, ${seconds()}`,
  );
}

const scaleRounds = Math.max(...SCALE_SIZES.map(scaleSamples));
for (let round = 0; round < SCALE_WARMUP + scaleRounds; round++) {
  const warmup = round < SCALE_WARMUP;
  for (const size of SCALE_SIZES) {
    if (!warmup && round - SCALE_WARMUP >= scaleSamples(size)) continue;
    const rates = THROTTLED_SCALE_SIZES.includes(size) ? RATES : [1];
    for (const rate of round % 2 === 0 ? rates : [...rates].reverse()) {
      samples.push({
        round,
        warmup,
        load1: os.loadavg()[0],
        ...(await sampleWithRetry(`scale-${size}`, { rate })),
      });
    }
  }
  log(
    `bench: scaling round ${round + 1}/${SCALE_WARMUP + scaleRounds}${warmup ? ' (warm-up, discarded)' : ''}, ${seconds()}`,
  );
}

// --- profiles ---------------------------------------------------------------------------

log('bench: recording CPU profiles of our measured paths…');
const maps = await loadSourceMaps({
  [`${server.origin}/${ENTRY}`]: join(ROOT, `${ENTRY}.map`),
  // The chunks loaded on demand (the validator runs in the scaling pages) have maps too.
  ...Object.fromEntries(
    library.chunks.map((file) => [`${server.origin}/${file}`, join(ROOT, `${file}.map`)]),
  ),
  [`${server.origin}/build/echarts-explorer.js`]: join(CACHE, 'echarts-explorer.js.map'),
});
const profiles = {};
for (const [key, name, kind, label] of [
  ['explorerFirstRender', 'explorer', 'render', '<partnership-explorer> first render (bundled dataset)'],
  [
    'explorerYearChange',
    'explorer',
    'year',
    `<partnership-explorer> ${YEARS.length} year changes (bundled dataset)`,
  ],
  ['echartsFirstRender', 'echarts', 'render', 'ECharts first render'],
  ['echartsYearChange', 'echarts', 'year', `ECharts ${YEARS.length} timelineChange actions`],
  ['scale10000Render', 'scale-10000', 'render', '<partnership-explorer> first render, 10,000 collaborations'],
  [
    'scale10000YearChange',
    'scale-10000',
    'year',
    `<partnership-explorer> ${SCALE_YEARS.length} year changes, 10,000 collaborations`,
  ],
]) {
  const sample = await sampleWithRetry(name, { profile: kind });
  profiles[key] = { label, ...summarizeProfile(sample.profile, maps) };
}

const browserLoadEnd = os.loadavg();
await cleanup();
clearTimeout(watchdog);

// --- statistics -------------------------------------------------------------------------

const measured = samples.filter((sample) => !sample.warmup);
/** The measured samples of one contender at one CPU rate (1: unthrottled). */
const ofRate = (name, rate) => measured.filter((sample) => sample.contender === name && sample.rate === rate);
const of = (name) => ofRate(name, 1);
const MB = 1024 * 1024;

function statsFor(name, pick, digits = 2) {
  const values = of(name)
    .map(pick)
    .filter((value) => value !== undefined && value !== null);
  return summarize(values, digits);
}
const perPageMedian = (key) => (sample) =>
  sample[key] ? median(sample[key].timings.map((timing) => timing.total)) : undefined;
const perPageMedianOf = (key, filter) => (sample) =>
  sample[key] ? median(sample[key].timings.filter(filter).map((timing) => timing.total)) : undefined;
const splitOf = (key, part) => (sample) => sample[key]?.split?.[part];

const main = ['explorer', 'echarts', 'timeline', 'timelinejs'];
const afterScripts = (sample) =>
  sample.phases?.scriptsReceived ? sample.firstRender - sample.phases.scriptsReceived : undefined;
const metrics = {
  firstRender: Object.fromEntries(main.map((name) => [name, statsFor(name, (sample) => sample.firstRender)])),
  yearChange: Object.fromEntries(
    ['explorer', 'echarts'].map((name) => [name, statsFor(name, perPageMedian('year'))]),
  ),
  yearChangeFirst: Object.fromEntries(
    ['explorer', 'echarts'].map((name) => [name, statsFor(name, (sample) => sample.year?.timings[0].total)]),
  ),
  selectCountry: Object.fromEntries(
    ['explorer', 'echarts'].map((name) => [
      name,
      statsFor(
        name,
        perPageMedianOf('select', (timing) => timing.value !== null),
      ),
    ]),
  ),
  heapMB: Object.fromEntries(
    [...main, 'blank'].map((name) => [name, statsFor(name, (sample) => sample.heap / MB, 3)]),
  ),
  domNodes: Object.fromEntries(
    [...main, 'blank'].map((name) => [name, statsFor(name, (sample) => sample.nodes, 0)]),
  ),
  firstRenderPhases: Object.fromEntries(
    [...main, 'blank'].map((name) => [
      name,
      Object.fromEntries(
        ['documentReceived', 'scriptsReceived', 'domContentLoaded'].map((phase) => [
          phase,
          statsFor(name, (sample) => sample.phases?.[phase] ?? undefined),
        ]),
      ),
    ]),
  ),
  firstPaintEmptyPage: statsFor('blank', (sample) => sample.firstRender),
  // The library's own share: from its last script byte received to drawn and painted.
  afterScripts: Object.fromEntries(main.map((name) => [name, statsFor(name, afterScripts)])),
  firstRenderSplit: Object.fromEntries(
    main.map((name) => [
      name,
      Object.fromEntries(
        ['script', 'style', 'layout', 'task'].map((part) => [
          part,
          statsFor(name, (sample) => sample.split?.[part]),
        ]),
      ),
    ]),
  ),
  yearChangeSplit: Object.fromEntries(
    ['explorer', 'echarts'].map((name) => [
      name,
      Object.fromEntries(
        ['script', 'style', 'layout', 'task'].map((part) => [part, statsFor(name, splitOf('year', part))]),
      ),
    ]),
  ),
};

const scaling = Object.fromEntries(
  SCALE_SIZES.map((size) => {
    const name = `scale-${size}`;
    return [
      size,
      {
        dataset: { ...generated[size], file: undefined },
        render: statsFor(name, (sample) => sample.render),
        fromNavigation: statsFor(name, (sample) => sample.fromNavigation),
        yearChange: statsFor(name, perPageMedian('year')),
        yearChangeDom: statsFor(name, (sample) =>
          sample.year ? median(sample.year.timings.map((timing) => timing.dom)) : undefined,
        ),
        select: statsFor(name, perPageMedian('select')),
        heapMB: statsFor(name, (sample) => sample.heap / MB, 3),
        domNodes: statsFor(name, (sample) => sample.nodes, 0),
        itemsDrawn: statsFor(name, (sample) => sample.items, 0),
        itemsRendered: statsFor(name, (sample) => sample.itemsRendered ?? sample.items, 0),
        countriesDrawn: statsFor(name, (sample) => sample.countries, 0),
        yearChangeSplit: Object.fromEntries(
          ['script', 'style', 'layout', 'task'].map((part) => [part, statsFor(name, splitOf('year', part))]),
        ),
      },
    ];
  }),
);

const values = (name, pick) =>
  of(name)
    .map(pick)
    .filter((value) => value !== undefined);
const ratios = {
  firstRender: {
    what: 'first render, <partnership-explorer> / ECharts map + timeline',
    target: TARGETS.firstRender,
    ...ratioOfMedians(
      values('explorer', (s) => s.firstRender),
      values('echarts', (s) => s.firstRender),
    ),
  },
  yearChange: {
    what: 'year change, <partnership-explorer> / ECharts timelineChange',
    target: TARGETS.yearChange,
    ...ratioOfMedians(values('explorer', perPageMedian('year')), values('echarts', perPageMedian('year'))),
  },
  bytes: {
    what: "JS gzip, the explorer's JavaScript (bundle without dataset and geometry) / tree-shaken ECharts",
    target: TARGETS.bytes,
    ratio: sizes.oursJs.gzip / sizes.echartsTreeShaken.gzip,
  },
};
for (const ratio of Object.values(ratios)) ratio.met = ratio.ratio <= ratio.target;
const otherRatios = {
  timelineFirstRender: {
    what: 'first render, <partnership-timeline> / TimelineJS',
    ...ratioOfMedians(
      values('timeline', (s) => s.firstRender),
      values('timelinejs', (s) => s.firstRender),
    ),
  },
  firstRenderAfterScripts: {
    what: 'first render counted from the last script byte received, <partnership-explorer> / ECharts',
    ...ratioOfMedians(values('explorer', afterScripts), values('echarts', afterScripts)),
  },
  selectCountry: {
    what: 'country selection, <partnership-explorer> / ECharts select',
    ...ratioOfMedians(
      values(
        'explorer',
        perPageMedianOf('select', (t) => t.value !== null),
      ),
      values(
        'echarts',
        perPageMedianOf('select', (t) => t.value !== null),
      ),
    ),
  },
  heap: {
    what: 'JS heap after render, explorer / ECharts',
    ratio: metrics.heapMB.explorer.median / metrics.heapMB.echarts.median,
  },
  timelineHeap: {
    what: 'JS heap after render, timeline / TimelineJS',
    ratio: metrics.heapMB.timeline.median / metrics.heapMB.timelinejs.median,
  },
  bytesWithData: {
    what: 'gzip, dist/partnership-widgets.js with dataset and geometry / tree-shaken ECharts (no data)',
    ratio: sizes.ours.gzip / sizes.echartsTreeShaken.gzip,
  },
  bytesMinimal: {
    what: 'JS gzip, ours / ECharts tree-shaken to the bare minimum',
    ratio: sizes.ours.gzip / sizes.echartsMinimal.gzip,
  },
  bytesPage: {
    what: 'JS gzip, ours / the whole ECharts page bundle (with data and geometry)',
    ratio: sizes.ours.gzip / sizes.echartsPage.gzip,
  },
  bytesTimelineJs: {
    what: 'gzip, ours (map, timeline, explorer, data) / TimelineJS JS + CSS (timeline only, no data)',
    ratio: sizes.ours.gzip / sizes.timelineJs.gzip,
  },
};
const frameGoal = {
  what: 'year change with 10,000 collaborations under one frame (16 ms)',
  median: scaling[10000].yearChange.median,
  limit: 16,
};
frameGoal.met = frameGoal.median !== null && frameGoal.median <= frameGoal.limit;

// --- a phone's CPU and Interaction to Next Paint ---------------------------------------------

const valuesAt = (name, rate, pick) =>
  ofRate(name, rate)
    .map(pick)
    .filter((value) => value !== undefined && value !== null && Number.isFinite(value));
const PICK = {
  firstRender: (sample) => sample.firstRender,
  yearChange: perPageMedian('year'),
  selectCountry: perPageMedianOf('select', (timing) => timing.value !== null),
};
const INTERACTION_KINDS = {
  country: 'click on a map country → details painted',
  timelineKey: 'ArrowRight on a focused timeline item',
  year: 'ArrowRight on the year control (a year change)',
};
/** Every interaction of every explorer sample at `rate` (not a median per page: INP is per input). */
const interactionValues = (rate, kind, field) =>
  ofRate('explorer', rate)
    .flatMap((sample) => sample.interactions?.[kind] ?? [])
    .map((timing) => timing[field])
    .filter((value) => value !== null && value !== undefined);

const phone = {
  rate: THROTTLE,
  rates: RATES,
  modes: Object.fromEntries(
    RATES.map((rate) => [
      rate,
      {
        ...Object.fromEntries(
          Object.entries(PICK).map(([key, pick]) => [
            key,
            Object.fromEntries(
              ['explorer', 'echarts'].map((name) => [name, summarize(valuesAt(name, rate, pick))]),
            ),
          ]),
        ),
        scaleYearChange: Object.fromEntries(
          THROTTLED_SCALE_SIZES.map((size) => [
            size,
            summarize(valuesAt(`scale-${size}`, rate, perPageMedian('year'))),
          ]),
        ),
      },
    ]),
  ),
};

const inp = {
  supported: measured.some((sample) => sample.interactions?.country?.some((timing) => timing.supported)),
  threshold: FRAME_MS,
  perSample: INTERACTIONS,
  kinds: INTERACTION_KINDS,
  modes: Object.fromEntries(
    RATES.map((rate) => [
      rate,
      Object.fromEntries(
        Object.keys(INTERACTION_KINDS).map((kind) => [
          kind,
          {
            inp: { ...summarize(interactionValues(rate, kind, 'inp')), ...interval(rate, kind, 'inp') },
            inputToPaint: {
              ...summarize(interactionValues(rate, kind, 'inputToPaint')),
              ...interval(rate, kind, 'inputToPaint'),
            },
            processing: summarize(interactionValues(rate, kind, 'processing')),
            belowThreshold: interactionValues(rate, kind, 'inp').filter((value) => value === 0).length,
          },
        ]),
      ),
    ]),
  ),
};
function interval(rate, kind, field) {
  const { low, high } = medianInterval(interactionValues(rate, kind, field));
  return { low, high };
}

/** A goal of the issue: a ratio of medians or a median in ms, with its 95 % interval. */
function ratioGoal(what, a, b, target) {
  const ratio = ratioOfMedians(a, b);
  return { what, unit: 'ratio', value: ratio.ratio, low: ratio.low, high: ratio.high, target };
}
function msGoal(what, values, target) {
  const { value, low, high } = medianInterval(values);
  return { what, unit: 'ms', value, low, high, target };
}
const rateName = (rate) => (rate === 1 ? 'unthrottled' : `${rate}x throttled`);
const phoneGoals = [];
for (const rate of RATES) {
  phoneGoals.push(
    ratioGoal(
      `first render, <partnership-explorer> / ECharts, ${rateName(rate)}`,
      valuesAt('explorer', rate, PICK.firstRender),
      valuesAt('echarts', rate, PICK.firstRender),
      TARGETS.firstRender,
    ),
    ratioGoal(
      `country selection, <partnership-explorer> / ECharts select, ${rateName(rate)}`,
      valuesAt('explorer', rate, PICK.selectCountry),
      valuesAt('echarts', rate, PICK.selectCountry),
      TARGETS.selectCountry,
    ),
  );
}
if (THROTTLE > 1) {
  const at = rateName(THROTTLE);
  phoneGoals.push(
    msGoal(
      `first render of <partnership-explorer>, ${at}`,
      valuesAt('explorer', THROTTLE, PICK.firstRender),
      PHONE_FIRST_RENDER_MS,
    ),
    msGoal(`year change, shipped dataset, ${at}`, valuesAt('explorer', THROTTLE, PICK.yearChange), FRAME_MS),
    msGoal(
      `country selection, shipped dataset, ${at}`,
      valuesAt('explorer', THROTTLE, PICK.selectCountry),
      FRAME_MS,
    ),
    ...Object.entries(INTERACTION_KINDS).map(([kind, label]) =>
      msGoal(`INP, ${label}, ${at}`, interactionValues(THROTTLE, kind, 'inp'), FRAME_MS),
    ),
  );
}
phoneGoals.push(
  msGoal(
    'year change with 10,000 collaborations, unthrottled',
    valuesAt('scale-10000', 1, perPageMedian('year')),
    FRAME_MS,
  ),
);
for (const goal of phoneGoals) goal.met = goal.value !== null && goal.value <= goal.target;

/** Samples keep two decimals (hundredths of a millisecond): more is clock noise. */
const roundDeep = (value) => {
  if (typeof value === 'number') return Math.round(value * 100) / 100;
  if (Array.isArray(value)) return value.map(roundDeep);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, roundDeep(item)]));
  }
  return value;
};

const results = {
  date: new Date().toISOString(),
  durationSeconds: Math.round((Date.now() - started) / 1000),
  commit: builtFrom.commit,
  uncommittedLibraryFiles: builtFrom.uncommitted,
  machine: {
    os: `${os.type()} ${os.release()}`,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGB: Number((os.totalmem() / 1024 ** 3).toFixed(1)),
    loadAverageStart: loadStart.map((value) => Number(value.toFixed(2))),
    loadAverageEnd: browserLoadEnd.map((value) => Number(value.toFixed(2))),
    loadAverageDuringSamples: {
      ...summarize(samples.filter((sample) => sample.load1 !== undefined).map((sample) => sample.load1)),
      samples: undefined,
    },
  },
  software: {
    node: process.version,
    chromium: browserVersion,
    chromiumPath: CHROME,
    puppeteerCore: versionOf('puppeteer-core'),
    echarts: versionOf('echarts'),
    timelineJs: versionOf('@knight-lab/timelinejs'),
    lit: versionOf('lit'),
  },
  method: {
    samples: SAMPLES,
    warmupRoundsDiscarded: WARMUP,
    scaleSamples: Object.fromEntries(SCALE_SIZES.map((size) => [size, scaleSamples(size)])),
    scaleWarmupRoundsDiscarded: SCALE_WARMUP,
    viewport: VIEWPORT,
    chromiumArgs: CHROME_ARGS,
    years: YEARS,
    scaleYears: SCALE_YEARS,
    countrySelections,
    throttle: THROTTLE,
    throttledScaleSizes: THROTTLED_SCALE_SIZES,
    interactionsPerSample: INTERACTIONS,
    bundledDataset: expectBundled,
    seed: DEFAULT_SEED,
  },
  sizes,
  sizeBreakdown: library.breakdown,
  metrics,
  scaling,
  phone,
  inp,
  phoneGoals,
  ratios,
  otherRatios,
  frameGoal,
  profiles,
  externalRequests: [...externalRequests],
  pageErrors: [...new Set(pageErrors)].slice(0, 50),
  samples: samples.map(({ profile: _profile, ...rest }) => roundDeep(rest)),
};

const prettier = await import('prettier');
const prettierOptions = (await prettier.resolveConfig(join(ROOT, 'BENCHMARKS.md'))) ?? {};
const resultsFile = join(ROOT, 'bench', options.dry ? 'results.dry.json' : 'results.json');
await writeFile(
  resultsFile,
  await prettier.format(JSON.stringify(results), { ...prettierOptions, parser: 'json' }),
);
const markdown = await prettier.format(
  renderMarkdown(
    results,
    await readLighthouse(ROOT),
    await readPaint(ROOT),
    await readPrerenderedLighthouse(ROOT),
    await readPrerenderedLighthouse(ROOT, '-interaction'),
  ),
  {
    ...prettierOptions,
    parser: 'markdown',
  },
);
if (options.dry) {
  await writeFile(join(CACHE, 'BENCHMARKS.dry.md'), markdown);
  log(`bench: dry run; report in ${join(CACHE, 'BENCHMARKS.dry.md')}`);
} else {
  await writeFile(join(ROOT, 'BENCHMARKS.md'), markdown);
}

// --- the ratios, last ---------------------------------------------------------------------

const fmt = (value, digits = 2) => (value === null || value === undefined ? 'n/a' : value.toFixed(digits));
log('');
log(
  `bench: wrote ${resultsFile.replace(`${ROOT}/`, '')}${options.dry ? '' : ' and BENCHMARKS.md'} (${seconds()})`,
);
if (externalRequests.size) log(`bench: blocked requests to the network: ${[...externalRequests].join(', ')}`);
log('');
log('Other ratios (no target):');
for (const ratio of Object.values(otherRatios)) {
  const interval = ratio.low === undefined ? '' : ` (95% CI ${fmt(ratio.low)}–${fmt(ratio.high)})`;
  log(`  ${ratio.what}: ${fmt(ratio.ratio)}${interval}`);
}
log(`  ${frameGoal.what}: ${fmt(frameGoal.median)} ms, ${frameGoal.met ? 'met' : 'MISSED'}`);
log(
  `  ${ENTRY} with dataset and geometry: ${fmt(sizes.ours.gzip / 1024)} KB gzip (budget 60 KB), ${sizes.ours.gzip <= 60 * 1024 ? 'met' : 'MISSED'}`,
);
log('');
log('Goals of "Fast on a phone":');
for (const goal of phoneGoals) {
  const value = goal.unit === 'ms' ? `${fmt(goal.value, 1)} ms` : fmt(goal.value);
  const limit = goal.unit === 'ms' ? `${goal.target} ms` : goal.target;
  log(
    `  ${goal.what}: ${value} (95% CI ${fmt(goal.low)}–${fmt(goal.high)}), goal ≤ ${limit}: ${goal.met ? 'met' : 'MISSED'}`,
  );
}
log('');
log('Ratios against the targets of issue 5:');
for (const ratio of Object.values(ratios)) {
  const interval = ratio.low === undefined ? '' : ` (95% CI ${fmt(ratio.low)}–${fmt(ratio.high)})`;
  log(
    `  ${ratio.what}: ${fmt(ratio.ratio)}${interval}, target ≤ ${ratio.target}: ${ratio.met ? 'met' : 'MISSED'}`,
  );
}
