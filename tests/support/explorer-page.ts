import { html, type TemplateResult } from 'lit';
import type { PartnershipExplorer } from '../../src/elements/partnership-explorer/partnership-explorer.js';
import { renderInBox, waitFor, type BoxSize } from './dom.js';
import { ElementPage } from './element-page.js';
import { MapPage } from './map-page.js';
import { TablePage } from './table-page.js';
import { TimelinePage } from './timeline-page.js';

export interface ExplorerRenderOptions extends BoxSize {
  /**
   * What to wait for: `views` (default) until the map's countries and the timeline's items
   * are drawn; `mounted` only until the explorer has put its map in.
   */
  until?: 'views' | 'mounted';
}

/**
 * A `<partnership-explorer>` as a test sees it: its map and timeline (or table) as their
 * own page objects, the details panel, the header, the partner filter.
 */
export class ExplorerPage extends ElementPage<PartnershipExplorer> {
  /** Renders `template` (an English explorer by default) in a 1200 px box and waits until its views are drawn. */
  static async render(
    template: TemplateResult = html`<partnership-explorer lang="en"></partnership-explorer>`,
    { until = 'views', width = 1200, height }: ExplorerRenderOptions = {},
  ): Promise<ExplorerPage> {
    const wrapper = await renderInBox({ width, height }, template);
    const page = new ExplorerPage(wrapper.querySelector('partnership-explorer')!);
    return until === 'views' ? page.whenDrawn() : page.whenMounted();
  }

  /** Waits until the explorer has put its map in (drawn or not). */
  async whenMounted(timeout?: number): Promise<this> {
    await waitFor(() => this.element.shadowRoot?.querySelector('partnership-map'), timeout);
    return this;
  }

  /** Waits until the map draws its countries (`countries` of them, or any) and the timeline its items. */
  override async whenDrawn(countries?: number, timeout?: number): Promise<this> {
    await this.whenMounted(timeout);
    await this.map.whenDrawn(countries, timeout);
    await this.timeline.whenDrawn(undefined, timeout);
    await this.element.updateComplete;
    return this;
  }

  /** The explorer's own map. */
  get map(): MapPage {
    return new MapPage(this.get('partnership-map'));
  }

  /** The explorer's own timeline. */
  get timeline(): TimelinePage {
    return new TimelinePage(this.get('partnership-timeline'));
  }

  /** The explorer's table, in the table view. */
  get table(): TablePage {
    return new TablePage(this.get('partnership-table'));
  }

  /** The details panel. */
  details(): HTMLElement {
    return this.get<HTMLElement>('.details');
  }

  /** The heading of the details panel: the selection's name. */
  detailsTitle(): HTMLElement {
    return this.get<HTMLElement>('.details h3');
  }

  /** The explorer's title. */
  heading(): HTMLHeadingElement {
    return this.get<HTMLHeadingElement>('h2');
  }

  /** The button of a partner in the filter. */
  chip(partner: string): HTMLButtonElement {
    return this.get<HTMLButtonElement>(`[data-partner="${partner}"]`);
  }

  /** Where selections are announced. */
  live(): HTMLElement {
    return this.get<HTMLElement>('[aria-live="polite"]');
  }

  /** A keydown to the header, where no view takes it: for the presenter's keys. */
  pressOnHeader(key: string): void {
    this.press(key, this.heading());
  }
}
