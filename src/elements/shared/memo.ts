/**
 * The one way the elements cache a derived value: `memo(compute)` gives a function that
 * computes again only when one of its arguments changed (by `Object.is`), as Plot's
 * `memoize1` and the `args` of Lit's Task do. An element keeps one per derived value, as a
 * field, and calls it from `willUpdate` with everything the value depends on.
 */
export function memo<Args extends readonly unknown[], Result>(
  compute: (...args: Args) => Result,
): (...args: Args) => Result {
  let last: Args | undefined;
  let result!: Result;
  return (...args: Args): Result => {
    if (last === undefined || !sameInputs(args, last)) {
      result = compute(...args);
      // Remembered after computing: a computation that throws is tried again next time.
      last = args;
    }
    return result;
  };
}

/** Whether two argument lists hold the same values, position by position. */
export function sameInputs(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, position) => Object.is(value, b[position]));
}
