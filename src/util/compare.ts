// Comparators for the one stable order every output uses.

/** Compare two strings by code unit (not locale): the order sorted output files use. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** A comparator that orders by one or more keys, each a string or a number. */
export function byKey<T>(...keys: ((item: T) => string | number)[]): (a: T, b: T) => number {
  return (a, b) => {
    for (const key of keys) {
      const x = key(a)
      const y = key(b)
      const c = typeof x === 'number' && typeof y === 'number' ? x - y : compareStrings(String(x), String(y))
      if (c) return c
    }
    return 0
  }
}

/**
 * The index of the last of `sorted` (ascending) that is at or below `value`, by binary search; 0 when none is
 * (callers hold a first element of 0: chunk starts, line starts).
 */
export function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let lo = 0
  let hi = sorted.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (sorted[mid] <= value) lo = mid
    else hi = mid - 1
  }
  return lo
}
