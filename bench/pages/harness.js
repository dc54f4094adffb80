/* global window, performance, requestAnimationFrame, MessageChannel, MutationObserver, customElements, URLSearchParams, PerformanceObserver, CSS, setTimeout */
/**
 * Loaded first, as a classic script, by every benchmark page, whatever it measures: the same
 * clock, the same definition of "painted" and the same update protocol for every contender.
 *
 * "Painted": a continuous requestAnimationFrame loop posts a message from each frame's
 * callback; that message runs after the frame's style, layout and paint. The state of the
 * page at time T is on screen at the first such message after T, whether T fell in an
 * ordinary task, in a requestAnimationFrame callback or in a ResizeObserver callback.
 */
(function () {
  'use strict';
  const channel = new MessageChannel();
  let paintWaiters = [];
  let frameWaiters = [];
  channel.port1.onmessage = () => {
    const now = performance.now();
    const waiters = paintWaiters;
    paintWaiters = [];
    for (const resolve of waiters) resolve(now);
  };
  function frame() {
    const waiters = frameWaiters;
    frameWaiters = [];
    channel.port2.postMessage(0);
    requestAnimationFrame(frame);
    for (const resolve of waiters) resolve(performance.now());
  }
  requestAnimationFrame(frame);

  /** Resolves with the time after the next paint that includes the page as it is now. */
  function nextPaint() {
    return new Promise((resolve) => paintWaiters.push(resolve));
  }

  /** Resolves at the start of the next frame (inside a requestAnimationFrame callback). */
  function nextFrame() {
    return new Promise((resolve) => frameWaiters.push(resolve));
  }

  /** The library's tags: the elements whose updates a measurement waits for. */
  const OUR_TAGS = 'partnership-explorer, partnership-map, partnership-timeline';

  /** Our elements inside (and including) a root element, found through open shadow roots. */
  function litElements(root) {
    const found = [];
    const visit = (element) => {
      if (typeof element.updateComplete === 'object') found.push(element);
      const shadow = element.shadowRoot;
      if (shadow) for (const child of shadow.querySelectorAll(OUR_TAGS)) visit(child);
    };
    visit(root);
    return found;
  }

  /** Waits until none of the elements has an update pending. */
  async function settleLit(elements) {
    for (let round = 0; round < 100; round++) {
      if (!elements.some((element) => element.isUpdatePending)) return;
      await Promise.all(elements.map((element) => element.updateComplete));
    }
    throw new Error('the elements kept updating (100 rounds)');
  }

  /**
   * Settled and painted: no Lit update pending, then the next paint; repeated when that
   * frame (a ResizeObserver, say) started another update. Returns the time of the last paint.
   */
  async function settleAndPaint(getElements) {
    for (let round = 0; round < 20; round++) {
      await settleLit(getElements());
      const painted = await nextPaint();
      if (!getElements().some((element) => element.isUpdatePending)) return painted;
    }
    throw new Error('the elements kept updating after paint (20 rounds)');
  }

  function shadowCount(host, selector) {
    return host && host.shadowRoot ? host.shadowRoot.querySelectorAll(selector).length : 0;
  }

  /**
   * A timeline of more than a few hundred items draws only those in and near its visible
   * part, and says how many it laid out (`itemCount`) and drew (`renderedItemCount`). Drawn
   * then means: every collaboration laid out, and at least as many item nodes in its shadow
   * root as it says it drew, which is at least one. An older build without the counts must
   * have every item in the DOM.
   */
  function timelineDrawn(timeline, items, countOptions) {
    if (!timeline) return items === 0;
    const options = countOptions();
    if (typeof timeline.itemCount !== 'number' || typeof timeline.renderedItemCount !== 'number') {
      return options >= items;
    }
    const rendered = timeline.renderedItemCount;
    return timeline.itemCount >= items && (items === 0 || (rendered > 0 && options >= rendered));
  }

  /** What one of our elements shows: countries drawn, timeline items drawn, or an error view. */
  function describeOurs(host) {
    const map =
      host.localName === 'partnership-map' ? host : host.shadowRoot?.querySelector('partnership-map');
    const timeline =
      host.localName === 'partnership-timeline'
        ? host
        : host.shadowRoot?.querySelector('partnership-timeline');
    const hosts = [host, map, timeline].filter(Boolean);
    const error = hosts.some((element) => shadowCount(element, '[part~="error"]') > 0);
    const options = shadowCount(timeline, '[role="option"]');
    return {
      error,
      errorText: error
        ? hosts
            .map((element) => element.shadowRoot?.querySelector('[part~="error"]')?.textContent ?? '')
            .join(' ')
            .replace(/\s+/g, ' ')
            .trim()
            .slice(0, 500)
        : '',
      countries: shadowCount(map, 'svg [data-country]'),
      // Laid out; `itemsRendered` is how many of them are in the DOM.
      items: typeof timeline?.itemCount === 'number' ? timeline.itemCount : options,
      itemsRendered: options,
    };
  }

  /**
   * Resolves once `host` (one of our elements) shows at least `expect.countries` countries
   * and has `expect.items` timeline items drawn (see `timelineDrawn`), or an error view.
   * Mutation observers on every shadow root see the moment the DOM gets there, without
   * polling; a root is counted again only after it changed, so that watching a large
   * timeline costs the page little.
   */
  function whenOursDrawn(host, expect) {
    return new Promise((resolve) => {
      const observers = new Map();
      const dirty = new Set();
      const counts = new Map();
      let done = false;
      const count = (element, selector) => {
        if (!element) return 0;
        const key = `${element.localName}|${selector}`;
        if (dirty.has(element.shadowRoot) || !counts.has(key))
          counts.set(key, shadowCount(element, selector));
        return counts.get(key);
      };
      const check = () => {
        if (done) return;
        for (const element of litElements(host)) {
          const root = element.shadowRoot;
          if (root && !observers.has(root)) {
            const observer = new MutationObserver(() => {
              dirty.add(root);
              check();
            });
            observer.observe(root, { childList: true, subtree: true });
            observers.set(root, observer);
            dirty.add(root);
          }
        }
        const map =
          host.localName === 'partnership-map' ? host : host.shadowRoot?.querySelector('partnership-map');
        const timeline =
          host.localName === 'partnership-timeline'
            ? host
            : host.shadowRoot?.querySelector('partnership-timeline');
        const error = [host, map, timeline].some(
          (element) => element && count(element, '[part~="error"]') > 0,
        );
        const drawn =
          error ||
          (count(map, 'svg [data-country]') >= expect.countries &&
            timelineDrawn(timeline, expect.items, () => count(timeline, '[role="option"]')));
        dirty.clear();
        if (drawn) {
          done = true;
          for (const observer of observers.values()) observer.disconnect();
          resolve(describeOurs(host));
        }
      };
      customElements.whenDefined(host.localName).then(check);
    });
  }

  /** Collects a page's result; the runner awaits `window.benchResult`. */
  let settle;
  window.benchResult = new Promise((resolve) => {
    settle = resolve;
  });
  window.addEventListener('error', (event) => settle({ error: String(event.message) }));
  window.addEventListener('unhandledrejection', (event) => settle({ error: String(event.reason) }));

  /**
   * Measures a first render of one of our elements from navigation (performance.now() is
   * zero at navigation start) to settled and painted.
   */
  async function measureOursFirstRender(host, expect) {
    const state = await whenOursDrawn(host, expect);
    performance.mark('drawn');
    if (state.error) return { error: `error view: ${state.errorText}` };
    const painted = await settleAndPaint(() => litElements(host));
    performance.mark('painted');
    const measure = performance.measure('first-render', { start: 0, end: 'painted' });
    return {
      firstRender: measure.duration,
      drawn: performance.getEntriesByName('drawn')[0].startTime,
      painted,
      ...describeOurs(host),
    };
  }

  /**
   * Times one change to one of our elements: started at the beginning of a frame, ended
   * after the paint that shows it with no update pending.
   */
  async function timeOursUpdate(host, name, change) {
    await nextFrame();
    const start = performance.now();
    performance.mark(`${name}-start`);
    change();
    await settleLit(litElements(host));
    const dom = performance.now();
    const end = await settleAndPaint(() => litElements(host));
    performance.mark(`${name}-end`);
    performance.measure(name, `${name}-start`, `${name}-end`);
    return { total: end - start, dom: dom - start };
  }

  /**
   * Milestones of the page load, from navigation start: the document received, the last
   * script received, DOMContentLoaded (after classic and module scripts have run).
   */
  function phases() {
    const navigation = performance.getEntriesByType('navigation')[0];
    const scripts = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.initiatorType === 'script' || entry.name.endsWith('.js'));
    return {
      documentReceived: navigation ? navigation.responseEnd : null,
      scriptsReceived: scripts.length ? Math.max(...scripts.map((entry) => entry.responseEnd)) : null,
      domContentLoaded: navigation ? navigation.domContentLoadedEventStart : null,
    };
  }

  // --- interactions (Event Timing) -----------------------------------------------------

  /**
   * Every event of 16 ms or more (the smallest threshold the API allows) since navigation,
   * as the Event Timing API reports it: from the input's hardware timestamp to the paint
   * after its handlers ran, rounded to 8 ms. Interaction to Next Paint is the largest such
   * duration of the events of one interaction (pointerdown, pointerup, click; keydown, keyup).
   */
  const eventEntries = [];
  let eventObserver = null;
  if (PerformanceObserver.supportedEntryTypes?.includes('event')) {
    eventObserver = new PerformanceObserver((list) => eventEntries.push(...list.getEntries()));
    eventObserver.observe({ type: 'event', buffered: true, durationThreshold: 16 });
  }

  /** Timestamps of the inputs themselves (captured first, at the window). */
  const inputs = [];
  for (const type of ['pointerdown', 'keydown']) {
    window.addEventListener(type, (event) => inputs.push(event.timeStamp), { capture: true });
  }

  const delay = (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds));

  /** The events of interactions (interactionId > 0) that started at or after `since`. */
  function interactionEntries(since) {
    if (eventObserver) eventEntries.push(...eventObserver.takeRecords());
    return eventEntries.filter((entry) => entry.interactionId > 0 && entry.startTime >= since);
  }

  /**
   * After a real input that began after `since`: waits for our elements to settle and paint,
   * then for the Event Timing entries, which arrive a frame or more after that paint. No entry
   * within `wait` ms means every event of the interaction took under 16 ms: INP is then 0 here
   * and the report shows "< 16 ms". `inputToPaint` is the harness's own clock, from the
   * input's timestamp to the paint with no update pending (it also sees work the element put
   * off past the event's frame).
   */
  async function endInteraction(host, since, wait = 250) {
    const painted = await settleAndPaint(() => litElements(host));
    const input = inputs.find((stamp) => stamp >= since);
    const deadline = performance.now() + wait;
    let entries = interactionEntries(since);
    while (entries.length === 0 && performance.now() < deadline) {
      await nextFrame();
      await delay(0);
      entries = interactionEntries(since);
    }
    // The events of one interaction can be reported in different frames.
    if (entries.length) {
      await nextPaint();
      await nextPaint();
      entries = interactionEntries(since);
    }
    const longest = entries.reduce((best, entry) => (entry.duration > best.duration ? entry : best), {
      duration: 0,
    });
    return {
      inp: longest.duration,
      type: longest.name ?? null,
      inputDelay: longest.duration ? longest.processingStart - longest.startTime : null,
      processing: longest.duration ? longest.processingEnd - longest.processingStart : null,
      inputToPaint: input === undefined ? null : painted - input,
      supported: eventObserver !== null,
    };
  }

  /** The shadow root of the explorer's map or timeline (or of the element itself). */
  function viewRoot(host, tag) {
    const view = host.localName === tag ? host : host.shadowRoot?.querySelector(tag);
    return view?.shadowRoot ?? null;
  }

  /**
   * A point in the viewport where a click lands on country `id` of the map: its label's
   * centre when that is on the country, else the first point of a grid over its shape that
   * is (labels and markers can cover a small country's centre). Null when none is.
   */
  function countryPoint(host, id) {
    const root = viewRoot(host, 'partnership-map');
    const country = root?.querySelector(`[data-country="${CSS.escape(id)}"]`);
    if (!country) return null;
    const shape = country.querySelector('.shape') ?? country;
    let box = shape.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) {
      shape.scrollIntoView({ block: 'center' });
      box = shape.getBoundingClientRect();
    }
    const lands = (x, y) => root.elementFromPoint(x, y)?.closest('[data-country]') === country;
    const target = country.querySelector('.target')?.getBoundingClientRect();
    const candidates = target ? [[target.x + target.width / 2, target.y + target.height / 2]] : [];
    candidates.push([box.x + box.width / 2, box.y + box.height / 2]);
    for (let row = 1; row < 8; row++) {
      for (let column = 1; column < 8; column++) {
        candidates.push([box.x + (box.width * column) / 8, box.y + (box.height * row) / 8]);
      }
    }
    const hit = candidates.find(([x, y]) => lands(x, y));
    return hit ? { x: hit[0], y: hit[1] } : null;
  }

  /** Focuses the timeline item with the roving tab stop (or the first); false when none. */
  function focusTimelineItem(host) {
    const root = viewRoot(host, 'partnership-timeline');
    const item =
      root?.querySelector('[role="option"][tabindex="0"]') ?? root?.querySelector('[role="option"]');
    if (!item) return false;
    item.focus();
    return root.activeElement === item;
  }

  /** Focuses the timeline's year control (a range input); false when there is none. */
  function focusYearControl(host) {
    const control = viewRoot(host, 'partnership-timeline')?.querySelector('input[type="range"]');
    if (!control) return false;
    control.focus();
    return true;
  }

  window.bench = {
    nextPaint,
    nextFrame,
    litElements,
    settleLit,
    settleAndPaint,
    describeOurs,
    whenOursDrawn,
    measureOursFirstRender,
    timeOursUpdate,
    endInteraction,
    countryPoint,
    focusTimelineItem,
    focusYearControl,
    params: new URLSearchParams(window.location.search),
    done: (result) => settle({ ...result, phases: phases() }),
  };
})();
