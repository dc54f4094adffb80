import type { ReactiveControllerHost } from 'lit';
import { DatasetError } from '../data/errors.js';
import { announceError } from '../events.js';
import { defaultRegion } from '../geo/region.js';
import type { PlaneRegion } from '../geo/types.js';

/** What the controller reads from its element on every update. */
export interface GeometryInputs {
  /** A map file as an object (what `partnership-data geometry` writes), instead of `src`. */
  geometry: unknown;
  /** Where to fetch a map file from. */
  geometrySrc: string | undefined;
  timeout: number;
  /**
   * Whether this element shows a failure and announces it: the map, which draws the file;
   * the other views only name countries from it, and an explorer lets its map speak.
   */
  announce: boolean;
}

/**
 * The map an element draws: the bundled one, or the file a page gives with `geometry` or
 * `geometry-src`. Fetching, checking and decoding files is a chunk loaded with the first of
 * them (`src/geo/load-geometry.ts`). A file that cannot be used is an error the element shows and
 * announces with `partnership-error`, as a dataset's. Nothing to release when the element
 * goes (a fetch is shared, and its answer simply lands), so it needs no controller hooks.
 */
export class GeometryController {
  /** undefined: the bundled map; null: loading; else the file's region or why it failed. */
  #state: PlaneRegion | DatasetError | null | undefined;
  #last: unknown[] = [];
  #request = 0;
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #inputs: () => GeometryInputs;

  constructor(host: ReactiveControllerHost & HTMLElement, inputs: () => GeometryInputs) {
    this.#host = host;
    this.#inputs = inputs;
  }

  /** The region to draw, or null while a file loads or after it failed. */
  get region(): PlaneRegion | null {
    const state = this.#state;
    if (state === undefined) return defaultRegion();
    return state instanceof DatasetError ? null : state;
  }

  get error(): DatasetError | null {
    return this.#state instanceof DatasetError ? this.#state : null;
  }

  get loading(): boolean {
    return this.#state === null;
  }

  /** Call from the host's `willUpdate`: starts work only when `geometry` or `geometry-src` changed. */
  sync(): void {
    const { geometry, geometrySrc } = this.#inputs();
    if (this.#last[0] === geometry && this.#last[1] === geometrySrc && this.#last.length) return;
    this.#last = [geometry, geometrySrc];
    this.reload();
  }

  /** Loads again, for a retry after a failed file; the last request wins. */
  reload(): void {
    const { geometry, geometrySrc, timeout, announce } = this.#inputs();
    const request = ++this.#request;
    if ((geometry === undefined || geometry === null) && !geometrySrc) {
      this.#state = undefined;
      return;
    }
    this.#state = null;
    import('../geo/load-geometry.js')
      .then(({ geometryFor }) => geometryFor(geometry, geometrySrc!, timeout))
      .catch((error: unknown) =>
        error instanceof DatasetError
          ? error
          : new DatasetError('network', `The map file could not be loaded: ${String(error)}`),
      )
      .then((state) => {
        if (request !== this.#request) return;
        this.#state = state;
        if (state instanceof DatasetError && announce) announceError(this.#host, state);
        this.#host.requestUpdate();
      });
  }
}
