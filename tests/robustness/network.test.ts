import { aTimeout, expect } from '@open-wc/testing';
import '../../src/index.js';
import type { PartnershipElement } from '../../src/elements/shared/partnership-element.js';
import type { PartnershipMap } from '../../src/elements/partnership-map/partnership-map.js';
import type { PartnershipTimeline } from '../../src/elements/partnership-timeline/partnership-timeline.js';
import type { PartnershipErrorEvent } from '../../src/events.js';
import type { Dataset } from '../../src/data/types.js';
import { smallDataset } from '../fixtures/small-dataset.js';
import { renderInBox, waitFor } from '../support/dom.js';
import { ElementPage } from '../support/element-page.js';
import { MapPage } from '../support/map-page.js';
import { TimelinePage } from '../support/timeline-page.js';

/**
 * How `src` fails: every failure has its own message, a retry button that works, one
 * `partnership-error` event, and no unhandled promise rejection. Servers that misbehave
 * are a `fetch` stub installed only inside a test and removed after it; 404s and syntax
 * errors are real (test server paths and blob: URLs).
 */

type Tag = 'partnership-map' | 'partnership-timeline' | 'partnership-explorer';
type FetchHandler = (url: string, init: RequestInit) => Promise<Response>;

const realFetch = window.fetch;
const calls: { url: string; signal: AbortSignal }[] = [];

/** Replaces `fetch` for this test only; `afterEach` puts the real one back. */
function stubFetch(handler: FetchHandler): void {
  window.fetch = (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = input instanceof Request ? input.url : String(input);
    calls.push({ url, signal: init.signal! });
    return handler(url, init);
  };
}

