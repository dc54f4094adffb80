import { aTimeout } from '@open-wc/testing';

/** Waits until `check` returns a value, polling each frame; fails after `timeout` ms. */
export async function waitFor<T>(check: () => T | null | undefined | false, timeout = 3000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error(`waitFor timed out after ${timeout} ms`);
    await aTimeout(16);
  }
}

/** Dispatches a keydown the way a keyboard does: bubbling and composed, on `target`. */
export function press(target: Element, key: string, init: KeyboardEventInit = {}): void {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, ...init }));
}

/** The deepest focused element, through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
