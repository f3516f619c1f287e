// The README's first command, scripts/demo.sh, run as a user runs it: the real script, the bundled CLI,
// the real Go toolchain and git, and (with --push) the docker-registry process the script starts itself.
// Also: the committed vulnerability database subset (examples/vulndb) is what scripts/demo-vulndb.mjs
// makes from the snapshot, byte for byte.
import { execFileSync, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { repoRoot } from '../helpers/run-action.js'
import { vulndbSnapshot } from '../helpers/vulndb.js'

let tmp: string
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'gantry-demo-test-'))
})
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true })
})

function demo(args: string[], demoDir: string): { status: number | null; stdout: string; stderr: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, GANTRY_DEMO_DIR: demoDir }
  delete env.GANTRY_DEMO_DB
  const r = spawnSync('bash', [path.join(repoRoot, 'scripts/demo.sh'), ...args], {
    cwd: repoRoot,
    env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024
  })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

interface Outputs {
  version: string
  tag: string
  'tag-created': string
  digest: string
  dist: string
  'oci-layout': string
  report: string
  pushed: string
  refs: string
  platforms: Record<string, string>
  artifacts: { artifacts: { kind: string; path: string; sha256: string; platform?: string }[] }
}

const sha256 = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex')

test('scripts/demo.sh --push releases examples/hello and idgen offline, pushes to its own registry and stops it', async () => {
  const dir = path.join(tmp, 'demo')
  const r = demo(['--push'], dir)
  if (r.status !== 0)
    throw new Error(`demo failed (${r.status}):\n${r.stdout.slice(-4000)}\n${r.stderr.slice(-4000)}`)
  const registry = /docker-registry on (127\.0\.0\.1:\d+)/.exec(r.stdout)?.[1]
  expect(registry).toBeDefined()
  expect(r.stdout).toMatch(
    /database: (the Go vulnerability database snapshot|the subset in examples\/vulndb)/
  )
  for (const ex of ['hello', 'idgen']) {
    const o = JSON.parse(readFileSync(path.join(dir, ex, 'release-outputs.json'), 'utf8')) as Outputs
    expect([o.version, o.tag, o['tag-created'], o.pushed]).toEqual(['0.2.0', 'v0.2.0', 'true', 'true'])
    // The git tag reached the throwaway copy's origin, not the gantry checkout.
    const originTags = execFileSync('git', ['-C', path.join(dir, `${ex}.git`), 'tag', '-l'], {
      encoding: 'utf8'
    })
    expect(originTags.split('\n').filter(Boolean)).toEqual(['v0.1.0', 'v0.2.0'])
    // Binaries, archives and a checksums file whose lines match the archives on disk.
    const arts = o.artifacts.artifacts
    const binaries = arts.filter(a => a.kind === 'binary')
    const archives = arts.filter(a => a.kind === 'archive')
    expect(binaries).toHaveLength(9)
    expect(archives.map(a => a.platform)).toEqual(binaries.map(a => a.platform))
    const sums = arts.find(a => a.kind === 'checksums')!
    const lines = readFileSync(path.join(o.dist, sums.path), 'utf8').trim().split('\n')
    expect(lines).toHaveLength(archives.length)
    for (const line of lines) {
      const [sum, name] = line.split(/\s+/)
      expect(sha256(path.join(o.dist, name!))).toBe(sum)
    }
    // The multi-arch image in the OCI layout, with the version's tags as ref names.
    expect(o['oci-layout']).toBe(path.join(dir, ex, 'oci-layout'))
    expect(Object.keys(o.platforms).sort()).toEqual([
      'linux/386',
      'linux/amd64',
      'linux/arm/v7',
      'linux/arm64'
    ])
    const index = JSON.parse(readFileSync(path.join(o['oci-layout'], 'index.json'), 'utf8')) as {
      manifests: { digest: string; annotations?: Record<string, string> }[]
    }
    const names = index.manifests
      .filter(m => m.digest === o.digest)
      .map(m => m.annotations?.['org.opencontainers.image.ref.name'])
    expect(names).toEqual(expect.arrayContaining(['0.2.0', '0.2', 'latest']))
    expect(o.report).toBe(path.join(dir, ex, 'scan-report.txt'))
    const report = readFileSync(o.report, 'utf8')
    expect(report).toContain(`oci:oci-layout:${o.digest} (linux/386, linux/amd64, linux/arm/v7, linux/arm64)`)
    expect(report).toMatch(/\d+ packages, 4 Go binaries\. Findings: \d+/)
    // What the script printed: where everything is, and the registry's own tag list.
    expect(r.stdout).toContain(`== examples/${ex}: where everything is`)
    expect(r.stdout).toContain(`registry    tags of ${registry}/demo/${ex}:`)
    expect(r.stdout).toMatch(new RegExp(`\\n {14}0\\.2\\.0 +${o.digest}\\n`))
    expect(o.refs).toContain(`${registry}/demo/${ex}:0.2.0@${o.digest}`)
  }
  // The registry is stopped and its storage removed.
  await expect(fetch(`http://${registry}/v2/`)).rejects.toThrow()
  expect(readdirSync(path.join(dir, 'tmp')).filter(n => n.startsWith('gantry-registry-'))).toEqual([])
})

test('scripts/demo.sh empties only a previous demo folder', async () => {
  const dir = path.join(tmp, 'not-a-demo')
  await mkdir(dir, { recursive: true })
  await writeFile(path.join(dir, 'keep.txt'), 'mine\n')
  const r = demo([], dir)
  expect(r.status).toBe(1)
  expect(r.stderr).toContain('is not empty and is not a previous demo')
  expect(existsSync(path.join(dir, 'keep.txt'))).toBe(true)
})

test('examples/vulndb is the subset scripts/demo-vulndb.mjs makes from the snapshot', () => {
  const out = path.join(tmp, 'vulndb')
  execFileSync(process.execPath, [path.join(repoRoot, 'scripts/demo-vulndb.mjs'), vulndbSnapshot(), out])
  const committed = path.join(repoRoot, 'examples/vulndb')
  const list = (d: string): string[] => readdirSync(path.join(d, 'osv')).sort()
  expect(list(committed)).toEqual(list(out))
  expect(list(committed).length).toBeGreaterThan(10)
  for (const f of list(out))
    expect(sha256(path.join(committed, 'osv', f))).toBe(sha256(path.join(out, 'osv', f)))
  for (const f of ['LICENSE', 'SOURCE-COMMIT'])
    expect(readFileSync(path.join(committed, f), 'utf8')).toBe(readFileSync(path.join(out, f), 'utf8'))
  const readme = readFileSync(path.join(committed, 'README.md'), 'utf8')
  expect(readme).toContain('Creative Commons Attribution 4.0')
  expect(readme).toContain(`${list(out).length} records`)
})
