import { expect } from '@open-wc/testing';
import type { AxeResults, RunOptions } from 'axe-core';
import 'axe-core/axe.min.js';
import '../../src/index.js';
import { renderInBox } from '../support/dom.js';
import { ExplorerPage } from '../support/explorer-page.js';
import { TimelinePage } from '../support/timeline-page.js';

/**
 * WCAG 2.5.3 Label in Name: what a sighted user reads on an item is part of the name a
 * speech-input user says to reach it. axe's rule for it is experimental, so the usual
 * accessibility checks do not run it; Lighthouse does.
 */
/** axe-core is a script that defines `window.axe`, not a module. */
const axe = (
  window as unknown as { axe: { run(context: Element, options: RunOptions): Promise<AxeResults> } }
).axe;

async function labelInName(root: Element): Promise<string[]> {
  const { violations } = await axe.run(root, {
    runOnly: { type: 'rule', values: ['label-content-name-mismatch'] },
  });
  return violations.flatMap((violation) => violation.nodes.map((node) => node.target.join(' ')));
}

/** Words as a listener hears them: punctuation and separators such as "·" are not said. */
const words = (text: string) => text.split(/[\s,·]+/u).filter(Boolean);

describe('label in name', () => {
  for (const lang of ['nl', 'fr', 'en']) {
    it(`holds for every item of the vertical timeline, whose labels wrap (${lang})`, async () => {
      const wrapper = await renderInBox({ width: 380 });
      const timeline = document.createElement('partnership-timeline');
      timeline.lang = lang;
      wrapper.append(timeline);
      const items = (await new TimelinePage(timeline).whenDrawn()).items();
      // Titles long enough to wrap are among them, which is where words ran together.
      expect([...items].some((item) => item.querySelectorAll('.item-title tspan').length > 1)).to.equal(true);
      expect(await labelInName(timeline)).to.deep.equal([]);
      // Stricter than axe's rule: every word shown, in order and case, is in the name.
      for (const item of items) {
        const shown = words(item.textContent!);
        const name = words(item.getAttribute('aria-label')!);
        let at = 0;
        for (const word of shown) {
          at = name.indexOf(word, at);
          expect(
            at,
            `"${word}" of "${item.textContent}" in "${item.getAttribute('aria-label')}"`,
          ).to.be.at.least(0);
          at += 1;
        }
      }
    });

    it(`holds in an explorer on a phone, with a country selected and a year (${lang})`, async () => {
      const wrapper = await renderInBox({ width: 360 });
      const explorer = document.createElement('partnership-explorer');
      explorer.lang = lang;
      wrapper.append(explorer);
      const page = await new ExplorerPage(explorer).whenMounted();
      const timeline = (await page.timeline.whenDrawn()).element;
      expect(await labelInName(explorer)).to.deep.equal([]);
      explorer.selected = 'BEN';
      explorer.year = 2021;
      await explorer.updateComplete;
      await timeline.updateComplete;
      expect(await labelInName(explorer)).to.deep.equal([]);
    });
  }
});
