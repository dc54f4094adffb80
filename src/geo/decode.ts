import { ALPHABET } from './encode.js';
import { countryStats } from './stats.js';
import type { PlaneCountryRecord, PlaneRegion, PlaneRegionFile } from './types.js';

/** Value of each character code of the arc strings, URL-safe base64; -1 for any other. */
const DIGITS = new Int8Array(128).fill(-1);
[...ALPHABET].forEach((char, i) => {
  DIGITS[char.charCodeAt(0)] = i;
});

/**
 * Decodes each arc: numbers as five-bit base64 digits, low bits first, a sixth bit saying
 * another digit follows, the sign in the lowest bit; the first point absolute, then deltas.
 * Everything else in the file is used as stored. Runs once per page, on the first render.
 */
export function decodeRegion(file: PlaneRegionFile): PlaneRegion {
  const arcs = file.arcs.map((encoded) => {
    const numbers: number[] = [];
    let value = 0;
    let shift = 1;
    for (let i = 0; i < encoded.length; i++) {
      const code = encoded.charCodeAt(i);
      const digit = code < 128 ? DIGITS[code]! : -1;
      if (digit < 0) throw new SyntaxError(`region arcs: unexpected character ${JSON.stringify(encoded[i])}`);
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
  // Stored for the countries the map is about; computed here for the grey neighbours.
  const countries = file.countries.map((country) =>
    country.centroid ? (country as PlaneCountryRecord) : { ...country, ...countryStats(arcs, country.rings) },
  );
  return { ...file, arcs, countries };
}
