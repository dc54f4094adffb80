/** Definitions waiting for their task, on a page with prerendered HTML; null on any other. */
let waiting: (() => void)[] | null | undefined;

/**
 * Registers an element unless the page already has one of that name, so two copies of the
 * bundle on one page (a CMS block and a theme, say) do not throw.
 *
 * On a page whose HTML already shows one of our elements (its shadow root came with the
 * HTML), each definition runs in a task of its own after the module's, in the order the
 * modules call this (the explorer last, after the views it imports): a definition upgrades
 * every element of that name, and the four upgrades were most of the module's task, the
 * longest of a prerendered page on a phone's CPU. The page shows the server's drawing
 * meanwhile. On any other page the elements are defined when the module runs.
 */
export function defineElement(name: string, constructor: CustomElementConstructor): void {
  const define = () => customElements.get(name) || customElements.define(name, constructor);
  // The first of ours in the page tells (a page that mixes both is defined at once, as before).
  // A server has no document.
  waiting ??= globalThis.document?.querySelector(
    'partnership-explorer,partnership-map,partnership-timeline,partnership-table',
  )?.shadowRoot
    ? []
    : null;
  if (!waiting) define();
  else if (waiting.push(define) === 1) setTimeout(defineNext);
}

function defineNext(): void {
  waiting!.shift()!();
  if (waiting!.length) setTimeout(defineNext);
}
