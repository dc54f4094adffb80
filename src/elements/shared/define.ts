/** The definitions still to run, each after the one before, on a page with prerendered HTML. */
let queue: Promise<unknown> | null | undefined;

/**
 * Registers an element unless the page already has one of that name, so two copies of the
 * bundle on one page (a CMS block and a theme, say) do not throw.
 *
 * On a page whose HTML already shows an explorer (its shadow root came with the HTML),
 * each definition runs in a task of its own after the module's, in the order the
 * modules call this (the explorer last, after the views it imports): a definition upgrades
 * every element of that name, and the four upgrades were most of the module's task, the
 * longest of a prerendered page on a phone's CPU. The page shows the server's drawing
 * meanwhile. On any other page the elements are defined when the module runs.
 */
export function defineElement(name: string, constructor: CustomElementConstructor): void {
  const define = () => customElements.get(name) || customElements.define(name, constructor);
  // `partnership-data render` prerenders explorers; the first in the page tells (a page
  // that mixes drawn and prerendered ones is defined at once, as before). A server has no
  // document.
  queue ??= globalThis.document?.querySelector('partnership-explorer')?.shadowRoot ? Promise.resolve() : null;
  if (queue) queue = queue.then(() => new Promise((resolve) => setTimeout(resolve))).then(define);
  else define();
}
