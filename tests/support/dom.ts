import { aTimeout, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';

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

/** Dispatches a click the way a mouse does: bubbling and composed, on `target`. */
export function click(target: Element): void {
  target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
}

/** The deepest focused element, through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The size of the box an element is rendered in, in CSS pixels. */
export interface BoxSize {
  width?: number;
  height?: number;
}

/** Renders `template` in a box of `size` (900 px wide unless told) and returns the box. */
export async function renderInBox(
  { width = 900, height }: BoxSize,
  template?: TemplateResult,
): Promise<HTMLDivElement> {
  const style = `width: ${width}px${height === undefined ? '' : `; height: ${height}px`}`;
  return fixture<HTMLDivElement>(html`<div style=${style}>${template}</div>`);
}
