import { fixture, html } from '@open-wc/testing';
import { waitFor } from '../support/dom.js';
import { MapPage } from '../support/map-page.js';
import { TimelinePage } from '../support/timeline-page.js';

/**
 * The built single-file explorer (`dist/partnership-explorer.html`, which `npm test` builds
 * first) in an iframe of a screen's size: its own viewport, so media queries, container
 * units and `elementFromPoint` behave as on that screen.
 */
export interface Screen {
  name: string;
  width: number;
  height: number;
}

export interface OpenedPage {
  frame: HTMLIFrameElement;
  window: Window;
  document: Document;
  explorer: HTMLElement & {
    selected: string | null;
    next(): void;
    goTo(index: number): void;
    updateComplete: Promise<boolean>;
  };
  root: ShadowRoot;
  map: MapPage;
  timeline: TimelinePage | null;
}

export async function openPage(screen: Screen, hash: string): Promise<OpenedPage> {
  // The iframe sits at the top left of the test page, so the browser renders it as it would
  // a visible page (off-screen frames may be throttled).
  const frame = await fixture<HTMLIFrameElement>(
    html`<iframe
      title="explorer"
      src=${`/dist/partnership-explorer.html#${hash}`}
      style="position: fixed; top: 0; left: 0; border: 0; width: ${screen.width}px; height: ${screen.height}px"
    ></iframe>`,
  );
  const explorer = await waitFor(
    () => frame.contentDocument?.querySelector('partnership-explorer') as OpenedPage['explorer'] | null,
    15000,
  );
  const root = await waitFor(() => explorer.shadowRoot, 15000);
  await whenHydrated(explorer);
  const map = new MapPage(await waitFor(() => root.querySelector('partnership-map'), 15000));
  await map.whenDrawn(undefined, 15000);
  await settle(frame.contentWindow!);
  const timeline = root.querySelector('partnership-timeline');
  return {
    frame,
    window: frame.contentWindow!,
    document: frame.contentDocument!,
    explorer,
    root,
    map,
    timeline: timeline ? new TimelinePage(timeline) : null,
  };
}

/**
 * The page's explorer is prerendered: it shows before its script runs, and the views are ready
 * once the explorer and the views inside it have hydrated (or drawn anew).
 */
export async function whenHydrated(explorer: Element): Promise<void> {
  const hydrating = (element: Element | null | undefined) =>
    (element as { hydrating?: boolean } | null | undefined)?.hydrating !== false;
  await waitFor(() => {
    const root = explorer.shadowRoot;
    const views = [
      ...(root?.querySelectorAll('partnership-map, partnership-timeline, partnership-table') ?? []),
    ];
    return !hydrating(explorer) && views.every((view) => !hydrating(view));
  }, 15000);
}

/** Resize observers, label placement and fonts settle within a few frames. */
export async function settle(view: Window, frames = 6): Promise<void> {
  // Firefox ESR leaves `ready` pending in a page with declarative shadow roots even when
  // nothing loads (status "loaded", no faces): only wait while something does.
  if (view.document.fonts.status !== 'loaded') await view.document.fonts.ready;
  for (let i = 0; i < frames; i++) await new Promise((resolve) => view.requestAnimationFrame(resolve));
}

export type Box = Pick<DOMRect, 'left' | 'top' | 'right' | 'bottom' | 'width' | 'height'>;

/** Half a pixel of slack for subpixel layout. */
const SLACK = 0.5;

export function inside(inner: Box, outer: Box, slack = SLACK): boolean {
  return (
    inner.left >= outer.left - slack &&
    inner.top >= outer.top - slack &&
    inner.right <= outer.right + slack &&
    inner.bottom <= outer.bottom + slack
  );
}

export function overlaps(a: Box, b: Box, slack = SLACK): boolean {
  return (
    a.left < b.right - slack &&
    b.left < a.right - slack &&
    a.top < b.bottom - slack &&
    b.top < a.bottom - slack
  );
}

export function describeBox(box: Box): string {
  return `[${Math.round(box.left)}, ${Math.round(box.top)} – ${Math.round(box.right)}, ${Math.round(box.bottom)}]`;
}

/** Every rendered element of `root` and of the shadow roots inside it. */
export function* deepElements(root: ParentNode): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* deepElements(element.shadowRoot);
  }
}

/**
 * The size at which each visible line of text is drawn, in CSS pixels of the screen: the
 * computed font size, times the scale of the SVG it is drawn in (a map scales its labels
 * with its viewBox).
 */
export function renderedTextSizes(root: ParentNode, view: Window): { size: number; text: string }[] {
  const sizes: { size: number; text: string }[] = [];
  for (const element of deepElements(root)) {
    const text = [...element.childNodes]
      .filter((node) => node.nodeType === Node.TEXT_NODE)
      .map((node) => node.textContent!.trim())
      .join('');
    if (!text) continue;
    const style = view.getComputedStyle(element);
    if (style.display === 'none' || style.visibility === 'hidden') continue;
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    // Text read only by screen readers is not drawn.
    if (element.closest('.visually-hidden') || (box.width <= 1 && box.height <= 1)) continue;
    let scale = 1;
    if (element instanceof SVGGraphicsElement) {
      const matrix = element.getScreenCTM();
      if (matrix) scale = Math.hypot(matrix.a, matrix.b);
    }
    sizes.push({ size: parseFloat(style.fontSize) * scale, text });
  }
  return sizes;
}

/**
 * Whether the screen shows `element` at its centre (not covered, not off screen): what is hit
 * there is `owner` (by default the element) or inside it.
 */
export function hitAtCentre(view: Window, element: Element, owner: Element = element): boolean {
  const box = element.getBoundingClientRect();
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  if (x < 0 || y < 0 || x > view.innerWidth || y > view.innerHeight) return false;
  // elementFromPoint stops at each shadow host: descend through them.
  let hit: Element | null = view.document.elementFromPoint(x, y);
  while (hit?.shadowRoot) {
    const inner = hit.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  return hit !== null && (owner.contains(hit) || hit.contains(owner));
}
