/**
 * Screenshots a page in the system Chromium, for the README and for looking at a change:
 * `node scripts/screenshot.mjs URL OUT.png [width] [height]`.
 */
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const [url, out, width = '1280', height = '1000'] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: node scripts/screenshot.mjs URL OUT.png [width] [height]');
  process.exit(2);
}
const browser = await puppeteer.launch({
  executablePath: chromiumPath,
  headless: true,
  args: chromiumArgs,
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: Number(width), height: Number(height) });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(url, { waitUntil: 'networkidle0' });
  await new Promise((resolve) => setTimeout(resolve, 800));
  await page.screenshot({ path: out });
} finally {
  await browser.close();
}
