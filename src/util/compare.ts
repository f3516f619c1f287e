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
