/* global window, document, performance */
/**
 * The ECharts contender: the same dataset and the same geometry (data/region.topo.json,
 * decoded with topojson-client as the library does) drawn as an ECharts map series shaded
 * by active collaborations, with ECharts' timeline component over "All" and 2006–2026.
 * Bundled by the benchmark into one script with ECharts, dataset and geometry, like ours.
 *
 * Animations are off, so that "finished" means drawn rather than done animating; updates
 * are dispatched with `flush: true`, so that ECharts paints in the same frame, as ours does.
 */
import { feature } from 'topojson-client';
import dataset from '../../data/partnerships.json';
import topology from '../../data/region.topo.json';
import { init, registerMap } from './echarts-lib.js';

const { bench } = window;
const lang = 'en';

const yearOf = (text) => Number(text.slice(0, 4));
const activeIn = (collaboration, year) =>
  year === null ||
  (year >= yearOf(collaboration.start) && year <= yearOf(collaboration.end ?? collaboration.start));

const years = [];
for (let year = dataset.period.start; year <= dataset.period.end; year++) years.push(year);
const steps = [null, ...years];

/** Display names: the dataset's for its countries, the geometry's for the neighbours. */
const geometry = feature(topology, Object.values(topology.objects)[0]);
const names = {};
for (const country of geometry.features) names[country.id] = country.properties.name;
for (const country of dataset.countries) names[country.id] = country.name[lang] ?? country.name.en;
for (const country of geometry.features) country.properties = { ...country.properties, iso: country.id };
registerMap('region', geometry);

function countsFor(year) {
  const counts = new Map(dataset.countries.map((country) => [country.id, 0]));
  for (const collaboration of dataset.collaborations) {
    if (!activeIn(collaboration, year)) continue;
    for (const id of collaboration.countries) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return [...counts].map(([id, value]) => ({ name: names[id], value, label: { show: true } }));
}

const seriesData = steps.map(countsFor);
const maxCount = Math.max(1, ...seriesData.flat().map((item) => item.value));
const step = Math.max(1, Math.ceil(maxCount / 4));
const pieces = [{ value: 0, label: 'none', color: '#e8eef4' }];
for (let level = 0; level < 4 && level * step + 1 <= maxCount; level++) {
  pieces.push({
    min: level * step + 1,
    max: Math.min(maxCount, (level + 1) * step),
    color: ['#b3cde3', '#6497b1', '#2c6e9b', '#034f84'][level],
  });
}

const container = document.getElementById('chart');
const chart = init(container, null, { renderer: 'canvas' });
window.chart = chart;

let finishedWaiters = [];
let finishedCount = 0;
chart.on('finished', () => {
  finishedCount += 1;
  const waiters = finishedWaiters;
  finishedWaiters = [];
  for (const resolve of waiters) resolve();
});
const whenFinished = (since) =>
  finishedCount > since ? Promise.resolve() : new Promise((resolve) => finishedWaiters.push(resolve));

chart.setOption({
  baseOption: {
    animation: false,
    aria: { enabled: true },
    title: { text: dataset.title[lang], left: 16, top: 8, textStyle: { fontSize: 18 } },
    tooltip: { trigger: 'item' },
    visualMap: { type: 'piecewise', pieces, left: 16, bottom: 90, seriesIndex: 0 },
    timeline: {
      axisType: 'category',
      data: steps.map((year) => (year === null ? 'All' : String(year))),
      currentIndex: 0,
      autoPlay: false,
      // The checkpoint glides to the new year over 300 ms by default; "finished" would wait for it.
      checkpointStyle: { animation: false },
      left: 40,
      right: 40,
      bottom: 10,
    },
    series: [
      {
        type: 'map',
        map: 'region',
        nameProperty: 'iso',
        nameMap: names,
        roam: true,
        selectedMode: 'single',
        top: 60,
        bottom: 90,
        itemStyle: { areaColor: '#f2f2f2', borderColor: '#999' },
      },
    ],
  },
  options: seriesData.map((data) => ({ series: [{ data }] })),
});

await whenFinished(0);
performance.mark('drawn');
const painted = await bench.nextPaint();
performance.mark('painted');
const measure = performance.measure('first-render', { start: 0, end: 'painted' });
bench.done({
  firstRender: measure.duration,
  drawn: performance.getEntriesByName('drawn')[0].startTime,
  painted,
  countries: dataset.countries.length,
});

let selectedName = null;

/** Times one change: started at the beginning of a frame, ended after the paint that shows it. */
window.benchUpdate = async ({ name, value }) => {
  await bench.nextFrame();
  const since = finishedCount;
  const start = performance.now();
  if (name === 'year') {
    chart.dispatchAction({ type: 'timelineChange', currentIndex: steps.indexOf(value) }, { flush: true });
  } else if (name === 'select') {
    if (value === null) {
      if (selectedName)
        chart.dispatchAction({ type: 'unselect', seriesIndex: 0, name: selectedName }, { flush: true });
      selectedName = null;
    } else {
      selectedName = names[value];
      chart.dispatchAction({ type: 'select', seriesIndex: 0, name: selectedName }, { flush: true });
    }
  } else {
    throw new Error(`ECharts has no counterpart for the change ${name}`);
  }
  const dom = performance.now();
  let end = await bench.nextPaint();
  if (finishedCount === since) {
    await whenFinished(since);
    end = await bench.nextPaint();
  }
  const option = chart.getOption();
  const ok = name === 'year' ? option.timeline[0].currentIndex === steps.indexOf(value) : true;
  return { total: end - start, dom: dom - start, ok };
};
