import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { parseUrlState, writeUrlState, type ParsedUrlState, type UrlState } from './url-state.js';

interface UrlStateOptions {
  enabled: () => boolean;
  read: () => UrlState;
  /** `initial`: the page just loaded, so keys absent from the hash keep the element's own values. */
  apply: (state: ParsedUrlState, initial: boolean) => void;
}

/**
 * Keeps the host's state in the address bar's hash so a view can be bookmarked and shared,
 * and follows back and forward. Each user-visible change is a history entry; restoring
 * one writes nothing back, so back and forward never fight the page.
 */
export class UrlStateController implements ReactiveController {
  #written = false;
  readonly #onPopState = (): void => this.#restore();

  readonly #options: UrlStateOptions;

  constructor(host: ReactiveControllerHost & HTMLElement, options: UrlStateOptions) {
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.#onPopState);
    window.addEventListener('hashchange', this.#onPopState);
    this.#written = false;
    if (this.#options.enabled()) this.#options.apply(parseUrlState(location.hash), true);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.#onPopState);
    window.removeEventListener('hashchange', this.#onPopState);
  }

  hostUpdated(): void {
    if (!this.#options.enabled()) return;
    const hash = writeUrlState(location.hash, this.#options.read());
    if (hash === (location.hash || '')) {
      this.#written = true;
      return;
    }
    const url = `${location.pathname}${location.search}${hash}`;
    // The first write only records where we are; later ones are steps back can undo.
    if (this.#written) history.pushState(history.state, '', url);
    else history.replaceState(history.state, '', url);
    this.#written = true;
  }

  #restore(): void {
    if (!this.#options.enabled()) return;
    this.#options.apply(parseUrlState(location.hash), false);
  }
}
