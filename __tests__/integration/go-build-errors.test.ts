// Every bad input of go-build through the bundled action: one ::error:: naming the input and the fix, exit
// code 1, no stack, and nothing half-done (no artifacts.json, the dist folder as it was). Plus a compile error,
// which must come out as annotations on the file and line.
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { repoRoot, runAction, runCli, type ActionRun } from '../helpers/run-action.js'

let root: string

async function module(name: string, files: Record<string, string>): Promise<string> {
  const dir = path.join(root, name)
  for (const [f, text] of Object.entries({ 'go.mod': `module example.com/${name}\n\ngo 1.24\n`, ...files })) {
    await mkdir(path.dirname(path.join(dir, f)), { recursive: true })
    await writeFile(path.join(dir, f), text)
  }
  return dir
}

const MAIN = 'package main\n\nfunc main() {}\n'

/** The dist input of the current test: fresh, and it must not exist after a refused run. */
let d: string

function expectUserError(r: ActionRun, input: string, what: RegExp, fix: RegExp): void {
  expect(existsSync(d)).toBe(false)
  expect(r.code).toBe(1)
  const errors = r.annotations.filter(a => a.level === 'error')
  expect(errors).toHaveLength(1)
  expect(errors[0].message.startsWith(`${input}: `)).toBe(true)
  expect(errors[0].message).toMatch(what)
  expect(errors[0].message).toMatch(/ Fix: /)
  expect(errors[0].message.split(' Fix: ')[1]).toMatch(fix)
  expect(r.log).not.toMatch(/at .*index\.js:\d+/)
  expect(r.outputs.artifacts).toBeUndefined()
}

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'gantry-gobuild-errors-'))
})

