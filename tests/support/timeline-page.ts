import { html, type TemplateResult } from 'lit';
import type { PartnershipTimeline } from '../../src/elements/partnership-timeline/partnership-timeline.js';
import { click, renderInBox, type BoxSize } from './dom.js';
import { ElementPage } from './element-page.js';

/** A `<partnership-timeline>` as a test sees it: items, lanes, the year scrubber. */
export class TimelinePage extends ElementPage<PartnershipTimeline> {
  /** Renders `template` (an English timeline by default) in a box and waits until items are drawn. */
  static async render(
    template: TemplateResult = html`<partnership-timeline lang="en"></partnership-timeline>`,
    box: BoxSize = {},
  ): Promise<TimelinePage> {
    const wrapper = await renderInBox(box, template);
    return new TimelinePage(wrapper.querySelector('partnership-timeline')!).whenDrawn();
  }

  /** The items drawn, the options of the timeline. */
  items(): SVGGElement[] {
    return this.findAll<SVGGElement>('[role="option"]');
  }

  /** The ids of the items drawn, in document order. */
  itemIds(): string[] {
    return this.items().map((item) => item.dataset.id!);
  }

  /** The (first) item of a collaboration. */
  item(id: string): SVGGElement {
    return this.get<SVGGElement>(`[role="option"][data-id="${id}"]`);
  }

  /** The item in the tab order. */
  tabStop(): SVGGElement {
    return this.get<SVGGElement>('[role="option"][tabindex="0"]');
  }

  /** Clicks the mark of a collaboration's item, as a mouse does. */
  clickItem(id: string): void {
    click(this.item(id));
  }

  /** The lanes, `[role="group"]` in the listbox. */
  lanes(): Element[] {
    return this.findAll('[role="listbox"] > [role="group"]');
  }

  /** The accessible names of the lanes. */
  laneNames(): string[] {
    return this.lanes().map((lane) => lane.getAttribute('aria-label')!);
  }

  /** The visible names of the lanes. */
  laneLabels(): string[] {
    return this.findAll('.lane-label').map((label) => label.textContent!.trim());
  }

  /** `horizontal` or `vertical`, as the layout drawn says. */
  orientation(): string | null {
    return this.get('[data-orientation]').getAttribute('data-orientation');
  }

  /** The year scrubber. */
  scrubber(): HTMLInputElement {
    return this.get<HTMLInputElement>('input[type="range"]');
  }

  /** Moves the year scrubber to `year` as a person does: input, then change. */
  scrub(year: number): void {
    const scrubber = this.scrubber();
    scrubber.value = String(year);
    scrubber.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    scrubber.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  /** The scroll area of a virtualised timeline. */
  scrollArea(): HTMLElement {
    return this.get<HTMLElement>('.scroller');
  }

  tooltip(): HTMLElement | null {
    return this.find<HTMLElement>('.tooltip');
  }
}
