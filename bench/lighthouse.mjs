/**
 * Lighthouse's mobile audit (simulated slow 4G, 4x CPU; text served gzipped, as a web
 * server sends it) of a plain page embedding the explorer (`bench/pages/embed-plain.html`: one script, one element), with the system
 * Chromium. Lighthouse is large and only needed here, so it is not a dependency: give its
 * binary in LIGHTHOUSE, or let `npx` fetch version 12 from the registry.
 *
 *   npm run build && node bench/lighthouse.mjs   # writes bench/lighthouse.json
 *   node bench/lib/report.mjs                     # BENCHMARKS.md again, with it
 *   LIGHTHOUSE=/path/to/lighthouse node bench/lighthouse.mjs
 *   node bench/lighthouse.mjs 3 --prerendered      # the same page with the explorer as
 *                                                  # `partnership-data render` prints it;
 *                                                  # writes bench/lighthouse-prerendered.json
 *   node bench/lighthouse.mjs 7 --prerendered --hydrate-on interaction
 *                                                  # rendered with that option: the explorer
 *                                                  # hydrates when the reader comes to it;
 *                                                  # bench/lighthouse-prerendered-interaction.json
 */
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './lib/server.mjs';
import { chromiumPath } from '../scripts/chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const prerendered = process.argv.includes('--prerendered');
const hydrateOn = process.argv.includes('--hydrate-on')
  ? process.argv[process.argv.indexOf('--hydrate-on') + 1]
  : null;
if (hydrateOn !== null && (!prerendered || !['load', 'interaction'].includes(hydrateOn)))
  throw new Error('--hydrate-on load|interaction goes with --prerendered');
const runs = Number(process.argv.slice(2).find((arg) => /^\d+$/.test(arg)) ?? 3);
const cache = join(root, 'node_modules', '.cache', 'partnership-bench');
let pageBytes = Buffer.alloc(0);
if (prerendered) {
  // The plain page, its empty element replaced by the command's output (npm run build first).
  const snippet = execFileSync(
    process.execPath,
    [join(root, 'dist/cli.js'), 'render', '--lang', 'en', ...(hydrateOn ? ['--hydrate-on', hydrateOn] : [])],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    },
  );
  const plain = readFileSync(join(root, 'bench/pages/embed-plain.html'), 'utf8');
  if (!plain.includes('<partnership-explorer></partnership-explorer>'))
    throw new Error('embed-plain.html changed');
  mkdirSync(cache, { recursive: true });
  pageBytes = Buffer.from(plain.replace('<partnership-explorer></partnership-explorer>', snippet));
  writeFileSync(join(cache, 'embed-prerendered.html'), pageBytes);
}
// Compressed as a web server sends it: the simulated slow 4G carries the bytes a site sends.
const server = await serve(
  {
    '/dist/': join(root, 'dist'),
    '/bench/pages/': join(root, 'bench/pages'),
    '/build/': cache,
  },
  { gzip: true },
);
const url = `${server.origin}${prerendered ? '/build/embed-prerendered.html' : '/bench/pages/embed-plain.html'}`;
const folder = mkdtempSync(join(tmpdir(), 'lighthouse-'));
const [command, ...prefix] = process.env.LIGHTHOUSE
  ? [process.env.LIGHTHOUSE]
  : ['npx', '-y', 'lighthouse@12'];

const results = [];
try {
  for (let run = 0; run < runs; run++) {
    const output = join(folder, `run-${run}.json`);
    // Asynchronous: the page is served from this process, which must stay free to answer.
    await promisify(execFile)(
      command,
      [
        ...prefix,
        url,
        '--quiet',
        '--only-categories=performance,accessibility,best-practices,seo',
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update',
        '--output=json',
        `--output-path=${output}`,
      ],
      { env: { ...process.env, CHROME_PATH: chromiumPath }, maxBuffer: 64 * 1024 * 1024 },
    );
    const report = JSON.parse(readFileSync(output, 'utf8'));
    const audit = (id) => report.audits[id];
    const unused = audit('unused-javascript')?.details?.items ?? [];
    results.push({
      performance: Math.round(report.categories.performance.score * 100),
      accessibility: Math.round(report.categories.accessibility.score * 100),
      bestPractices: Math.round(report.categories['best-practices'].score * 100),
      seo: Math.round(report.categories.seo.score * 100),
      fcpMs: Math.round(audit('first-contentful-paint').numericValue),
      lcpMs: Math.round(audit('largest-contentful-paint').numericValue),
      tbtMs: Math.round(audit('total-blocking-time').numericValue),
      cls: audit('cumulative-layout-shift').numericValue,
      unusedJsBytes: unused.reduce((sum, item) => sum + (item.wastedBytes ?? 0), 0),
      unusedJsShare:
        unused.reduce((sum, item) => sum + (item.wastedBytes ?? 0), 0) /
        Math.max(1, unused.reduce((sum, item) => sum + (item.totalBytes ?? 0), 0) || 1),
      failedAudits: Object.values(report.audits)
        .filter((entry) => entry.score !== null && entry.score < 1 && entry.scoreDisplayMode === 'binary')
        .map((entry) => entry.id),
      lighthouseVersion: report.lighthouseVersion,
    });
  }
} finally {
  await server.close();
}
const median = (key) => {
  const values = results.map((result) => result[key]).sort((a, b) => a - b);
  return values[Math.floor(values.length / 2)];
};
const summary = Object.fromEntries(
  [
    'performance',
    'accessibility',
    'bestPractices',
    'seo',
    'fcpMs',
    'lcpMs',
    'tbtMs',
    'cls',
    'unusedJsBytes',
  ].map((key) => [key, median(key)]),
);
writeFileSync(
  new URL(
    prerendered
      ? `./lighthouse-prerendered${hydrateOn === 'interaction' ? '-interaction' : ''}.json`
      : './lighthouse.json',
    import.meta.url,
  ),
  `${JSON.stringify(
    {
      url: prerendered
        ? `bench/pages/embed-plain.html with the explorer prerendered by partnership-data render${hydrateOn ? ` --hydrate-on ${hydrateOn}` : ''}`
        : 'bench/pages/embed-plain.html',
      date: new Date().toISOString(),
      served: 'gzip',
      ...(prerendered
        ? { htmlBytes: pageBytes.length, htmlGzipBytes: gzipSync(pageBytes, { level: 9 }).length }
        : {}),
      summary,
      runs: results,
    },
    null,
    2,
  )}\n`,
);
console.log(summary);
