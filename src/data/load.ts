import { DatasetError } from './errors.js';
import { fetchText, type LoadOptions } from './fetch-text.js';
import { parseDataset } from './parse.js';
import type { Dataset } from './types.js';

export { DEFAULT_TIMEOUT, usableTimeout, type LoadOptions } from './fetch-text.js';

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
  const origin = `The dataset at ${src}`;
  const { text, contentType } = await fetchText(src, origin, options);
  try {
    return parseDataset(text, origin);
  } catch (error) {
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
}
