/** Cutting and wrapping text: pure, by character counts or by the caller's measure. */

/** Average glyph width in em; text is wrapped by estimate so that no layout pass is needed. */
const GLYPH_EM = 0.56;

/** How many characters of a `fontSize` px font fit in `width` px, by estimate. */
export function charsThatFit(width: number, fontSize: number): number {
  return Math.max(0, Math.floor(width / (fontSize * GLYPH_EM)));
}

/**
 * Shortens `text` to `maxChars` between words, marking the cut with an ellipsis; empty
 * when not even the first word fits. Text drawn inside an item must stay a run of words of
 * its accessible name (WCAG 2.5.3, "label in name"): a cut inside a word, or inside a
 * parenthesis that the name's comparison drops, would break that.
 */
export function truncateWords(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const room = text.slice(0, Math.max(0, maxChars - 1));
  let cut = /\s/.test(text.charAt(room.length)) ? room.length : room.search(/\s\S*$/);
  if (cut <= 0) return '';
  let kept = text.slice(0, cut);
  const open = kept.lastIndexOf('(');
  if (open > kept.lastIndexOf(')')) {
    cut = open;
    kept = text.slice(0, cut);
  }
  kept = kept.trimEnd();
  return kept ? `${kept}…` : '';
}

/**
 * Greedy word wrap that hides nothing. Each line keeps the space it was broken at, and a
 * word longer than a line is split without one, so that the lines joined read as the text.
 */
export function wrapText(text: string, maxChars: number): string[] {
  const limit = Math.max(1, maxChars);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length <= limit) {
      line = candidate;
      continue;
    }
    if (line) lines.push(`${line} `);
    let rest = word;
    while (rest.length > limit) {
      lines.push(rest.slice(0, limit));
      rest = rest.slice(limit);
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The longest start of `text` that `measure` finds no wider than `room`: the whole text,
 * else cut between words (see `truncateWords`) with an ellipsis. When not even the first
 * word fits, that word and an ellipsis, wider than `room`: the caller clips it, since a
 * word cut in the text would no longer be a word of the item's name (WCAG 2.5.3).
 */
export function fitText(text: string, room: number, measure: (text: string) => number): string {
  if (measure(text) <= room) return text;
  // A cut is no shorter for a larger `n`, so the longest that fits is found by halving.
  let [low, high] = [0, text.length - 1];
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (measure(truncateWords(text, middle)) <= room) low = middle;
    else high = middle - 1;
  }
  return truncateWords(text, low) || `${text.split(/[\s(]/)[0]}…`;
}
