import { DatasetError } from './errors.js';
import type { Dataset } from './types.js';
import { validateDataset } from './validate.js';

/** `line 3, column 14` for a character offset, which is how editors locate a position. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset && index < text.length; index++) {
    if (text.charCodeAt(index) === 10) {
      line += 1;
      lineStart = index + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Engines word JSON syntax errors differently; most give a character position, some give
 * line and column. Either way the data editor gets a line and a column.
 */
function locateSyntaxError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  if (position) {
    const { line, column } = lineAndColumn(text, Number(position[1]));
    return `line ${line}, column ${column}`;
  }
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return `line ${lineColumn[1]}, column ${lineColumn[2]}`;
  return 'an unknown position';
}

/** Parses and validates dataset text; throws a located `DatasetError` when it is not usable. */
export function parseDataset(text: string, origin = 'the dataset'): Dataset {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const where = locateSyntaxError(text, error);
    throw new DatasetError('json', `${origin} is not valid JSON (at ${where}).`, [
      { path: where, message: error instanceof Error ? error.message : String(error) },
    ]);
  }
  return checkDataset(value, origin);
}

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
