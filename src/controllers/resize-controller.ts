import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/**
 * Tracks the content size of an element. Views lay themselves out from this size, so a
 * map or timeline fits whatever container a page gives it. The target may appear later
 * (after loading) or be replaced (after an error), so it is looked up after each update.
 */
export class ResizeController implements ReactiveController {
  width = 0;
  height = 0;
  #observer: ResizeObserver | undefined;
  #observed: Element | null = null;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #target: () => Element | null;

  /**
   * `serverSize` is the size a server render lays the host out at: there is no layout to
   * observe there, and nothing would be drawn at 0 × 0.
   */
  constructor(
    host: ReactiveControllerHost & HTMLElement,
    target: () => Element | null = () => host,
    serverSize?: readonly [number, number],
  ) {
    this.#host = host;
    this.#target = target;
    host.addController(this);
    if (isServer && serverSize) [this.width, this.height] = serverSize;
  }

  hostConnected(): void {
    const observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      if (!box) return;
      const width = Math.round(box.width);
      const height = Math.round(box.height);
      if (width === this.width && height === this.height) return;
      this.width = width;
      this.height = height;
      this.#host.requestUpdate();
    });
    this.#observer = observer;
    // Reattached (moved in the page, re-mounted by a framework): the rendered target is
    // still there and may have a new size, and no update may come to observe it again.
    this.#observed = this.#target();
    if (this.#observed) observer.observe(this.#observed);
  }

  hostUpdated(): void {
    const target = this.#target();
    if (!this.#observer || target === this.#observed) return;
    if (this.#observed) this.#observer.unobserve(this.#observed);
    this.#observed = target;
    if (target) this.#observer.observe(target);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#observed = null;
  }
}
