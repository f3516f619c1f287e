// go-build on real modules and the shapes real repositories have (issue 10): filippo.io/age from the Go proxy
// (four main packages, a toolchain line newer than the Go that builds, main.Version), a module with a cgo
// dependency (github.com/mattn/go-sqlite3), go.mod and go.work the toolchain refuses, a file named HEAD, a
// tagged HEAD built locally, archive names and levels, and go mod verify once per go.sum. Real go, git and
// the Go module proxy; the bundled CLI and action.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { repoRoot, runAction, runCli, type CliRun } from '../helpers/run-action.js'
import { cleanupModules, moduleSource } from '../helpers/go-proxy.js'
import { readArtifacts, type ArtifactsManifest } from '../../src/model/artifacts.js'
import { imageStage } from '../../src/stages/image.js'
import { parseInputs } from '../../src/runtime/inputs.js'
import { resolvePlan } from '../../src/image/plan.js'
import type { ImageOptions } from '../../src/image/spec.js'
import { ci } from '../helpers/ci.js'
import { listTarGz } from '../helpers/archives.js'

let tmp: string
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'gantry-real-modules-'))
})
afterAll(async () => {
  cleanupModules()
  await rm(tmp, { recursive: true, force: true })
})

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.com',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.com',
  GIT_AUTHOR_DATE: '1700000000 +0000',
  GIT_COMMITTER_DATE: '1700000000 +0000',
  GIT_CONFIG_GLOBAL: '/dev/null'
}

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, env: GIT_ENV, encoding: 'utf8' }).trim()
}

/** Make `dir` a git repository with everything committed. */
function commitAll(dir: string): void {
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'add', '-A')
  git(dir, 'commit', '-qm', 'import')
}

async function hello(name: string, files: Record<string, string> = {}): Promise<string> {
  const dir = path.join(tmp, name)
  await cp(path.join(repoRoot, 'examples/hello'), dir, { recursive: true })
  for (const [f, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, f)), { recursive: true })
    await writeFile(path.join(dir, f), text)
  }
  return dir
}

interface Outputs {
  version: string
  dist: string
  artifacts: ArtifactsManifest
}

function ok(r: CliRun): Outputs {
  if (r.code !== 0) throw new Error(`gantry build exited ${r.code}:\n${r.stderr}`)
  return JSON.parse(r.stdout) as Outputs
}

const build = (cwd: string, args: string[], env: Record<string, string | undefined> = {}) =>
  runCli(['build', '--cache=false', ...args], { cwd, env: { GITHUB_REF: undefined, ...env } })

