/**
 * Registers an element unless the page already has one of that name, so two copies of the
 * bundle on one page (a CMS block and a theme, say) do not throw.
 */
export function defineElement(name: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, constructor);
}
