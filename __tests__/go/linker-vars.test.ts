// The -X check's two halves: which variables rendered ldflags set, and which package-level variables Go
// source declares (comments, strings, var blocks, function bodies).
import { declaredVars, linkerVars, missingVarsWarning } from '../../src/go/linker-vars.js'

test('-X in its spellings; other flags ignored', () => {
  expect(
    linkerVars(
      `-s -w -X main.version=1.2.3 -X=main.commit=abc --X github.com/a/b/v2/internal/version.Version=x -X 'main.name=a b' -buildid=`
    )
  ).toEqual([
    { pkg: 'main', name: 'version' },
    { pkg: 'main', name: 'commit' },
    { pkg: 'github.com/a/b/v2/internal/version', name: 'Version' },
    { pkg: 'main', name: 'name' }
  ])
  expect(linkerVars('-s -w -X nodot=1')).toEqual([])
})

test('package-level variables, not locals, constants, fields or text in comments and strings', () => {
  const src = [
    'package main',
    '',
    '// var commented string',
    '/* var blockComment string */',
    'import "fmt"',
    '',
    'var Version = "unknown" // glow: main.Version, not main.version',
    'var a, b string',
    'var (',
    '\tCommitSHA string',
    '\tdate, builtBy = "x", `var raw string`',
    '\tcfg = struct {',
    '\t\tnotAVar string',
    '\t}{}',
    '\tlast int; alsoLast int',
    ')',
    'const constant = "c"',
    'type T struct{ field string }',
    'func main() {',
    '\tvar local string',
    '\tfmt.Println(local, "var inString string")',
    '}'
  ].join('\n')
  expect([...declaredVars(src)].sort()).toEqual(
    ['CommitSHA', 'Version', 'a', 'alsoLast', 'b', 'builtBy', 'cfg', 'date', 'last'].sort()
  )
})

test('the warning names the near spelling and the fix', () => {
  const w = missingVarsWarning(
    [
      { pkg: 'main', name: 'version' },
      { pkg: 'main', name: 'commit' }
    ],
    'package main (./cmd/glow)',
    new Set(['Version', 'CommitSHA'])
  )
  expect(w).toBe(
    'ldflags set -X main.version, -X main.commit, but package main (./cmd/glow) declares no variable version (it has Version), commit: the linker ignores them, so the binaries do not carry those values. Write -X main.Version=... in ldflags.'
  )
})
