import { DatasetError } from './errors.js';
import { parseDataset } from './parse.js';
import type { Dataset } from './types.js';

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

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
/** Markup rather than JSON: the text starts with `<`, after an optional byte order mark. */
const MARKUP = /^\uFEFF?\s*</;

/**
 * Fetches and validates a dataset. Every failure becomes a `DatasetError` that says what
 * went wrong in a data editor's words; an abort by `signal` rethrows the `AbortError`.
 *
 * The body is parsed whatever its Content-Type, since static hosts label JSON as
 * `text/plain`, `application/octet-stream` or nothing at all. When it is not JSON and is
 * HTML (a login or error page served with 200, a wrong address that a site answers with
 * its home page), the error says that rather than pointing at line 1, column 1.
 */
export async function loadDataset(src: string, options: LoadOptions = {}): Promise<Dataset> {
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
    new DatasetError('timeout', `The dataset at ${src} did not answer within ${timeout / 1000} s.`);
  try {
    let response: Response;
    try {
      response = await fetch(src, { signal: controller.signal, credentials: 'same-origin' });
    } catch (error) {
      if (timedOut) throw timeoutError();
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
      if (timedOut) throw timeoutError();
      if (signal?.aborted) throw error;
      throw new DatasetError('network', `The dataset at ${src} stopped loading (${String(error)}).`);
    }
    const origin = `The dataset at ${src}`;
    try {
      return parseDataset(text, origin);
    } catch (error) {
      const contentType = response.headers.get('content-type') ?? '';
      const htmlType = HTML_TYPES.has(contentType.split(';')[0]!.trim().toLowerCase());
      const markup = MARKUP.test(text);
      if (error instanceof DatasetError && error.kind === 'json' && (htmlType || markup)) {
        throw new DatasetError(
          'content-type',
          `${origin} is a web page (${contentType || 'HTML'}), not JSON: the address may be wrong, or the server answered with an error or login page.`,
          // The syntax error of a page of markup would only distract; keep it for anything else.
          markup ? [] : error.issues,
        );
      }
      throw error;
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abortFromCaller);
  }
}
