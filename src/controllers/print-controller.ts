import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether the page is being printed, for what a host renders only on paper: from the print
 * media query (print preview too) and the `beforeprint` and `afterprint` events. The listeners
 * end with the host.
 */
export class PrintController implements ReactiveController {
  printing = false;
  // Asked for on connection: a server render constructs the host with no window.
  #query: MediaQueryList | undefined;
  readonly #host: ReactiveControllerHost;
  readonly #flush: () => void;

  /** `flush` renders the host at once (its `performUpdate`, which is not public). */
  constructor(host: ReactiveControllerHost, flush: () => void) {
    this.#host = host;
    this.#flush = flush;
    host.addController(this);
  }

  hostConnected(): void {
    this.#listen('addEventListener');
  }

  hostDisconnected(): void {
    this.#listen('removeEventListener');
  }

  #listen(method: 'addEventListener' | 'removeEventListener'): void {
    this.#query ??= window.matchMedia('print');
    this.#query[method]('change', this);
    window[method]('beforeprint', this);
    window[method]('afterprint', this);
  }

  /** The listener of the three: the query's `change`, `beforeprint` and `afterprint`. */
  handleEvent({ type }: Event): void {
    const printing = type === 'change' ? !!this.#query?.matches : type === 'beforeprint';
    if (printing !== this.printing) {
      this.printing = printing;
      this.#host.requestUpdate();
    }
    // Rendered synchronously: the print snapshot is taken right after this event.
    if (type === 'beforeprint') this.#flush();
  }
}
