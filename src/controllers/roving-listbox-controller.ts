import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { memo } from '../elements/shared/memo.js';

/** What a view tells the listbox about its options. */
export interface RovingListboxOptions {
  /** The options' keys in reading order; the same array while the options stay the same. */
  keys(): readonly string[];
  /** Where the tab stop goes when no option has had focus, or the one that had is gone. */
  fallback(): string | null;
  /** The option's node in the view, or null when it is not drawn. */
  element(key: string): (HTMLElement | SVGElement) | null;
  /** The key of the option a node belongs to, or null for a node that is not an option. */
  keyOf(node: EventTarget | null): string | null;
  /** Enter or Space on an option. */
  activate(key: string): void;
  /** Escape. Returns false when there was nothing to dismiss, so the key goes on to the page. */
  dismiss?(): boolean;
  /** Told when focus moves to another option, by key, pointer or script. */
  focused?(key: string): void;
  /**
   * A virtual list: an option may be out of the DOM, or out of view, until an update draws
   * and scrolls to it, so focus always moves after an update. The view then gives focus in
   * its own `updated`, after scrolling, with `flushFocus`. A function for a view that is
   * virtual only at some sizes (the timeline, above 300 items): it is asked at each use.
   */
  virtual?: boolean | (() => boolean);
}

/**
 * One keyboard model for the map's countries, the timeline's items and any other list of
 * options: a single tab stop that stays on the option last focused (a key, not a node, so
 * that it survives re-rendering), arrows, Home and End to move, Enter or Space to choose,
 * Escape to dismiss, as in the WAI-ARIA listbox pattern. Modified keys belong to the browser.
 *
 * The view calls `sync()` in `willUpdate` once its options are known, renders `tabindex`
 * from `tabStop`, and passes its options' `keydown`, `focusin` and `focusout` events here.
 */
export class RovingListboxController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: RovingListboxOptions;
  #focusKey: string | null = null;
  #focusWithin = false;
  #tabStop: string | null = null;
  #pending: string | null = null;
  /** Focus was on an option when this update began: given back if the update removed it. */
  #restore = false;
  readonly #positions = memo((keys: readonly string[]) => new Map(keys.map((key, at) => [key, at])));

  constructor(host: ReactiveControllerHost & HTMLElement, options: RovingListboxOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The option that takes Tab, as resolved by the last `sync()`. */
  get tabStop(): string | null {
    return this.#tabStop;
  }

  /** Whether an option of this view has focus now. */
  get focusWithin(): boolean {
    return this.#focusWithin;
  }

  /** An option to be focused after the coming update, which a virtual view must draw. */
  get pendingFocus(): string | null {
    return this.#pending;
  }

  /** Resolves the tab stop for the options of this update. */
  sync(): string | null {
    const has = (key: string | null) => key !== null && this.#positions(this.#options.keys()).has(key);
    this.#tabStop = has(this.#focusKey) ? this.#focusKey : this.#options.fallback();
    if (this.#focusKey !== null) this.#focusKey = this.#tabStop;
    // No shadow root yet on a first render, nor on a server's.
    const active = this.#host.shadowRoot?.activeElement ?? null;
    this.#restore = active !== null && this.#options.keyOf(active) !== null;
    return this.#tabStop;
  }

  hostUpdated(): void {
    if (!this.#virtual) this.flushFocus();
  }

  hostDisconnected(): void {
    this.#pending = null;
    this.#restore = false;
    this.#focusWithin = false;
  }

  /**
   * Gives focus once the update drew what it needs: the option asked for, else, when the
   * update removed the focused node (a regrouping, a filter), the tab stop.
   */
  flushFocus({ preventScroll = false }: { preventScroll?: boolean } = {}): void {
    const pending = this.#pending;
    this.#pending = null;
    if (pending) this.#options.element(pending)?.focus({ preventScroll });
    if (!this.#restore) return;
    this.#restore = false;
    const active = this.#host.shadowRoot?.activeElement ?? null;
    if (active?.isConnected && this.#options.keyOf(active) !== null) return;
    if (this.#tabStop) this.#options.element(this.#tabStop)?.focus();
  }

  /** Moves focus to an option, now if it is drawn, else after the update that draws it. */
  focus(key: string): void {
    this.#remember(key);
    const element = this.#virtual ? null : this.#options.element(key);
    if (element) element.focus();
    else {
      this.#pending = key;
      this.#host.requestUpdate();
    }
  }

  readonly keydown = (event: KeyboardEvent): void => {
    const current = this.#options.keyOf(event.target);
    if (current === null || event.altKey || event.ctrlKey || event.metaKey) return;
    const keys = this.#options.keys();
    const position = this.#positions(keys).get(current) ?? 0;
    let target: string | undefined;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        target = keys[Math.min(keys.length - 1, position + 1)];
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        target = keys[Math.max(0, position - 1)];
        break;
      case 'Home':
        target = keys[0];
        break;
      case 'End':
        target = keys[keys.length - 1];
        break;
      case 'Enter':
      case ' ':
        this.#options.activate(current);
        break;
      case 'Escape':
        if (!this.#options.dismiss?.()) return;
        break;
      default:
        return;
    }
    event.preventDefault();
    if (target !== undefined) this.focus(target);
  };

  readonly focusin = (event: FocusEvent): void => {
    const key = this.#options.keyOf(event.target);
    if (key === null) return;
    this.#remember(key);
    if (!this.#focusWithin) {
      this.#focusWithin = true;
      this.#host.requestUpdate();
    }
  };

  readonly focusout = (event: FocusEvent): void => {
    // Focus lost because the update removed the node is given back in `flushFocus`.
    if (this.#restore) return;
    if (this.#options.keyOf(event.relatedTarget) !== null) return;
    this.#focusWithin = false;
    this.#host.requestUpdate();
  };

  #remember(key: string): void {
    if (key === this.#focusKey) return;
    this.#focusKey = key;
    this.#options.focused?.(key);
    this.#host.requestUpdate();
  }

  get #virtual(): boolean {
    const { virtual } = this.#options;
    return typeof virtual === 'function' ? virtual() : !!virtual;
  }
}
