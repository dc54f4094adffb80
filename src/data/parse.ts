import { DatasetError } from './errors.js';
import { findJsonErrorOffset } from './json-position.js';
import { checkDataset } from './check.js';
import type { Dataset } from './types.js';

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

/** Engines word JSON syntax errors differently, so the position is found independently. */
function locateSyntaxError(text: string): string {
  const offset = findJsonErrorOffset(text);
  if (offset < 0) return 'an unknown position';
  const { line, column } = lineAndColumn(text, offset);
  return `line ${line}, column ${column}`;
}

/** Parses and validates dataset text; throws a located `DatasetError` when it is not usable. */
export function parseDataset(text: string, origin = 'the dataset'): Dataset {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const where = locateSyntaxError(text);
    throw new DatasetError('json', `${origin} is not valid JSON (at ${where}).`, [
      { path: where, message: error instanceof Error ? error.message : String(error) },
    ]);
  }
  return checkDataset(value, origin);
}

export { checkDataset } from './check.js';
