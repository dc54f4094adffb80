/**
 * When the map is on screen, on a phone's CPU: the explorer prerendered by
 * `partnership-data render` (its HTML drawn before the script runs), the same explorer
 * rendered by its script, and ECharts' map + timeline page, interleaved, each page load with
 * the main thread slowed down 4x (CDP Emulation.setCPUThrottlingRate) from before navigation.
 *
 *   npm run build && node bench/paint.mjs [rounds]   # writes bench/paint.json
 *   node bench/lib/report.mjs                        # BENCHMARKS.md again, with it
 *
 * Per page: first contentful paint and largest contentful paint (Paint Timing, LCP API),
 * "map painted" (the first frame painted after the map's countries are in the page: a
 * requestAnimationFrame then a posted message, as bench/pages/harness.js defines painted),
 * "interactive" for ours (the elements defined and the map drawn by the script), and the
 * layout shift (CLS) of the load. Medians with 95 % intervals.
 */
/* global window, document, requestAnimationFrame, customElements */
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { buildPeers } from './lib/build.mjs';
import { serve } from './lib/server.mjs';
import { median, medianInterval, ratioOfMedians } from './lib/stats.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CACHE = join(ROOT, 'node_modules', '.cache', 'partnership-bench');
const ROUNDS = Number(process.argv[2] ?? 12);
const RATE = 4;

await mkdir(CACHE, { recursive: true });
await buildPeers(ROOT, CACHE);
// The two pages of ours differ only in the element: empty, or as the command prints it.
const page = (body) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Benchmark: paint</title>
    <style>body { margin: 0; padding: 16px; font-family: sans-serif; } partnership-explorer { display: block; width: 1200px; }</style>
    <script type="module" src="/dist/partnership-widgets.js"></script>
  </head>
  <body>
    ${body}
  </body>
</html>
`;
const snippet = execFileSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'render', '--lang', 'en'], {
  encoding: 'utf8',
  maxBuffer: 1 << 24,
});
await writeFile(
  join(CACHE, 'paint-client.html'),
  page('<partnership-explorer lang="en"></partnership-explorer>'),
);
await writeFile(join(CACHE, 'paint-prerendered.html'), page(snippet));

const CONTENDERS = {
  prerendered: '/build/paint-prerendered.html',
  client: '/build/paint-client.html',
  echarts: '/bench/pages/echarts.html',
};

/** Runs in every page before its own scripts: the observers, and the frame loop. */
function observe() {
  const result = { fcp: null, lcp: null, cls: 0, map: null, interactive: null };
  window.paintResult = result;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (entry.name === 'first-contentful-paint') result.fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) result.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) result.cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  const channel = new MessageChannel();
  let pending = null;
  channel.port1.onmessage = () => {
    if (pending) pending(performance.now());
    pending = null;
  };
  const mapCountries = () => {
    const explorer = document.querySelector('partnership-explorer');
    const map = explorer?.shadowRoot?.querySelector('partnership-map');
    return map?.shadowRoot?.querySelectorAll('[data-country]').length ?? 0;
  };
  function frame() {
    const drawn = mapCountries() > 0;
    const ready =
      drawn &&
      customElements.get('partnership-explorer') &&
      document.querySelector('partnership-explorer')?.hasUpdated;
    if ((drawn && result.map === null) || (ready && result.interactive === null)) {
      const fields = [
        drawn && result.map === null ? 'map' : null,
        ready && result.interactive === null ? 'interactive' : null,
      ];
      pending = (time) => {
        for (const field of fields) if (field && result[field] === null) result[field] = time;
      };
      channel.port2.postMessage(0);
    }
    if (result.interactive === null) requestAnimationFrame(frame);
  }
  requestAnimationFrame(frame);
}

const server = await serve({
  '/bench/pages/': join(ROOT, 'bench', 'pages'),
  '/dist/': join(ROOT, 'dist'),
  '/build/': CACHE,
});
const browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });

async function sample(name) {
  const context = await browser.createBrowserContext();
  try {
    const tab = await context.newPage();
    await tab.setViewport({ width: 1240, height: 900 });
    await tab.evaluateOnNewDocument(observe);
    await tab.emulateCPUThrottling(RATE);
    await tab.goto(`${server.origin}${CONTENDERS[name]}`, { waitUntil: 'load' });
    let result;
    if (name === 'echarts') {
      // ECharts' page says when its chart is drawn and painted (bench/pages/harness.js).
      const drawn = await tab.evaluate(() => window.benchResult);
      if (drawn.error) throw new Error(`echarts: ${drawn.error}`);
      await new Promise((resolve) => setTimeout(resolve, 500));
      result = await tab.evaluate(() => window.paintResult);
      result.map = drawn.firstRender;
    } else {
      await tab.waitForFunction(() => window.paintResult.interactive !== null, { timeout: 60000 });
      await new Promise((resolve) => setTimeout(resolve, 500));
      result = await tab.evaluate(() => window.paintResult);
    }
    return result;
  } finally {
    await context.close();
  }
}

const samples = Object.fromEntries(Object.keys(CONTENDERS).map((name) => [name, []]));
for (let round = 0; round <= ROUNDS; round++) {
  // Alternating order; round 0 warms the caches up and is not kept.
  const order = Object.keys(CONTENDERS);
  if (round % 2) order.reverse();
  for (const name of order) {
    const result = await sample(name);
    if (round > 0) samples[name].push(result);
  }
  process.stderr.write(`paint: round ${round}/${ROUNDS}\n`);
}
await browser.close();
await server.close();

const summary = {};
for (const [name, list] of Object.entries(samples)) {
  summary[name] = {};
  for (const field of ['fcp', 'lcp', 'map', 'interactive', 'cls']) {
    const values = list.map((entry) => entry[field]).filter((value) => typeof value === 'number');
    if (!values.length) continue;
    summary[name][field] = { median: median(values), interval: medianInterval(values), n: values.length };
  }
}
const mapOf = (name) => samples[name].map((entry) => entry.map);
const ratio = ratioOfMedians(mapOf('prerendered'), mapOf('echarts'));
const output = {
  date: new Date().toISOString().slice(0, 10),
  commit: execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim(),
  rate: RATE,
  rounds: ROUNDS,
  summary,
  mapPaintedRatio: ratio,
  samples,
};
await writeFile(join(ROOT, 'bench', 'paint.json'), `${JSON.stringify(output, null, 2)}\n`);
console.log(JSON.stringify({ summary, mapPaintedRatio: ratio }, null, 2));
