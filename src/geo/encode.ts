/**
 * The number format of the plane files' arcs, written once at build time by `planeRegion`
 * and read on every page by `decodeRegion`: both take the alphabet from here, so the two
 * sides cannot drift apart.
 */

/**
 * URL-safe base64, so no character needs escaping in JSON. Each character holds five bits
 * of a number and a sixth that says another follows.
 */
export const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * One integer as base64 digits, low bits first, with its sign in the lowest bit (zigzag), as
 * Google's polyline format does. The deltas between neighbouring points are small, so most
 * take one or two characters: about half the bytes of a JSON list of numbers, after gzip too.
 */
export function encodeNumber(value: number): string {
  let rest = value < 0 ? -2 * value - 1 : 2 * value;
  let out = '';
  do {
    const chunk = rest & 31;
    rest = Math.floor(rest / 32);
    out += ALPHABET[chunk | (rest > 0 ? 32 : 0)];
  } while (rest > 0);
  return out;
}
