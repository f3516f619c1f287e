// The bundled go-build action on both examples, with the real Go toolchain: the 8 default targets plus
// linux/arm/v7 and linux/amd64/v3, built once per example (one after the other, sharing GOCACHE) and
// checked from every side: outputs, artifacts.json, checksums, archives, executable headers, and running the
// linux/amd64 binary natively and the linux/arm64 one under qemu-user-static.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { repoRoot, runAction, type ActionRun } from '../helpers/run-action.js'
import { listTarGz, listZip } from '../helpers/archives.js'
import type { ArtifactsManifest } from '../../src/model/artifacts.js'
import { readExecutable } from '../../src/scan/executable.js'

const TARGETS = 'default\nlinux/arm/v7\nlinux/amd64/v3'
const PLATFORMS = [
  'darwin/amd64',
  'darwin/arm64',
  'linux/386',
  'linux/amd64',
  'linux/amd64/v3',
  'linux/arm/v7',
  'linux/arm64',
  'windows/386',
  'windows/amd64',
  'windows/arm64'
]

interface Built {
  name: string
  run: ActionRun
  dist: string
  manifest: ArtifactsManifest
}

const git = (...args: string[]): string =>
  execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8' }).trim()

const sha256 = async (f: string): Promise<string> =>
  createHash('sha256')
    .update(await readFile(f))
    .digest('hex')

