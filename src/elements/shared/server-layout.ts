/**
 * What a server render (`partnership-data render`, the prerendered pages) lays the views out
 * with, having no browser to measure in: the width an explorer typically gets in a page, and
 * text widths estimated from the advance widths of a common sans-serif. In a browser the
 * elements measure as always, but for the hydration of such a render (the same inputs again).
 */
export const SERVER_WIDTH = 960;

/**
 * The map's frame in an explorer `SERVER_WIDTH` wide: two thirds of the width left by the
 * 1em gap between the map's and the details' columns (`.views` in the explorer's styles),
 * 16:10. Laid out at this size, the server's map names have the size the browser gives them.
 */
export const SERVER_MAP_IN_EXPLORER = [Math.round(((SERVER_WIDTH - 16) * 2) / 3), 393] as const;

// Advance widths in em of Helvetica/Arial, by class of character: close enough to place
// names and fit labels on a page that the browser will draw in its own font.
const NARROW = /[iljftrI.,:;'!|()[\]\s-]/;
const WIDE = /[mwMW@]/;
const CAPITAL = /[A-ZÀ-ÖØ-Þ0-9]/;

/** Pixels of `text` at `size` px, bold from weight 600: an estimate, for server renders. */
export function estimateTextWidth(text: string, size: number, weight = 400): number {
  let em = 0;
  for (const char of text) {
    em += NARROW.test(char) ? 0.28 : WIDE.test(char) ? 0.83 : CAPITAL.test(char) ? 0.67 : 0.54;
  }
  return em * size * (weight >= 600 ? 1.07 : 1);
}
