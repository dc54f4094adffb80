/**
 * The href for a source link, or null when it must stay plain text. Only web addresses
 * become links: a `javascript:` or `data:` URL in hand-edited data must never run.
 */
export function safeHttpUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
