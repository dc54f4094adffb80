import { deepActiveElement, press, waitFor } from './dom.js';

/**
 * What every page object shares: the element, its shadow root, queries into it, the error
 * view and keys. Page objects only find things; the tests assert.
 */
export class ElementPage<E extends HTMLElement> {
  /** What the element draws once its data is in: a map's countries, a table's rows. */
  protected readonly drawnSelector: string = '[role="option"]';

  constructor(readonly element: E) {}

  /** Waits until the element draws what it shows (`drawnSelector`): `count` of them, or any. */
  async whenDrawn(count?: number, timeout?: number): Promise<this> {
    await waitFor(() => {
      const drawn = this.element.shadowRoot?.querySelectorAll(this.drawnSelector).length ?? 0;
      return count === undefined ? drawn > 0 : drawn === count;
    }, timeout);
    return this;
  }

  get root(): ShadowRoot {
    const root = this.element.shadowRoot;
    if (!root) throw new Error(`<${this.element.localName}> has no shadow root`);
    return root;
  }

  /** The first match of `selector` in the shadow root, or null. */
  find<T extends Element = Element>(selector: string): T | null {
    return this.root.querySelector<T>(selector);
  }

  /** Every match of `selector` in the shadow root. */
  findAll<T extends Element = Element>(selector: string): T[] {
    return [...this.root.querySelectorAll<T>(selector)];
  }

  /** The first match of `selector`; fails, naming it, when there is none. */
  get<T extends Element = Element>(selector: string): T {
    const found = this.find<T>(selector);
    if (!found) throw new Error(`<${this.element.localName}> shows no ${selector}`);
    return found;
  }

  /** The error view, `[role="alert"]`. */
  alert(): HTMLElement | null {
    return this.find<HTMLElement>('[role="alert"]');
  }

  /** The focused element, when focus is inside this element. */
  focused<T extends Element = SVGGElement>(): T | null {
    const active = deepActiveElement();
    return active && this.root.contains(active) ? (active as T) : null;
  }

  /** A keydown as a keyboard sends it, to `target`: by default, whatever has focus. */
  press(
    key: string,
    target: Element = deepActiveElement() ?? this.element,
    init: KeyboardEventInit = {},
  ): void {
    press(target, key, init);
  }
}

/**
 * Whether any of the four elements shows its data: a map its countries, a timeline its
 * items, a table its rows, an explorer its map's countries.
 */
export function isDrawn(element: Element): boolean {
  const root = element.shadowRoot;
  if (!root) return false;
  if (element.localName === 'partnership-explorer') {
    return !!root.querySelector('partnership-map')?.shadowRoot?.querySelector('[data-country]');
  }
  return !!root.querySelector('[data-country], [role="option"], tbody tr');
}
