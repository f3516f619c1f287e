// Input parsing: each kind's parser, defaults, and errors that name the input.
import {
  parseInputs,
  parseInteger,
  parseKeyValues,
  parseList,
  type InputSpecs
} from '../../src/runtime/inputs.js'
import { UserError } from '../../src/util/errors.js'

const spec = {
  push: { kind: 'bool', description: 'push', default: 'false' },
  targets: { kind: 'list', description: 't', default: 'default' },
  mode: {
    kind: 'enum',
    description: 'm',
    values: ['auto', 'git'],
    aliases: { true: 'git' },
    default: 'auto'
  },
  jobs: { kind: 'int', description: 'j', min: 1, auto: true, default: 'auto' },
  env: { kind: 'keyvalues', description: 'e' },
  name: { kind: 'string', description: 'n', required: true }
} as const satisfies InputSpecs

/** The UserError a call throws, or a failure when it throws nothing. */
function userError(fn: () => unknown): UserError {
  try {
    fn()
  } catch (e) {
    if (e instanceof UserError) return e
    throw e
  }
  throw new Error('expected a UserError, nothing was thrown')
}

describe('inputs', () => {
  test('lists split on newlines and commas, drop blanks and comments', () => {
    expect(parseList('a, b\n\n# note\nc,,\n  d  ')).toEqual(['a', 'b', 'c', 'd'])
    expect(parseList('-s -w -X a=b,c', { commas: false })).toEqual(['-s -w -X a=b,c'])
  })
  test('defaults apply to missing and blank values; kinds give typed values', () => {
    expect(parseInputs(spec, { name: 'x' })).toEqual({
      push: false,
      targets: ['default'],
      mode: 'auto',
      jobs: 'auto',
      env: [],
      name: 'x'
    })
    const v = parseInputs(spec, {
      name: 'x',
      push: 'TRUE',
      targets: '  ',
      mode: 'True',
      jobs: '4',
      env: 'A=1'
    })
    expect([v.push, v.targets, v.mode, v.jobs, v.env]).toEqual([true, ['default'], 'git', 4, [['A', '1']]])
  })
  test.each([
    [{ push: 'yes' }, 'push', /"yes" is not a boolean/],
    [{ mode: 'svn' }, 'mode', /"svn" is not one of auto, git/],
    [{ jobs: '0' }, 'jobs', /"0" is not a whole number of at least 1/],
    [{ env: 'novalue' }, 'env', /"novalue" is not KEY=value/],
    [{}, 'name', /is required/]
  ])('%j is a UserError naming %s', (raw, input, detail) => {
    const e = userError(() =>
      parseInputs(spec, { name: 'x', ...raw, ...(input === 'name' ? { name: '' } : {}) })
    )
    expect(e.input).toBe(input)
    expect(e.detail).toMatch(detail)
    expect(e.message.startsWith(`${input}: `)).toBe(true)
  })
  test('integers and key=value lines', () => {
    expect(parseInteger('4', 'parallelism', { min: 1 })).toBe(4)
    expect(() => parseInteger('0', 'parallelism', { min: 1 })).toThrow(UserError)
    expect(() => parseInteger('2.5', 'parallelism')).toThrow(UserError)
    expect(parseKeyValues('A=1\nB=x=y', 'env')).toEqual([
      ['A', '1'],
      ['B', 'x=y']
    ])
    const e = userError(() => parseKeyValues('novalue', 'env'))
    expect([e.input, e.message]).toEqual([
      'env',
      'env: "novalue" is not KEY=value. Fix: write one KEY=value per line.'
    ])
  })
})
