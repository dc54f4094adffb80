/**
 * Prints `browser: N passed, N failed, N skipped` after a run. `scripts/run-tests.mjs`
 * adds it to the Node tests' counts and prints the one bare closing line CI reads.
 */
function countResults(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites ?? []) countResults(child, totals);
}

export function countingReporter({ label = 'browser' } = {}) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) countResults(session.testResults, totals);
        // A file that failed to load has no test results but must not pass silently.
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) {
          totals.failed += 1;
        }
      }
      process.stdout.write(
        `\n${label}: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`,
      );
    },
  };
}
