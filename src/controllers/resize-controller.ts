import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** `hydrating` and `drawsAsServer`: see `PartnershipElement`. */
type Host = ReactiveControllerHost & HTMLElement & { hydrating?: boolean; drawsAsServer?: boolean };

/**
 * Tracks the content size of an element. Views lay themselves out from this size, so a
 * map or timeline fits whatever container a page gives it. The target may appear later
 * (after loading) or be replaced (after an error), so it is looked up after each update.
 */
export class ResizeController implements ReactiveController {
  #width = 0;
  #height = 0;
  #observer: ResizeObserver | undefined;
  #observed: Element | null = null;

  readonly #host: Host;
  readonly #target: () => Element | null;
  readonly #serverSize: (() => readonly [number, number]) | undefined;

  /**
   * `serverSize` is the size a server render lays the host out at: there is no layout to
   * observe there, and nothing would be drawn at 0 × 0. A prerendered host is laid out at
   * that size again for its hydration, whatever the observer has reported by then.
   */
  constructor(
    host: Host,
    target: () => Element | null = () => host,
    serverSize?: () => readonly [number, number],
  ) {
    this.#host = host;
    this.#target = target;
    this.#serverSize = serverSize;
    host.addController(this);
  }

  #asServer(): readonly [number, number] | undefined {
    return this.#host.drawsAsServer ? (this.#serverSize?.() ?? [0, 0]) : undefined;
  }

  get width(): number {
    return this.#asServer()?.[0] ?? this.#width;
  }

  get height(): number {
    return this.#asServer()?.[1] ?? this.#height;
  }

  hostConnected(): void {
    const observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      if (!box) return;
      const width = Math.round(box.width);
      const height = Math.round(box.height);
      if (width === this.#width && height === this.#height) return;
      this.#width = width;
      this.#height = height;
      this.#host.requestUpdate();
    });
    this.#observer = observer;
    // Reattached (moved in the page, re-mounted by a framework): the rendered target is
    // still there and may have a new size, and no update may come to observe it again.
    this.#observed = this.#target();
    if (this.#observed) observer.observe(this.#observed);
  }

  #hydrating = false;

  hostUpdate(): void {
    this.#hydrating = !!this.#host.hydrating;
  }

  hostUpdated(): void {
    const target = this.#target();
    if (this.#hydrating && target) {
      // The update that hydrates (drawn at the server's size): the next one lays out for the
      // page at once, before the observer's first report (which is then the same size, and
      // changes nothing). The server's nodes have the page's boxes already.
      const box = target.getBoundingClientRect();
      this.#width = Math.round(box.width);
      this.#height = Math.round(box.height);
    }
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