describe('filippo.io/age: four main packages in one build', () => {
  let dir: string
  let run: CliRun
  let out: Outputs
  const mains = ['./cmd/age', './cmd/age-inspect', './cmd/age-keygen', './cmd/age-plugin-batchpass']
  beforeAll(async () => {
    dir = moduleSource('filippo.io/age', 'v1.3.2')
    commitAll(dir)
    git(dir, 'tag', 'v1.3.2')
    run = await build(dir, [
      '--main',
      mains.join(','),
      '--targets',
      'linux/amd64,windows/amd64',
      '--archive-name',
      'goreleaser'
    ])
    out = ok(run)
  }, 900_000)

  test('the tag on HEAD is the version, as git describe --exact-match finds it', () => {
    expect(out.version).toBe('1.3.2')
    expect(run.stderr).toMatch(/version from the tag v1\.3\.2 on HEAD/)
  })

  test('every binary of every target is listed; one archive per target holds all four', async () => {
    const bins = out.artifacts.artifacts.filter(a => a.kind === 'binary')
    expect(bins.map(a => `${a.binary} ${a.platform}`).sort()).toEqual(
      ['age', 'age-inspect', 'age-keygen', 'age-plugin-batchpass'].flatMap(b => [
        `${b} linux/amd64`,
        `${b} windows/amd64`
      ])
    )
    const archives = out.artifacts.artifacts.filter(a => a.kind === 'archive')
    expect(archives.map(a => a.path)).toEqual(['age_1.3.2_linux_amd64.tar.gz', 'age_1.3.2_windows_amd64.zip'])
    for (const a of archives) {
      expect(a.binaries).toEqual(['age', 'age-inspect', 'age-keygen', 'age-plugin-batchpass'])
      expect(a.binary).toBeUndefined()
    }
    const entries = await listTarGz(path.join(out.dist, archives[0].path))
    expect(entries.map(e => e.name)).toEqual([
      'LICENSE',
      'README.md',
      'age',
      'age-inspect',
      'age-keygen',
      'age-plugin-batchpass'
    ])
    expect(out.artifacts.artifacts.find(a => a.kind === 'checksums')?.path).toBe('age_1.3.2_checksums.txt')
    // The file validates against the (extended) schema when read back.
    const { manifest } = await readArtifacts(path.join(out.dist, 'artifacts.json'))
    expect(manifest.artifacts).toHaveLength(11)
  })

  test("go.mod's toolchain line above the building Go: a warning, and both lines in artifacts.json", () => {
    expect(run.stderr).toMatch(/warning: .*go\.mod asks for toolchain go1\.27\.0, but go1\.\d+\.\d+ builds/)
    expect(out.artifacts.project.goMod).toEqual({ go: '1.25.0', toolchain: 'go1.27.0' })
  })

  test('-X main.version does not exist in age (it has main.Version): a warning with the fix', () => {
    expect(run.stderr).toMatch(
      /warning: ldflags set -X main\.version, -X main\.commit, -X main\.date, but package main \(\.\/cmd\/age\) declares no variable version \(it has Version\), commit, date: .*Write -X main\.Version=\.\.\. in ldflags\./
    )
  })

  test('the image stage asks which binary to put in the image, and takes the one named', async () => {
    const options = (binary: string): Promise<ImageOptions> =>
      Promise.resolve(
        imageStage.parse(
          parseInputs(imageStage.inputs, {
            images: 'localhost:5000/age',
            artifacts: path.join(out.dist, 'artifacts.json'),
            binary
          }),
          { cwd: dir, ci: ci(), env: {}, surface: 'cli' }
        )
      )
    await expect(resolvePlan(await options(''), ci())).rejects.toThrow(
      /^binary: .* has several binaries: age, age-inspect, age-keygen, age-plugin-batchpass\./
    )
    const plan = await resolvePlan(await options('age-keygen'), ci())
    expect(plan.binaries.map(b => [b.platform, b.artifact.path])).toEqual([
      ['linux/amd64', 'age-keygen_linux_amd64_v1/age-keygen']
    ])
  })

  test('several binaries: {{.Binary}} in archive-name and a second binary name are refused', async () => {
    const r = await build(dir, ['--main', mains.join(','), '--archive-name', '{{.Binary}}_{{.Os}}'])
    expect([r.code, r.stderr]).toEqual([
      1,
      expect.stringMatching(/error: archive-name: \{\{\.Binary\}\} is ambiguous/)
    ])
    const twice = await build(dir, ['--main', 'age=./cmd/age,age=./cmd/age-keygen'])
    expect(twice.stderr).toMatch(/error: main: two main packages would make a binary named age/)
    const binary = await build(dir, ['--main', mains.join(','), '--binary', 'x'])
    expect(binary.stderr).toMatch(/error: binary: binary names one binary, but main lists 4 packages/)
  })
})

test('a dependency that needs cgo, built with cgo off: a warning naming it', async () => {
  const dir = path.join(tmp, 'sqlite')
  await mkdir(dir, { recursive: true })
  await writeFile(path.join(dir, 'go.mod'), 'module example.com/notes\n\ngo 1.24\n')
  await writeFile(
    path.join(dir, 'main.go'),
    'package main\n\nimport (\n\t"database/sql"\n\n\t_ "github.com/mattn/go-sqlite3"\n)\n\nvar version, commit, date = "dev", "", ""\n\nfunc main() { _, _ = sql.Open("sqlite3", ":memory:"); println(version, commit, date) }\n'
  )
  execFileSync('go', ['get', 'github.com/mattn/go-sqlite3@v1.14.53'], {
    cwd: dir,
    env: { ...process.env, GOFLAGS: '-mod=mod', GOTOOLCHAIN: 'local' }
  })
  const r = await build(dir, ['--targets', 'linux/amd64', '--archives=false'])
  ok(r)
  expect(r.stderr).toMatch(
    /warning: cgo is off, so github\.com\/mattn\/go-sqlite3 is built without its C code: .*stub that fails only at run time.*Set cgo: true/
  )
  expect(r.stderr).not.toMatch(/ldflags set -X/)
})