describe('actions/go-build refuses bad input, cleanly', () => {
  const dist = (): string => path.join(root, `dist-${Math.random().toString(36).slice(2)}`)
  beforeEach(() => {
    d = dist()
  })

  test('no go.mod in working-directory', async () => {
    const dir = path.join(root, 'empty')
    await mkdir(dir)
    const r = await runAction('go-build', { inputs: { 'working-directory': dir, dist: d } })
    expectUserError(r, 'working-directory', /has no go\.mod/, /folder that holds go\.mod/)
    expect(existsSync(d)).toBe(false)
  })

  test('no main package', async () => {
    const dir = await module('lib', { 'lib.go': 'package lib\n' })
    const r = await runAction('go-build', { inputs: { 'working-directory': dir, dist: d } })
    expectUserError(r, 'main', /has no main package/, /add a package main/)
  })

  test('several main packages are listed', async () => {
    const dir = await module('two', { 'cmd/a/main.go': MAIN, 'cmd/b/main.go': MAIN })
    const r = await runAction('go-build', { inputs: { 'working-directory': dir, targets: 'linux/amd64' } })
    expectUserError(
      r,
      'main',
      /several main packages: \.\/cmd\/a, \.\/cmd\/b/,
      /list the ones to build in main \(main: \.\/cmd\/a, \.\/cmd\/b\)/
    )
    expect(existsSync(path.join(dir, 'dist'))).toBe(false)
  })

  test('main pointing at a library package', async () => {
    const dir = await module('notmain', { 'cmd/a/main.go': MAIN, 'pkg/x/x.go': 'package x\n' })
    const r = await runAction('go-build', { inputs: { 'working-directory': dir, main: './pkg/x' } })
    expectUserError(r, 'main', /\.\/pkg\/x is not a main package \(package x\)/, /package main/)
  })

  test('a go.sum without the required modules: an error, and go.sum is not written', async () => {
    const dir = await module('nosum', {
      'go.mod': 'module example.com/nosum\n\ngo 1.24\n\nrequire github.com/google/uuid v1.6.0\n',
      'main.go': 'package main\n\nimport _ "github.com/google/uuid"\n\nfunc main() {}\n'
    })
    const r = await runAction('go-build', {
      inputs: { 'working-directory': dir, targets: 'linux/amd64', dist: d }
    })
    expectUserError(r, 'working-directory', /go\.sum is not complete/, /go mod tidy/)
    expect(existsSync(path.join(dir, 'go.sum'))).toBe(false)
  })

  test('an unknown target names the nearest ports', async () => {
    const r = await runAction('go-build', {
      inputs: { 'working-directory': 'examples/hello', targets: 'linux/amd64, linux/amd46', dist: d }
    })
    expectUserError(r, 'targets', /unknown target "linux\/amd46"/, /did you mean linux\/amd64/)
  })

  test('an unknown single target (the matrix form) names the target input', async () => {
    const r = await runAction('go-build', {
      inputs: { 'working-directory': 'examples/hello', target: 'plan9/arm65', dist: d }
    })
    expectUserError(r, 'target', /unknown target "plan9\/arm65"/, /did you mean/)
  })

  test('cgo for a foreign target without a cross C compiler', async () => {
    const r = await runAction('go-build', {
      inputs: { 'working-directory': 'examples/hello', cgo: 'true', targets: 'windows/arm64', dist: d }
    })
    expectUserError(r, 'cgo', /no C cross compiler for windows\/arm64/, /set cgo: false.*CC in the env input/)
  })

  test('a version that is not semver', async () => {
    const r = await runAction('go-build', {
      inputs: { 'working-directory': 'examples/hello', version: '1.2', dist: d }
    })
    expectUserError(r, 'version', /"1\.2" is not a semantic version/, /MAJOR\.MINOR\.PATCH/)
  })

  test('a pushed v-tag that is not semver', async () => {
    const r = await runAction('go-build', {
      inputs: { 'working-directory': 'examples/hello', dist: d },
      ref: 'refs/tags/v1.2'
    })
    expectUserError(r, 'version', /pushed tag "v1\.2" is not a semantic version/, /tag releases as vMAJOR/)
  })

  test('an ldflags template with an unknown field', async () => {
    const r = await runAction('go-build', {
      inputs: { 'working-directory': 'examples/hello', ldflags: '-X main.version={{.Vresion}}', dist: d }
    })
    expectUserError(r, 'ldflags', /unknown template field "\{\{\.Vresion\}\}"/, /\{\{\.Version\}\}/)
  })

  test('a dist folder that holds files from another build is refused and left as it was', async () => {
    const own = dist()
    await mkdir(path.join(own, 'old'), { recursive: true })
    await writeFile(path.join(own, 'old', 'app'), 'someone else')
    await writeFile(path.join(own, 'notes.txt'), 'keep me')
    const r = await runAction('go-build', {
      inputs: { 'working-directory': 'examples/hello', targets: 'linux/amd64', dist: own }
    })
    expectUserError(
      r,
      'dist',
      /holds files that are not from a gantry build: notes\.txt, old\/app/,
      /new or empty folder/
    )
    expect((await readdir(own)).sort()).toEqual(['notes.txt', 'old'])
    expect(await readFile(path.join(own, 'notes.txt'), 'utf8')).toBe('keep me')
  })

  test('a dist folder from a previous gantry build is cleaned and rebuilt', async () => {
    const inputs = {
      'working-directory': 'examples/hello',
      targets: 'linux/amd64',
      dist: d,
      version: '1.0.0'
    }
    const first = await runAction('go-build', { inputs })
    expect(first.code).toBe(0)
    const second = await runAction('go-build', {
      inputs: { ...inputs, targets: 'linux/arm64', version: '1.0.1' }
    })
    expect(second.code).toBe(0)
    expect((await readdir(d)).sort()).toEqual([
      'artifacts.json',
      'hello_1.0.1_checksums.txt',
      'hello_1.0.1_linux_arm64_v8.0.tar.gz',
      'hello_linux_arm64_v8.0'
    ])
    // A failed build (a flag go rejects) leaves that previous build exactly as it was.
    const before = await readFile(path.join(d, 'artifacts.json'), 'utf8')
    const failed = await runAction('go-build', { inputs: { ...inputs, flags: '-gcflags=-nosuchflag' } })
    expect(failed.code).toBe(1)
    expect((await readdir(d)).sort()).toEqual([
      'artifacts.json',
      'hello_1.0.1_checksums.txt',
      'hello_1.0.1_linux_arm64_v8.0.tar.gz',
      'hello_linux_arm64_v8.0'
    ])
    expect(await readFile(path.join(d, 'artifacts.json'), 'utf8')).toBe(before)
  })

  test('gantry-owned flags are refused in flags', async () => {
    const r = await runAction('go-build', {
      inputs: { 'working-directory': 'examples/hello', flags: '-v -o /tmp/x', dist: d }
    })
    expectUserError(r, 'flags', /"-o" cannot be set in flags/, /ldflags, tags, dist/)
  })

  test('a compile error becomes annotations on the file and line; dist is not left behind', async () => {
    const dir = await module('broken', {
      'cmd/broken/main.go':
        'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Printx("hi")\n\tvar _ int = "x"\n}\n'
    })
    const d = path.join(dir, 'dist')
    const r = await runAction('go-build', {
      inputs: { 'working-directory': '.', targets: 'linux/amd64,linux/arm64' },
      cwd: dir
    })
    expect(r.code).toBe(1)
    const fileErrors = r.annotations.filter(a => a.level === 'error' && a.properties.file)
    expect(fileErrors.map(a => [a.properties.file, a.properties.line, a.properties.col])).toEqual([
      ['cmd/broken/main.go', '6', '6'],
      ['cmd/broken/main.go', '7', '14']
    ])
    expect(fileErrors[0].message).toMatch(/undefined: fmt\.Printx/)
    const summary = r.annotations.filter(a => a.level === 'error' && !a.properties.file)
    expect(summary).toHaveLength(1)
    // The failure blames the file of the first error (not working-directory, which is fine).
    expect(summary[0].message).toMatch(
      /^cmd\/broken\/main\.go: go build failed for linux\/(amd64|arm64) with 2 error/
    )
    expect(existsSync(d)).toBe(false)
  })
})

