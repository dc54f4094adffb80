/** One step of the map's colour scale: counts from `min` to `max` share a shade. */
export interface ShadeBucket {
  level: number;
  min: number;
  max: number;
}

/** Few steps read reliably; more would ask readers to tell near-identical blues apart. */
export const MAX_SHADE_LEVELS = 4;

/**
 * Splits 1…maxCount into at most four equal steps, plus level 0 for none. Shading by
 * steps rather than a continuous ramp lets the theme's CSS colours define every shade.
 */
export function shadeBuckets(maxCount: number): ShadeBucket[] {
  const buckets: ShadeBucket[] = [{ level: 0, min: 0, max: 0 }];
  if (maxCount <= 0) return buckets;
  const levels = Math.min(MAX_SHADE_LEVELS, maxCount);
  let previousMax = 0;
  for (let level = 1; level <= levels; level++) {
    const max = Math.round((maxCount * level) / levels);
    buckets.push({ level, min: previousMax + 1, max });
    previousMax = max;
  }
  return buckets;
}

export function shadeOf(count: number, buckets: readonly ShadeBucket[]): number {
  for (const bucket of buckets) if (count <= bucket.max) return bucket.level;
  return buckets[buckets.length - 1]?.level ?? 0;
}

/**
 * The fill of each shade level: the map's styles and its exported legend both use these,
 * so a saved image matches the screen.
 */
export const SHADE_FILLS = [
  'color-mix(in srgb, var(--pw-color-country-low) 40%, var(--pw-color-background))',
  'var(--pw-color-country-low)',
  'color-mix(in srgb, var(--pw-color-country-high) 40%, var(--pw-color-country-low))',
  'color-mix(in srgb, var(--pw-color-country-high) 70%, var(--pw-color-country-low))',
  'var(--pw-color-country-high)',
] as const;
