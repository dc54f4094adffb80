import { expect } from '@open-wc/testing';
import type { AxeResults, RunOptions } from 'axe-core';
import 'axe-core/axe.min.js';
import bundled from '../../data/partnerships.json';
import '../../src/elements/partnership-timeline/partnership-timeline.js';
import { fitText } from '../../src/elements/partnership-timeline/geometry.js';
import { renderInBox, waitFor } from '../support/dom.js';
import { TimelinePage } from '../support/timeline-page.js';

/**
 * Every collaboration of the bundled dataset labelled in a horizontal timeline: labels
 * inside the timeline, clear of each other and of other items' marks, shortened ones
 * telling their whole title on hover and focus, the selected one whole; and with `fit`,
 * all of it inside the height the page gives the element.
 */

type Lang = 'nl' | 'fr' | 'en';
const LANGS: Lang[] = ['nl', 'fr', 'en'];
/** Half a pixel for the rounding of glyph boxes. */
const EPSILON = 0.5;

const axe = (
  window as unknown as { axe: { run(context: Element, options: RunOptions): Promise<AxeResults> } }
).axe;

function titleOf(id: string, lang: Lang): string {
  const collaboration = bundled.collaborations.find((c) => c.id === id);
  if (!collaboration) throw new Error(`no collaboration ${id}`);
  return collaboration.title[lang];
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const overlap = (a: Box, b: Box): boolean =>
  a.left < b.right - EPSILON &&
  b.left < a.right - EPSILON &&
  a.top < b.bottom - EPSILON &&
  b.top < a.bottom - EPSILON;

const inside = (a: Box, b: Box): boolean =>
  a.left >= b.left - EPSILON &&
  a.right <= b.right + EPSILON &&
  a.top >= b.top - EPSILON &&
  a.bottom <= b.bottom + EPSILON;

/**
 * What is painted of a text: its box, cut by any SVG viewport between it and the plot
 * that hides what overflows it. The plot's user units are pixels (its viewBox is its size).
 */
function paintedBox(text: Element): Box | null {
  let { left, right, top, bottom } = text.getBoundingClientRect();
  const plot = text.closest('svg.plot')!.getBoundingClientRect();
  for (
    let parent = text.parentElement;
    parent && !parent.matches('svg.plot');
    parent = parent.parentElement
  ) {
    if (parent instanceof SVGSVGElement && getComputedStyle(parent).overflow === 'hidden') {
      const x = plot.left + parent.x.baseVal.value;
      const y = plot.top + parent.y.baseVal.value;
      [left, right] = [Math.max(left, x), Math.min(right, x + parent.width.baseVal.value)];
      [top, bottom] = [Math.max(top, y), Math.min(bottom, y + parent.height.baseVal.value)];
    }
  }
  return right - left > 0 && bottom - top > 0 ? { left, right, top, bottom } : null;
}

interface Label {
  id: string;
  item: SVGGElement;
  /** The item's text as the DOM has it, and the union of its painted text boxes. */
  text: string;
  box: Box | null;
}

function labels(timeline: TimelinePage): Label[] {
  return timeline.items().map((item) => {
    const texts = [...item.querySelectorAll('text')];
    const boxes = texts.map(paintedBox).filter((box): box is Box => box !== null);
    const box = boxes.length
      ? {
          left: Math.min(...boxes.map((b) => b.left)),
          right: Math.max(...boxes.map((b) => b.right)),
          top: Math.min(...boxes.map((b) => b.top)),
          bottom: Math.max(...boxes.map((b) => b.bottom)),
        }
      : null;
    return { id: item.dataset.id!, item, text: texts.map((t) => t.textContent).join(''), box };
  });
}

/** The shown text without the ellipses that mark a cut. */
const shownText = (label: Label) => label.text.replace(/…/g, '').trim();

function markBoxes(timeline: TimelinePage): { id: string; box: Box }[] {
  return timeline.items().map((item) => ({
    id: item.dataset.id!,
    box: item.querySelector('.mark')!.getBoundingClientRect(),
  }));
}

async function renderTimeline(lang: Lang, width: number, style = '', fit = false): Promise<TimelinePage> {
  const wrapper = await renderInBox({ width });
  const element = document.createElement('partnership-timeline');
  element.lang = lang;
  if (fit) {
    element.fit = true;
    element.orientation = 'horizontal';
  }
  element.setAttribute('style', style);
  wrapper.append(element);
  const timeline = await new TimelinePage(element).whenDrawn(bundled.collaborations.length);
  // The fitted layout follows the measured height of the plot's box: one more update.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await element.updateComplete;
  return timeline;
}

/** The checks every horizontal layout must pass; `selected` may cover the marks of others. */
function expectClearLabels(timeline: TimelinePage, selected: string | null = null): Label[] {
  const host = timeline.element.getBoundingClientRect();
  const all = labels(timeline);
  const marks = markBoxes(timeline);
  expect(all.length).to.equal(bundled.collaborations.length);
  for (const label of all) {
    const name = label.item.getAttribute('aria-label')!;
    expect(label.box, `${label.id} has a painted label`).to.not.equal(null);
    expect(shownText(label).length, `${label.id} shows some of its title`).to.be.greaterThan(0);
    // A start of the title, and so of the accessible name.
    expect(name.startsWith(shownText(label)), `"${label.text}" starts "${name}"`).to.equal(true);
    expect(inside(label.box!, host), `${label.id} inside the timeline`).to.equal(true);
    if (label.id === selected) continue;
    for (const mark of marks) {
      if (mark.id === label.id) continue;
      expect(overlap(label.box!, mark.box), `${label.id} clear of the mark of ${mark.id}`).to.equal(false);
    }
  }
  for (const [index, a] of all.entries()) {
    for (const b of all.slice(index + 1)) {
      expect(overlap(a.box!, b.box!), `labels of ${a.id} and ${b.id}`).to.equal(false);
    }
  }
  return all;
}

async function labelInNameViolations(element: Element): Promise<string[]> {
  const { violations } = await axe.run(element, {
    runOnly: { type: 'rule', values: ['label-content-name-mismatch'] },
  });
  return violations.flatMap((violation) => violation.nodes.map((node) => node.target.join(' ')));
}

function tooltipText(timeline: TimelinePage): string {
  return timeline.tooltip()?.textContent?.replace(/\s+/g, ' ') ?? '';
}

describe('timeline labels', () => {
  for (const width of [1024, 1280]) {
    for (const lang of LANGS) {
      it(`labels every collaboration, clear of each other and of marks, at ${width} px (${lang})`, async () => {
        const timeline = await renderTimeline(lang, width);
        expect(timeline.orientation()).to.equal('horizontal');
        const all = expectClearLabels(timeline);
        // Most of them are whole at this width.
        const whole = all.filter((label) => label.text === titleOf(label.id, lang));
        expect(whole.length, 'whole labels').to.be.greaterThan(all.length / 2);
        expect(await labelInNameViolations(timeline.element)).to.deep.equal([]);
      });
    }
  }

  for (const lang of LANGS) {
    it(`keeps the selected item's label whole, neighbours giving way (${lang})`, async () => {
      const timeline = await renderTimeline(lang, 1024, '', false);
      // At this width some labels are shortened: selecting each of those shows it whole.
      const shortened = labels(timeline).filter((label) => label.text !== titleOf(label.id, lang));
      expect(shortened.length, 'shortened labels at 1024 px').to.be.greaterThan(0);
      for (const { id } of shortened) {
        timeline.element.selected = id;
        await timeline.element.updateComplete;
        const label = labels(timeline).find((l) => l.id === id)!;
        expect(label.text, id).to.equal(titleOf(id, lang));
        expectClearLabels(timeline, id);
      }
    });
  }

  it("shortens the selected item's label to the timeline's width when even that is too narrow", async () => {
    // A slide's type on a portrait screen: the longest title is wider than the whole timeline.
    const timeline = await renderTimeline('nl', 480, '--pw-font-size: 32px; height: 150px', true);
    const longest = [...bundled.collaborations].sort((a, b) => b.title.nl.length - a.title.nl.length)[0]!;
    timeline.element.selected = longest.id;
    await timeline.element.updateComplete;
    const plot = timeline.element.shadowRoot!.querySelector('svg.plot')!.getBoundingClientRect();
    const callout = timeline.element.shadowRoot!.querySelector('.callout');
    expect(callout, 'a callout for the selected label').to.not.equal(null);
    for (const part of callout!.querySelectorAll('rect, text')) {
      expect(inside(part.getBoundingClientRect(), plot), `${part.localName} inside the plot`).to.equal(true);
    }
    const text = callout!.querySelector('text')!.textContent!;
    expect(text.endsWith('…'), `"${text}" marks its cut`).to.equal(true);
    expect(longest.title.nl.startsWith(text.slice(0, -1).trimEnd())).to.equal(true);
  });

  it('tells the whole title of a shortened label on hover and on keyboard focus', async () => {
    const timeline = await renderTimeline('fr', 1240, 'height: 220px', true);
    const shortened = labels(timeline).filter((label) => label.text !== titleOf(label.id, 'fr'));
    expect(shortened.length, 'shortened labels').to.be.greaterThan(0);
    for (const { id, item } of shortened) {
      const title = titleOf(id, 'fr');
      expect(tooltipText(timeline), 'no tooltip yet').to.not.contain(title);
      item
        .querySelector('.hit')!
        .dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
      await timeline.element.updateComplete;
      expect(tooltipText(timeline), `hover on ${id}`).to.contain(title);
      item
        .querySelector('.hit')!
        .dispatchEvent(
          new PointerEvent('pointerout', { bubbles: true, composed: true, relatedTarget: timeline.element }),
        );
      await timeline.element.updateComplete;
      expect(tooltipText(timeline)).to.equal('');

      item.focus();
      await timeline.element.updateComplete;
      expect(tooltipText(timeline), `focus on ${id}`).to.contain(title);
      item.blur();
      await timeline.element.updateComplete;
    }
  });

  describe('with fit', () => {
    // The presentation's boxes: 1280 × 720, 1920 × 1080 and a portrait 1080 × 1920 kiosk.
    for (const [width, height, font] of [
      [1240, 220, 16],
      [1880, 330, 23],
      [1040, 420, 41],
    ] as const) {
      for (const lang of LANGS) {
        it(`fills ${width} × ${height} px at ${font} px without scrolling, every item labelled (${lang})`, async () => {
          const timeline = await renderTimeline(
            lang,
            width,
            `height: ${height}px; font-size: ${font}px`,
            true,
          );
          expect(timeline.element.hasAttribute('fit')).to.equal(true);
          expect(timeline.element.getBoundingClientRect().height).to.be.closeTo(height, EPSILON);
          expect(timeline.element.scrollHeight).to.be.at.most(timeline.element.clientHeight);
          const plot = timeline.root.querySelector('svg.plot')!.getBoundingClientRect();
          expect(plot.bottom).to.be.at.most(timeline.element.getBoundingClientRect().bottom + EPSILON);
          const all = expectClearLabels(timeline);
          for (const lane of timeline.root.querySelectorAll('.lane-label')) {
            expect(
              inside(lane.getBoundingClientRect(), timeline.element.getBoundingClientRect()),
              lane.textContent!,
            ).to.equal(true);
          }
          expect(await labelInNameViolations(timeline.element)).to.deep.equal([]);

          // Selected, a shortened label is whole, and still inside the box.
          const short = all.find((label) => label.text !== titleOf(label.id, lang));
          if (short) {
            timeline.element.selected = short.id;
            await timeline.element.updateComplete;
            const label = labels(timeline).find((l) => l.id === short.id)!;
            expect(label.text).to.equal(titleOf(short.id, lang));
            expectClearLabels(timeline, short.id);
          }
        });
      }
    }

    it('follows the height it is given', async () => {
      const timeline = await renderTimeline('en', 1240, 'height: 220px', true);
      const rowHeight = () => timeline.root.querySelector<SVGRectElement>('.lane-band')!.getBBox().height;
      const short = rowHeight();
      timeline.element.style.height = '600px';
      await waitFor(() => rowHeight() > short);
      expect(timeline.element.scrollHeight).to.be.at.most(timeline.element.clientHeight);
      expectClearLabels(timeline);
    });
  });

  describe('type', () => {
    it('scales every text with the host font size, rows with it, and thins out year labels', async () => {
      const sizes = (timeline: TimelinePage) => {
        const size = (selector: string) => parseFloat(getComputedStyle(timeline.get(selector)).fontSize);
        return {
          host: parseFloat(getComputedStyle(timeline.element).fontSize),
          tick: size('.tick-label'),
          lane: size('.lane-label'),
          label: size('.mark-label'),
          bar: timeline.get<SVGRectElement>('rect.mark').getBBox().height,
        };
      };
      const normal = sizes(await renderTimeline('en', 1024));
      // Unchanged at the default font size: 12 px labels and years, 13 px lane names.
      expect(normal.host).to.equal(16);
      expect([normal.tick, normal.lane, normal.label]).to.deep.equal([12, 13, 12]);

      const large = await renderTimeline('en', 1024, 'font-size: 32px');
      const big = sizes(large);
      expect([big.tick, big.lane, big.label]).to.deep.equal([24, 26, 24]);
      expect(big.bar).to.be.closeTo(normal.bar * 2, 0.5);
      const ticks = large.findAll('.tick-label').map((t) => t.getBoundingClientRect());
      expect(ticks.length).to.be.within(2, bundled.period.end - bundled.period.start);
      for (const [index, tick] of ticks.entries()) {
        if (index > 0) expect(tick.left, 'year labels apart').to.be.greaterThan(ticks[index - 1]!.right);
      }
      expectClearLabels(large);
    });
  });

  describe('fitText', () => {
    const measure = (text: string) => text.length * 7;
    const title = 'Digitalisation des mutuelles au Bénin (et au Togo)';

    it('keeps a text that fits, and else the longest run of its first words with an ellipsis', () => {
      expect(fitText(title, measure(title), measure)).to.equal(title);
      let previous = '';
      for (let room = 7; room < measure(title); room += 7) {
        const shown = fitText(title, room, measure);
        const words = shown.slice(0, -1);
        expect(shown.endsWith('…'), shown).to.equal(true);
        expect(title.startsWith(words) && /[\s(]/.test(title.charAt(words.length)), shown).to.equal(true);
        // Nothing of a parenthesis that is not closed.
        expect(words.split('(').length, shown).to.equal(words.split(')').length);
        expect(shown.length, `longer for ${room} px`).to.be.at.least(previous.length);
        if (shown.length > 'Digitalisation…'.length) expect(measure(shown), shown).to.be.at.most(room);
        previous = shown;
      }
    });

    it('gives the whole first word, for the caller to cut, when not even that fits', () => {
      expect(fitText(title, 30, measure)).to.equal('Digitalisation…');
    });
  });
});
