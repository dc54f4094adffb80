/**
 * The language an element should speak when it has no `lang` of its own: the nearest
 * `lang` above it, crossing shadow roots, as the HTML spec inherits it.
 */
export function inheritedLang(element: Element): string | null {
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang');
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return null;
}
