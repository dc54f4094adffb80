import type { ValidationIssue } from './types.js';

/**
 * Why a dataset could not be shown; `issues` locate each problem for a data editor.
 * - `network`: the request failed (offline, refused, blocked) or stopped mid-way;
 * - `http`: the server answered with an error status (404, 500…);
 * - `timeout`: no complete answer within the element's `timeout`;
 * - `content-type`: the answer is a web page (HTML), not JSON;
 * - `json`: not valid JSON, located by line and column;
 * - `schema`: valid JSON that is not a valid dataset, located by field;
 * - `missing-file`: a file of the library itself (`chunks/`, beside the bundle) did not load.
 */
export type DatasetErrorKind =
  'network' | 'http' | 'timeout' | 'content-type' | 'json' | 'schema' | 'missing-file';

export class DatasetError extends Error {
  override readonly name = 'DatasetError';

  /**
   * Recognises a DatasetError from another copy of this code too: a page that loads the
   * bundle with a query string (`?ver=3`) gets a second copy when a chunk imports it by its
   * plain name, and an error thrown there must still read as a located dataset error here.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return (
      value instanceof Error && value.name === 'DatasetError' && Array.isArray((value as DatasetError).issues)
    );
  }

  constructor(
    readonly kind: DatasetErrorKind,
    message: string,
    readonly issues: ValidationIssue[] = [],
  ) {
    super(message);
  }
}

/** The text shown in the console: the summary, then one line per issue. */
export function formatDatasetError(error: Pick<DatasetError, 'message' | 'issues'>): string {
  const lines = error.issues.map((issue) => `  ${issue.path}: ${issue.message}`);
  return [error.message, ...lines].join('\n');
}
