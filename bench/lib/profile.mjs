/**
 * Summarises a V8 CPU profile (CDP Profiler.stop) by self time: which functions the main
 * thread spent its time in, named through the bundle's source map where there is one, and
 * which part of the code (our sources, Lit, d3, the browser) they belong to.
 */
import { readFile } from 'node:fs/promises';

let traceMapping = null;
try {
  traceMapping = await import('@jridgewell/trace-mapping');
} catch {
  // Without it, functions keep their minified names; the summary still adds up.
}

/** Loads source maps for script URLs: `{url: path of the .map file}`. */
export async function loadSourceMaps(files) {
  const maps = new Map();
  if (!traceMapping) return maps;
  for (const [url, path] of Object.entries(files)) {
    try {
      maps.set(url, new traceMapping.TraceMap(JSON.parse(await readFile(path, 'utf8'))));
    } catch {
      // A missing map only costs the readable names.
    }
  }
  return maps;
}

function cleanSource(source) {
  return source
    .replace(/^(\.\.\/)+/, '')
    .replace(/^.*node_modules\//, '')
    .replace(/^webpack:\/\/\//, '');
}

/** Which part of the code a (mapped) source file belongs to. */
function areaOf(source, url) {
  if (!source && !url) return 'browser: DOM calls, style, layout, paint, parse, GC';
  if (url.includes('/bench/pages/') || url.startsWith('pptr:')) return 'benchmark harness';
  if (!source) return url.replace(/^https?:\/\/[^/]+\//, '');
  const path = source;
  if (/^bench\//.test(path)) return 'benchmark page glue';
  if (/^src\//.test(path)) return path.split('/').slice(0, 2).join('/');
  if (/^data\//.test(path)) return path;
  const match = path.match(/^((?:@[^/]+\/)?[^/]+)/);
  const name = match ? match[1] : path;
  if (['lit', 'lit-html', 'lit-element', '@lit', '@lit/reactive-element'].includes(name)) return 'lit';
  return name;
}

/**
 * @param profile the `profile` of Profiler.stop
 * @param maps source maps by script URL
 * @param top how many functions to list
 */
export function summarizeProfile(profile, maps, top = 15) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  const { samples, timeDeltas } = profile;
  for (let index = 0; index < samples.length; index++) {
    const duration = (timeDeltas[index + 1] ?? 0) / 1000;
    self.set(samples[index], (self.get(samples[index]) ?? 0) + duration);
  }
  const functions = new Map();
  const areas = new Map();
  let idle = 0;
  let busy = 0;
  for (const [id, milliseconds] of self) {
    const { callFrame } = nodes.get(id);
    const name = callFrame.functionName || '(anonymous)';
    if (name === '(idle)') {
      idle += milliseconds;
      continue;
    }
    busy += milliseconds;
    let label = name;
    let source = '';
    const map = maps.get(callFrame.url);
    if (map && callFrame.lineNumber >= 0) {
      const original = traceMapping.originalPositionFor(map, {
        line: callFrame.lineNumber + 1,
        column: callFrame.columnNumber,
      });
      if (original.source) {
        source = cleanSource(original.source);
        label = `${original.name ?? name} (${source}:${original.line})`;
      }
    }
    if (!source && callFrame.url) {
      const file = callFrame.url.replace(/^https?:\/\/[^/]+\//, '');
      label = `${name} (${file}:${callFrame.lineNumber + 1}:${callFrame.columnNumber + 1})`;
    }
    const area = areaOf(source, callFrame.url);
    const key = callFrame.url ? label : `${name} (browser)`;
    functions.set(key, (functions.get(key) ?? 0) + milliseconds);
    areas.set(area, (areas.get(area) ?? 0) + milliseconds);
  }
  const sorted = (map) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .map(([name, milliseconds]) => ({
        name,
        selfMs: Number(milliseconds.toFixed(2)),
        share: busy ? Number((milliseconds / busy).toFixed(4)) : 0,
      }));
  return {
    busyMs: Number(busy.toFixed(2)),
    idleMs: Number(idle.toFixed(2)),
    top: sorted(functions).slice(0, top),
    areas: sorted(areas),
  };
}
