import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { sourceServing } from './dev-server-plugins.mjs';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';
import { countingReporter } from './tests/support/counting-reporter.mjs';

export default {
  ...sourceServing,
  // Chromium's accessibility tree, for tests of what screen readers are given.
  plugins: [...sourceServing.plugins, a11ySnapshotPlugin()],
  files: ['tests/**/*.test.ts'],
  concurrency: 1,
  testsFinishTimeout: 180000,
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath,
        headless: true,
        args: chromiumArgs,
      },
    }),
  ],
  reporters: [defaultReporter(), countingReporter()],
};
