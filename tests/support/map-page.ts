import { html, type TemplateResult } from 'lit';
import type { PartnershipMap } from '../../src/elements/partnership-map/partnership-map.js';
import { click, renderInBox, type BoxSize } from './dom.js';
import { ElementPage } from './element-page.js';

/** A `<partnership-map>` as a test sees it: countries, labels, markers, zoom. */
export class MapPage extends ElementPage<PartnershipMap> {
  /** Renders `template` (a plain map by default) in a box and waits until countries are drawn. */
  static async render(
    template: TemplateResult = html`<partnership-map></partnership-map>`,
    box: BoxSize = {},
  ): Promise<MapPage> {
    const wrapper = await renderInBox(box, template);
    return new MapPage(wrapper.querySelector('partnership-map')!).whenDrawn();
  }

  /** The map's SVG, `svg[part="map"]`. */
  svg(): SVGSVGElement {
    return this.get<SVGSVGElement>('svg[part="map"]');
  }

  /** The countries, the options of the map. */
  countries(): SVGGElement[] {
    return this.findAll<SVGGElement>('[role="option"]');
  }

  /** The ids of the countries drawn, in document order. */
  countryIds(): string[] {
    return this.countries().map((country) => country.dataset.country!);
  }

  country(id: string): SVGGElement {
    return this.get<SVGGElement>(`[data-country="${id}"]`);
  }

  /** The drawn outline of a country. */
  shape(id: string): SVGPathElement {
    return this.get<SVGPathElement>(`[data-country="${id}"] .shape`);
  }

  /** The one country in the tab order. */
  tabStop(): SVGGElement {
    return this.get<SVGGElement>('[role="option"][tabindex="0"]');
  }

  /** Clicks a country, as a mouse does. */
  clickCountry(id: string): void {
    click(this.country(id));
  }

  /** The country names drawn on the map. */
  labels(): SVGTextElement[] {
    return this.findAll<SVGTextElement>('.labels text');
  }

  labelTexts(): string[] {
    return this.labels().map((label) => label.textContent!.trim());
  }

  /** The venue markers, one per collaboration with a venue. */
  markers(): SVGGElement[] {
    return this.findAll<SVGGElement>('.marker');
  }

  /** The dot of the venue marker of a collaboration, if it is drawn. */
  markerDot(collaboration: string): SVGCircleElement | null {
    return this.find<SVGCircleElement>(`[data-collaboration="${collaboration}"] .marker-dot`);
  }

  markerDots(): SVGCircleElement[] {
    return this.findAll<SVGCircleElement>('.marker-dot');
  }

  /** The names of venues outside the countries. */
  venueNames(): SVGTextElement[] {
    return this.findAll<SVGTextElement>('.venue-name');
  }

  /** The zoom in, zoom out, reset and download buttons. */
  buttons(): HTMLButtonElement[] {
    return this.findAll<HTMLButtonElement>('.controls button');
  }

  /** The transform of the zoom layer, `svg > g`. */
  transform(): string {
    return this.get('svg > g').getAttribute('transform') ?? '';
  }

  /** The zoom layer's scale, from its transform. */
  scale(): number {
    return Number(/scale\(([\d.e-]+)\)/.exec(this.transform())?.[1] ?? '1');
  }

  tooltip(): HTMLElement | null {
    return this.find<HTMLElement>('[part~="tooltip"]');
  }

  /** The notice naming countries the map has no outline of. */
  notice(): HTMLElement | null {
    return this.find<HTMLElement>('[part="notice"]');
  }
}
