import { expect } from '@open-wc/testing';
import bundled from '../../data/partnerships.json';
import type { Dataset } from '../../src/data/types.js';
import {
  describeBox,
  hitAtCentre,
  inside,
  openPage,
  renderedTextSizes,
  settle,
  type Screen,
} from './support.js';

const dataset = bundled as unknown as Dataset;

/** Projectors at 16:9 and 4:3, and a portrait kiosk (issue #11). */
const SCREENS: Screen[] = [
  { name: 'projector 1280×720', width: 1280, height: 720 },
  { name: 'projector 1366×768', width: 1366, height: 768 },
  { name: 'projector 1920×1080', width: 1920, height: 1080 },
  { name: '4:3 1024×768', width: 1024, height: 768 },
  { name: 'kiosk 1080×1920', width: 1080, height: 1920 },
];
const LANGS = ['nl', 'fr', 'en'] as const;
/** The smallest line of text, as a share of the screen's height: legible from the back of a room. */
const SMALLEST_TEXT = 0.0215;

describe('presentation fills the screen, every step readable and on the timeline', function () {
  // Each screen and language walks all 19 steps.
  this.timeout(120000);

  for (const screen of SCREENS) {
    for (const lang of LANGS) {
      it(`${screen.name}, ${lang}`, async () => {
        const page = await openPage(screen, `lang=${lang}&presentation`);
        const problems: string[] = [];
        // On a portrait kiosk the map keeps at least 30 % of the height.
        const mapFrame = page.map.get('.frame').getBoundingClientRect();
        if (screen.height > screen.width && mapFrame.height < 0.3 * screen.height - 1)
          problems.push(`the map is ${mapFrame.height} px tall, under 30 % of ${screen.height}`);
        const steps = dataset.collaborations.length;
        for (let step = 0; step < steps; step++) {
          page.explorer.goTo(step);
          await page.explorer.updateComplete;
          await settle(page.window, 4);
          const id = page.explorer.selected;
          const where = `step ${step + 1} (${id})`;

          // Nothing scrolls: not the page, not the slide, not the step's panel.
          const scroller = page.document.scrollingElement!;
          if (
            scroller.scrollHeight > page.window.innerHeight + 1 ||
            scroller.scrollWidth > page.window.innerWidth + 1
          )
            problems.push(`${where}: the page scrolls (${scroller.scrollWidth}×${scroller.scrollHeight})`);
          const host = page.explorer.getBoundingClientRect();
          const slide = page.root.querySelector('.explorer')!;
          for (const part of slide.querySelectorAll('header, .map, .details, .timeline')) {
            const box = part.getBoundingClientRect();
            if (!inside(box, host))
              problems.push(
                `${where}: ${part.className || part.localName} ${describeBox(box)} leaves the slide ${describeBox(host)}`,
              );
          }
          const details = page.root.querySelector('.details')!;
          if (details.scrollHeight > details.clientHeight + 1)
            problems.push(
              `${where}: the step's text needs ${details.scrollHeight} px in ${details.clientHeight} px`,
            );

          // The step is on the timeline, on screen, not covered.
          const item = page.timeline?.find('[role="option"][aria-selected="true"]');
          if (!item) problems.push(`${where}: no selected item on the timeline`);
          // Its mark, the bar or diamond, is what the eye looks for; the item's box also spans its name.
          else if (!hitAtCentre(page.window, item.querySelector('.mark') ?? item, item))
            problems.push(`${where}: the timeline item is not visible`);

          // The map moves to the step: a step of one country shows it large.
          const record = dataset.collaborations.find((collaboration) => collaboration.id === id)!;
          if (record.countries.length === 1) {
            // The move is eased over about 600 ms.
            await new Promise((resolve) => setTimeout(resolve, 800));
            await settle(page.window, 2);
            const frame = page.map.get('.frame').getBoundingClientRect();
            const shape = page.map.country(record.countries[0]!).getBoundingClientRect();
            const share = Math.max(shape.width / frame.width, shape.height / frame.height);
            if (share < 0.3)
              problems.push(
                `${where}: ${record.countries[0]} takes ${(share * 100).toFixed(0)} % of the map, not 30 %`,
              );
          }

          // Type for the back of the room.
          const smallest = Math.min(...renderedTextSizes(page.root, page.window).map(({ size }) => size));
          const small = renderedTextSizes(page.root, page.window).filter(
            ({ size }) => size < SMALLEST_TEXT * screen.height - 0.01,
          );
          if (small.length)
            problems.push(
              `${where}: text below ${(SMALLEST_TEXT * screen.height).toFixed(1)} px: ${small
                .slice(0, 4)
                .map(({ text, size }) => `"${text.slice(0, 30)}" ${size.toFixed(1)} px`)
                .join(', ')} (smallest ${smallest.toFixed(1)})`,
            );
        }
        // The first dozen say enough; the count says how many more.
        expect(problems.length, `${problems.length} problems:\n${problems.slice(0, 12).join('\n')}`).to.equal(
          0,
        );
      });
    }
  }
});

describe('presenter remotes', () => {
  it('step with PageDown and PageUp right after a click on the map', async () => {
    const page = await openPage({ name: 'projector', width: 1280, height: 720 }, 'lang=en&presentation');
    page.explorer.goTo(2);
    await page.explorer.updateComplete;
    // A click on a country gives it focus, as a presenter's click does; the remote's keys
    // then reach the map first.
    const country = page.map.country('BEN');
    page.map.clickCountry('BEN');
    country.focus();
    await page.explorer.updateComplete;
    const clicked = page.explorer.selected;
    expect(clicked).to.equal('BEN');
    const press = (key: string) => page.map.press(key, country);
    press('PageDown');
    await page.explorer.updateComplete;
    const first = page.explorer.selected;
    expect(first).to.not.equal(clicked);
    expect(dataset.collaborations.some(({ id }) => id === first)).to.equal(true);
    press('PageDown');
    await page.explorer.updateComplete;
    expect(page.explorer.selected).to.not.equal(first);
    press('PageUp');
    await page.explorer.updateComplete;
    expect(page.explorer.selected).to.equal(first);
  });
});
