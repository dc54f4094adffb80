import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { BUNDLED_DATASET_VALIDATED, bundledDataset, loadBundledDetails } from '../data/bundled.js';
import { attachDetails } from '../data/details.js';
import { DatasetError } from '../data/errors.js';
import { indexDataset, type DatasetIndex } from '../data/queries.js';
import type { Dataset } from '../data/types.js';
import { announceError } from '../events.js';
import type { Messages } from '../i18n/messages.js';

/**
 * `retry` is true for every failure of `src`: a server that was down may be back, and a
 * file that was broken may have been fixed. A bad `data` object gives the same answer
 * again, so it offers none.
 */
export type DatasetState =
  | { status: 'loading' }
  | { status: 'ready'; index: DatasetIndex }
  | { status: 'error'; error: DatasetError; retry: boolean };

/** The values the controller reads from its element on every update. */
export interface DatasetInputs {
  src: string | undefined;
  data: unknown;
  timeout: number;
  /** The interface's words, for the failures the controller itself describes. */
  messages: Messages;
  /** Whether the element shows the detail texts (summaries, notes), which load later. */
  details: boolean;
}

/**
 * Chromium: "Failed to fetch dynamically imported module: <url>"; Firefox: "error loading
 * dynamically imported module: <url>"; Safari: "Importing a module script failed."
 */
const CHUNK_FAILURE = /dynamically imported module|importing a module script failed/i;

/**
 * When `error` is the browser failing to load one of the bundle's own chunks (a site that
 * copied `partnership-widgets.js` without `chunks/`), the file it could not load: its address
 * when the browser gives it, else the folder. Null for any other error.
 */
export function missingChunk(error: unknown): string | null {
  if (!(error instanceof TypeError) || !CHUNK_FAILURE.test(error.message)) return null;
  return /\b(?:https?|file):\/\/\S+/.exec(error.message)?.[0] ?? 'chunks/';
}

type Checker = typeof import('../data/check.js');

/**
 * The validator (schema and consistency checks, some 3 KB gzip) loads with the first dataset
 * a page brings itself, through `data` or `src`; the bundled one was validated by the build.
 * Once loaded it is kept, so later datasets are checked at once, in the same update.
 */
let checker: Checker | undefined;

/**
 * Hands the validator over before a server render, which is synchronous: a dataset given
 * through `data` is then checked in the render, not after it (which a server never sees).
 */
export function provideChecker(loaded: Checker): void {
  checker = loaded;
}

const loadChecker = (): Promise<Checker> =>
  import('../data/check.js').then((module) => (checker = module), explainMissingChunk);

/** Rethrows a chunk that did not load as a `missing-file` error; any other error as it is. */
function explainMissingChunk(error: unknown): never {
  const file = missingChunk(error);
  if (file === null) throw error;
  // The message is put in the page's language by `fail`, which knows it.
  throw new DatasetError('missing-file', file);
}

const validated = new WeakMap<object, Dataset>();

/** The bundled dataset's detail texts, attached once for every element of the page. */
let bundledDetails: Promise<void> | undefined;
function attachBundledDetails(load: NonNullable<typeof loadBundledDetails>): Promise<void> {
  bundledDetails ??= load().then(
    (texts) => attachDetails(bundledDataset as Dataset, texts),
    (error: unknown) => {
      // A later element tries again: the file may have been put back.
      bundledDetails = undefined;
      explainMissingChunk(error);
    },
  );
  return bundledDetails;
}

/**
 * Resolves once the bundled dataset has its detail texts: at once where it has them already
 * (sources served as they are), else when the chunk has loaded; rejects when it cannot.
 */
export function bundledDetailsLoaded(): Promise<void> {
  return loadBundledDetails ? attachBundledDetails(loadBundledDetails) : Promise.resolve();
}

/** Validation is pure, so an object shared by several elements is checked once. */
function checkAndRemember({ checkDataset }: Checker, value: unknown, origin: string): Dataset {
  const dataset = checkDataset(value, origin);
  if (typeof value === 'object' && value !== null) validated.set(value, dataset);
  return dataset;
}

/**
 * Turns an element's `data` or `src` into a validated, indexed dataset, or a located error
 * that the element shows and announces with `partnership-error`. A newer `src` aborts the
 * older request, so the last one set always wins.
 */
export class DatasetController implements ReactiveController {
  state: DatasetState = { status: 'loading' };
  #lastData: unknown = undefined;
  #lastSrc: string | undefined = undefined;
  #started = false;
  #request: AbortController | undefined;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #inputs: () => DatasetInputs;

  constructor(host: ReactiveControllerHost & HTMLElement, inputs: () => DatasetInputs) {
    this.#host = host;
    this.#inputs = inputs;
    host.addController(this);
  }

