import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/**
 * What an explorer shares with the map, timeline and table placed inside it, so a site can
 * arrange them in its own layout and still have them linked. State flows down through this
 * link; user actions flow up as the usual bubbling events.
 */
export interface ExplorerState {
  data: unknown;
  lang: string;
  year: number | null;
  selected: string | null;
  partners: string[];
  geometry: unknown;
  geometrySrc: string | undefined;
}

type Follow = (state: ExplorerState) => void;

/**
 * Asked by a view when it connects: the nearest explorer above it (across shadow roots)
 * answers with its state now and on every change, until the view calls `unsubscribe`.
 *
 * This is the protocol of `@lit/context` (a bubbling, composed request event that a provider
 * answers), cut to the one value we share: the package cost the bundle about 1 KB gzip for
 * generality we do not use (any number of contexts, late providers, a context root).
 */
class ExplorerStateRequest extends Event {
  unsubscribe: (() => void) | null = null;
  constructor(readonly follow: Follow) {
    super('partnership-explorer-request', { bubbles: true, composed: true });
  }
}

const FIELDS = ['data', 'lang', 'year', 'selected', 'partners', 'geometry', 'geometrySrc'] as const;

/**
 * A server render dispatches no events: there, the explorer being rendered leaves its state
 * here for the views of its template, which the renderer renders right after it.
 */
let serverState: ExplorerState | undefined;

/** On the explorer: answers the views inside it, and tells them only when a field changed. */
export class ExplorerStateProvider {
  #state: ExplorerState | undefined;
  readonly #followers = new Set<Follow>();

  constructor(host: HTMLElement) {
    // Listening from the start: views a page places inside the explorer connect after it is
    // upgraded, but before it is connected when the page is parsed.
    host.addEventListener('partnership-explorer-request', (event) => {
      const request = event as ExplorerStateRequest;
      event.stopPropagation();
      this.#followers.add(request.follow);
      request.unsubscribe = () => this.#followers.delete(request.follow);
      if (this.#state) request.follow(this.#state);
    });
  }

  /** Passes the state on when any field differs from what the views have. */
  setValue(state: ExplorerState): void {
    if (isServer) serverState = state;
    const previous = this.#state;
    if (previous && FIELDS.every((field) => previous[field] === state[field])) return;
    this.#state = state;
    for (const follow of this.#followers) follow(state);
  }
}

/** On a view: follows the explorer it sits in, if any, while connected. */
export class ExplorerStateConsumer implements ReactiveController {
  #unsubscribe: (() => void) | null = null;
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #follow: Follow;

  constructor(host: ReactiveControllerHost & HTMLElement, follow: Follow) {
    this.#host = host;
    this.#follow = follow;
    host.addController(this);
  }

  hostConnected(): void {
    const request = new ExplorerStateRequest(this.#follow);
    this.#host.dispatchEvent(request);
    this.#unsubscribe = request.unsubscribe;
  }

  /** On a server, from the host's `willUpdate`: a view of an explorer's template takes its state. */
  followOnServer(): void {
    if (isServer && serverState && this.#host.hasAttribute('data-nested')) this.#follow(serverState);
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = null;
  }
}
