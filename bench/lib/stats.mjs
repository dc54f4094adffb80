import { random } from './random.mjs';

/** Order statistics for benchmark samples; small and dependency-free. */

/** The q-quantile by linear interpolation between closest ranks (q in 0…1). */
export function quantile(sorted, q) {
  if (sorted.length === 0) return null;
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}

export function median(values) {
  return quantile(
    [...values].sort((a, b) => a - b),
    0.5,
  );
}

const round = (value, digits) => (value === null ? null : Number(value.toFixed(digits)));

/** n, median, quartiles, extremes and mean of a list of numbers, plus the samples themselves. */
export function summarize(values, digits = 2) {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  const mean = sorted.length ? sorted.reduce((sum, value) => sum + value, 0) / sorted.length : null;
  return {
    n: sorted.length,
    median: round(quantile(sorted, 0.5), digits),
    p25: round(quantile(sorted, 0.25), digits),
    p75: round(quantile(sorted, 0.75), digits),
    min: round(sorted[0] ?? null, digits),
    max: round(sorted[sorted.length - 1] ?? null, digits),
    mean: round(mean, digits),
    samples: values.map((value) => round(value, digits)),
  };
}

/**
 * The ratio of medians a / b with a 95 % percentile-bootstrap interval (2,000 resamples of
 * each side, seeded), so that a verdict near a threshold shows its uncertainty.
 */
export function ratioOfMedians(a, b, resamples = 2000) {
  const next = random(12345);
  const resample = (values) => values.map(() => values[Math.floor(next() * values.length)]);
  const ratios = [];
  for (let index = 0; index < resamples; index++) ratios.push(median(resample(a)) / median(resample(b)));
  ratios.sort((x, y) => x - y);
  return {
    ratio: median(a) / median(b),
    low: quantile(ratios, 0.025),
    high: quantile(ratios, 0.975),
  };
}

/**
 * The median of `values` with a 95 % percentile-bootstrap interval (2,000 resamples,
 * seeded), for goals in milliseconds as `ratioOfMedians` is for ratios.
 */
export function medianInterval(values, resamples = 2000) {
  if (values.length === 0) return { value: null, low: null, high: null };
  const next = random(54321);
  const medians = [];
  for (let index = 0; index < resamples; index++) {
    medians.push(median(values.map(() => values[Math.floor(next() * values.length)])));
  }
  medians.sort((x, y) => x - y);
  return { value: median(values), low: quantile(medians, 0.025), high: quantile(medians, 0.975) };
}
