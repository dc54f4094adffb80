import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { sourceServing } from './dev-server-plugins.mjs';
import { countingReporter } from './tests/support/counting-reporter.mjs';

const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

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
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
  reporters: [defaultReporter(), countingReporter()],
};
