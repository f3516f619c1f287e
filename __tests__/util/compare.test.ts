// The one binary search the scanners share: the last sorted start at or before an offset.
import { lastAtOrBefore } from '../../src/util/compare.js'

test('lastAtOrBefore finds the last start at or before the value, against a linear scan', () => {
  const starts = [0, 3, 3, 10, 64, 65]
  for (let v = 0; v < 70; v++) {
    let want = 0
    starts.forEach((s, i) => {
      if (s <= v) want = i
    })
    expect([v, lastAtOrBefore(starts, v)]).toEqual([v, want])
  }
  expect(lastAtOrBefore([0], 5)).toBe(0)
  expect(lastAtOrBefore([], 5)).toBe(0)
})
