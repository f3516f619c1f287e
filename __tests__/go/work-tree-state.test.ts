// `git status --porcelain -z` read for go-build's two questions (tracked changes: dirty; any Go input
// differing from HEAD, untracked included: nothing is kept for the commit), from git's own output format.
import { workTreeState } from '../../src/go/version.js'

const z = (...entries: string[]): string => entries.map(e => `${e}\0`).join('')

test('a clean tree', () => {
  expect(workTreeState('')).toEqual({ dirty: false, goInputsClean: true })
})

test('untracked files: a Go input keeps nothing, any other file changes nothing', () => {
  expect(workTreeState(z('?? notes.txt', '?? docs/a b.md'))).toEqual({ dirty: false, goInputsClean: true })
  expect(workTreeState(z('?? notes.txt', '?? internal/x/extra.go'))).toEqual({
    dirty: false,
    goInputsClean: false
  })
  expect(workTreeState(z('?? tools/go.work'))).toEqual({ dirty: false, goInputsClean: false })
})

test('tracked changes are dirty; the leading space of an unstaged change is part of the status', () => {
  // " M go.mod" first: a trimmed output would read the path as "o.mod".
  expect(workTreeState(z(' M go.mod'))).toEqual({ dirty: true, goInputsClean: false })
  expect(workTreeState(z(' M README.md', 'A  sub/go.sum'))).toEqual({ dirty: true, goInputsClean: false })
  expect(workTreeState(z(' M README.md', 'D  LICENSE'))).toEqual({ dirty: true, goInputsClean: true })
})

test('a rename names its source in the next field: a Go file renamed away is a changed Go input', () => {
  expect(workTreeState(z('R  main.txt', 'main.go'))).toEqual({ dirty: true, goInputsClean: false })
  expect(workTreeState(z('R  b.txt', 'a.txt', '?? c.md'))).toEqual({ dirty: true, goInputsClean: true })
})
