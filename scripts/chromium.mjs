/**
 * How every tool here starts the system Chromium: its path (`CHROME_PATH` or Debian's) and
 * the flags it needs on these machines. As root it needs `--no-sandbox`; without the
 * networking flags it tries to reach the internet at start.
 */
export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
