import { DatasetError } from './errors.js';

export interface LoadOptions {
  signal?: AbortSignal;
  /** Milliseconds before giving up on a response that never comes. */
  timeout?: number;
}

/** What `timeout` is when it is absent or not a usable number of milliseconds. */
export const DEFAULT_TIMEOUT = 15000;
/** Browsers keep timer delays in 32 bits: a longer one fires at once instead of never. */
const MAX_TIMEOUT = 2 ** 31 - 1;

/**
 * `timeout="abc"` (NaN), zero or a negative number would time out at once, and more than
 * about 24.8 days would overflow the timer and also fire at once: those get the default.
 */
export function usableTimeout(timeout: number | undefined): number {
  if (typeof timeout !== 'number' || !Number.isFinite(timeout) || timeout <= 0) return DEFAULT_TIMEOUT;
  return Math.min(timeout, MAX_TIMEOUT);
}

/**
 * Fetches a file's text for a loader (a dataset, a map file). Every failure becomes a
 * `DatasetError` naming `origin` ("The dataset at …"); an abort by `signal` rethrows the
 * `AbortError`. Returns the text and the Content-Type the server gave.
 */
export async function fetchText(
  src: string,
  origin: string,
  options: LoadOptions = {},
): Promise<{ text: string; contentType: string }> {
  const { signal } = options;
  const timeout = usableTimeout(options.timeout);
  // An already aborted signal fires no abort event: stop before fetching anything.
  signal?.throwIfAborted();
  const controller = new AbortController();
  const abortFromCaller = (): void => controller.abort(signal?.reason);
  signal?.addEventListener('abort', abortFromCaller, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  const timeoutError = (): DatasetError =>
    new DatasetError('timeout', `${origin} did not answer within ${timeout / 1000} s.`);
  try {
    let response: Response;
    try {
      response = await fetch(src, { signal: controller.signal, credentials: 'same-origin' });
    } catch (error) {
      if (timedOut) throw timeoutError();
      if (signal?.aborted) throw error;
      throw new DatasetError('network', `${origin} could not be reached (${String(error)}).`);
    }
    if (!response.ok) {
      throw new DatasetError(
        'http',
        `${origin} could not be loaded: the server answered ${response.status} ${response.statusText}.`.replace(
          / \./,
          '.',
        ),
      );
    }
    try {
      return { text: await response.text(), contentType: response.headers.get('content-type') ?? '' };
    } catch (error) {
      if (timedOut) throw timeoutError();
      if (signal?.aborted) throw error;
      throw new DatasetError('network', `${origin} stopped loading (${String(error)}).`);
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abortFromCaller);
  }
}
