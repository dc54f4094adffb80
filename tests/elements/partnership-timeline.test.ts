import { aTimeout, expect, html, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/elements/partnership-timeline/partnership-timeline.js';
import type { Collaboration, Dataset } from '../../src/data/types.js';
import type { PartnershipErrorEvent } from '../../src/events.js';
import { messagesFor } from '../../src/i18n/messages.js';
import { click, renderInBox, waitFor } from '../support/dom.js';
import { TimelinePage } from '../support/timeline-page.js';
import { timelineDataset } from './fixtures/timeline-dataset.js';

const SPAN_KINDS = ['partnership', 'programme'];

/** Independent of the library's own date code: years are the first four characters. */
function activeIn(collaboration: Collaboration, year: number): boolean {
  const first = Number(collaboration.start.slice(0, 4));
  const last = Number((collaboration.end ?? collaboration.start).slice(0, 4));
  return first <= year && year <= last;
}

/** ISO partial dates sort as strings; the fixture has no two items starting together. */
function inTimeOrder(dataset: Dataset): string[] {
  return [...dataset.collaborations].sort((a, b) => (a.start < b.start ? -1 : 1)).map((c) => c.id);
}

/** `template` given `data` (the timeline fixture unless told), in a box `width` px wide. */
function renderTimeline(
  template: (data: Dataset) => TemplateResult = (data) =>
    html`<partnership-timeline lang="en" .data=${data}></partnership-timeline>`,
  width = 900,
  data: Dataset = timelineDataset(),
): Promise<TimelinePage> {
  return TimelinePage.render(template(data), { width });
}

function idsWith(timeline: TimelinePage, className: string): string[] {
  return timeline
    .items()
    .filter((item) => item.classList.contains(className))
    .map((item) => item.dataset.id!)
    .sort();
}

const GENERATED_KINDS = [
  'partnership',
  'conference',
  'programme',
  'study',
  'agreement',
  'submission',
  'project',
  'milestone',
] as const;

/**
 * The timeline fixture with `size` generated collaborations. Each starts three days after
 * the one before, so that generation order is time order and the test needs no date code
 * of its own; spans run one to three years.
 */
function largeDataset(size: number): Dataset {
  const data = timelineDataset();
  const partners = data.organisations.map((organisation) => organisation.id);
  const countries = data.countries.map((country) => country.id);
  data.collaborations = Array.from({ length: size }, (_, index): Collaboration => {
    const kind = GENERATED_KINDS[index % GENERATED_KINDS.length]!;
    const start = new Date(Date.UTC(2006, 0, 1) + index * 3 * 86_400_000).toISOString().slice(0, 10);
    const year = Number(start.slice(0, 4));
    const title = `Generated ${kind} ${index + 1}`;
    return {
      id: `generated-${index + 1}`,
      kind,
      start,
      ...(SPAN_KINDS.includes(kind) ? { end: String(Math.min(2026, year + 1 + (index % 3))) } : {}),
      partners: [partners[index % partners.length]!, partners[(index + 1) % partners.length]!],
      countries: [countries[index % countries.length]!],
      title: { nl: `${title} (nl)`, fr: `${title} (fr)`, en: title },
      summary: { nl: 'Samenvatting.', fr: 'Résumé.', en: 'Summary.' },
      sources: ['web'],
      confidence: index % 5 === 0 ? 'inferred' : 'confirmed',
    };
  });
  return data;
}

function positionOf(item: Element): number {
  return Number(item.getAttribute('aria-posinset'));
}

/**
 * Whether every drawn item but the tab stop reaches to within one scroll-area height of its
 * visible part: the bound virtualisation promises, whatever the density of the items.
 */
function drawnNearView(timeline: TimelinePage): boolean {
  const area = timeline.scrollArea().getBoundingClientRect();
  return timeline
    .items()
    .filter((item) => item.getAttribute('tabindex') !== '0')
    .every((item) => {
      const box = item.getBoundingClientRect();
      return box.bottom >= area.top - area.height && box.top <= area.bottom + area.height;
    });
}

/** Whether the item's box lies within the visible part of the scroll area. */
function inView(timeline: TimelinePage, item: Element): boolean {
  const area = timeline.scrollArea().getBoundingClientRect();
  const box = item.getBoundingClientRect();
  return box.top >= area.top - 0.5 && box.bottom <= area.bottom + 0.5;
}

describe('<partnership-timeline>', () => {
  it('draws a year axis from the first to the last year of the period', async () => {
    const data = timelineDataset();
    const timeline = await renderTimeline(undefined, 900, data);
    const labels = [...timeline.root.querySelectorAll('.axis text')].map((text) => text.textContent!.trim());
    expect(labels[0]).to.equal(String(data.period.start));
    expect(labels[labels.length - 1]).to.equal(String(data.period.end));
    // Labels are evenly spaced and in order.
    const years = labels.map(Number);
    expect([...years].sort((a, b) => a - b)).to.deep.equal(years);
    expect(timeline.orientation()).to.equal('horizontal');
  });

  it('draws one item per collaboration in lanes by kind, spans as bars and events as marks', async () => {
    const data = timelineDataset();
    const timeline = await renderTimeline(undefined, 900, data);
    const ids = timeline.items().map((item) => item.dataset.id!);
    expect([...ids].sort()).to.deep.equal(data.collaborations.map((c) => c.id).sort());
    const kinds = new Set(data.collaborations.map((c) => c.kind));
    const en = messagesFor('en');
    expect([...timeline.laneNames()].sort()).to.deep.equal(
      [...kinds].map((kind) => en.kindLabel[kind]).sort(),
    );
    for (const collaboration of data.collaborations) {
      const item = timeline.item(collaboration.id);
      const span = SPAN_KINDS.includes(collaboration.kind);
      expect(item.getAttribute('part')!.split(' '), collaboration.id).to.include(span ? 'span' : 'event');
      expect(item.querySelector('.mark')!.tagName, collaboration.id).to.equal(span ? 'rect' : 'path');
    }
    // A longer span is drawn longer.
    const width = (id: string): number =>
      Number(timeline.item(id).querySelector('rect.mark')!.getAttribute('width'));
    expect(width('lc-partnership')).to.be.greaterThan(width('masmut-phase-1'));
  });

  it('draws one item per partner and collaboration when grouped by partner', async () => {
    const data = timelineDataset();
    const timeline = await renderTimeline(
      (d) => html`<partnership-timeline lang="en" group-by="partner" .data=${d}></partnership-timeline>`,
      900,
      data,
    );
    const expected = data.collaborations
      .flatMap((c) =>
        c.partners.map((partner) => `${data.organisations.find((o) => o.id === partner)!.name.en}|${c.id}`),
      )
      .sort();
    const drawn = timeline
      .lanes()
      .flatMap((lane) =>
        [...lane.querySelectorAll<SVGGElement>('[role="option"]')].map(
          (item) => `${lane.getAttribute('aria-label')}|${item.dataset.id}`,
        ),
      )
      .sort();
    expect(drawn).to.deep.equal(expected);
    // Visible lane labels are the short names.
    const visible = timeline.laneLabels();
    expect(visible.sort()).to.deep.equal(data.organisations.map((o) => o.shortName.en).sort());
  });

  it('switches grouping with its own control', async () => {
    const data = timelineDataset();
    const timeline = await renderTimeline(undefined, 900, data);
    const buttons = [...timeline.root.querySelectorAll<HTMLButtonElement>('.group-by button')];
    const partnerButton = buttons.find(
      (button) => button.textContent!.trim() === messagesFor('en').groupByPartner,
    )!;
    expect(partnerButton.getAttribute('aria-pressed')).to.equal('false');
    partnerButton.click();
    await timeline.element.updateComplete;
    expect(timeline.element.groupBy).to.equal('partner');
    expect(timeline.element.getAttribute('group-by')).to.equal('partner');
    expect(partnerButton.getAttribute('aria-pressed')).to.equal('true');
    expect(timeline.items()).to.have.length(
      data.collaborations.reduce((sum, c) => sum + c.partners.length, 0),
    );
  });

  it('selects an item on click, firing partnership-select', async () => {
    const timeline = await renderTimeline();
    const target = timeline.item('benin-study');
    setTimeout(() => click(target.querySelector<SVGElement>('.mark')!));
    const event = await oneEvent(timeline.element, 'partnership-select');
    expect(event.detail).to.deep.equal({ kind: 'collaboration', id: 'benin-study' });
    expect(event.bubbles && event.composed).to.equal(true);
    expect(timeline.element.selected).to.equal('benin-study');
    await timeline.element.updateComplete;
    expect(timeline.element.getAttribute('selected')).to.equal('benin-study');
    const selected = timeline.items().filter((item) => item.getAttribute('aria-selected') === 'true');
    expect(selected.map((item) => item.dataset.id)).to.deep.equal(['benin-study']);
    expect(target.classList.contains('selected')).to.equal(true);
  });

  it('highlights exactly the items of a selected country and dims the others', async () => {
    const data = timelineDataset();
    const timeline = await renderTimeline(
      (d) => html`<partnership-timeline lang="en" selected="TGO" .data=${d}></partnership-timeline>`,
      900,
      data,
    );
    const inTogo = data.collaborations.filter((c) => c.countries.includes('TGO')).map((c) => c.id);
    expect(inTogo.length).to.be.within(1, data.collaborations.length - 1);
    expect(idsWith(timeline, 'highlighted')).to.deep.equal([...inTogo].sort());
    expect(idsWith(timeline, 'dimmed')).to.deep.equal(
      data.collaborations
        .map((c) => c.id)
        .filter((id) => !inTogo.includes(id))
        .sort(),
    );
    // A country is not a collaboration: nothing is marked selected.
    expect(timeline.items().some((item) => item.getAttribute('aria-selected') === 'true')).to.equal(false);
  });

  it('sets the year with the scrubber, fires partnership-year-change and dims inactive items', async () => {
    const data = timelineDataset();
    const timeline = await renderTimeline(undefined, 900, data);
    const input = timeline.scrubber();
    expect(input.labels?.[0]?.textContent?.trim()).to.equal(messagesFor('en').year);
    expect([Number(input.min), Number(input.max)]).to.deep.equal([data.period.start, data.period.end]);
    expect(idsWith(timeline, 'dimmed')).to.deep.equal([]);

    // As a browser does: the value changes and the event fires in the same task.
    setTimeout(() => {
      input.value = '2015';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const event = await oneEvent(timeline.element, 'partnership-year-change');
    expect(event.detail).to.deep.equal({ year: 2015 });
    expect(timeline.element.year).to.equal(2015);
    await timeline.element.updateComplete;
    const inactive = data.collaborations.filter((c) => !activeIn(c, 2015)).map((c) => c.id);
    expect(inactive.length).to.be.within(1, data.collaborations.length - 1);
    expect(idsWith(timeline, 'dimmed')).to.deep.equal([...inactive].sort());
    // Dimmed items stay drawn, and say so.
    expect(timeline.items()).to.have.length(data.collaborations.length);
    expect(timeline.item(inactive[0]!).getAttribute('aria-label')).to.contain('not active in 2015');
    expect(timeline.root.querySelector('.year-line')).to.exist;

    const allYears = timeline.root.querySelector<HTMLButtonElement>('button.all-years')!;
    setTimeout(() => allYears.click());
    const cleared = await oneEvent(timeline.element, 'partnership-year-change');
    expect(cleared.detail).to.deep.equal({ year: null });
    await timeline.element.updateComplete;
    expect(timeline.element.year).to.equal(null);
    expect(idsWith(timeline, 'dimmed')).to.deep.equal([]);
    expect(timeline.root.querySelector('.year-line')).to.equal(null);
  });

  it('aligns the scrubber thumb with the middle of each year on the axis', async () => {
    const data = timelineDataset();
    const timeline = await renderTimeline(undefined, 900, data);
    const input = timeline.scrubber();
    const box = input.getBoundingClientRect();
    const thumb = 16;
    const labels = [...timeline.root.querySelectorAll<SVGTextElement>('.axis text')];
    for (const label of [labels[0]!, labels[labels.length - 1]!]) {
      const year = Number(label.textContent);
      const fraction = (year - data.period.start) / (data.period.end - data.period.start);
      const thumbCentre = box.left + thumb / 2 + fraction * (box.width - thumb);
      const labelBox = label.getBoundingClientRect();
      expect(Math.abs(thumbCentre - (labelBox.left + labelBox.width / 2)), String(year)).to.be.below(1.5);
    }
  });

  it('does not draw items of partners outside the partner filter', async () => {
    const data = timelineDataset();
    const timeline = await renderTimeline(undefined, 900, data);
    timeline.element.partners = ['solsoc'];
    await timeline.element.updateComplete;
    const expected = data.collaborations.filter((c) => c.partners.includes('solsoc')).map((c) => c.id);
    expect(expected.length).to.be.within(1, data.collaborations.length - 1);
    expect(
      timeline
        .items()
        .map((item) => item.dataset.id)
        .sort(),
    ).to.deep.equal([...expected].sort());

    // In partner lanes, only the lanes of the chosen partners remain.
    timeline.element.groupBy = 'partner';
    await timeline.element.updateComplete;
    expect(timeline.laneNames()).to.deep.equal([data.organisations.find((o) => o.id === 'solsoc')!.name.en]);
    expect(timeline.items()).to.have.length(expected.length);
  });

  it('names lanes and items in the language of `lang`, and updates when it changes', async () => {
    const data = timelineDataset();
    const timeline = await renderTimeline(
      (d) => html`<partnership-timeline lang="nl" .data=${d}></partnership-timeline>`,
      900,
      data,
    );
    const itemNodes = timeline.items();
    for (const lang of ['nl', 'fr', 'en'] as const) {
      timeline.element.lang = lang;
      await timeline.element.updateComplete;
      const messages = messagesFor(lang);
      const kinds = [...new Set(data.collaborations.map((c) => c.kind))];
      expect([...timeline.laneNames()].sort(), lang).to.deep.equal(
        kinds.map((kind) => messages.kindLabel[kind]).sort(),
      );
      const visible = timeline.laneLabels();
      expect(visible.sort(), lang).to.deep.equal(kinds.map((kind) => messages.kindLabel[kind]).sort());
      for (const collaboration of data.collaborations) {
        const name = timeline.item(collaboration.id).getAttribute('aria-label')!;
        expect(name.startsWith(`${collaboration.title[lang]}, `), `${lang} ${name}`).to.equal(true);
        expect(name.includes(messages.inferred), `${lang} ${name}`).to.equal(
          collaboration.confidence === 'inferred',
        );
      }
      expect(timeline.root.querySelector('svg.plot')!.getAttribute('aria-label')).to.equal(
        messages.timelineLabel,
      );
    }
    // The items were updated, not re-created.
    expect(timeline.items().every((item, index) => item === itemNodes[index])).to.equal(true);
  });

  it('gives each item a full accessible name', async () => {
    const timeline = await renderTimeline();
    expect(timeline.item('masmut-phase-1').getAttribute('aria-label')).to.equal(
      'MASMUT phase 1 (en), Programme, 2014 – December 2016, 4 partners',
    );
    expect(timeline.item('benin-study').getAttribute('aria-label')).to.equal(
      'Study on mutual health organisations in Benin, Study, 2015, 1 partner, inferred',
    );
  });

  it('marks inferred items without relying on colour', async () => {
    const data = timelineDataset();
    const timeline = await renderTimeline(undefined, 900, data);
    for (const collaboration of data.collaborations) {
      const item = timeline.item(collaboration.id);
      const inferred = collaboration.confidence === 'inferred';
      expect(item.getAttribute('aria-label')!.endsWith(', inferred'), collaboration.id).to.equal(inferred);
      expect(item.getAttribute('part')!.split(' ').includes('inferred'), collaboration.id).to.equal(inferred);
      const mark = item.querySelector('.mark')!;
      const dashed = getComputedStyle(mark).strokeDasharray;
      expect(dashed !== 'none' && dashed !== '', `${collaboration.id} dashed`).to.equal(inferred);
      const hatched = item.querySelector('.hatch') !== null || getComputedStyle(mark).fill.includes('url(');
      expect(hatched, `${collaboration.id} hatched`).to.equal(inferred);
    }
  });

  it('moves through items in time order with the keyboard, selects with Enter and clears with Escape', async () => {
    const data = timelineDataset();
    const timeline = await renderTimeline(undefined, 900, data);
    const order = inTimeOrder(data);
    const stops = timeline.items().filter((item) => item.getAttribute('tabindex') === '0');
    expect(stops.map((item) => item.dataset.id)).to.deep.equal([order[0]]);
    stops[0]!.focus();
    expect(timeline.focused()?.dataset.id).to.equal(order[0]);

    timeline.press('ArrowRight');
    await timeline.element.updateComplete;
    expect(timeline.focused()?.dataset.id).to.equal(order[1]);
    expect(timeline.items().filter((item) => item.getAttribute('tabindex') === '0')).to.have.length(1);
    expect(timeline.item(order[1]!).getAttribute('tabindex')).to.equal('0');

    timeline.press('End');
    await timeline.element.updateComplete;
    expect(timeline.focused()?.dataset.id).to.equal(order[order.length - 1]);
    timeline.press('ArrowLeft');
    await timeline.element.updateComplete;
    expect(timeline.focused()?.dataset.id).to.equal(order[order.length - 2]);
    timeline.press('Home');
    await timeline.element.updateComplete;
    expect(timeline.focused()?.dataset.id).to.equal(order[0]);
    timeline.press('ArrowDown');
    await timeline.element.updateComplete;
    expect(timeline.focused()?.dataset.id).to.equal(order[1]);

    setTimeout(() => timeline.press('Enter'));
    const selected = await oneEvent(timeline.element, 'partnership-select');
    expect(selected.detail).to.deep.equal({ kind: 'collaboration', id: order[1] });
    await timeline.element.updateComplete;
    expect(timeline.item(order[1]!).getAttribute('aria-selected')).to.equal('true');

    setTimeout(() => timeline.press('Escape'));
    const cleared = await oneEvent(timeline.element, 'partnership-select');
    expect(cleared.detail).to.equal(null);
    expect(timeline.element.selected).to.equal(null);
    await timeline.element.updateComplete;
    expect(timeline.items().some((item) => item.getAttribute('aria-selected') === 'true')).to.equal(false);
  });

  it('shows a focus ring and a tooltip with title, period, kind and "inferred" on keyboard focus', async () => {
    const timeline = await renderTimeline();
    timeline.item('lc-partnership').focus();
    timeline.press('ArrowRight');
    await timeline.element.updateComplete;
    // Through the keyboard, then, so that :focus-visible applies.
    const focused = timeline.focused()!;
    expect(focused.dataset.id).to.equal('dakar-conference');
    expect(getComputedStyle(focused.querySelector('.focus-ring')!).visibility).to.equal('visible');

    timeline.press('End', focused);
    timeline.press('ArrowLeft');
    await timeline.element.updateComplete;
    expect(timeline.focused()?.dataset.id).to.equal('masmut-phase-2');
    const tooltip = timeline.tooltip()!;
    expect(tooltip).to.exist;
    const text = tooltip.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Second phase of the MASMUT programme (extended to Togo and Senegal)');
    expect(text).to.contain('2017 – 2021');
    expect(text).to.contain('Programme');
    expect(text).to.contain('inferred');
    const host = timeline.element.getBoundingClientRect();
    const box = tooltip.getBoundingClientRect();
    expect(box.left).to.be.at.least(host.left - 0.5);
    expect(box.right).to.be.at.most(host.right + 0.5);
  });

  it('shows a tooltip on hover', async () => {
    const timeline = await renderTimeline();
    const target = timeline.item('togo-agreement');
    target
      .querySelector('.mark')!
      .dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await timeline.element.updateComplete;
    expect(timeline.tooltip()!.textContent).to.contain('Agreement in Togo');
    target
      .querySelector('.mark')!
      .dispatchEvent(
        new PointerEvent('pointerout', { bubbles: true, composed: true, relatedTarget: timeline.element }),
      );
    await timeline.element.updateComplete;
    expect(timeline.tooltip()).to.equal(null);
  });

  it('keeps focus on the same collaboration when the layout is rebuilt', async () => {
    const timeline = await renderTimeline();
    timeline.item('masmut-phase-1').focus();
    timeline.element.groupBy = 'partner';
    await timeline.element.updateComplete;
    const active = timeline.focused();
    expect(active?.getAttribute('role')).to.equal('option');
    expect(active?.dataset.id).to.equal('masmut-phase-1');
    expect(active?.getAttribute('tabindex')).to.equal('0');
  });

  it('does not re-create or move items when the year or the selection changes', async () => {
    const timeline = await renderTimeline();
    const before = timeline.items();
    const geometry = before.map((item) =>
      item.querySelector('.mark')!.getAttribute(item.querySelector('rect.mark') ? 'x' : 'd'),
    );
    timeline.element.year = 2013;
    timeline.element.selected = 'BEN';
    await timeline.element.updateComplete;
    const after = timeline.items();
    expect(after.every((item, index) => item === before[index])).to.equal(true);
    expect(
      after.map((item) =>
        item.querySelector('.mark')!.getAttribute(item.querySelector('rect.mark') ? 'x' : 'd'),
      ),
    ).to.deep.equal(geometry);
  });

  it('turns vertical under 600 px, with titles as text, and stays inside 320 px', async () => {
    const data = timelineDataset();
    const timeline = await renderTimeline(undefined, 320, data);
    expect(timeline.orientation()).to.equal('vertical');
    const host = timeline.element.getBoundingClientRect();
    expect(host.width).to.equal(320);
    const order = inTimeOrder(data);
    let previousTop = -Infinity;
    for (const id of order) {
      const item = timeline.item(id);
      const title = item.querySelector<SVGTextElement>('.item-title')!;
      const collaboration = data.collaborations.find((c) => c.id === id)!;
      // Wrapped over lines, but every word of the title is there.
      const words = title.textContent!.replace(/\s+/g, ' ').trim();
      expect(words, id).to.equal(collaboration.title.en);
      const box = title.getBoundingClientRect();
      expect(box.right, id).to.be.at.most(host.right);
      expect(box.left, id).to.be.at.least(host.left);
      // Time runs top to bottom.
      expect(box.top, id).to.be.greaterThan(previousTop);
      previousTop = box.top;
    }
    // The longest title needs more than one line at this width.
    expect(timeline.item('benin-study').querySelectorAll('.item-title tspan').length).to.be.greaterThan(1);
    const plot = timeline.root.querySelector('svg.plot')!.getBoundingClientRect();
    expect(plot.width).to.be.at.most(320);
  });

  it('keeps the vertical layout when the language changes, re-wrapping only the text', async () => {
    const data = timelineDataset();
    const timeline = await renderTimeline(undefined, 320, data);
    const marks = (): string[] =>
      timeline.items().map((item) => {
        const mark = item.querySelector('.mark')!;
        return mark.tagName === 'rect'
          ? `${mark.getAttribute('x')},${mark.getAttribute('y')}`
          : mark.getAttribute('d')!;
      });
    const before = marks();
    timeline.element.lang = 'fr';
    await timeline.element.updateComplete;
    expect(marks()).to.deep.equal(before);
    const title = timeline.item('benin-study').querySelector('.item-title')!.textContent!;
    expect(title.replace(/\s+/g, ' ').trim()).to.equal(
      data.collaborations.find((c) => c.id === 'benin-study')!.title.fr,
    );
  });

  it('follows the orientation attribute over the width', async () => {
    const wide = await renderTimeline(
      (d) => html`<partnership-timeline lang="en" orientation="vertical" .data=${d}></partnership-timeline>`,
      900,
    );
    expect(wide.orientation()).to.equal('vertical');
    const narrow = await renderTimeline(
      (d) =>
        html`<partnership-timeline lang="en" orientation="horizontal" .data=${d}></partnership-timeline>`,
      400,
    );
    expect(narrow.orientation()).to.equal('horizontal');
    const auto = await renderTimeline(undefined, 599);
    expect(auto.orientation()).to.equal('vertical');
  });

  it('re-lays out when its container is resized across 600 px', async () => {
    const timeline = await renderTimeline(undefined, 900);
    expect(timeline.orientation()).to.equal('horizontal');
    timeline.element.parentElement!.style.width = '400px';
    await waitFor(() => timeline.orientation() === 'vertical');
    expect(timeline.items().length).to.equal(timelineDataset().collaborations.length);
  });

  it('passes axe in its initial state, with a selection and with a year', async () => {
    const timeline = await renderTimeline();
    await expect(timeline.element).to.be.accessible();
    timeline.element.selected = 'masmut-phase-1';
    await timeline.element.updateComplete;
    await expect(timeline.element).to.be.accessible();
    timeline.element.year = 2016;
    timeline.element.selected = 'SEN';
    await timeline.element.updateComplete;
    await expect(timeline.element).to.be.accessible();
  });

  for (const [width, grouping] of [
    [360, 'kind'],
    [900, 'partner'],
    [360, 'partner'],
  ] as const) {
    it(`passes axe ${width < 600 ? 'vertical' : 'horizontal'} and grouped by ${grouping}`, async () => {
      const timeline = await renderTimeline(
        (d) => html`<partnership-timeline lang="fr" group-by=${grouping} .data=${d}></partnership-timeline>`,
        width,
      );
      expect(timeline.orientation()).to.equal(width < 600 ? 'vertical' : 'horizontal');
      await expect(timeline.element).to.be.accessible();
    });
  }

  it('shortens titles in bars between words, keeping them part of the accessible name', async () => {
    const data = timelineDataset();
    const timeline = await renderTimeline(undefined, 900, data);
    const shortened = [...timeline.root.querySelectorAll<SVGTextElement>('.mark-label')].filter((label) =>
      label.textContent!.endsWith('…'),
    );
    expect(shortened.length).to.be.greaterThan(0);
    for (const label of shortened) {
      const item = label.closest<SVGGElement>('[role="option"]')!;
      const title = data.collaborations.find((c) => c.id === item.dataset.id)!.title.en;
      const shown = label.textContent!.slice(0, -1);
      expect(title.startsWith(shown), shown).to.equal(true);
      // The cut falls between words, outside any parenthesis.
      expect(title.charAt(shown.length), shown).to.match(/\s/);
      expect(shown.split('(').length, shown).to.equal(shown.split(')').length);
    }
  });

  it('shows the error view naming the field of an invalid dataset', async () => {
    const data = timelineDataset();
    const broken = data.collaborations.findIndex((c) => c.id === 'dakar-conference');
    data.collaborations[broken]!.start = '2012-13';
    const wrapper = await renderInBox({ width: 900 });
    const element = document.createElement('partnership-timeline');
    element.lang = 'en';
    element.data = data;
    const errorEvent = oneEvent(element, 'partnership-error');
    wrapper.append(element);
    const { detail } = (await errorEvent) as PartnershipErrorEvent;
    expect(detail.issues.map((issue) => issue.path)).to.include(`collaborations[${broken}].start`);
    await element.updateComplete;
    const timeline = new TimelinePage(element);
    const alert = timeline.alert()!;
    expect(alert).to.exist;
    expect(alert.textContent).to.contain(`collaborations[${broken}].start`);
    expect(timeline.items()).to.have.length(0);
    await aTimeout(0);
  });

  describe('with thousands of items', () => {
    const SIZE = 2000;

    it('draws everything and adds no scroll area or list positions to a small timeline', async () => {
      const timeline = await renderTimeline();
      expect(timeline.root.querySelector('.scroller')).to.equal(null);
      expect(timeline.element.itemCount).to.equal(timelineDataset().collaborations.length);
      expect(timeline.element.renderedItemCount).to.equal(timeline.element.itemCount);
      expect(timeline.items().some((item) => item.hasAttribute('aria-setsize'))).to.equal(false);
    });

    it('draws only the items in and near the visible part of a bounded scroll area', async () => {
      const timeline = await renderTimeline(undefined, 900, largeDataset(SIZE));
      const area = timeline.scrollArea();
      expect(area.scrollHeight).to.be.greaterThan(area.clientHeight * 2);
      expect(area.clientHeight).to.be.at.most(timeline.element.getBoundingClientRect().height);
      const drawn = timeline.items();
      expect(drawn.length).to.be.within(1, SIZE / 4);
      expect(drawnNearView(timeline)).to.equal(true);
      expect(timeline.element.itemCount).to.equal(SIZE);
      expect(timeline.element.renderedItemCount).to.equal(drawn.length);
      // Screen readers still learn the whole list's size and each item's place in it.
      for (const item of drawn) {
        expect(item.getAttribute('aria-setsize')).to.equal(String(SIZE));
        expect(positionOf(item)).to.be.within(1, SIZE);
        expect(item.getAttribute('aria-label')).to.match(/^Generated \w+ \d+, /);
      }
      const items = timeline.root.querySelector('[role="listbox"]')!;
      expect(items.getAttribute('aria-label')).to.contain(SIZE.toLocaleString('en'));
    });

    it('brings other items in when scrolled, keeping the tab stop', async () => {
      const timeline = await renderTimeline(undefined, 900, largeDataset(SIZE));
      const before = new Set(timeline.items().map((item) => item.dataset.key));
      const tabStop = timeline.items().find((item) => item.getAttribute('tabindex') === '0')!;
      const area = timeline.scrollArea();
      area.scrollTop = area.scrollHeight;
      await waitFor(() =>
        timeline.items().some((item) => !before.has(item.dataset.key) && inView(timeline, item)),
      );
      const after = timeline.items();
      // Events pack tightly at the end of this timeline: more items share its visible part.
      expect(after.length).to.be.below(SIZE * 0.6);
      expect(drawnNearView(timeline)).to.equal(true);
      expect(timeline.element.renderedItemCount).to.equal(after.length);
      // The first lane is far above the visible part now; only the tab stop stays of it.
      const kept = after.filter((item) => before.has(item.dataset.key));
      expect(kept.length).to.be.below(before.size);
      expect(after).to.include(tabStop);
      expect(tabStop.getAttribute('tabindex')).to.equal('0');
    });

    it('reaches every item with the keyboard, drawing it before focusing it', async () => {
      const data = largeDataset(SIZE);
      const timeline = await renderTimeline(undefined, 900, data);
      const first = timeline.items().find((item) => item.getAttribute('tabindex') === '0')!;
      expect(first.dataset.id).to.equal(data.collaborations[0]!.id);
      first.focus();

      timeline.press('End');
      await timeline.element.updateComplete;
      const last = timeline.focused()!;
      expect(last.dataset.id).to.equal(data.collaborations[SIZE - 1]!.id);
      expect(positionOf(last)).to.equal(SIZE);
      expect(last.getAttribute('tabindex')).to.equal('0');
      expect(inView(timeline, last)).to.equal(true);

      timeline.press('ArrowLeft', last);
      await timeline.element.updateComplete;
      expect(timeline.focused()?.dataset.id).to.equal(data.collaborations[SIZE - 2]!.id);

      timeline.press('Home');
      await timeline.element.updateComplete;
      const home = timeline.focused()!;
      expect(home.dataset.id).to.equal(data.collaborations[0]!.id);
      expect(inView(timeline, home)).to.equal(true);
      expect(timeline.items().filter((item) => item.getAttribute('tabindex') === '0')).to.deep.equal([home]);
    });

    it('scrolls a collaboration selected from outside into view', async () => {
      const data = largeDataset(SIZE);
      const timeline = await renderTimeline(undefined, 900, data);
      const far = data.collaborations[SIZE - 3]!.id;
      expect(timeline.root.querySelector(`[data-id="${far}"]`)).to.equal(null);
      timeline.element.selected = far;
      await timeline.element.updateComplete;
      const item = await waitFor(() => {
        const found = timeline.root.querySelector(`[role="option"][data-id="${far}"]`);
        return found && inView(timeline, found) ? found : null;
      });
      expect(item.getAttribute('aria-selected')).to.equal('true');
      // A country is not shown in the timeline: selecting one scrolls nothing.
      const top = timeline.scrollArea().scrollTop;
      timeline.element.selected = 'BEN';
      await timeline.element.updateComplete;
      await aTimeout(50);
      expect(timeline.scrollArea().scrollTop).to.equal(top);
    });

    it('scrolls smoothly to a nearby selected item, and without motion when reduced motion is asked for', async () => {
      const data = largeDataset(SIZE);
      const timeline = await renderTimeline(undefined, 900, data);
      const area = timeline.scrollArea();
      // The first item below the visible part, so that it is near enough to scroll smoothly.
      const below = timeline
        .items()
        .find((item) => item.getBoundingClientRect().top > area.getBoundingClientRect().bottom)!;
      const behaviours: (ScrollBehavior | undefined)[] = [];
      const scrollTo = area.scrollTo.bind(area);
      area.scrollTo = ((options: ScrollToOptions) => {
        behaviours.push(options.behavior);
        scrollTo({ ...options, behavior: 'instant' });
      }) as typeof area.scrollTo;
      const matchMedia = window.matchMedia;
      try {
        timeline.element.selected = below.dataset.id!;
        await timeline.element.updateComplete;
        timeline.element.selected = null;
        area.scrollTop = 0;
        await waitFor(() =>
          timeline.items().some((item) => positionOf(item) === 1 && inView(timeline, item)),
        );
        window.matchMedia = (query: string) =>
          ({ matches: query.includes('prefers-reduced-motion: reduce') }) as MediaQueryList;
        timeline.element.selected = below.dataset.id!;
        await timeline.element.updateComplete;
      } finally {
        window.matchMedia = matchMedia;
      }
      expect(behaviours).to.deep.equal(['smooth', 'instant']);
    });

    it('changes the year in the drawn items only, neither adding nor re-creating any', async () => {
      const timeline = await renderTimeline(undefined, 900, largeDataset(SIZE));
      const before = timeline.items();
      timeline.element.year = 2007;
      await timeline.element.updateComplete;
      const after = timeline.items();
      expect(after.length).to.equal(before.length);
      expect(after.every((item, index) => item === before[index])).to.equal(true);
      expect(timeline.element.renderedItemCount).to.equal(before.length);
      const dimmed = after.filter((item) => item.classList.contains('dimmed'));
      expect(dimmed.length).to.be.within(1, after.length - 1);
      for (const item of dimmed) expect(item.getAttribute('aria-label')).to.contain('not active in 2007');
    });

    it('passes axe with only part of its items drawn', async () => {
      const timeline = await renderTimeline(undefined, 900, largeDataset(SIZE));
      await expect(timeline.element).to.be.accessible();
    });

    it('keeps vertical labels clear of the scroll bar and draws a bounded number of items', async () => {
      const timeline = await renderTimeline(undefined, 400, largeDataset(SIZE));
      expect(timeline.orientation()).to.equal('vertical');
      expect(timeline.items().length).to.be.within(1, SIZE / 4);
      const area = timeline.scrollArea();
      const right = area.getBoundingClientRect().left + area.clientWidth;
      for (const title of timeline.root.querySelectorAll('.item-title')) {
        expect(title.getBoundingClientRect().right).to.be.at.most(right + 0.5);
      }
    });
  });
});
