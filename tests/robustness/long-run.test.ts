import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { PartnershipElement } from '../../src/elements/shared/partnership-element.js';
import type { PartnershipExplorer } from '../../src/elements/partnership-explorer/partnership-explorer.js';
import type { PartnershipMap } from '../../src/elements/partnership-map/partnership-map.js';
import { waitFor } from '../support/dom.js';
import { isDrawn } from '../support/element-page.js';
import { ExplorerPage } from '../support/explorer-page.js';
import { MapPage } from '../support/map-page.js';
import { installFakeClock, installProbes, type Counts, type Probes } from './instrument.js';

/**
 * A kiosk runs for days: elements are attached and detached (a slideshow of pages, a
 * framework re-mounting them), selections change all day, autoplay never stops. Nothing
 * may pile up: listeners, observers, timers, or the elements themselves.
 */

const TAGS = [
  'partnership-map',
  'partnership-timeline',
  'partnership-table',
  'partnership-explorer',
] as const;
const CYCLES = 1000;
const report: string[] = [];

/** Waits until the element and every element in its shadow root have finished updating. */
async function settle(root: Element): Promise<void> {
  for (let round = 0; round < 2; round++) {
    const pending = [root, ...(root.shadowRoot?.querySelectorAll('*') ?? [])].filter(
      (element): element is PartnershipElement => 'updateComplete' in element,
    );
    await Promise.all(pending.map((element) => element.updateComplete));
  }
}

function host(width = 900): HTMLDivElement {
  const wrapper = document.createElement('div');
  wrapper.style.width = `${width}px`;
  document.body.append(wrapper);
  return wrapper;
}

/** Live counts must come back to where they were; the message names what grew. */
function expectSame(after: Counts, before: Counts, what: string): void {
  const keys = new Set([...Object.keys(before.byType), ...Object.keys(after.byType)]);
  const grown = [...keys]
    .filter((key) => before.byType[key] !== after.byType[key])
    .map((key) => `${key}: ${before.byType[key] ?? 0} → ${after.byType[key] ?? 0}`);
  expect(after.listeners, `${what}: listeners (${grown.join(', ')})`).to.equal(before.listeners);
  expect(after.observers, `${what}: observers`).to.equal(before.observers);
  expect(after.timeouts, `${what}: timeouts`).to.equal(before.timeouts);
  expect(after.intervals, `${what}: intervals`).to.equal(before.intervals);
  expect(after.frames, `${what}: animation frames`).to.equal(before.frames);
}

