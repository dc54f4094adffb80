/**
 * The built pages in the system Chromium (puppeteer-core), run with `node --test tests/pages/`
 * after `npm run build`:
 *
 * - `dist/partnership-explorer.html` copied to a temporary folder and opened through
 *   `file://` with every other request blocked and counted: it draws the countries and the
 *   timeline and applies its URL parameters (query and hash).
 * - `dist/embed.html` in `demo/embed-parent.html`, served from 127.0.0.1 by a small static
 *   server started here: the parent's two-line snippet sizes the iframe to its content, and
 *   again when the width changes.
 *
 * Expectations come from `data/partnerships.json`, not from what the pages show.
 */
/* global document, location, window, innerHeight -- in functions that run in the page */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { escapeHtml, inlineScript } from '../../scripts/build-pages.mjs';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dataset = JSON.parse(readFileSync(join(root, 'data/partnerships.json'), 'utf8'));
const SINGLE_FILE = join(root, 'dist/partnership-explorer.html');
const EMBED = join(root, 'dist/embed.html');
const TIMEOUT = 20000;

const country = (id) => dataset.countries.find((entry) => entry.id === id);
const collaborationIds = dataset.collaborations.map((entry) => entry.id).sort();

/** Names that differ between the languages, so a page in the wrong one cannot pass. */
function namesOnlyIn(lang) {
  return dataset.countries.filter((entry) =>
    Object.entries(entry.name).every(([other, name]) => other === lang || name !== entry.name[lang]),
  );
}

/** What the page shows, read through the shadow roots. */
function readState(page) {
  return page.evaluate(() => {
    const explorer = document.querySelector('partnership-explorer');
    const shadow = explorer?.shadowRoot;
    const map = shadow?.querySelector('partnership-map')?.shadowRoot;
    const timeline = shadow?.querySelector('partnership-timeline')?.shadowRoot;
    return {
      htmlLang: document.documentElement.lang,
      title: document.title,
      attributes: Object.fromEntries([...(explorer?.attributes ?? [])].map((a) => [a.name, a.value])),
      countries: [...(map?.querySelectorAll('[role="option"][data-country]') ?? [])].map((g) => ({
        id: g.getAttribute('data-country'),
        label: g.getAttribute('aria-label') ?? '',
      })),
      timeline: [...(timeline?.querySelectorAll('[role="option"][data-id]') ?? [])].map((g) =>
        g.getAttribute('data-id'),
      ),
      details: shadow?.querySelector('#details-title')?.textContent?.trim() ?? null,
    };
  });
}

/** Waits until the map and the timeline have drawn (in the page, through the shadow roots). */
async function drawn(page, countries) {
  await page.waitForFunction(
    (count) => {
      const shadow = document.querySelector('partnership-explorer')?.shadowRoot;
      const map = shadow?.querySelector('partnership-map')?.shadowRoot;
      const timeline = shadow?.querySelector('partnership-timeline')?.shadowRoot;
      return (
        map?.querySelectorAll('[role="option"][data-country]').length === count &&
        (timeline?.querySelectorAll('[role="option"]').length ?? 0) > 0
      );
    },
    { timeout: TIMEOUT, polling: 50 },
    countries,
  );
}

let browser;

before(async () => {
  for (const file of [SINGLE_FILE, EMBED]) {
    assert.ok(existsSync(file), `${file} is missing: run npm run build first`);
  }
  browser = await puppeteer.launch({
    executablePath: chromiumPath,
    headless: true,
    // File pages may not read other files; the flags keep Chromium itself off the network.
    args: chromiumArgs,
  });
});

after(async () => {
  await browser?.close();
});

