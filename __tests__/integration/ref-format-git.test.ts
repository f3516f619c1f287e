// The reference name table of the unit tests, checked against git itself (`git check-ref-format`), so the
// rules in src/release/ref-format.ts are git's, not a guess.
import { spawnSync } from 'node:child_process'
import { REF_NAMES } from '../helpers/ref-names.js'
import { refFormatProblem } from '../../src/release/ref-format.js'

test.each(REF_NAMES)('git check-ref-format %j: %s', (name, ok) => {
  const r = spawnSync('git', ['check-ref-format', name])
  expect(r.status === 0).toBe(ok)
  expect(refFormatProblem(name) === undefined).toBe(ok)
})