describe('the post step decides about saving, without a cache server', () => {
  test('auto on a feature branch: not saved, and says why', async () => {
    const cacheDir = await mkdtemp(path.join(os.tmpdir(), 'gantry-gocache-'))
    await writeFile(path.join(cacheDir, 'entry-d'), 'x')
    const spec = { name: 'gobuild', path: cacheDir, key: 'gantry-go-v1-build-k', restoreKeys: [] }
    const state = {
      isPost: 'true',
      caches: JSON.stringify([{ spec, before: { files: 0, bytes: 0, newestMs: 0 } }]),
      cacheSave: JSON.stringify({ mode: 'auto', ref: 'refs/heads/feature', defaultBranch: 'main' })
    }
    const r = await runAction('go-build', { state })
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/gobuild cache not saved: auto: saved only on the default branch \(main\)/)
    const exact = await runAction('go-build', {
      state: {
        ...state,
        caches: JSON.stringify([{ spec, restoredKey: spec.key }]),
        cacheSave: JSON.stringify({ mode: 'true', ref: 'refs/heads/main', defaultBranch: 'main' })
      }
    })
    expect(exact.stdout).toMatch(/gobuild cache not saved: exact key hit/)
  })
})

describe('gantry build (the CLI)', () => {
  test('reads gantry.yml, takes the same flags, prints the outputs as JSON', async () => {
    const cwd = await mkdtemp(path.join(root, 'cli-'))
    await writeFile(
      path.join(cwd, 'gantry.yml'),
      `defaults:\n  working-directory: ${path.join(repoRoot, 'examples/hello')}\nbuild:\n  targets: [linux/arm64, windows/amd64]\n  checksums: false\n`
    )
    const out = path.join(cwd, 'out')
    const r = await runCli(
      ['build', '--dist', out, '--cache', 'false', '--version', '3.1.4', '--archives=false'],
      { cwd }
    )
    expect(r.code).toBe(0)
    const outputs = JSON.parse(r.stdout) as {
      artifacts: { artifacts: { path: string; kind: string }[] }
      version: string
      checksums: string
    }
    expect(outputs.version).toBe('3.1.4')
    expect(outputs.checksums).toBe('')
    expect(outputs.artifacts.artifacts.map(a => `${a.kind} ${a.path}`)).toEqual([
      'binary hello_linux_arm64_v8.0/hello',
      'binary hello_windows_amd64_v1/hello.exe'
    ])
    expect(r.stderr).toMatch(/parallelism \d \(auto, limited by/)
    const bad = await runCli(['build', '--dist', out, '--ldflags', '{{.Nope}}'], { cwd })
    expect(bad.code).toBe(1)
    expect(bad.stderr).toMatch(/error: ldflags: unknown template field "\{\{\.Nope\}\}"/)
  })
})
