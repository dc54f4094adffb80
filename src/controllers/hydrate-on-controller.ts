import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { hydrating?: boolean; renderRoot: ParentNode };

/** What tells a waiting element that the reader has come to it. */
const ARRIVING = ['pointerover', 'focusin'];
/** What the reader does before the element can answer, done again once it can. */
const REPEATED = ['click', 'keydown', 'input', 'change'];

/**
 * `hydrate-on="interaction"` on a prerendered element: its hydration, the longest work of a
 * prerendered page, waits until the reader points at the element or moves focus into it, or
 * the page sets one of its properties. Until then the page shows the server's drawing, as it
 * does without scripts, and the page's load does not pay for an embed nobody uses (the
 * element fetches what the hydration needs meanwhile, which costs the network, not the CPU).
 *
 * What the reader does before the element answers (clicks, keys, the year slider) is held
 * and dispatched again, once the element and the views inside it are hydrated, to the same
 * nodes, which hydration keeps. Links are not held: they work without scripts.
 */
export class HydrateOnController implements ReactiveController {
  readonly #host: Host;
  #arrived: (() => void) | undefined;
  #waiting: Promise<void> | undefined;
  /** Each held event, with its target, which only its dispatch can tell. */
  readonly #held: [EventTarget, Event][] = [];

  /** `asked`: the page has set a property already, while this code loaded. */
  constructor(host: Host, asked?: boolean) {
    this.#host = host;
    host.addController(this);
    if (asked) this.arrive();
  }

  hostConnected(): void {
    const host = this.#host;
    if (!host.hydrating) return;
    this.#waiting ??= new Promise((resolve) => (this.#arrived = resolve));
    // What must start by itself: an explorer's show that plays, or its state from the address.
    if (host.hasAttribute('autoplay') || host.hasAttribute('sync-url')) this.arrive();
    else if (this.#arrived) this.#listen(true);
  }

  hostDisconnected(): void {
    this.#listen(false);
  }

  /** What the hydration waits for: the reader, on a page that asked for that. */
  pending(): Promise<void> | undefined {
    return this.#arrived && this.#waiting;
  }

  /** Hydrates now: the reader came, or the page asked for state only hydration can show. */
  arrive(): void {
    const arrived = this.#arrived;
    if (!arrived) return;
    this.#arrived = undefined;
    arrived();
    void this.#release();
  }

  #listen(on: boolean): void {
    for (const type of [...ARRIVING, ...REPEATED]) {
      if (on) this.#host.addEventListener(type, this.#hold, true);
      else this.#host.removeEventListener(type, this.#hold, true);
    }
  }

  readonly #hold = (event: Event): void => {
    this.arrive();
    const target = event.composedPath()[0] as Element;
    if (!REPEATED.includes(event.type) || (event as KeyboardEvent).key === 'Tab' || target.closest?.('a'))
      return;
    event.stopImmediatePropagation();
    this.#held.push([target, event]);
  };

  /** Once hydrated, with the views inside: done listening, and what was held done again. */
  async #release(): Promise<void> {
    const host = this.#host;
    await host.updateComplete;
    const views = [...host.renderRoot.querySelectorAll('*')].filter(
      (node): node is Element & { updateComplete: Promise<unknown> } => 'updateComplete' in node,
    );
    await Promise.all(views.map((view) => view.updateComplete));
    this.#listen(false);
    for (const [target, event] of this.#held.splice(0)) {
      const Type = event.constructor as typeof Event;
      target.dispatchEvent(new Type(event.type, event));
    }
  }
}
