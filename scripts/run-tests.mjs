/**
 * `npm test`: the browser tests (web-test-runner, in the system Chromium), then the Node
 * tests (CLI, CSV round trip, package, offline pages). Ends with one line counting every
 * test that ran, `N passed, N failed, N skipped`, which CI reads; exits non-zero on any
 * failure, including a runner that crashed before reporting.
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';

function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'], env: process.env });
    let output = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      output += chunk;
    });
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

const totals = { passed: 0, failed: 0, skipped: 0 };
let failedRun = false;

// The browser suite's reporter prints `browser: N passed, N failed, N skipped`.
const browser = await run('npx', ['wtr']);
const browserLine = /browser: (\d+) passed, (\d+) failed, (\d+) skipped/.exec(browser.output);
if (browserLine) {
  totals.passed += Number(browserLine[1]);
  totals.failed += Number(browserLine[2]);
  totals.skipped += Number(browserLine[3]);
}
if (browser.code !== 0 || !browserLine) failedRun = true;

// Node's test runner ends with `ℹ pass N`, `ℹ fail N`, `ℹ skipped N`.
const nodeTests = ['tests/node', 'tests/pages'].flatMap((folder) =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.test.mjs'))
    .map((name) => `${folder}/${name}`),
);
const node = await run('node', ['--test', '--test-reporter=spec', ...nodeTests]);
const count = (name) => Number(new RegExp(`^ℹ ${name} (\\d+)$`, 'm').exec(node.output)?.[1] ?? 'NaN');
const [pass, fail, skipped] = [count('pass'), count('fail'), count('skipped')];
if ([pass, fail, skipped].some(Number.isNaN)) failedRun = true;
else {
  totals.passed += pass;
  totals.failed += fail;
  totals.skipped += skipped;
}
if (node.code !== 0) failedRun = true;

// A runner that crashed counts as a failure even if it reported nothing.
if (failedRun && totals.failed === 0) totals.failed = 1;
process.stdout.write(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
process.exit(failedRun || totals.failed > 0 ? 1 : 0);
