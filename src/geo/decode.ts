import type { PlaneRegion, PlaneRegionFile } from './types.js';

/** Value of each character of the arc strings: URL-safe base64 (see `scripts/plane-region.mjs`). */
const DIGITS = new Map(
  [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'].map((char, i) => [char, i]),
);

/**
 * Decodes each arc: numbers as five-bit base64 digits, low bits first, a sixth bit saying
 * another digit follows, the sign in the lowest bit; the first point absolute, then deltas.
 * Everything else in the file is used as stored.
 */
export function decodeRegion(file: PlaneRegionFile): PlaneRegion {
  const arcs = file.arcs.map((encoded) => {
    const numbers: number[] = [];
    let value = 0;
    let shift = 1;
    for (const char of encoded) {
      const digit = DIGITS.get(char);
      if (digit === undefined)
        throw new SyntaxError(`region arcs: unexpected character ${JSON.stringify(char)}`);
      value += (digit & 31) * shift;
      shift *= 32;
      if (digit < 32) {
        numbers.push(value % 2 ? -(value + 1) / 2 : value / 2);
        value = 0;
        shift = 1;
      }
    }
    for (let i = 2; i < numbers.length; i++) numbers[i] = numbers[i]! + numbers[i - 2]!;
    return numbers;
  });
  return { ...file, arcs };
}
