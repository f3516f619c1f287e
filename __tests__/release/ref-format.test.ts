// git's reference name rules, as a table (the integration tier checks the same names against git itself).
import { refFormatProblem, tagNameProblem } from '../../src/release/ref-format.js'
import { REF_NAMES } from '../helpers/ref-names.js'

test.each(REF_NAMES)('%j valid: %s', (name, ok) => {
  expect(refFormatProblem(name) === undefined).toBe(ok)
})

test('tag names: git tag also refuses a leading "-"', () => {
  expect(tagNameProblem('-v1.0.0')).toBe('it starts with "-"')
  expect(tagNameProblem('x.lock/v1.0.0')).toBe('the part "x.lock" ends with ".lock"')
  expect(tagNameProblem('a//v1.0.0')).toMatch(/empty part/)
  expect(tagNameProblem('tools/v1.0.0')).toBeUndefined()
})
