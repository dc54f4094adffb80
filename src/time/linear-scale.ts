/**
 * A linear (or piecewise linear) map from values to positions, and back. The timeline needs
 * only this much of a scale; d3-scale's linear scale would add its tick formatting, number
 * formats and interpolators to every page that embeds the widget.
 */
export interface LinearScale {
  (value: number): number;
  invert(position: number): number;
  domain(): number[];
  range(): number[];
}

/** Index of the segment holding `value` in an increasing or decreasing list of stops. */
function segmentOf(stops: readonly number[], value: number): number {
  const last = stops.length - 2;
  const ascending = stops[last + 1]! >= stops[0]!;
  let low = 0;
  let high = last;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    const beyond = ascending ? value >= stops[middle]! : value <= stops[middle]!;
    if (beyond) low = middle;
    else high = middle - 1;
  }
  return low;
}

function interpolate(from: readonly number[], to: readonly number[], value: number): number {
  const index = segmentOf(from, value);
  const x0 = from[index]!;
  const x1 = from[index + 1]!;
  const y0 = to[index]!;
  const y1 = to[index + 1]!;
  // A zero-length segment maps to its start, as d3 does, rather than to NaN.
  return x1 === x0 ? y0 : y0 + ((value - x0) / (x1 - x0)) * (y1 - y0);
}

/**
 * Like d3's `scaleLinear().domain(domain).range(range)`: two or more stops, values outside
 * the domain extrapolated from the nearest segment. Domain and range must have the same
 * number of stops; the domain must be monotonic.
 */
export function linearScale(domain: readonly number[], range: readonly number[]): LinearScale {
  if (domain.length < 2 || domain.length !== range.length) {
    throw new RangeError('linearScale needs a domain and a range of the same length, at least 2');
  }
  const from = [...domain];
  const to = [...range];
  const scale = ((value: number) => interpolate(from, to, value)) as LinearScale;
  scale.invert = (position: number) => interpolate(to, from, position);
  scale.domain = () => [...from];
  scale.range = () => [...to];
  return scale;
}