describe('build-pages helpers', () => {
  it('escapes every </script in inlined JavaScript, whatever its case', () => {
    const out = inlineScript('const a = "</script>", b = "</SCRIPT >";\n//# sourceMappingURL=x.js.map\n');
    assert.doesNotMatch(out, /<\/script/i);
    assert.doesNotMatch(out, /sourceMappingURL/);
    // The escaped text is the same JavaScript.
    assert.deepEqual(new Function(`${out}; return [a, b];`)(), ['</script>', '</SCRIPT >']);
  });

  it('refuses a script where <!-- and <script would hide the closing tag', () => {
    assert.throws(() => inlineScript('const a = "<!--", b = "<script>";'), /cannot be inlined/);
  });

  it('escapes HTML text', () => {
    assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe('dist/partnership-explorer.html through file:// with no network', () => {
  let folder;
  let fileUrl;

  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'pw-single-file-'));
    copyFileSync(SINGLE_FILE, join(folder, 'partnership-explorer.html'));
    fileUrl = pathToFileURL(join(folder, 'partnership-explorer.html'));
  });

  after(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('holds no reference to another file', () => {
    const html = readFileSync(SINGLE_FILE, 'utf8');
    // Outside the scripts: no src, href, stylesheet link, @import or url(), but for references
    // within the page (`url(#inferred-hatch)` in the prerendered explorer's styles).
    // Links to the sources (the list a page without script shows) are for the reader to
    // follow, not files the page loads: addresses on the web, never a file beside the page.
    const markup = html.replace(/<script type="module">[\s\S]*?<\/script>/g, '');
    const anchors = markup.match(/<a\s[^>]*>/g) ?? [];
    for (const anchor of anchors) assert.match(anchor, /\shref="https?:\/\//, anchor);
    assert.doesNotMatch(markup.replace(/<a\s[^>]*>/g, ''), /\s(src|href)="?(?!#)|<link|@import|url\((?!#)/i);
    assert.equal(html.match(/<script\b/g)?.length, 2);
    assert.doesNotMatch(html, /<script[^>]*\ssrc=/i);
    // No module import of another file in the inlined scripts.
    assert.doesNotMatch(html, /\bimport\s*\(|\bimport\s*["'{*]|\bfrom\s*["'][./]/);
  });

  /**
   * Opens the copied file with `suffix` (query and hash). Every request but the file itself
   * is aborted and counted; so are page errors.
   */
  async function open(suffix, viewport = { width: 1200, height: 900 }) {
    const page = await browser.newPage();
    await page.setViewport(viewport);
    const blocked = [];
    const allowed = [];
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol === 'file:' && url.pathname === fileUrl.pathname) {
        allowed.push(request.url());
        request.continue();
      } else {
        blocked.push(request.url());
        request.abort();
      }
    });
    await page.goto(`${fileUrl.href}${suffix}`, { waitUntil: 'load', timeout: TIMEOUT });
    await drawn(page, dataset.countries.length);
    return { page, blocked, allowed, errors };
  }

  it('draws every country and every collaboration in French with ?lang=fr, with no request', async () => {
    const { page, blocked, allowed, errors } = await open('?lang=fr');
    try {
      // The file itself went through the interception: it does see file:// requests.
      assert.deepEqual(allowed, [`${fileUrl.href}?lang=fr`]);
      const state = await readState(page);
      assert.deepEqual(state.countries.map((c) => c.id).sort(), dataset.countries.map((c) => c.id).sort());
      for (const { id, label } of state.countries) assert.ok(label.includes(country(id).name.fr), label);
      assert.ok(namesOnlyIn('fr').length > 0);
      assert.deepEqual([...state.timeline].sort(), collaborationIds);
      assert.equal(state.htmlLang, 'fr');
      assert.equal(state.title, dataset.title.fr);
      assert.equal(state.attributes.lang, 'fr');
      // Let late work (fonts, lazy parts) have its chance to ask for something.
      await new Promise((resolve) => setTimeout(resolve, 500));
      assert.deepEqual(blocked, []);
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });

  it('hydrates its prerendered explorer, then takes the address: the script keeps the nodes of the HTML', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1200, height: 900 });
    const warnings = [];
    page.on('console', (message) => {
      if (message.type() === 'warning' || message.type() === 'error') warnings.push(message.text());
    });
    // Before the module scripts run (the document is parsed, "interactive"), the nodes the
    // HTML made: the map's countries and the timeline's items.
    await page.evaluateOnNewDocument(() => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState !== 'interactive') return;
        const root = document.querySelector('partnership-explorer')?.shadowRoot;
        const inner = (tag) => root?.querySelector(tag)?.shadowRoot;
        window.prerendered = {
          defined: window.customElements.get('partnership-explorer') !== undefined,
          nodes: [
            ...(inner('partnership-map')?.querySelectorAll('[data-country]') ?? []),
            ...(inner('partnership-timeline')?.querySelectorAll('g[data-id]') ?? []),
          ],
        };
      });
    });
    try {
      await page.goto(fileUrl.href, { waitUntil: 'load', timeout: TIMEOUT });
      await drawn(page, dataset.countries.length);
      await page.waitForFunction(() => document.querySelector('partnership-explorer')?.hydrating === false, {
        timeout: TIMEOUT,
        polling: 50,
      });
      const kept = await page.evaluate(() => {
        const root = document.querySelector('partnership-explorer').shadowRoot;
        const inner = (tag) => root.querySelector(tag).shadowRoot;
        const now = [
          ...inner('partnership-map').querySelectorAll('[data-country]'),
          ...inner('partnership-timeline').querySelectorAll('g[data-id]'),
        ];
        return {
          defined: window.prerendered.defined,
          before: window.prerendered.nodes.length,
          kept: window.prerendered.nodes.filter((node) => now.includes(node)).length,
        };
      });
      assert.equal(kept.defined, false, 'looked before the script ran');
      assert.equal(kept.before, dataset.countries.length + collaborationIds.length);
      assert.equal(kept.kept, kept.before, 'every node kept');
      assert.deepEqual(warnings, []);
    } finally {
      await page.close();
    }
  });

  it('with JavaScript off, lists every collaboration with its source links and hides the controls that need a script', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1200, height: 900 });
    await page.setJavaScriptEnabled(false);
    try {
      await page.goto(fileUrl.href, { waitUntil: 'load', timeout: TIMEOUT });
      // The page's scripts do not run; puppeteer's own evaluation still does.
      const seen = await page.evaluate(() => {
        const root = document.querySelector('partnership-explorer').shadowRoot;
        const shown = (element) => !!element && element.getBoundingClientRect().height > 0;
        const list = root.querySelector('.print-only');
        const map = root.querySelector('partnership-map').shadowRoot;
        return {
          defined: window.customElements.get('partnership-explorer') !== undefined,
          listShown: shown(list),
          items: [...(list?.querySelectorAll('li') ?? [])].filter(shown).length,
          links: [...(list?.querySelectorAll('a[href^="http"]') ?? [])]
            .filter(shown)
            .map((a) => a.getAttribute('href')),
          filterShown: shown(root.querySelector('.controls')),
          zoomShown: shown(map.querySelector('.controls')),
        };
      });
      assert.equal(seen.defined, false, 'no script ran');
      assert.equal(seen.listShown, true);
      assert.equal(seen.items, collaborationIds.length);
      const cited = new Set(dataset.collaborations.flatMap((collaboration) => collaboration.sources));
      const linked = dataset.sources.filter((source) => cited.has(source.id) && source.url);
      assert.ok(linked.length > 0);
      for (const source of linked) assert.ok(seen.links.includes(source.url), `${source.id} linked`);
      assert.equal(seen.filterShown, false, 'the partner filter needs the script');
      assert.equal(seen.zoomShown, false, 'the zoom buttons need the script');
    } finally {
      await page.close();
    }
  });

  it('selects from the query: ?lang=fr&selected=BEN shows Bénin in the details', async () => {
    const { page, blocked, errors } = await open('?lang=fr&selected=BEN');
    try {
      await page.waitForFunction(
        (name) =>
          document
            .querySelector('partnership-explorer')
            ?.shadowRoot?.querySelector('#details-title')
            ?.textContent?.trim() === name,
        { timeout: TIMEOUT, polling: 50 },
        country('BEN').name.fr,
      );
      const state = await readState(page);
      assert.equal(state.details, country('BEN').name.fr);
      assert.equal(state.attributes.selected, 'BEN');
      assert.deepEqual(blocked, []);
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });

  it('reads the same options from the hash, and the hash wins over the query', async () => {
    const { page, blocked, errors } = await open(
      '?lang=fr&year=2010#lang=nl&selected=GIN&year=2016&presentation',
    );
    try {
      const state = await readState(page);
      assert.equal(state.htmlLang, 'nl');
      assert.equal(state.title, dataset.title.nl);
      assert.equal(state.attributes.year, '2016');
      assert.equal(state.attributes.presentation, '');
      for (const { id, label } of state.countries) assert.ok(label.includes(country(id).name.nl), label);
      await page.waitForFunction(
        (name) =>
          document
            .querySelector('partnership-explorer')
            ?.shadowRoot?.querySelector('#details-title')
            ?.textContent?.trim() === name,
        { timeout: TIMEOUT, polling: 50 },
        country('GIN').name.nl,
      );
      // A hash typed later (no reload) applies too.
      await page.evaluate(() => {
        location.hash = 'lang=en&selected=SEN';
      });
      await page.waitForFunction(
        (name) =>
          document
            .querySelector('partnership-explorer')
            ?.shadowRoot?.querySelector('#details-title')
            ?.textContent?.trim() === name,
        { timeout: TIMEOUT, polling: 50 },
        country('SEN').name.en,
      );
      assert.equal((await readState(page)).htmlLang, 'en');
      assert.deepEqual(blocked, []);
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });

  it('gives the explorer the whole window, and exactly the window when presenting', async () => {
    for (const suffix of ['?lang=en', '?presentation']) {
      const { page, blocked, errors } = await open(suffix, { width: 1000, height: 700 });
      try {
        const box = await page.evaluate(() => {
          const { top, left, width, height } = document
            .querySelector('partnership-explorer')
            .getBoundingClientRect();
          return { top, left, width, height, scroll: document.documentElement.scrollHeight };
        });
        assert.equal(box.top, 0, suffix);
        assert.equal(box.left, 0, suffix);
        assert.equal(box.width, 1000, suffix);
        assert.ok(box.height >= 700, `${suffix}: ${box.height}`);
        // Presenting, everything is on one screen: the page itself does not scroll.
        if (suffix === '?presentation') assert.equal(box.scroll, 700);
        assert.deepEqual(blocked, []);
        assert.deepEqual(errors, []);
      } finally {
        await page.close();
      }
    }
  });

  it('ignores values that do not pass and names it does not know; autoplay=0 is off', async () => {
    const hostile = encodeURIComponent('<img src=x onerror="window.hacked=1">');
    const { page, blocked, errors } = await open(
      `?lang=de&year=2016.0&interval=1e3&selected=${hostile}&autoplay=0&presentation=maybe&onload=x&group-by=partner`,
    );
    try {
      const state = await readState(page);
      assert.equal(state.htmlLang, 'en');
      assert.equal(state.title, dataset.title.en);
      for (const name of ['year', 'interval', 'selected', 'autoplay', 'presentation', 'onload']) {
        assert.equal(name in state.attributes, false, name);
      }
      assert.notEqual(state.attributes.lang, 'de');
      assert.equal(state.attributes['group-by'], 'partner');
      assert.equal(await page.evaluate(() => 'hacked' in window), false);
      assert.deepEqual(blocked, []);
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });
});

/** Serves the repository read-only on 127.0.0.1 at a free port. */
function startServer() {
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };
  const server = createServer((request, response) => {
    const path = normalize(join(root, decodeURIComponent(new URL(request.url, 'http://x').pathname)));
    if (!path.startsWith(root) || path.includes(`${sep}node_modules${sep}`) || !existsSync(path)) {
      response.writeHead(404).end();
      return;
    }
    try {
      const body = readFileSync(path);
      response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('dist/embed.html in an iframe, sized by the two-line parent snippet', () => {
  let server;
  let origin;

  before(async () => {
    server = await startServer();
    origin = `http://127.0.0.1:${server.address().port}`;
  });

  after(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('demo/embed-parent.html grows the iframe to the explorer, and again when it narrows', async () => {
    const page = await browser.newPage();
    const outside = [];
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('request', (request) => {
      if (!request.url().startsWith(origin)) outside.push(request.url());
    });
    try {
      await page.setViewport({ width: 1200, height: 800 });
      await page.goto(`${origin}/demo/embed-parent.html`, { waitUntil: 'load', timeout: TIMEOUT });
      const frameHandle = await page.waitForSelector('#pw');
      const frame = await frameHandle.contentFrame();
      await drawn(frame, dataset.countries.length);

      /** The iframe's height as the snippet set it, once it equals the content's. */
      const settled = () =>
        page.waitForFunction(
          () => {
            const iframe = document.getElementById('pw');
            const inner = iframe.contentDocument.documentElement.getBoundingClientRect().height;
            const set = parseFloat(iframe.style.height);
            return set === Math.ceil(inner) && iframe.getBoundingClientRect().height === set && set;
          },
          { timeout: TIMEOUT, polling: 50 },
        );
      const wide = await (await settled()).jsonValue();
      assert.ok(wide > 300, `height ${wide}`);
      // The iframe's own page shows no scroll bar: it is as tall as its content.
      assert.equal(await frame.evaluate(() => document.documentElement.scrollHeight <= innerHeight), true);
      // Parameters of the iframe's address apply inside it.
      const state = await readState(frame);
      assert.equal(state.attributes.lang, 'fr');
      for (const { id, label } of state.countries) assert.ok(label.includes(country(id).name.fr), label);

      // Narrower: the layout reflows into one column and the page grows.
      await page.setViewport({ width: 420, height: 800 });
      await page.waitForFunction(
        (before) => parseFloat(document.getElementById('pw').style.height) > before,
        { timeout: TIMEOUT, polling: 50 },
        wide,
      );
      const narrow = await (await settled()).jsonValue();
      assert.ok(narrow > wide, `${narrow} after ${wide}`);
      assert.deepEqual(outside, []);
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });
});
