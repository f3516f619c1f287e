// go.mod as Go's modfile reads it: comments, quoted and raw strings, blocks, replacements, line numbers.
import { parseGoMod } from '../../src/model/gomod.js'
import { UserError } from '../../src/util/errors.js'

test('a module line with a comment, quoted paths, blocks and // indirect', () => {
  const mod = parseGoMod(
    [
      'module example.com/hello // the hello module',
      '',
      'go 1.22',
      'toolchain go1.22.3',
      '',
      'require (',
      '\tgolang.org/x/text v0.3.5 // indirect',
      '\t"github.com/google/uuid" v1.6.0',
      '\tgopkg.in/yaml.v3 v3.0.1',
      ')',
      'require `example.com/raw` v1.0.0',
      'replace example.com/old v1.0.0 => ../local',
      'replace (',
      '\texample.com/a => example.com/b v1.2.3',
      ')',
      'exclude example.com/bad v0.1.0',
      'retract v0.0.1 // not read'
    ].join('\n')
  )
  expect(mod.module).toEqual({ path: 'example.com/hello', line: 1 })
  expect([mod.go, mod.toolchain]).toEqual(['1.22', 'go1.22.3'])
  expect(mod.require).toEqual([
    { path: 'golang.org/x/text', version: 'v0.3.5', indirect: true, line: 7 },
    { path: 'github.com/google/uuid', version: 'v1.6.0', indirect: false, line: 8 },
    { path: 'gopkg.in/yaml.v3', version: 'v3.0.1', indirect: false, line: 9 },
    { path: 'example.com/raw', version: 'v1.0.0', indirect: false, line: 11 }
  ])
  expect(mod.replace).toEqual([
    { old: { path: 'example.com/old', version: 'v1.0.0' }, new: { path: '../local' }, line: 12 },
    { old: { path: 'example.com/a' }, new: { path: 'example.com/b', version: 'v1.2.3' }, line: 14 }
  ])
  expect(mod.exclude).toEqual([{ path: 'example.com/bad', version: 'v0.1.0', line: 16 }])
})

test('a quoted module path and CRLF line ends', () => {
  expect(parseGoMod('module "example.com/q"\r\ngo 1.21\r\n').module?.path).toBe('example.com/q')
})

test.each([
  ['module a b', /go.mod:1: the module directive takes one path/],
  ['require (\n  x v1\n', /the require block is not closed/],
  ['module "unterminated', /unterminated quoted string/],
  ['require x', /a requirement is a module path and a version/]
])('%j is a UserError with the line', (text, message) => {
  expect(() => parseGoMod(text)).toThrow(UserError)
  expect(() => parseGoMod(text)).toThrow(message)
})
