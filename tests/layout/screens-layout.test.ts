import { expect } from '@open-wc/testing';
import {
  describeBox,
  inside,
  openPage,
  overlaps,
  type Box,
  type OpenedPage,
  type Screen,
} from './support.js';

/** Phones, a tablet, a laptop and a projector, as the explorer is embedded (issue #11). */
const SCREENS: Screen[] = [
  { name: 'phone 320', width: 320, height: 640 },
  { name: 'phone 360', width: 360, height: 740 },
  { name: 'phone 390', width: 390, height: 844 },
  { name: 'tablet 768', width: 768, height: 1024 },
  { name: 'laptop 1024', width: 1024, height: 768 },
  { name: 'laptop 1280', width: 1280, height: 800 },
  { name: 'projector 1920', width: 1920, height: 1080 },
];
const LANGS = ['nl', 'fr', 'en'] as const;
const STATES = [
  { name: 'default', hash: '' },
  { name: 'Benin selected in 2021', hash: '&selected=BEN&year=2021' },
];

/** What the map draws on top of its shapes: country labels, venue markers and names, controls. */
function mapGeometry(page: OpenedPage) {
  const frame = page.map.get('.frame').getBoundingClientRect();
  const labels = page.map.labels().map((text) => ({
    text: text.textContent!.trim(),
    box: text.getBoundingClientRect() as Box,
  }));
  // The dots and the venues' names, not the larger invisible targets around the dots.
  const markers = page.map
    .findAll('.marker-dot, .venue-name')
    .map((marker) => marker.getBoundingClientRect());
  const controls = page.map
    .findAll('[part~="controls"] button')
    .map((button) => button.getBoundingClientRect())
    .filter((box) => box.width > 0);
  const shapes = page.map.countries().map((shape) => ({
    id: shape.dataset['country']!,
    box: shape.getBoundingClientRect() as Box,
  }));
  return { frame, labels, markers, controls, shapes };
}

describe('the explorer on every screen it is used on', function () {
  this.timeout(60000);

  for (const screen of SCREENS) {
    for (const lang of LANGS) {
      for (const state of STATES) {
        it(`${screen.name}, ${lang}, ${state.name}`, async () => {
          const page = await openPage(screen, `lang=${lang}${state.hash}`);
          const problems: string[] = [];

          const scroller = page.document.scrollingElement!;
          if (scroller.scrollWidth > page.window.innerWidth + 1)
            problems.push(
              `the page scrolls sideways (${scroller.scrollWidth} px in ${page.window.innerWidth})`,
            );

          const { frame, labels, markers, controls, shapes } = mapGeometry(page);
          // All 8 countries named, whole, on nothing else.
          if (labels.length < 8) problems.push(`${labels.length} country labels, expected at least 8`);
          labels.forEach(({ text, box }, i) => {
            if (!inside(box, frame))
              problems.push(`label "${text}" ${describeBox(box)} leaves the map ${describeBox(frame)}`);
            for (const other of labels.slice(i + 1))
              if (overlaps(box, other.box))
                problems.push(
                  `labels "${text}" ${describeBox(box)} and "${other.text}" ${describeBox(other.box)} overlap`,
                );
            for (const marker of markers)
              if (overlaps(box, marker)) problems.push(`label "${text}" covers a venue marker`);
            for (const control of controls)
              if (overlaps(box, control)) problems.push(`label "${text}" is under a map control`);
          });
          for (const { id, box } of shapes)
            if (!inside(box, frame, 1))
              problems.push(`country ${id} ${describeBox(box)} is cut by the frame ${describeBox(frame)}`);

          expect(
            problems.length,
            `${problems.length} problems:\n${problems.slice(0, 12).join('\n')}`,
          ).to.equal(0);
        });
      }
    }
  }
});
