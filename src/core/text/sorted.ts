/** Binary searches over sorted arrays of token indices or offsets, shared by the rules. */

/** Index of the first value ≥ `x` in a sorted array (its length when there is none). */
export function firstAtLeast(sorted: Int32Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last value ≤ `x` in a sorted array, or -1. */
export function lastAtOrBefore(sorted: Int32Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Whether a sorted array holds a value in [from, to]. */
export function hasValueIn(sorted: Int32Array, from: number, to: number): boolean {
  const i = firstAtLeast(sorted, from);
  return i < sorted.length && (sorted[i] as number) <= to;
}
