import type { Collaboration, Dataset } from '../../src/data/types.js';

/**
 * The order a presentation steps through the collaborations, written independently of the
 * explorer: by start, then end, then id (partial dates compare as text, padded).
 */
export function stepsInTimeOrder(dataset: Dataset): Collaboration[] {
  const key = (text: string) => text.padEnd(10, '-');
  return [...dataset.collaborations].sort(
    (a, b) =>
      key(a.start).localeCompare(key(b.start)) ||
      key(a.end ?? a.start).localeCompare(key(b.end ?? b.start)) ||
      (a.id < b.id ? -1 : 1),
  );
}
