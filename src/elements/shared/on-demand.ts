import { missingChunk } from '../../controllers/dataset-controller.js';
import type { Messages } from '../../i18n/messages.js';

export interface OnDemandOptions<T> {
  /** Whether the element asks for the feature now (its attribute is on, its method was called). */
  wanted: () => boolean;
  /** Imports the feature's chunk. */
  load: () => Promise<T>;
  /** Starts the feature, once loaded, before the update that waited for it. */
  start: (module: T) => void;
  /** The element and the attribute that turn the feature on, for the console when it cannot load. */
  name: string;
  /** The element's messages, which say what a missing chunk means in its language. */
  messages: () => Messages;
}

/**
 * A feature a page turns on with an attribute (presenting, the URL hash), whose code only
 * such pages load: a chunk of its own, imported the first time the element wants it, so the
 * bundle every page loads does not carry it. The element's update waits for it (`pending`),
 * so the feature's first frame is whole, as if it had been in the bundle. A chunk that does
 * not load (a site that copied the bundle without `chunks/`) is said in the console, once,
 * and the element goes on without the feature.
 */
export class OnDemand<T> {
  /** The feature's module, once loaded and started. */
  module: T | undefined;
  #loading: Promise<void> | undefined;
  #failed = false;
  readonly #options: OnDemandOptions<T>;

  constructor(options: OnDemandOptions<T>) {
    this.#options = options;
  }

  /** What the element's next update waits for: the chunk, while it is wanted and loading. */
  pending(): Promise<void> | undefined {
    if (this.module || this.#failed || !this.#options.wanted()) return undefined;
    return (this.#loading ??= this.#options.load().then(
      (module) => {
        this.module = module;
        this.#options.start(module);
      },
      (error: unknown) => {
        this.#failed = true;
        const file = missingChunk(error);
        const { name, messages } = this.#options;
        console.error(`${name}: ${file ? messages().missingChunk(file) : 'could not start'}`, error);
      },
    ));
  }
}
