// The parts of go-build that need no compiler: templates, versions, parallelism, diagnostics, cache keys and
// save decisions, cache trimming and the dist check (with real files), archives (real bytes, read back).
import { mkdtemp, mkdir, readFile, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { listFiles as files } from '../../src/util/fs.js'
import {
  checkTemplate,
  finalLdflags,
  renderTemplate,
  splitFlags,
  DEFAULT_LDFLAGS
} from '../../src/go/ldflags.js'
import { resolveVersion } from '../../src/go/version.js'
import { normalizeVersion as parseVersion } from '../../src/model/semver.js'
import { chooseParallelism, BUILD_MEMORY_BUDGET } from '../../src/go/parallelism.js'
import { parseDiagnostics, uniqueDiagnostics } from '../../src/go/diagnostics.js'
import { cacheSpecs, decideSave, fingerprint, targetSetHash, trimCache } from '../../src/go/cache.js'
import { STAGING, checkDist, commitDist, discardDist, prepareDist } from '../../src/go/dist.js'
import { writeTarGz, writeZip } from '../../src/go/archive.js'
import { binaryFromModule } from '../../src/go/main-package.js'
import { UserError } from '../../src/util/errors.js'
import { buildCommand, splitVerbose, type BuildOptions, type BuildPlan } from '../../src/go/build.js'
import { listTarGz, listZip } from '../helpers/archives.js'

const tmp = (p = 'parts'): Promise<string> => mkdtemp(path.join(os.tmpdir(), `gantry-${p}-`))

const values = {
  Version: '1.2.3-rc.1',
  Tag: 'v1.2.3-rc.1',
  Major: '1',
  Minor: '2',
  Patch: '3',
  Prerelease: 'rc.1',
  Commit: 'abcdef0123456789',
  ShortCommit: 'abcdef0',
  Date: '2024-05-01T12:00:00Z',
  Timestamp: '1714564800',
  Binary: 'hello',
  ProjectName: 'hello',
  Module: 'example.com/hello',
  GoVersion: 'go1.26.8',
  Os: 'linux',
  Arch: 'arm',
  ArchVariant: 'armv7',
  Variant: 'v7',
  Target: 'linux_arm_7',
  Platform: 'linux/arm/v7'
}

describe('ldflags templates', () => {
  test('the default template fills version, commit and date; -buildid= is appended', () => {
    expect(finalLdflags(renderTemplate(DEFAULT_LDFLAGS, values))).toBe(
      '-s -w -X main.version=1.2.3-rc.1 -X main.commit=abcdef0123456789 -X main.date=2024-05-01T12:00:00Z -buildid='
    )
  })
  test('spaces inside braces and every field work', () => {
    expect(renderTemplate('{{ .ShortCommit }}/{{.Platform}}/{{.Target}}', values)).toBe(
      'abcdef0/linux/arm/v7/linux_arm_7'
    )
  })
  test('an explicit -buildid is kept, quoted values stay one word', () => {
    expect(finalLdflags('-buildid=x -X "main.name=a b"')).toBe("-buildid=x -X 'main.name=a b'")
    expect(splitFlags(`-X 'main.a=b c' -s`)).toEqual(['-X', 'main.a=b c', '-s'])
  })
  test('an unknown field is a UserError naming it and the known ones', () => {
    const err = (() => {
      try {
        checkTemplate('-X main.v={{.Verison}}')
      } catch (e) {
        return e as UserError
      }
    })()
    expect(err).toBeInstanceOf(UserError)
    expect(err!.input).toBe('ldflags')
    expect(err!.message).toMatch(/unknown template field "\{\{\.Verison\}\}"/)
    expect(err!.message).toMatch(/\{\{\.Version\}\}.*\{\{\.ShortCommit\}\}/)
  })
  test('functions and pipelines are refused', () => {
    expect(() => checkTemplate('{{ .Version | upper }}')).toThrow(/not a supported template/)
    expect(() => checkTemplate('{{.Version')).toThrow(/unbalanced/)
  })
})

describe('versions', () => {
  test('input wins; a leading v is dropped; non-semver is a UserError on version', () => {
    expect(resolveVersion({ version: 'v1.4.0', ref: 'refs/tags/v2.0.0', commit: 'abc' })).toEqual({
      version: '1.4.0',
      source: 'input'
    })
    expect(() => parseVersion('1.2', 'version')).toThrow(/version: "1.2" is not a semantic version/)
    expect(() => parseVersion(' =1.2.3', 'version')).toThrow(UserError)
  })
  test('a pushed v-tag gives the version; other refs a dev version', () => {
    expect(resolveVersion({ ref: 'refs/tags/v1.3.0-rc.2', commit: 'abcdef0123' }).version).toBe('1.3.0-rc.2')
    expect(resolveVersion({ ref: 'refs/heads/main', commit: 'abcdef0123' }).version).toBe('0.0.0-dev+abcdef0')
    expect(resolveVersion({ ref: 'refs/tags/nightly', commit: '' }).version).toBe('0.0.0-dev')
    expect(() => resolveVersion({ ref: 'refs/tags/v1.2', commit: 'abc' })).toThrow(/pushed tag "v1.2"/)
  })
  test('root main packages are named after the module path, skipping /vN', () => {
    expect(binaryFromModule('github.com/acme/tool/v2')).toBe('tool')
    expect(binaryFromModule('example.com/hello')).toBe('hello')
  })
})

describe('parallelism', () => {
  const GiB = 1024 ** 3
  test('min(cores, memory / budget), never above the target count', () => {
    expect(chooseParallelism('auto', 8, { cores: 4, freeMemory: 16 * GiB }).value).toBe(4)
    const mem = chooseParallelism('auto', 8, { cores: 16, freeMemory: 7 * GiB })
    expect(mem.value).toBe(Math.floor((7 * GiB) / BUILD_MEMORY_BUDGET))
    expect(mem.reason).toMatch(/memory/)
    expect(chooseParallelism('auto', 2, { cores: 16, freeMemory: 64 * GiB }).value).toBe(2)
    expect(chooseParallelism('auto', 8, { cores: 4, freeMemory: 0.5 * GiB }).value).toBe(1)
    expect(chooseParallelism(3, 8).reason).toMatch(/parallelism input/)
  })
})

describe('compiler diagnostics', () => {
  test('file:line:col: msg lines become diagnostics relative to the workspace', () => {
    const stderr = [
      '# example.com/hello/cmd/hello',
      'cmd/hello/main.go:12:5: undefined: fmt.Printx',
      './util.go:3: missing return',
      '\tcontinued detail',
      'note: module requires Go 1.99'
    ].join('\n')
    const d = parseDiagnostics(stderr, '/ws/examples/hello', '/ws')
    expect(d).toEqual([
      { file: 'examples/hello/cmd/hello/main.go', line: 12, column: 5, message: 'undefined: fmt.Printx' },
      {
        file: 'examples/hello/util.go',
        line: 3,
        column: undefined,
        message: 'missing return\ncontinued detail'
      }
    ])
    expect(uniqueDiagnostics([...d, ...d])).toHaveLength(2)
  })
})

describe('cache keys and save decisions', () => {
  const base = {
    os: 'Linux',
    arch: 'X64',
    goVersion: 'go1.26.8',
    goSumHash: 'a'.repeat(64),
    goModCache: '/m',
    goCache: '/c'
  }
  const amd64 = { goos: 'linux', goarch: 'amd64' }
  const arm64 = { goos: 'linux', goarch: 'arm64' }
  test('GOCACHE keys differ per target set (matrix jobs never collide), GOMODCACHE keys do not', () => {
    const a = cacheSpecs({ ...base, targets: [amd64] })
    const b = cacheSpecs({ ...base, targets: [arm64] })
    expect(a.map(s => s.name)).toEqual(['gomod', 'gobuild'])
    expect(a[0].key).toBe(b[0].key)
    expect(a[1].key).not.toBe(b[1].key)
    expect(a[1].key).toBe(`gantry-go-v1-build-linux-x64-go1.26.8-${targetSetHash([amd64])}-${'a'.repeat(16)}`)
    expect(a[1].restoreKeys).toEqual([
      `gantry-go-v1-build-linux-x64-go1.26.8-${targetSetHash([amd64])}-`,
      'gantry-go-v1-build-linux-x64-go1.26.8-'
    ])
    for (const s of a) for (const r of s.restoreKeys) expect(s.key.startsWith(r)).toBe(true)
    expect(targetSetHash([amd64, arm64])).toBe(targetSetHash([arm64, amd64, amd64]))
  })
  test('no go.sum: no GOMODCACHE cache, and the key says so', () => {
    const s = cacheSpecs({ ...base, goSumHash: '', targets: [amd64] })
    expect(s.map(x => x.name)).toEqual(['gobuild'])
    expect(s[0].key).toMatch(/-nosum$/)
  })
  test('another Go version or go.sum changes the key', () => {
    const k = (o: Partial<typeof base>) => cacheSpecs({ ...base, ...o, targets: [amd64] }).at(-1)!.key
    expect(k({ goVersion: 'go1.26.9' })).not.toBe(k({}))
    expect(k({ goSumHash: 'b'.repeat(64) })).not.toBe(k({}))
  })
  const fp = { files: 3, bytes: 300, newestMs: 5 }
  const changed = { files: 4, bytes: 400, newestMs: 6 }
  const decide = (o: Partial<Parameters<typeof decideSave>[0]>) =>
    decideSave({
      mode: 'auto',
      ref: 'refs/heads/main',
      defaultBranch: 'main',
      key: 'k',
      savedKeys: [],
      before: fp,
      after: changed,
      ...o
    })
  test('auto saves on the default branch when the cache changed', () => {
    expect(decide({}).save).toBe(true)
    expect(decide({ ref: 'refs/heads/feature' })).toMatchObject({ save: false, reason: /default branch/ })
    expect(decide({ ref: 'refs/pull/3/merge' }).save).toBe(false)
    expect(decide({ defaultBranch: undefined }).save).toBe(false)
    expect(decide({ after: fp })).toMatchObject({ save: false, reason: /unchanged/ })
  })
  test('never twice for one key; true ignores the branch; false never saves', () => {
    expect(decide({ restoredKey: 'k' })).toMatchObject({ save: false, reason: /exact key hit/ })
    expect(decide({ savedKeys: ['k'] }).save).toBe(false)
    expect(decide({ mode: 'true', ref: 'refs/heads/feature' }).save).toBe(true)
    expect(decide({ mode: 'false' }).save).toBe(false)
    expect(decide({ restoredKey: 'k-partial' })).toMatchObject({ save: true, reason: /k-partial/ })
  })
})

describe('trimming GOCACHE (real files)', () => {
  test('removes the least recently used files until under the cap, keeps Go bookkeeping', async () => {
    const dir = await tmp('trim')
    await mkdir(path.join(dir, 'aa'))
    const t0 = Date.now() / 1000 - 10_000
    for (let i = 0; i < 6; i++) {
      const f = path.join(dir, 'aa', `f${i}-d`)
      await writeFile(f, Buffer.alloc(1000, i))
      await utimes(f, t0 + i * 100, t0 + i * 100)
    }
    await writeFile(path.join(dir, 'README'), 'go cache')
    await utimes(path.join(dir, 'README'), t0 - 1000, t0 - 1000)
    const before = await fingerprint(dir)
    expect(before.files).toBe(7)
    const r = await trimCache(dir, 3500)
    expect(r.removedFiles).toBe(3)
    expect(r.bytesAfter).toBe(3000)
    expect((await readdir(path.join(dir, 'aa'))).sort()).toEqual(['f3-d', 'f4-d', 'f5-d'])
    expect(await readFile(path.join(dir, 'README'), 'utf8')).toBe('go cache')
    expect((await trimCache(dir, 1e9)).removedFiles).toBe(0)
  })
})

describe('the dist folder (real files)', () => {
  test('missing or empty is fine; foreign files are refused; a previous gantry build is cleaned', async () => {
    const root = await tmp('dist')
    const mod = path.join(root, 'mod')
    await mkdir(mod)
    expect((await checkDist(path.join(mod, 'dist'), mod)).created).toBe(true)
    const dist = path.join(mod, 'dist')
    await mkdir(path.join(dist, 'x_linux_amd64_v1'), { recursive: true })
    expect((await checkDist(dist, mod)).stale).toEqual([])
    await writeFile(path.join(dist, 'x_linux_amd64_v1', 'x'), 'bin')
    await writeFile(
      path.join(dist, 'artifacts.json'),
      JSON.stringify({
        schemaVersion: 1,
        project: {
          module: 'm',
          version: '1.0.0',
          commit: '',
          date: '2026-01-01T00:00:00Z',
          goVersion: 'go1.26.8'
        },
        artifacts: [{ kind: 'binary', path: 'x_linux_amd64_v1/x', sha256: 'f'.repeat(64), size: 3 }]
      })
    )
    const plan = await checkDist(dist, mod)
    expect(plan.stale).toEqual(['artifacts.json', 'x_linux_amd64_v1/x'])
    await writeFile(path.join(dist, 'notes.txt'), 'mine')
    await expect(checkDist(dist, mod)).rejects.toThrow(
      /^dist: .*notes\.txt.*Fix: point dist at a new or empty folder/s
    )
    await expect(checkDist(mod, mod)).rejects.toThrow(/dist: .* is the module folder/)
    await expect(checkDist(root, mod)).rejects.toThrow(/dist: .* is the module folder or one of its parents/)
    await rm(path.join(dist, 'notes.txt'))
    // A failed build leaves the previous one as it was.
    let staging = await prepareDist(plan)
    await writeFile(path.join(staging, 'partial'), 'x')
    await discardDist(plan)
    expect(await files(dist)).toEqual(['artifacts.json', 'x_linux_amd64_v1/x'])
    // A successful one replaces it.
    staging = await prepareDist(plan)
    await mkdir(path.join(staging, 'y_linux_arm64'))
    await writeFile(path.join(staging, 'y_linux_arm64', 'y'), 'new')
    await commitDist(plan)
    expect(await files(dist)).toEqual(['y_linux_arm64/y'])
    // A staging folder left by a killed build is gantry's own, not a foreign file.
    await mkdir(path.join(dist, STAGING))
    await writeFile(path.join(dist, STAGING, 'junk'), 'x')
    await expect(checkDist(dist, mod)).rejects.toThrow(/y_linux_arm64\/y/)
    await discardDist({ dir: dist, created: true, stale: [] })
    await expect(stat(dist)).rejects.toThrow()
  })
})

describe('archives (real bytes)', () => {
  test('tar.gz and zip: sorted entries, fixed modes, owners and time; same bytes twice', async () => {
    const dir = await tmp('archive')
    await writeFile(path.join(dir, 'tool'), Buffer.alloc(5000, 7), { mode: 0o700 })
    await writeFile(path.join(dir, 'README.md'), '# tool\n', { mode: 0o600 })
    const entries = [
      { name: 'tool', source: path.join(dir, 'tool'), executable: true },
      { name: 'README.md', source: path.join(dir, 'README.md'), executable: false }
    ]
    const when = new Date('2024-05-01T12:00:03Z')
    await writeTarGz(path.join(dir, 'a.tar.gz'), entries, when)
    await utimes(path.join(dir, 'tool'), new Date(), new Date())
    await writeTarGz(path.join(dir, 'b.tar.gz'), [...entries].reverse(), when)
    expect(
      (await readFile(path.join(dir, 'a.tar.gz'))).equals(await readFile(path.join(dir, 'b.tar.gz')))
    ).toBe(true)
    expect((await readFile(path.join(dir, 'a.tar.gz')))[9]).toBe(3)
    const tarList = await listTarGz(path.join(dir, 'a.tar.gz'))
    expect(tarList.map(e => [e.name, e.mode, e.uid, e.gid, e.uname, e.gname, e.mtime.toISOString()])).toEqual(
      [
        ['README.md', 0o644, 0, 0, '', '', '2024-05-01T12:00:03.000Z'],
        ['tool', 0o755, 0, 0, '', '', '2024-05-01T12:00:03.000Z']
      ]
    )
    expect(tarList[1].data.equals(Buffer.alloc(5000, 7))).toBe(true)

    const tz = process.env.TZ
    await writeZip(path.join(dir, 'a.zip'), entries, when)
    process.env.TZ = 'Asia/Kolkata'
    await writeZip(path.join(dir, 'b.zip'), entries, when)
    process.env.TZ = tz
    expect((await readFile(path.join(dir, 'a.zip'))).equals(await readFile(path.join(dir, 'b.zip')))).toBe(
      true
    )
    const zipList = await listZip(path.join(dir, 'a.zip'))
    // DOS times have two-second steps: 12:00:03 is stored as 12:00:02.
    expect(zipList.map(e => [e.name, e.mode, e.mtime.toISOString()])).toEqual([
      ['README.md', 0o644, '2024-05-01T12:00:02.000Z'],
      ['tool', 0o755, '2024-05-01T12:00:02.000Z']
    ])
  })
  test('an entry name that escapes the archive is refused', async () => {
    const dir = await tmp('archive-bad')
    await writeFile(path.join(dir, 'x'), 'x')
    await expect(
      writeTarGz(
        path.join(dir, 'x.tar.gz'),
        [{ name: '../x', source: path.join(dir, 'x'), executable: false }],
        new Date(0)
      )
    ).rejects.toThrow(/unsafe/)
  })
})

describe('the go build command line (a pure function of the plan)', () => {
  const plan = (o: Partial<BuildOptions> = {}, p: Partial<BuildPlan> = {}): BuildPlan =>
    ({
      opts: {
        ldflags: DEFAULT_LDFLAGS,
        flags: [],
        tags: [],
        env: [],
        cgo: false,
        ...o
      },
      module: 'example.com/hello',
      projectName: 'hello',
      version: { version: '1.2.3', source: 'input' },
      source: { commit: 'f'.repeat(40), date: '2024-05-01T12:00:00Z', dateSource: 'commit', dirty: false },
      goVersion: 'go1.26.8',
      vendored: false,
      crossCompilers: {},
      ...p
    }) as BuildPlan
  const host = { PATH: '/bin', GOAMD64: 'v3', GOARM: '5', GOFLAGS: '-mod=mod' }
  test.each([
    [
      'defaults, linux/arm/v7',
      plan(),
      { goos: 'linux', goarch: 'arm', variant: 'v7' },
      [
        'build',
        '-trimpath',
        '-mod=readonly',
        '-buildvcs=false',
        '-v',
        `-ldflags=-s -w -X main.version=1.2.3 -X main.commit=${'f'.repeat(40)} -X main.date=2024-05-01T12:00:00Z -buildid=`,
        '-o',
        '/out/hello',
        './cmd/hello'
      ],
      { GOOS: 'linux', GOARCH: 'arm', GOARM: '7', CGO_ENABLED: '0', GOAMD64: undefined }
    ],
    [
      'tags, flags, env, vendored, amd64/v3',
      plan(
        { tags: ['netgo', 'osusergo'], flags: ['-v', '-buildvcs=true'], env: [['GOEXPERIMENT', 'loopvar']] },
        { vendored: true }
      ),
      { goos: 'linux', goarch: 'amd64', variant: 'v3' },
      [
        'build',
        '-trimpath',
        '-mod=vendor',
        '-tags=netgo,osusergo',
        `-ldflags=-s -w -X main.version=1.2.3 -X main.commit=${'f'.repeat(40)} -X main.date=2024-05-01T12:00:00Z -buildid=`,
        '-v',
        '-buildvcs=true',
        '-o',
        '/out/hello',
        './cmd/hello'
      ],
      {
        GOOS: 'linux',
        GOARCH: 'amd64',
        GOAMD64: 'v3',
        GOARM: undefined,
        GOEXPERIMENT: 'loopvar',
        CGO_ENABLED: '0'
      }
    ],
    [
      'cgo with a cross compiler found on PATH',
      plan({ cgo: true }, { crossCompilers: { 'linux/arm64': '/usr/bin/aarch64-linux-gnu-gcc' } }),
      { goos: 'linux', goarch: 'arm64' },
      undefined,
      { CGO_ENABLED: '1', CC: '/usr/bin/aarch64-linux-gnu-gcc', GOARCH: 'arm64' }
    ]
  ])('%s', (_name, p, t, args, env) => {
    const cmd = buildCommand(p, { pkg: './cmd/hello', binary: 'hello' }, t, '/out/hello', host)
    if (args) expect(cmd.args).toEqual(args)
    for (const [k, v] of Object.entries(env)) expect([k, cmd.env[k]]).toEqual([k, v])
    expect(cmd.env.PATH).toBe('/bin')
  })
})

test('go build -v output: bare import paths count as compiled packages, the rest is kept', () => {
  const stderr = [
    'internal/goarch',
    'github.com/google/uuid',
    'example.com/idgen/cmd/idgen',
    '# example.com/idgen/cmd/idgen',
    'cmd/idgen/main.go:3:2: undefined: x',
    ''
  ].join('\n')
  expect(splitVerbose(stderr)).toEqual({
    compiled: 3,
    rest: ['# example.com/idgen/cmd/idgen', 'cmd/idgen/main.go:3:2: undefined: x']
  })
  expect(splitVerbose('').compiled).toBe(0)
})
