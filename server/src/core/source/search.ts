/**
 * Binary searches over lists sorted by a number (lines by offset, headings by line, items by offset): one
 * implementation for every reader and rule.
 */

/** The index of the first element whose key is ≥ `value` (`list.length` when none is). */
export function firstIndexAtOrAfter<T>(list: ArrayLike<T>, value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(list[mid]!) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the last element whose key is ≤ `value` (-1 when none is). */
export function lastIndexAtOrBefore<T>(list: ArrayLike<T>, value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(list[mid]!) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

const self = (x: number) => x;

/** The first number ≥ `value` in an ascending list. */
export function firstAtOrAfter(list: ArrayLike<number>, value: number): number | undefined {
  const i = firstIndexAtOrAfter(list, value, self);
  return i < list.length ? list[i] : undefined;
}

/** The last number ≤ `value` in an ascending list. */
export function lastAtOrBefore(list: ArrayLike<number>, value: number): number | undefined {
  const i = lastIndexAtOrBefore(list, value, self);
  return i >= 0 ? list[i] : undefined;
}
