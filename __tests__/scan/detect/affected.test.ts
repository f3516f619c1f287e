// Edge cases of the OSV evaluation the matcher tests do not reach: `limit: "*"`, several limits, an
// introduction and a fix at one version, and event versions the order cannot read.
import { affectsVersion, fixedAbove, inRange } from '../../../src/scan/detect/affected.js'
import type { OsvEvent } from '../../../src/scan/vulndb/osv.js'
import { ecosystemOrder, SEMVER_ORDER } from '../../../src/scan/versions/ecosystem.js'

const range = (events: OsvEvent[], type = 'SEMVER') => ({ type, events })

test('limit "*" is infinity; several limits: below any of them', () => {
  expect(inRange('9.9.9', range([{ introduced: '1.0.0' }, { limit: '*' }]), SEMVER_ORDER)).toBe(true)
  const two = range([{ introduced: '0' }, { limit: '1.5.0' }, { limit: '3.0.0' }])
  expect(['1.4.0', '2.0.0', '3.0.0'].map(v => inRange(v, two, SEMVER_ORDER))).toEqual([true, true, false])
})

test('introduced and fixed at one version is an empty range', () => {
  expect(inRange('1.0.0', range([{ fixed: '1.0.0' }, { introduced: '1.0.0' }]), SEMVER_ORDER)).toBe(false)
})

test('an event version the order cannot read is left out, not compared', () => {
  const r = range([{ introduced: '0' }, { fixed: 'not-a-version' }, { fixed: '2.0.0' }])
  expect(inRange('1.0.0', r, SEMVER_ORDER)).toBe(true)
  expect(inRange('2.0.0', r, SEMVER_ORDER)).toBe(false)
})

test("ECOSYSTEM ranges use the ecosystem's order; ranges of unknown types are ignored", () => {
  const debian = ecosystemOrder('Debian:12')
  const a = {
    ranges: [
      range([{ introduced: '0' }, { fixed: '1.0~rc2-1' }], 'ECOSYSTEM'),
      range([{ introduced: '0' }], 'SOMETHING')
    ]
  }
  expect(affectsVersion(a, '1.0~rc1-1', debian)).toBe(true)
  expect(affectsVersion(a, '1.0-1', debian)).toBe(false)
  expect(fixedAbove(a, '1.0~rc1-1', debian)).toEqual(['1.0~rc2-1'])
  expect(affectsVersion(a, '1.0~rc1-1', undefined)).toBe(false)
})
