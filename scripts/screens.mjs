/**
 * `npm run screens`: screenshots of the single-file explorer (`dist/partnership-explorer.html`,
 * built by `npm run build`) over the screens it is used on, in the three languages, into
 * `screens/` (not committed). Look at them whenever what the widgets show changes: a test
 * that reads the DOM does not see a label cut by the map's edge.
 *
 *   phones 360×740 and 390×844, a tablet 768×1024, a laptop 1280×800, a projector 1920×1080:
 *     the default view, and a selected country with a year (`selected=BEN&year=2021`);
 *   presentation at 1280×720, 1920×1080 and on a portrait kiosk 1080×1920.
 *
 * Presentation shots show a step (the Dakar conference, a one-country step with a venue).
 *
 * `node scripts/screens.mjs [filter]` takes only the shots whose file name contains `filter`.
 * `node scripts/screens.mjs --gallery` writes the README's gallery instead: four views (phone,
 * laptop, projector, kiosk) as small WebP files in `docs/gallery/`, committed with the code.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const page = new URL('../dist/partnership-explorer.html', import.meta.url);
const out = fileURLToPath(new URL('../screens/', import.meta.url));
const LANGS = ['nl', 'fr', 'en'];
const SCREENS = [
  { name: 'phone-360', width: 360, height: 740 },
  { name: 'phone-390', width: 390, height: 844 },
  { name: 'tablet-768', width: 768, height: 1024 },
  { name: 'laptop-1280', width: 1280, height: 800 },
  { name: 'projector-1920', width: 1920, height: 1080 },
];
const PRESENTATION = [
  { name: 'present-1280x720', width: 1280, height: 720 },
  { name: 'present-1920x1080', width: 1920, height: 1080 },
  { name: 'kiosk-1080x1920', width: 1080, height: 1920 },
];

const shots = [];
for (const lang of LANGS) {
  for (const screen of SCREENS) {
    shots.push({ ...screen, file: `${screen.name}-${lang}.png`, hash: `lang=${lang}`, fullPage: true });
    shots.push({
      ...screen,
      file: `${screen.name}-${lang}-selected.png`,
      hash: `lang=${lang}&selected=BEN&year=2021`,
      fullPage: true,
    });
  }
  for (const screen of PRESENTATION) {
    shots.push({
      ...screen,
      file: `${screen.name}-${lang}.png`,
      hash: `lang=${lang}&presentation&selected=${process.env.STEP ?? 'dakar-2022'}`,
      fullPage: false,
    });
  }
}

const GALLERY = [
  { file: 'phone-390-fr.webp', width: 390, height: 844, hash: 'lang=fr&selected=BEN&year=2021' },
  { file: 'laptop-1280-en.webp', width: 1280, height: 800, hash: 'lang=en' },
  {
    file: 'projector-1920x1080-nl.webp',
    width: 1920,
    height: 1080,
    hash: 'lang=nl&presentation&selected=dakar-2022',
  },
  {
    file: 'kiosk-1080x1920-fr.webp',
    width: 1080,
    height: 1920,
    hash: 'lang=fr&presentation&selected=masmut-phase-1',
  },
];
const gallery = process.argv[2] === '--gallery';
const filter = gallery ? '' : (process.argv[2] ?? '');
const folder = gallery ? fileURLToPath(new URL('../docs/gallery/', import.meta.url)) : out;
mkdirSync(folder, { recursive: true });
const browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
try {
  const tab = await browser.newPage();
  tab.on('pageerror', (error) => console.error('page error:', error.message));
  for (const shot of gallery ? GALLERY : shots.filter(({ file }) => file.includes(filter))) {
    // The gallery's large screens are drawn at half scale: a README shows them small anyway.
    const scale = gallery && shot.width > 500 ? 0.5 : 1;
    await tab.setViewport({ width: shot.width, height: shot.height, deviceScaleFactor: scale });
    // A new document each time: the hash alone would not reload the page.
    await tab.goto('about:blank');
    await tab.goto(`${page.href}#${shot.hash}`, { waitUntil: 'load' });
    await tab.waitForFunction(
      // Runs in the page, where `document` is the page's.
      () =>
        globalThis.document
          .querySelector('partnership-explorer')
          ?.shadowRoot?.querySelector('partnership-map')
          ?.shadowRoot?.querySelector('[role="option"]'),
      { timeout: 15000 },
    );
    // Fonts, resize observers and label placement settle within a few frames.
    await new Promise((resolve) => setTimeout(resolve, 400));
    // Framing a step animates the map for about half a second.
    if (shot.hash.includes('presentation')) await new Promise((resolve) => setTimeout(resolve, 900));
    await tab.screenshot({
      path: `${folder}${shot.file}`,
      fullPage: shot.fullPage ?? false,
      ...(gallery ? { type: 'webp', quality: 70 } : {}),
    });
    console.log(`${gallery ? 'docs/gallery' : 'screens'}/${shot.file}`);
  }
} finally {
  await browser.close();
}
