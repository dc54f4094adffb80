import { html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import bundled from '../../data/partnerships.json';
import '../../src/elements/partnership-map/partnership-map.js';
import '../../src/elements/partnership-timeline/partnership-timeline.js';
import type { PartnershipMap } from '../../src/elements/partnership-map/partnership-map.js';
import type { PartnershipTimeline } from '../../src/elements/partnership-timeline/partnership-timeline.js';
import type { Dataset } from '../../src/data/types.js';
import { renderInBox } from '../support/dom.js';
import { MapPage } from '../support/map-page.js';
import { TimelinePage } from '../support/timeline-page.js';

export const dataset = bundled as unknown as Dataset;

export interface Rendered {
  wrapper: HTMLDivElement;
  map: PartnershipMap;
  /** The map's page object, for its countries. */
  mapPage: MapPage;
  timeline: PartnershipTimeline;
  mapSvg: SVGSVGElement;
  axisSvg: SVGSVGElement;
  plotSvg: SVGSVGElement;
}

/** A map above a timeline, bundled dataset, as a page would show them. */
export async function renderViews(
  width = 900,
  map: TemplateResult = html`<partnership-map lang="en" year="2021"></partnership-map>`,
  timeline: TemplateResult = html`<partnership-timeline lang="en" year="2021"></partnership-timeline>`,
): Promise<Rendered> {
  const wrapper = await renderInBox({ width }, html`${map}${timeline}`);
  const mapPage = await new MapPage(wrapper.querySelector('partnership-map')!).whenDrawn(
    dataset.countries.length,
  );
  const timelinePage = await new TimelinePage(wrapper.querySelector('partnership-timeline')!).whenDrawn();
  await mapPage.element.updateComplete;
  await timelinePage.element.updateComplete;
  return {
    wrapper,
    map: mapPage.element,
    mapPage,
    timeline: timelinePage.element,
    mapSvg: mapPage.svg(),
    // A vertical timeline (under 600 px) has no axis of its own: null then, for tests of the map only.
    axisSvg: timelinePage.find<SVGSVGElement>('svg[part="axis"]')!,
    plotSvg: timelinePage.find<SVGSVGElement>('svg[part="plot"]')!,
  };
}

/** Parses as a standalone SVG file would be; fails the test on a parser error. */
export function parseSvg(svg: string): XMLDocument {
  const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const error = document.querySelector('parsererror');
  if (error) throw new Error(`not well-formed SVG: ${error.textContent}`);
  return document;
}

/**
 * A CSS colour as [r, g, b, a] bytes, painted by a canvas: independent of the module's own
 * parsing, which takes the regular expression path for the forms Chromium computes.
 */
export function colorBytes(value: string): number[] {
  const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  context.fillStyle = value;
  context.fillRect(0, 0, 1, 1);
  return [...context.getImageData(0, 0, 1, 1).data];
}

/** A point well inside `shape` (3 px from any edge), in its SVG's user units, away from `avoid`. */
export function pointInside(shape: SVGGeometryElement, avoid: DOMRect[] = []): DOMPoint {
  const box = shape.getBBox();
  const svg = shape.ownerSVGElement!;
  const origin = svg.getBoundingClientRect();
  const inside = (x: number, y: number) => shape.isPointInFill(new DOMPoint(x, y));
  for (let y = box.y + 4; y < box.y + box.height - 4; y += 2) {
    for (let x = box.x + 4; x < box.x + box.width - 4; x += 2) {
      if (
        ![
          [0, 0],
          [-3, 0],
          [3, 0],
          [0, -3],
          [0, 3],
        ].every(([dx, dy]) => inside(x + dx!, y + dy!))
      )
        continue;
      const screenX = origin.left + x;
      const screenY = origin.top + y;
      const covered = avoid.some(
        (rect) =>
          screenX > rect.left - 4 &&
          screenX < rect.right + 4 &&
          screenY > rect.top - 4 &&
          screenY < rect.bottom + 4,
      );
      if (!covered) return new DOMPoint(x, y);
    }
  }
  throw new Error('no point inside the shape');
}
