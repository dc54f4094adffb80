import { aTimeout, expect } from '@open-wc/testing';
import '../../src/index.js';
import type { PartnershipElement } from '../../src/elements/shared/partnership-element.js';
import { waitFor } from '../support/dom.js';
import { isDrawn } from '../support/element-page.js';

/**
 * Elements that were used (drawn, moved, selected, zoomed, hovered) and then removed from
 * the page can be garbage-collected: no module state, global listener, observer or timer
 * holds them. In its own file, so in a fresh page: without `gc()` (not exposed without
 * browser flags) collection is provoked by allocating garbage and then staying idle, and
 * the garbage of other tests would only slow that down (Firefox frees DOM nodes in its
 * cycle collector, which runs when the page is idle).
 */

const TAGS = [
  'partnership-map',
  'partnership-timeline',
  'partnership-table',
  'partnership-explorer',
] as const;
const COUNT = 40;

function usedHeap(): number | null {
  const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
  return memory ? memory.usedJSHeapSize : null;
}

function mb(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(1)} MB`;
}

customElements.define('gc-control', class extends HTMLElement {});

/** A used and removed element that only the test ever held. */
function detachedControl(): HTMLElement {
  const element = document.createElement('gc-control');
  const root = element.attachShadow({ mode: 'open' });
  root.innerHTML = '<p>control</p>';
  element.addEventListener('click', () => element.remove());
  document.body.append(element);
  element.remove();
  return element;
}

describe('robustness: memory', () => {
  it(`${COUNT} used and removed elements are all garbage-collected`, async function () {
    this.timeout(90000);
    const wrapper = document.createElement('div');
    wrapper.style.width = '900px';
    document.body.append(wrapper);
    const heapBefore = usedHeap();
    const registry: WeakRef<Element>[] = [];
    for (let index = 0; index < COUNT; index++) {
      const element = document.createElement(TAGS[index % TAGS.length]!) as PartnershipElement;
      wrapper.append(element);
      await waitFor(() => isDrawn(element), 8000);
      // Used a little: moved, selected, a year, hovered and zoomed where it can be.
      element.remove();
      wrapper.append(element);
      element.selected = index % 2 ? 'BEN' : 'dakar-2022';
      element.year = 2016;
      await element.updateComplete;
      element.shadowRoot!.querySelector('[data-country]')?.dispatchEvent(new PointerEvent('pointerenter'));
      (element as PartnershipElement & { zoomBy?: (factor: number) => void }).zoomBy?.(2);
      await element.updateComplete;
      element.remove();
      registry.push(new WeakRef(element));
    }
    // A control that nothing of ours touches, held the way a leak would need collecting (a
    // custom element with a shadow root and a listener that closes over it): whether the
    // browser collected at all while this test waited.
    const control = new WeakRef(detachedControl());
    wrapper.remove();
    const heapDetached = usedHeap();
    const started = performance.now();
    let collected = 0;
    while (performance.now() - started < 60000) {
      let garbage: unknown[] | null = [];
      for (let chunk = 0; chunk < 64; chunk++) garbage.push(new Array(1 << 16).fill(chunk));
      garbage = null;
      await aTimeout(250);
      collected = registry.filter((ref) => ref.deref() === undefined).length;
      if (collected === registry.length) break;
    }
    // Firefox frees DOM nodes in its cycle collector, which some CI runs saw not run at all
    // in 60 s (none of the 40 freed, nor anything else): then this test cannot tell a leak
    // from a collector that did not run, and says so rather than pass or fail.
    if (collected === 0 && control.deref() !== undefined) {
      console.warn('garbage collection: the browser collected nothing in 60 s, not even the control');
      this.skip();
    }
    const heapAfter = usedHeap();
    const alive = TAGS.map(
      (tag, kind) =>
        `${tag}: ${registry.filter((ref, index) => index % TAGS.length === kind && ref.deref()).length}`,
    );
    console.log(
      `garbage collection: ${collected} of ${COUNT} removed elements collected in ${Math.round(performance.now() - started)} ms, the control ${control.deref() ? 'not yet' : 'too'}` +
        (heapBefore === null
          ? ' (no heap size in this browser)'
          : `; JS heap ${mb(heapBefore)} before, ${mb(heapDetached!)} with ${COUNT} removed, ${mb(heapAfter!)} after`),
    );
    expect(collected, `still alive: ${alive.join(', ')}`).to.equal(COUNT);
    // Chromium's heap size is coarse (bucketed, updated lazily) and counts garbage not yet
    // collected, so this is only a loose bound (the WeakRefs above are the precise check):
    // 40 elements held in memory add about 10 MB, twice and a half this bound.
    if (heapBefore !== null) expect(heapAfter! - heapBefore, 'heap growth').to.be.below(4 * 2 ** 20);
  });
});