test('a main.Version module (glow-style) gets the -X warning; examples/hello does not', async () => {
  const dir = await hello('glowlike', {
    'cmd/hello/main.go': 'package main\n\nvar Version = "unknown"\n\nfunc main() { println(Version) }\n'
  })
  const r = await build(dir, ['--targets', 'linux/amd64', '--archives=false', '--version', '1.0.0'])
  ok(r)
  expect(r.stderr).toMatch(/-X main\.version, .*declares no variable version \(it has Version\)/)
  const plain = await build(await hello('plain'), ['--targets', 'linux/amd64', '--archives=false'])
  expect(ok(plain).version).toMatch(/^0\.0\.0-dev/)
  expect(plain.stderr).not.toMatch(/ldflags set -X|cgo is off/)
})

describe('go refuses the module: its message, not "no main package"', () => {
  test('go.mod needs a newer Go than the toolchain: said up front, with the fix', async () => {
    const dir = await hello('newgo')
    const gomod = path.join(dir, 'go.mod')
    await writeFile(gomod, (await readFile(gomod, 'utf8')).replace(/^go .*$/m, 'go 1.99'))
    const d = path.join(tmp, 'newgo-dist')
    const r = await runAction('go-build', {
      cwd: dir,
      inputs: { targets: 'linux/amd64', dist: d, cache: 'false' },
      env: { GOTOOLCHAIN: 'local' }
    })
    expect(r.code).toBe(1)
    const [error] = r.annotations.filter(a => a.level === 'error')
    expect(error.message).toMatch(
      /^working-directory: .*go\.mod says go 1\.99, but the Go toolchain is go1\.\d+/
    )
    expect(error.message).toMatch(/Fix: install Go 1\.99 or later first .*GOTOOLCHAIN=auto/)
    expect(r.log).not.toMatch(/gantry bug|no main package/)
    expect(existsSync(d)).toBe(false)
  })

  test('go env refuses (a bad GOTOOLCHAIN): go says why', async () => {
    const r = await build(await hello('badtoolchain'), ['--targets', 'linux/amd64'], { GOTOOLCHAIN: 'bogus' })
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(
      /error: working-directory: the go command refuses to work in .*\n> go: invalid GOTOOLCHAIN "bogus"/
    )
    expect(r.stderr).not.toMatch(/gantry bug|no main package/)
  })

  test('a go.work naming a missing module: go list fails, and says why', async () => {
    const dir = await hello('gowork', { 'go.work': 'go 1.24\n\nuse (\n\t.\n\t../missing\n)\n' })
    const r = await build(dir, ['--targets', 'linux/amd64'])
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(
      /error: working-directory: go list failed in .*\n> go: cannot load module \.\.\/missing listed in go\.work/
    )
    expect(r.stderr).not.toMatch(/no main package/)
  })
})

test('a file named HEAD at the root: the date is still the commit time', async () => {
  const dir = await hello('headfile', { HEAD: 'not a revision\n' })
  commitAll(dir)
  const out = ok(await build(dir, ['--targets', 'linux/amd64', '--archives=false']))
  expect(out.artifacts.project.date).toBe('2023-11-14T22:13:20Z')
  expect(out.artifacts.project.commit).toBe(git(dir, 'rev-parse', 'HEAD'))
})

test('a v-tag on HEAD is the local version; the highest when there are several', async () => {
  const dir = await hello('tagged')
  commitAll(dir)
  git(dir, 'tag', 'v2.0.0')
  git(dir, 'tag', 'v2.0.1')
  git(dir, 'tag', 'nightly')
  const out = ok(await build(dir, ['--targets', 'linux/amd64', '--archives=false']))
  expect(out.version).toBe('2.0.1')
  const pushed = ok(
    await build(dir, ['--targets', 'linux/amd64', '--archives=false'], { GITHUB_REF: 'refs/tags/v2.0.0' })
  )
  expect(pushed.version).toBe('2.0.0')
})

