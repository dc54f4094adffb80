/**
 * Byte budgets, checked in CI: bytes are deterministic, unlike times. Prints raw, gzip and
 * brotli sizes of each built entry and fails when one is over its gzip budget.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { byteSizes } from './build-helpers.mjs';

const budgets = [
  // Everything a page needs for its first render: elements, Lit, dataset and projected
  // geometry (issue #5: at most 60 KB gzip, aiming for 45). Code used on demand is in
  // dist/chunks/ and reported below.
  { file: 'dist/partnership-widgets.js', gzipBudget: 60 * 1024 },
  // The offline single file and the iframe page: the bundle with its chunks inlined (they
  // cannot load anything: export, validator, the details' texts, hydration), a small
  // bootstrap, and since #16 the explorer prerendered in the page's language (about 27 KB
  // gzip of HTML, which the page shows before its script runs). A ceiling a little above
  // today's size, against regressions; it was 80 KB before the prerendered HTML.
  ...['partnership-explorer', 'embed'].flatMap((name) =>
    ['', '.fr', '.nl'].map((lang) => ({ file: `dist/${name}${lang}.html`, gzipBudget: 116 * 1024 })),
  ),
];

let failed = false;
for (const { file, gzipBudget } of budgets) {
  if (!existsSync(file)) {
    console.error(`${file} is missing: run npm run build first.`);
    failed = true;
    continue;
  }
  const { raw, gzip, brotli } = byteSizes(readFileSync(file));
  const verdict = gzip <= gzipBudget ? 'ok' : 'OVER BUDGET';
  console.log(
    `${file}: ${raw} B raw, ${gzip} B gzip, ${brotli} B brotli (gzip budget ${gzipBudget} B) ${verdict}`,
  );
  if (gzip > gzipBudget) failed = true;
}
// Code the bundle loads on demand has no budget of its own (it is not on the first load), but
// its size is reported, so growth there is seen too.
const chunkDir = 'dist/chunks';
if (existsSync(chunkDir)) {
  for (const name of readdirSync(chunkDir).filter((file) => file.endsWith('.js'))) {
    const { raw, gzip, brotli } = byteSizes(readFileSync(`${chunkDir}/${name}`));
    console.log(
      `${chunkDir}/${name}: ${raw} B raw, ${gzip} B gzip, ${brotli} B brotli (loaded on first use)`,
    );
  }
}
// A prerendered page (#16) also loads the hydration chunk before it answers a click: the
// bundle and that chunk together are held to the bundle's budget, which counts hydration in.
const hydration = existsSync(chunkDir)
  ? readdirSync(chunkDir).find((file) => /^hydration-.*\.js$/.test(file))
  : undefined;
if (!hydration) {
  console.error(`${chunkDir}/hydration-*.js is missing: run npm run build first.`);
  failed = true;
} else if (existsSync(budgets[0].file)) {
  const together =
    byteSizes(readFileSync(budgets[0].file)).gzip + byteSizes(readFileSync(`${chunkDir}/${hydration}`)).gzip;
  const margin = budgets[0].gzipBudget - together;
  console.log(
    `bundle + ${chunkDir}/${hydration}, a prerendered page's script: ${together} B gzip, ` +
      (margin >= 0 ? `${margin} B under the bundle's budget ok` : `${-margin} B OVER the bundle's budget`),
  );
  if (margin < 0) failed = true;
}
process.exit(failed ? 1 : 0);
