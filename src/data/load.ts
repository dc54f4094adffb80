import { DatasetError } from './errors.js';
import { parseDataset } from './parse.js';
import type { Dataset } from './types.js';

export interface LoadOptions {
  signal?: AbortSignal;
  /** Milliseconds before giving up on a response that never comes. */
  timeout?: number;
}

/**
 * Fetches and validates a dataset. Every failure becomes a `DatasetError` that says what
 * went wrong in a data editor's words; an abort by `signal` rethrows the `AbortError`.
 */
export async function loadDataset(src: string, options: LoadOptions = {}): Promise<Dataset> {
  const { signal, timeout = 15000 } = options;
  const controller = new AbortController();
  const abortFromCaller = (): void => controller.abort(signal?.reason);
  signal?.addEventListener('abort', abortFromCaller, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  try {
    let response: Response;
    try {
      response = await fetch(src, { signal: controller.signal, credentials: 'same-origin' });
    } catch (error) {
      if (timedOut)
        throw new DatasetError('timeout', `The dataset at ${src} did not answer within ${timeout / 1000} s.`);
      if (signal?.aborted) throw error;
      throw new DatasetError('network', `The dataset at ${src} could not be reached (${String(error)}).`);
    }
    if (!response.ok) {
      throw new DatasetError(
        'http',
        `The dataset at ${src} could not be loaded: the server answered ${response.status} ${response.statusText}.`.replace(
          / \./,
          '.',
        ),
      );
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      if (timedOut)
        throw new DatasetError('timeout', `The dataset at ${src} did not answer within ${timeout / 1000} s.`);
      if (signal?.aborted) throw error;
      throw new DatasetError('network', `The dataset at ${src} stopped loading (${String(error)}).`);
    }
    return parseDataset(text, `The dataset at ${src}`);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abortFromCaller);
  }
}
