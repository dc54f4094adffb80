import type { ValidationIssue } from './types.js';

/** Why a dataset could not be shown; `issues` locate each problem for a data editor. */
export type DatasetErrorKind = 'network' | 'http' | 'json' | 'schema' | 'timeout';

export class DatasetError extends Error {
  override readonly name = 'DatasetError';

  constructor(
    readonly kind: DatasetErrorKind,
    message: string,
    readonly issues: ValidationIssue[] = [],
  ) {
    super(message);
  }
}

/** The text shown in the console: the summary, then one line per issue. */
export function formatDatasetError(error: DatasetError): string {
  const lines = error.issues.map((issue) => `  ${issue.path}: ${issue.message}`);
  return [error.message, ...lines].join('\n');
}
