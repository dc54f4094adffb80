import puppeteer from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { sourceServing } from './dev-server-plugins.mjs';
import { countingReporter } from './tests/support/counting-reporter.mjs';
import { strictPageHeaders } from './tests/robustness/strict-page-headers.mjs';

/**
 * The same browser tests in Firefox ESR (Debian's `firefox-esr`), driven by puppeteer-core
 * over WebDriver BiDi through `@web/test-runner-chrome`'s launcher; `.ci/run` installs the
 * browser when it is missing. No test tool downloads a browser.
 */
const executablePath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export default {
  ...sourceServing,
  // Serves the strict-page fixture with the Content-Security-Policy header itself, not only
  // the <meta> copy that the Chromium run (whose config has no such middleware) relies on.
  middleware: [...sourceServing.middleware, strictPageHeaders],
  files: [
    'tests/**/*.test.ts',
    // These use web-test-runner's emulateMedia (reduced motion, forced colours) and, for
    // accessibility.test.ts, a11ySnapshot (Chromium's accessibility tree): both need the
    // Chrome DevTools Protocol, which Firefox does not speak (puppeteer's BiDi page sends
    // media emulation over CDP too). Only presentation.test.ts's reduced-motion test needs
    // it there; guarded by a skip when the command is refused, that file could run here.
    '!tests/a11y/accessibility.test.ts',
    '!tests/elements/presentation.test.ts',
    // In 3 of the last 7 fresh-clone CI runs, Firefox freed none of the 40 removed elements
    // in 60 s, while it freed a control element that nothing of ours touches (other runs: all
    // 40 within 0.6-3.6 s; never reproduced when the file runs alone). The cause is not found
    // yet: until it is, this run cannot tell our leak from Firefox's, and the Chromium run
    // of the same test checks that nothing of ours holds removed elements.
    '!tests/robustness/gc.test.ts',
  ],
  concurrency: 1,
  testsFinishTimeout: 240000,
  testFramework: { config: { timeout: 20000 } },
  browsers: [
    chromeLauncher({
      puppeteer,
      launchOptions: {
        browser: 'firefox',
        executablePath,
        headless: true,
        // Keeps Firefox from reaching the internet on start (updates, telemetry, safe browsing).
        extraPrefsFirefox: {
          'app.update.enabled': false,
          'browser.safebrowsing.malware.enabled': false,
          'browser.safebrowsing.phishing.enabled': false,
          'datareporting.policy.dataSubmissionEnabled': false,
          'network.captive-portal-service.enabled': false,
          'network.connectivity-service.enabled': false,
        },
      },
    }),
  ],
  reporters: [defaultReporter(), countingReporter({ label: 'firefox' })],
};
