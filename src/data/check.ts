import { DatasetError } from './errors.js';
import type { Dataset } from './types.js';
import { validateDataset } from './validate.js';

/** Validates an already parsed value; throws a `DatasetError` listing every issue. */
export function checkDataset(value: unknown, origin = 'the dataset'): Dataset {
  const result = validateDataset(value);
  if (result.ok) return result.dataset;
  const count = result.issues.length;
  throw new DatasetError(
    'schema',
    `${origin} has ${count === 1 ? 'a problem' : `${count} problems`} to fix.`,
    result.issues,
  );
}