/** A response that never comes, and that rejects on abort as a real fetch does. */
function never(init: RequestInit): Promise<Response> {
  return new Promise((_, reject) => {
    const signal = init.signal!;
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}

/** An answer after `ms`, or the signal's reason if the request is aborted first, as fetch does. */
function later(init: RequestInit, ms: number, answer: () => Response): Promise<Response> {
  return new Promise((resolve, reject) => {
    const signal = init.signal!;
    const timer = setTimeout(() => resolve(answer()), ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

function json(dataset: unknown, type = 'application/json'): Response {
  return new Response(JSON.stringify(dataset), { status: 200, headers: { 'content-type': type } });
}

/** A dataset whose countries tell which answer is shown. */
function datasetWith(countryIds: string[]): Dataset {
  const dataset = smallDataset();
  dataset.countries = dataset.countries.filter((country) => countryIds.includes(country.id));
  for (const collaboration of dataset.collaborations) {
    collaboration.countries = collaboration.countries.filter((id) => countryIds.includes(id));
  }
  return dataset;
}

const unhandled: unknown[] = [];
const onUnhandled = (event: PromiseRejectionEvent): void => {
  unhandled.push(event.reason);
};

interface Mounted {
  element: PartnershipElement;
  errors: PartnershipErrorEvent[];
}

/** Adds an element to a 700 px wide box, recording its error events from the start. */
async function mount(tag: Tag, attributes: Record<string, string>): Promise<Mounted> {
  const wrapper = await renderInBox({ width: 700 });
  const element = document.createElement(tag) as PartnershipElement;
  const errors: PartnershipErrorEvent[] = [];
  element.addEventListener('partnership-error', (event) => errors.push(event));
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  wrapper.append(element);
  return { element, errors };
}

function alertOf(element: PartnershipElement): HTMLElement | null {
  return new ElementPage(element).alert();
}

/** Waits for the error view, checks it against the one event fired, and returns its message. */
async function expectError({ element, errors }: Mounted, pattern: RegExp): Promise<string> {
  const alert = await waitFor(() => alertOf(element), 4000);
  const message = alert.querySelector('.error-message')!.textContent!.trim();
  expect(message).to.match(pattern);
  expect(errors, 'one partnership-error per failure').to.have.length(1);
  expect(errors[0]!.detail.message).to.equal(message);
  expect(alert.querySelector('button.retry'), 'a retry button').to.exist;
  return message;
}

/** The ids of the countries the map (or the explorer's map) shows. */
function shownCountries(element: PartnershipElement): string[] | null {
  const map =
    element.localName === 'partnership-explorer'
      ? element.shadowRoot!.querySelector('partnership-map')
      : (element as PartnershipMap);
  const ids = map?.shadowRoot ? new MapPage(map).countryIds() : [];
  return ids.length ? ids.sort() : null;
}

async function clickRetry(element: PartnershipElement): Promise<void> {
  alertOf(element)!.querySelector<HTMLButtonElement>('button.retry')!.click();
}

describe('robustness: a src that fails', () => {
  beforeEach(() => {
    calls.length = 0;
    unhandled.length = 0;
    window.addEventListener('unhandledrejection', onUnhandled);
  });

  afterEach(async () => {
    window.fetch = realFetch;
    // Rejections are reported after a task; give them one before looking.
    await aTimeout(30);
    window.removeEventListener('unhandledrejection', onUnhandled);
    expect(unhandled.map(String), 'unhandled rejections').to.deep.equal([]);
  });

  const messages = new Map<string, string>();
  after(() => {
    // Each failure says something of its own.
    const seen = [...messages.values()].map((message) => message.replace(/ at \S+/, ' at …'));
    expect(new Set(seen).size, seen.join('\n')).to.equal(seen.length);
  });

  it('404: says what the server answered; retry loads it once it is there', async () => {
    const src = '/tests/fixtures/robustness/no-such-dataset.json';
    const mounted = await mount('partnership-map', { src });
    messages.set(
      '404',
      await expectError(mounted, /could not be loaded: the server answered 404 Not Found\.$/),
    );
    stubFetch(async () => json(datasetWith(['BEN', 'TGO'])));
    await clickRetry(mounted.element);
    expect(await waitFor(() => shownCountries(mounted.element))).to.deep.equal(['BEN', 'TGO']);
    expect(calls.map((call) => call.url)).to.deep.equal([src]);
    expect(mounted.errors).to.have.length(1);
  });

  it('500: says what the server answered; retry works', async () => {
    let answer = (): Response =>
      new Response('Database down', { status: 500, statusText: 'Internal Server Error' });
    stubFetch(async () => answer());
    const mounted = await mount('partnership-timeline', { src: '/data/feed.json' });
    messages.set('500', await expectError(mounted, /the server answered 500 Internal Server Error\.$/));
    answer = () => json(smallDataset());
    await clickRetry(mounted.element);
    await new TimelinePage(mounted.element as PartnershipTimeline).whenDrawn();
    expect(calls).to.have.length(2);
  });

  it('invalid JSON: located by line and column, with a retry for a file fixed meanwhile', async () => {
    const text = '{\n  "version": 1,\n  "title": {"en": "x",}\n}';
    const src = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const mounted = await mount('partnership-map', { src });
    messages.set('json', await expectError(mounted, /is not valid JSON \(at line 3, column 23\)\.$/));
    URL.revokeObjectURL(src);
  });

  it('an HTML page served as 200 says it is a web page, not a JSON syntax error at line 1', async () => {
    const page = '<!doctype html><html><head><title>Sign in</title></head><body>Please sign in</body></html>';
    const src = URL.createObjectURL(new Blob([page], { type: 'text/html' }));
    const mounted = await mount('partnership-map', { src });
    messages.set(
      'html',
      await expectError(mounted, /is a web page \(text\/html\), not JSON: the address may be wrong/),
    );
    expect(alertOf(mounted.element)!.textContent, 'no syntax error at line 1').not.to.contain('line 1');
    URL.revokeObjectURL(src);
  });

  it('an HTML page with another content type is recognised by its text', async () => {
    const src = URL.createObjectURL(new Blob(['\n  <html><body>404</body></html>'], { type: 'text/plain' }));
    const mounted = await mount('partnership-timeline', { src });
    await expectError(mounted, /is a web page \(text\/plain\), not JSON/);
    URL.revokeObjectURL(src);
  });

  it('JSON is parsed whatever its content type (static hosts say text/plain or nothing)', async () => {
    for (const type of ['text/plain', 'application/octet-stream', '']) {
      const src = URL.createObjectURL(new Blob([JSON.stringify(datasetWith(['SEN']))], { type }));
      const { element, errors } = await mount('partnership-map', { src });
      expect(await waitFor(() => shownCountries(element)), type).to.deep.equal(['SEN']);
      expect(errors, type).to.have.length(0);
      URL.revokeObjectURL(src);
    }
  });

  it('a response that never comes: an error after the timeout attribute, then retry works', async () => {
    let answer: FetchHandler = (_url, init) => never(init);
    stubFetch((url, init) => answer(url, init));
    const started = performance.now();
    const mounted = await mount('partnership-map', { src: '/slow.json', timeout: '150' });
    messages.set('timeout', await expectError(mounted, /did not answer within 0\.15 s\.$/));
    expect(performance.now() - started).to.be.within(140, 3000);
    expect(calls[0]!.signal.aborted, 'the request is cancelled, not left open').to.equal(true);
    answer = async () => json(datasetWith(['TGO']));
    await clickRetry(mounted.element);
    expect(await waitFor(() => shownCountries(mounted.element))).to.deep.equal(['TGO']);
  });

  it('a body that stops half-way also times out', async () => {
    stubFetch(async (_url, init) => {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"version": 1, "title": '));
          init.signal!.addEventListener('abort', () => controller.error(init.signal!.reason), { once: true });
        },
      });
      return new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
    });
    const mounted = await mount('partnership-timeline', { src: '/stalls.json', timeout: '150' });
    await expectError(mounted, /did not answer within 0\.15 s\.$/);
  });

  it('the network gone (fetch rejects): says it could not be reached; retry works', async () => {
    let online = false;
    stubFetch(async () => {
      if (!online) throw new TypeError('Failed to fetch');
      return json(datasetWith(['BEN']));
    });
    const mounted = await mount('partnership-explorer', { src: '/data/offline.json' });
    messages.set(
      'network',
      await expectError(mounted, /could not be reached \(TypeError: Failed to fetch\)\.$/),
    );
    online = true;
    await clickRetry(mounted.element);
    expect(await waitFor(() => shownCountries(mounted.element))).to.deep.equal(['BEN']);
  });

  it('src changed while loading: the earlier request is aborted and the last one wins', async () => {
    stubFetch(async (url, init) => (url.endsWith('/first.json') ? never(init) : json(datasetWith(['SEN']))));
    const mounted = await mount('partnership-map', { src: '/first.json' });
    await waitFor(() => calls.length === 1);
    mounted.element.src = '/second.json';
    expect(await waitFor(() => shownCountries(mounted.element))).to.deep.equal(['SEN']);
    expect(calls.map((call) => [call.url.replace(location.origin, ''), call.signal.aborted])).to.deep.equal([
      ['/first.json', true],
      ['/second.json', false],
    ]);
    expect(mounted.errors, 'an aborted request is no error').to.have.length(0);
  });

  it('a late answer to an earlier src does not replace the later one, even from a server that ignores the abort', async () => {
    stubFetch(async (url) => {
      if (url.endsWith('/slow.json')) {
        await aTimeout(120);
        return json(datasetWith(['BEN']));
      }
      return json(datasetWith(['TGO']));
    });
    const mounted = await mount('partnership-map', { src: '/slow.json' });
    await waitFor(() => calls.length === 1);
    mounted.element.src = '/fast.json';
    expect(await waitFor(() => shownCountries(mounted.element))).to.deep.equal(['TGO']);
    await aTimeout(250);
    await mounted.element.updateComplete;
    expect(shownCountries(mounted.element)).to.deep.equal(['TGO']);
  });

  it('removed while loading: the request is aborted; put back, it loads again', async () => {
    let answer: FetchHandler = (_url, init) => never(init);
    stubFetch((url, init) => answer(url, init));
    const mounted = await mount('partnership-timeline', { src: '/later.json' });
    await waitFor(() => calls.length === 1);
    const parent = mounted.element.parentElement!;
    mounted.element.remove();
    expect(calls[0]!.signal.aborted).to.equal(true);
    answer = async () => json(smallDataset());
    parent.append(mounted.element);
    await new TimelinePage(mounted.element as PartnershipTimeline).whenDrawn();
    expect(calls).to.have.length(2);
    expect(mounted.errors).to.have.length(0);
  });

  it('a timeout attribute that is not a usable delay falls back to 15 s instead of failing at once', async () => {
    // NaN, zero and negative delays fire at once; so does one past 2^31 - 1 ms.
    for (const timeout of ['abc', '0', '-5', '3000000000']) {
      calls.length = 0;
      stubFetch((_url, init) => later(init, 60, () => json(datasetWith(['SEN']))));
      const { element, errors } = await mount('partnership-map', { src: '/data.json', timeout });
      expect(await waitFor(() => shownCountries(element)), timeout).to.deep.equal(['SEN']);
      expect(errors, timeout).to.have.length(0);
    }
  });

  it('a bad data property offers no retry (the same object would fail again), only what to fix', async () => {
    const wrapper = await renderInBox({ width: 700 });
    const element = document.createElement('partnership-map');
    element.data = { version: 2 };
    wrapper.append(element);
    const alert = await waitFor(() => alertOf(element));
    expect(alert.querySelector('button.retry')).to.equal(null);
    expect(alert.querySelector('.error-help')).to.exist;
  });
});
