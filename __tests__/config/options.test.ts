import {
  getBoolean,
  getList,
  parseInteger,
  parseKeyValues,
  parseList,
  type StageSpec
} from '../../src/config/options.js'
import { UserError } from '../../src/util/errors.js'

const spec: StageSpec = {
  push: { description: 'push', default: 'false', kind: 'boolean' },
  targets: { description: 't', default: 'default', kind: 'list' }
}

describe('options', () => {
  test('lists split on newlines and commas, drop blanks and comments', () => {
    expect(parseList('a, b\n\n# note\nc,,\n  d  ')).toEqual(['a', 'b', 'c', 'd'])
    expect(parseList('-s -w -X a=b,c', { commas: false })).toEqual(['-s -w -X a=b,c'])
  })
  test('defaults apply to missing and empty values', () => {
    expect(getList({}, spec, 'targets')).toEqual(['default'])
    expect(getList({ targets: '  ' }, spec, 'targets')).toEqual(['default'])
    expect(getBoolean({}, spec, 'push')).toBe(false)
    expect(getBoolean({ push: 'TRUE' }, spec, 'push')).toBe(true)
  })
  test('a bad boolean names the input', () => {
    expect(() => getBoolean({ push: 'yes' }, spec, 'push')).toThrow(/is not a boolean/)
    try {
      getBoolean({ push: 'yes' }, spec, 'push')
    } catch (e) {
      expect((e as UserError).input).toBe('push')
    }
  })
  test('integers and key=value lines', () => {
    expect(parseInteger('4', 'parallelism', { min: 1 })).toBe(4)
    expect(() => parseInteger('0', 'parallelism', { min: 1 })).toThrow(UserError)
    expect(() => parseInteger('2.5', 'parallelism')).toThrow(UserError)
    expect(parseKeyValues('A=1\nB=x=y', 'env')).toEqual([
      ['A', '1'],
      ['B', 'x=y']
    ])
    expect(() => parseKeyValues('novalue', 'env')).toThrow(/env: .*KEY=value|KEY=value/)
  })
})
