import { fixture, html } from '@open-wc/testing';
import { waitFor } from './dom.js';

/**
 * The prerendered page (`/ssr/page`: what `partnership-data render` prints, with the query's
 * options, in a page) in an iframe of the size given, without the bundle's script, which a
 * test adds once it has looked at the page as a reader sees it first.
 */
export async function openPrerendered(query: string, width = 960, height = 900): Promise<HTMLIFrameElement> {
  const frame = await fixture<HTMLIFrameElement>(
    html`<iframe
      src="/ssr/page?script=0&${query}"
      style="width: ${width}px; height: ${height}px; border: 0"
    ></iframe>`,
  );
  await waitFor(() => frame.contentDocument?.readyState === 'complete' && explorerOf(frame), 8000);
  return frame;
}

/** The page's explorer, or null before the page has it. */
export const explorerOf = <T extends HTMLElement = HTMLElement>(frame: HTMLIFrameElement): T | null =>
  frame.contentDocument?.querySelector<T>('partnership-explorer') ?? null;