describe('archives', () => {
  test('compression-level: 6 by default, 1 and 9 on request; the same bytes as gzip at that level', async () => {
    const dir = await hello('levels')
    const sizes: Record<string, number> = {}
    for (const level of ['default', '1', '9']) {
      const args = ['--targets', 'linux/amd64', '--checksums=false', '--dist', `dist-${level}`]
      if (level !== 'default') args.push('--compression-level', level)
      const out = ok(await build(dir, args))
      const a = out.artifacts.artifacts.find(x => x.kind === 'archive')!
      sizes[level] = a.size
      const bytes = await readFile(path.join(out.dist, a.path))
      const tar = zlib.gunzipSync(bytes)
      const again = zlib.gzipSync(tar, { level: level === 'default' ? 6 : Number(level) })
      again[9] = 3 // the OS byte gantry fixes
      expect(Buffer.compare(again.subarray(10), bytes.subarray(10))).toBe(0)
    }
    expect(sizes['1']).toBeGreaterThan(sizes.default)
    expect(sizes.default).toBeGreaterThan(sizes['9'] - 1)
    const bad = await build(dir, ['--targets', 'linux/amd64', '--compression-level', '10'])
    expect(bad.stderr).toMatch(/error: compression-level: "10" is not a whole number from 1 to 9/)
  })

  test('archive-name: the goreleaser preset, a template, and names two targets would share', async () => {
    const dir = await hello('names')
    const targets = [
      '--targets',
      'linux/amd64,linux/arm/v7,linux/amd64/v3,windows/arm64',
      '--version',
      '1.2.3'
    ]
    const names = async (extra: string[]): Promise<string[]> =>
      ok(await build(dir, [...targets, '--checksums=false', ...extra]))
        .artifacts.artifacts.filter(a => a.kind === 'archive')
        .map(a => a.path)
        .sort()
    expect(await names(['--archive-name', 'goreleaser'])).toEqual([
      'hello_1.2.3_linux_amd64.tar.gz',
      'hello_1.2.3_linux_amd64v3.tar.gz',
      'hello_1.2.3_linux_armv7.tar.gz',
      'hello_1.2.3_windows_arm64.zip'
    ])
    // Without the input, the names stay what they were.
    expect(await names([])).toEqual([
      'hello_1.2.3_linux_amd64_v1.tar.gz',
      'hello_1.2.3_linux_amd64_v3.tar.gz',
      'hello_1.2.3_linux_arm_7.tar.gz',
      'hello_1.2.3_windows_arm64_v8.0.zip'
    ])
    expect(await names(['--archive-name', '{{.ProjectName}}-{{.Tag}}-{{.Os}}-{{.ArchVariant}}'])).toContain(
      'hello-v1.2.3-linux-armv7.tar.gz'
    )
    const slash = await build(dir, [...targets, '--archive-name', '{{.Binary}}-{{.Platform}}'])
    expect(slash.stderr).toMatch(
      /error: archive-name: the archive name for linux\/amd64 would be "hello-linux\/amd64", which is not a plain file name/
    )
    const shared = await build(dir, [...targets, '--archive-name', '{{.Binary}}_{{.Os}}'])
    expect(shared.stderr).toMatch(
      /error: archive-name: two targets \(linux_amd64_v1 and linux_amd64_v3\) would get the archive name "hello_linux"/
    )
    // The dist lock is taken after every check that can refuse an input: a refusal leaves none behind.
    expect(existsSync(path.join(dir, 'dist', '.gantry-lock'))).toBe(false)
  })
})

test('go mod verify runs once per go.sum: a module cache verified for it is not verified again', async () => {
  const dir = path.join(tmp, 'idgen')
  await cp(path.join(repoRoot, 'examples/idgen'), dir, { recursive: true })
  // A module cache of its own (writable, so it can be removed), filled from the Go proxy.
  const env = { GOMODCACHE: path.join(tmp, 'modcache'), GOFLAGS: '-modcacherw' }
  const args = ['--targets', 'linux/amd64', '--archives=false', '--version', '1.0.0']
  const first = await build(dir, args, env)
  ok(first)
  expect(first.stderr).toMatch(/Modules downloaded and verified in/)
  const sum = createHash('sha256')
    .update(await readFile(path.join(dir, 'go.sum')))
    .digest('hex')
  expect(existsSync(path.join(env.GOMODCACHE, 'cache', 'gantry', `verified-${sum}`))).toBe(true)
  const second = await build(dir, args, env)
  ok(second)
  // The marker names go.mod too: nothing to download or verify for the same pair of files.
  expect(second.stderr).toMatch(
    /go mod download and verify skipped: this module cache holds and verified every module/
  )
  expect(second.stderr).not.toMatch(/downloaded and verified/)
  // Another go.mod with the same go.sum: downloaded (go.mod decides what is needed), not verified again.
  await writeFile(
    path.join(dir, 'go.mod'),
    (await readFile(path.join(dir, 'go.mod'), 'utf8')) + '// edited\n'
  )
  const third = await build(dir, args, env)
  ok(third)
  expect(third.stderr).toMatch(
    /go mod verify skipped: this module cache was verified for this go\.sum already/
  )
  expect(third.stderr).toMatch(/Modules downloaded in /)
})