describe('actions/go-build on examples/hello and examples/idgen (real go build, 10 targets each)', () => {
  const built: Record<string, Built> = {}
  const commit = git('rev-parse', 'HEAD')
  const date = new Date(git('log', '-1', '--format=%cI', 'HEAD')).toISOString().replace('.000Z', 'Z')

  beforeAll(async () => {
    const tmp = await mkdtemp(path.join(os.tmpdir(), 'gantry-gobuild-'))
    // One after the other, sharing the environment's GOCACHE: the second example then reuses the standard
    // library compiled for every target by the first (two parallel cold builds would both compile it).
    const env = { SOURCE_DATE_EPOCH: undefined }
    const hello = await runAction('go-build', {
      inputs: { 'working-directory': 'examples/hello', targets: TARGETS, dist: path.join(tmp, 'hello-dist') },
      // A pushed tag gives the version.
      ref: 'refs/tags/v1.2.3',
      env
    })
    const idgen = await runAction('go-build', {
      inputs: {
        'working-directory': 'examples/idgen',
        targets: TARGETS,
        dist: path.join(tmp, 'idgen-dist'),
        version: 'v2.0.0-rc.1'
      },
      env
    })
    const runs = [hello, idgen]
    for (const [name, run] of [
      ['hello', runs[0]],
      ['idgen', runs[1]]
    ] as const) {
      if (run.code !== 0) throw new Error(`go-build ${name} failed:\n${run.log}`)
      const dist = run.outputs.dist
      built[name] = {
        name,
        run,
        dist,
        manifest: JSON.parse(await readFile(path.join(dist, 'artifacts.json'), 'utf8')) as ArtifactsManifest
      }
    }
  })

  test.each(['hello', 'idgen'])('%s: outputs and artifacts.json agree with the files', async name => {
    const b = built[name]
    expect(b.run.outputs.version).toBe(name === 'hello' ? '1.2.3' : '2.0.0-rc.1')
    expect(JSON.parse(b.run.outputs.artifacts)).toEqual(b.manifest)
    expect(b.manifest.project).toEqual({
      module: `example.com/${name}`,
      version: b.run.outputs.version,
      commit,
      date,
      goVersion: expect.stringMatching(/^go1\.\d+/),
      goMod: { go: '1.24' }
    })
    const binaries = b.manifest.artifacts.filter(a => a.kind === 'binary')
    const archives = b.manifest.artifacts.filter(a => a.kind === 'archive')
    expect(binaries.map(a => a.platform)).toEqual(PLATFORMS)
    expect(archives.map(a => a.platform)).toEqual(PLATFORMS)
    for (const a of b.manifest.artifacts) {
      const file = path.join(b.dist, a.path)
      expect([a.path, await sha256(file)]).toEqual([a.path, a.sha256])
      expect((await readFile(file)).length).toBe(a.size)
    }
    for (const a of binaries)
      expect(a.path).toBe(`${name}_${a.id}/${name}${a.target!.goos === 'windows' ? '.exe' : ''}`)
    for (const a of archives) expect(a.format).toBe(a.target!.goos === 'windows' ? 'zip' : 'tar.gz')
    expect(binaries.find(a => a.platform === 'linux/arm/v7')!.id).toBe('linux_arm_7')
    expect(binaries.find(a => a.platform === 'linux/amd64/v3')!.id).toBe('linux_amd64_v3')
  })

  test.each(['hello', 'idgen'])(
    '%s: the checksums file is "sha256  name" per archive, sorted',
    async name => {
      const b = built[name]
      const text = await readFile(b.run.outputs.checksums, 'utf8')
      expect(path.dirname(b.run.outputs.checksums)).toBe(b.dist)
      const lines = text.trimEnd().split('\n')
      expect(lines).toHaveLength(10)
      const names = lines.map(l => l.split('  ')[1])
      expect(names).toEqual([...names].sort())
      for (const l of lines) {
        const [sum, file] = l.split('  ')
        expect(sum).toMatch(/^[0-9a-f]{64}$/)
        expect(await sha256(path.join(b.dist, file))).toBe(sum)
      }
      expect(b.manifest.artifacts.filter(a => a.kind === 'checksums')).toHaveLength(1)
    }
  )

  test.each(['hello', 'idgen'])(
    '%s: every binary has the format and architecture of its target',
    async name => {
      const b = built[name]
      for (const a of b.manifest.artifacts.filter(x => x.kind === 'binary')) {
        const h = await readExecutable(path.join(b.dist, a.path))
        const want = { linux: 'elf', windows: 'pe', darwin: 'macho' }[a.target!.goos]
        expect([a.platform, h.format, h.arch, h.kind]).toEqual([
          a.platform,
          want,
          a.target!.goarch,
          'executable'
        ])
        if (h.goos) expect([a.platform, h.goos]).toEqual([a.platform, a.target!.goos])
        if (a.target!.goarch === 'arm') expect(h.arm?.eabi).toBe(5)
        expect([a.platform, h.bits]).toEqual([
          a.platform,
          ['386', 'arm'].includes(a.target!.goarch) ? 32 : 64
        ])
      }
    }
  )

  test.each(['hello', 'idgen'])(
    '%s: archives hold the binary (+ README/LICENSE), fixed modes and times',
    async name => {
      const b = built[name]
      const extras = name === 'idgen' ? ['LICENSE', 'README.md'] : []
      for (const a of b.manifest.artifacts.filter(x => x.kind === 'archive')) {
        const exe = a.target!.goos === 'windows' ? `${name}.exe` : name
        const file = path.join(b.dist, a.path)
        const entries = a.format === 'zip' ? await listZip(file) : await listTarGz(file)
        expect(entries.map(e => e.name)).toEqual([...extras, exe].sort())
        for (const e of entries) {
          expect(e.name).not.toMatch(/(^\/|\.\.|\\)/)
          expect([e.name, e.mode]).toEqual([e.name, e.name === exe ? 0o755 : 0o644])
          expect(e.type).toBe('file')
          // zip (DOS) times have two-second steps.
          const want = Date.parse(date)
          expect(Math.abs(e.mtime.getTime() - want)).toBeLessThanOrEqual(a.format === 'zip' ? 2000 : 0)
          if (a.format === 'tar.gz') expect([e.uid, e.gid, e.uname, e.gname]).toEqual([0, 0, '', ''])
        }
        if (a.format === 'tar.gz') {
          const bin = b.manifest.artifacts.find(x => x.kind === 'binary' && x.platform === a.platform)!
          const data = (await listTarGz(file)).find(e => e.name === exe)!.data
          expect(createHash('sha256').update(data).digest('hex')).toBe(bin.sha256)
        }
      }
    }
  )

  test.each(['hello', 'idgen'])(
    '%s: the linux/amd64 binary runs and prints the injected values',
    async name => {
      const b = built[name]
      const bin = b.manifest.artifacts.find(a => a.kind === 'binary' && a.platform === 'linux/amd64')!
      const out = execFileSync(path.join(b.dist, bin.path), [], { encoding: 'utf8' })
      expect(out).toContain(`${name} ${b.run.outputs.version} (commit ${commit}, built ${date}, linux/amd64`)
      if (name === 'idgen') {
        const ids = execFileSync(path.join(b.dist, bin.path), ['-n', '2'], { encoding: 'utf8' })
          .trim()
          .split('\n')
        expect(ids).toHaveLength(2)
        for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-/)
      }
    }
  )

  // qemu-user-static comes with the test rig (scripts/rig.sh up, which scripts/test.sh runs); without it this
  // test fails rather than skips, so CI can never pass without running the arm64 binary.
  const qemu = ['/usr/bin/qemu-aarch64-static', '/usr/bin/qemu-aarch64'].find(existsSync)
  test.each(['hello', 'idgen'])(
    '%s: the linux/arm64 binary runs under qemu-user-static and prints the injected values',
    async name => {
      if (!qemu)
        throw new Error(
          'qemu-aarch64-static is not installed: run scripts/rig.sh up (or apt-get install qemu-user-static)'
        )
      const b = built[name]
      const bin = b.manifest.artifacts.find(a => a.kind === 'binary' && a.platform === 'linux/arm64')!
      const out = execFileSync(qemu, [path.join(b.dist, bin.path)], { encoding: 'utf8' })
      expect(out).toContain(`${name} ${b.run.outputs.version} (commit ${commit}, built ${date}, linux/arm64`)
    }
  )

  test('the job summary is a table of target, size, build time and cache, with the parallelism', () => {
    const s = built.idgen.run.summary
    expect(s).toMatch(/<th>target<\/th><th>binary size<\/th><th>build time<\/th><th>cache<\/th>/)
    for (const p of PLATFORMS) expect(s).toContain(`<td>${p}</td>`)
    expect(s).toMatch(/<td>(hit|miss \(\d+ packages compiled\))<\/td>/)
    expect(s).toMatch(/Parallelism \d+: auto, limited by /)
    // Verified now, or by an earlier build for this go.sum (the marker in GOMODCACHE says so).
    expect(s).toMatch(
      /Modules downloaded and verified|go mod verify skipped|go mod download and verify skipped/
    )
  })

  test('without the cache service the step warns once and carries on', () => {
    for (const b of Object.values(built)) {
      const warnings = b.run.annotations.filter(a => a.level === 'warning' && /cache service/.test(a.message))
      expect(warnings).toHaveLength(1)
      expect(b.run.state.isPost).toBe('true')
    }
  })

  test('the post step saves nothing when main restored nothing', async () => {
    const post = await runAction('go-build', { state: built.hello.run.state })
    expect(post.code).toBe(0)
    expect(post.log).not.toMatch(/cache saved/)
  })
})
