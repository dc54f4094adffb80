import type { Dataset } from '../data/types.js';
import { linearScale, type LinearScale } from './linear-scale.js';

/** The first and last calendar year shown, both included. */
export type Period = Dataset['period'];

/**
 * The domain ends at `end + 1` because the last year is shown whole, up to its
 * 31 December. The range is taken as given, so a vertical timeline running upwards
 * simply passes a reversed range.
 */
export function timeScale(period: Period, range: [number, number]): LinearScale {
  return linearScale([period.start, period.end + 1], range);
}

/** Steps a reader can count in, tried before any other that would fit. */
const NICE_STEPS = [1, 2, 5, 10, 20, 25, 50, 100];

/**
 * Both ends are always labelled so the reader sees the whole period at a glance, and
 * the labels are evenly spaced so none looks out of place. That means the step must
 * divide the period's length: a nice step when one does, else the smallest that fits.
 * Two labels are the least an axis can have, so a `maxTicks` under 2 still gets them
 * unless the period is a single year.
 */
export function yearTicks(period: Period, maxTicks: number): number[] {
  const length = period.end - period.start;
  if (length <= 0) return [period.start];
  const fits = (step: number): boolean => length % step === 0 && length / step + 1 <= maxTicks;
  let step = NICE_STEPS.find(fits);
  if (step === undefined) {
    step = length;
    for (let candidate = 1; candidate < length; candidate++) {
      if (fits(candidate)) {
        step = candidate;
        break;
      }
    }
  }
  const ticks: number[] = [];
  for (let year = period.start; year <= period.end; year += step) ticks.push(year);
  return ticks;
}

/**
 * The scrubber's answer to "which year is under the pointer". A pointer dragged past
 * either end still means the first or last year, never a year the timeline does not
 * show. The tiny nudge keeps a position computed as `scale(year)` from flooring to
 * the year before through rounding.
 */
export function yearFromPosition(scale: LinearScale, position: number, period: Period): number {
  const value = scale.invert(position);
  if (!Number.isFinite(value)) return period.start;
  const year = Math.floor(value + 1e-9);
  return Math.min(period.end, Math.max(period.start, year));
}