describe('robustness: long runs', () => {
  let probes: Probes;
  const wrappers: HTMLElement[] = [];

  beforeEach(() => {
    probes = installProbes();
  });
  afterEach(() => {
    probes.restore();
    for (const wrapper of wrappers.splice(0)) wrapper.remove();
  });
  after(() => {
    for (const line of report) console.log(line);
  });

  for (const tag of TAGS) {
    it(`<${tag}>: ${CYCLES} attach/detach cycles leave no listener, observer or timer behind`, async function () {
      this.timeout(60000);
      const wrapper = host();
      wrappers.push(wrapper);
      const element = document.createElement(tag);
      if (tag === 'partnership-explorer') {
        // Playing, so that the slideshow's timer and input listeners go through every cycle
        // too (an hour a step: no step falls inside the test).
        element.setAttribute('autoplay', '');
        element.setAttribute('interval', '3600');
      }
      wrapper.append(element);
      await waitFor(() => isDrawn(element), 8000);
      // Each cycle runs the disconnect and connect callbacks; after every tenth the element
      // re-renders, as it does on reconnection (a render per cycle would make 1,000 cycles
      // take most of a minute; a leak in rendering still shows, a hundred times over).
      const cycles = async (count: number): Promise<void> => {
        for (let index = 0; index < count; index++) {
          element.remove();
          wrapper.append(element);
          if (index % 10 === 9) await settle(element);
        }
        await settle(element);
      };
      await cycles(10);
      const before = probes.counts();
      const start = performance.now();
      await cycles(CYCLES);
      const elapsed = performance.now() - start;
      expectSame(probes.counts(), before, `after ${CYCLES} cycles`);
      expect(isDrawn(element), 'still drawn').to.equal(true);
      report.push(
        `<${tag}>: ${CYCLES} attach/detach cycles in ${Math.round(elapsed)} ms, ${before.listeners} live listeners before and after`,
      );
      expect(elapsed, 'bounded in time').to.be.below(30000);
    });
  }

  it('moved to another place in the page, a map follows its new size and language and still zooms', async () => {
    const first = host(600);
    first.lang = 'fr';
    const second = host(900);
    second.lang = 'nl';
    wrappers.push(first, second);
    const map = document.createElement('partnership-map') as PartnershipMap;
    first.append(map);
    await waitFor(
      () => map.shadowRoot?.querySelector('svg[part="map"]')?.getAttribute('width') === '600',
      8000,
    );
    second.append(map);
    await waitFor(
      () => map.shadowRoot?.querySelector('svg[part="map"]')?.getAttribute('width') === '900',
      4000,
    ).catch(() => {
      throw new Error('after the move, the map did not take its new width');
    });
    await waitFor(
      () =>
        map.shadowRoot!.querySelector('svg[part="map"]')!.getAttribute('aria-label') !==
        'Carte des pays partenaires',
      2000,
    ).catch(() => {
      throw new Error('after the move, the map kept the language of its old place');
    });
    const layer = () => new MapPage(map).transform();
    const unzoomed = layer();
    map.zoomBy(2);
    await waitFor(() => layer() !== unzoomed, 2000).catch(() => {
      throw new Error('after the move, zoomBy did nothing');
    });
  });

  it('moved to a place of the same size, a map takes its new language and still zooms', async () => {
    // Nothing is resized here, so no resize observation brings the update the move needs.
    const first = host(700);
    first.lang = 'fr';
    const second = host(700);
    second.lang = 'nl';
    wrappers.push(first, second);
    const map = document.createElement('partnership-map') as PartnershipMap;
    first.append(map);
    const label = () => map.shadowRoot?.querySelector('svg[part="map"]')?.getAttribute('aria-label');
    await waitFor(() => label() === 'Carte des pays partenaires', 8000);
    second.append(map);
    await waitFor(() => label() !== 'Carte des pays partenaires', 2000).catch(() => {
      throw new Error('after the move, the map kept the language of its old place');
    });
    const layer = () => new MapPage(map).transform();
    const unzoomed = layer();
    map.zoomBy(2);
    await waitFor(() => layer() !== unzoomed, 2000).catch(() => {
      throw new Error('after the move, zoomBy did nothing');
    });
  });

  it('an interval or idle reset too long for a browser timer does not make autoplay race', async () => {
    // 3,000,000 s is 3e9 ms, past 2^31 - 1: browser timers take it as a negative 32-bit
    // number and fire at once, so an unclamped slideshow would step as fast as it can.
    const wrapper = host(1100);
    wrappers.push(wrapper);
    const explorer = document.createElement('partnership-explorer') as PartnershipExplorer;
    explorer.setAttribute('interval', '3000000');
    explorer.setAttribute('idle-reset', '3000000');
    wrapper.append(explorer);
    await waitFor(() => isDrawn(explorer), 8000);
    explorer.play();
    await settle(explorer);
    const first = explorer.selected;
    await new Promise((resolve) => setTimeout(resolve, 300));
    await settle(explorer);
    expect(explorer.selected, 'no step within 300 ms').to.equal(first);
    expect(probes.counts().timeouts, 'one step timer, not a loop').to.be.at.most(2);
    // A visitor's touch pauses the show until the idle reset, which must not come at once.
    explorer.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(explorer.playing, 'still paused after 300 ms').to.equal(false);
    explorer.pause();
  });

  it('300 selections, years and filters on the explorer leave nothing behind', async function () {
    this.timeout(60000);
    const wrapper = host(1100);
    wrappers.push(wrapper);
    const explorer = document.createElement('partnership-explorer') as PartnershipExplorer;
    wrapper.append(explorer);
    await waitFor(() => isDrawn(explorer), 8000);
    const page = new ExplorerPage(explorer);
    const ids = page.map.countryIds();
    const collaborationIds = page.timeline.itemIds();
    const all = [...ids, ...collaborationIds, null];
    const select = async (index: number): Promise<void> => {
      explorer.selected = all[index % all.length]!;
      explorer.year = index % 3 === 0 ? null : 2006 + (index % 21);
      explorer.partners = index % 5 === 0 ? ['mloz'] : [];
      await settle(explorer);
    };
    for (let index = 0; index < all.length; index++) await select(index);
    // Counted in the same state before and after: each state has its own buttons.
    await select(0);
    const before = probes.counts();
    const start = performance.now();
    for (let index = 0; index < 300; index++) await select(index);
    const elapsed = performance.now() - start;
    await select(0);
    expectSame(probes.counts(), before, 'after 300 selections');
    report.push(`explorer: 300 selections with years and filters in ${Math.round(elapsed)} ms`);
  });

  it('a simulated day of autoplay (60 s a step, a visitor every hour) leaves nothing behind', async function () {
    this.timeout(90000);
    const wrapper = host(1100);
    wrappers.push(wrapper);
    const explorer = document.createElement('partnership-explorer') as PartnershipExplorer;
    explorer.interval = 60;
    explorer.idleReset = 120;
    wrapper.append(explorer);
    await waitFor(() => isDrawn(explorer), 8000);
    const clock = installFakeClock();
    try {
      explorer.autoplay = true;
      await settle(explorer);
      const hour = 3600 * 1000;
      let steps = await clock.advance(hour, () => settle(explorer));
      // Counted in the same state before and after: a visitor has just touched the first step.
      const atRest = async (): Promise<Counts> => {
        explorer.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
        explorer.goTo(0);
        await settle(explorer);
        return probes.counts();
      };
      const before = await atRest();
      const pendingBefore = clock.pending();
      const visited = new Set<string | null>();
      const start = performance.now();
      for (let hours = 1; hours < 24; hours++) {
        // A visitor touches the screen: autoplay pauses, and resumes after the idle reset.
        explorer.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
        await settle(explorer);
        expect(explorer.playing, 'paused by the visitor').to.equal(false);
        steps += await clock.advance(hour, async () => {
          visited.add(explorer.selected);
          await settle(explorer);
        });
        expect(explorer.playing, 'playing again after the idle reset').to.equal(true);
      }
      const elapsed = performance.now() - start;
      expectSame(await atRest(), before, 'after a day');
      expect(clock.pending(), 'pending timers').to.equal(pendingBefore);
      expect(steps, 'steps in a day').to.be.above(1300);
      expect(visited.size, 'every collaboration shown').to.be.above(10);
      report.push(`explorer: a simulated day of autoplay, ${steps} steps, in ${Math.round(elapsed)} ms`);
    } finally {
      clock.restore();
      explorer.autoplay = false;
    }
  });
});