  hostConnected(): void {
    // Reconnecting after a detach restarts a load that the detach aborted.
    if (this.#started && this.state.status === 'loading') this.reload();
  }

  hostDisconnected(): void {
    this.#request?.abort();
  }

  /** Call from the host's `willUpdate`: starts work only when `data` or `src` changed. */
  sync(): void {
    const { data, src } = this.#inputs();
    if (this.#started && data === this.#lastData && src === this.#lastSrc) return;
    this.#started = true;
    this.#lastData = data;
    this.#lastSrc = src;
    this.reload();
  }

  /** Loads again, for a retry button after a failed `src`. */
  reload(): void {
    this.#request?.abort();
    this.#request = undefined;
    const { data, src, timeout } = this.#inputs();
    // After the first render, which does not need them. The bundled dataset may come through
    // `data` too: an explorer hands its own to the views inside it.
    const load = loadBundledDetails;
    const bundled = !src && (data === undefined || data === null || data === bundledDataset);
    if (bundled && load && this.#inputs().details) setTimeout(() => this.#attachDetails(load));
    if (data !== undefined && data !== null) {
      this.#check(data, 'The dataset given in the data property');
      return;
    }
    if (!src) {
      if (BUNDLED_DATASET_VALIDATED) validated.set(bundledDataset as object, bundledDataset as Dataset);
      this.#check(bundledDataset, 'The bundled dataset');
      return;
    }
    // Fetching, JSON parsing and locating syntax errors load with the first `src`: a page
    // showing the bundled dataset never needs them. Every failure of a `src` offers a retry.
    this.#settleLater((signal) =>
      import('../data/load.js')
        .then(({ loadDataset }) => loadDataset(src, { signal, timeout }), explainMissingChunk)
        // Checked by `loadDataset`: the views of an explorer, handed it, need no validator.
        .then((dataset) => {
          validated.set(dataset, dataset);
          return () => dataset;
        }),
    );
  }

  /**
   * Why the bundled dataset's detail texts did not load (a site that copied the bundle
   * without `chunks/`): the element shows it where they would be; the rest still works.
   */
  detailsError: DatasetError | undefined = undefined;

  #attachDetails(load: NonNullable<typeof loadBundledDetails>): void {
    attachBundledDetails(load).then(
      () => {
        this.detailsError = undefined;
        this.#host.requestUpdate();
      },
      (error: unknown) => {
        this.detailsError = this.#describe(error);
        announceError(this.#host, this.detailsError);
        this.#host.requestUpdate();
      },
    );
  }

  /** Validates now when the validator is loaded, else once it is (the last request wins). */
  #check(value: unknown, origin: string): void {
    // Known to be valid (checked before, or the bundled dataset of a built bundle), as when an
    // explorer hands its dataset to the views inside it: no validator needed.
    const known = typeof value === 'object' && value !== null ? validated.get(value) : undefined;
    if (known) {
      this.#settle(() => known);
      return;
    }
    if (checker) {
      const loaded = checker;
      this.#settle(() => checkAndRemember(loaded, value, origin));
      return;
    }
    // A dataset the validator rejects gives the same answer again, so only a validator that
    // failed to load offers a retry.
    this.#settleLater(() => loadChecker().then((loaded) => () => checkAndRemember(loaded, value, origin)));
  }

  /**
   * Shows the loading state until `work` resolves with the check to settle with; a newer
   * request (or a detach) aborts this one, and a rejection is a failure that offers a retry.
   */
  #settleLater(work: (signal: AbortSignal) => Promise<() => Dataset>): void {
    const request = new AbortController();
    this.#request = request;
    this.state = { status: 'loading' };
    this.#host.requestUpdate();
    work(request.signal).then(
      (check) => {
        if (!request.signal.aborted) this.#settle(check);
      },
      (error: unknown) => {
        if (!request.signal.aborted) this.#fail(error, true);
      },
    );
  }

  #settle(check: () => Dataset): void {
    try {
      this.state = { status: 'ready', index: indexDataset(check()) };
    } catch (error) {
      this.#fail(error);
      return;
    }
    this.#settled?.();
    this.#host.requestUpdate();
  }

  #settled: (() => void) | undefined;

  /**
   * Starts the load now (before the first update) and resolves once the dataset is ready or
   * has failed: a prerendered element with a `src` hydrates with what the server drew.
   */
  whenSettled(): Promise<void> {
    this.sync();
    if (this.state.status !== 'loading') return Promise.resolve();
    return new Promise((resolve) => (this.#settled = resolve));
  }

  #describe(error: unknown): DatasetError {
    return error instanceof DatasetError
      ? error.kind === 'missing-file'
        ? new DatasetError('missing-file', this.#inputs().messages.missingChunk(error.message))
        : error
      : new DatasetError('schema', `The dataset could not be used: ${String(error)}`);
  }

  #fail(error: unknown, retry = false): void {
    const datasetError = this.#describe(error);
    this.state = { status: 'error', error: datasetError, retry };
    this.#settled?.();
    announceError(this.#host, datasetError);
    this.#host.requestUpdate();
  }
}
