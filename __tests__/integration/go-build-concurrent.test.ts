// Two gantry build runs into one dist folder, as two real processes with real Go: they take turns (a lock file
// held from the dist check to the commit, a staging folder per run), so both succeed and the dist folder holds
// exactly one build, whose artifacts.json matches every file in it. A lock held by a live process makes a run
// with lock-timeout 0 fail clearly; a lock left by a killed run is taken over.
import { spawn, spawnSync } from 'node:child_process'
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { sha256File } from '../../src/util/digest.js'
import { listFiles } from '../../src/util/fs.js'
import { repoRoot, runCli } from '../helpers/run-action.js'

let ws: string

beforeAll(async () => {
  ws = await mkdtemp(path.join(os.tmpdir(), 'gantry-concurrent-'))
  await cp(path.join(repoRoot, 'examples/hello'), path.join(ws, 'hello'), { recursive: true })
})

afterAll(async () => {
  await rm(ws, { recursive: true, force: true })
})

const TARGETS = 'linux/amd64,linux/arm64,linux/arm/v7,windows/amd64'

function gantryBuild(version: string, dist: string, extra: string[] = []) {
  return runCli(
    [
      'build',
      '--working-directory',
      'hello',
      '--dist',
      dist,
      '--targets',
      TARGETS,
      '--version',
      version,
      '--parallelism',
      '1',
      ...extra
    ],
    { cwd: ws }
  )
}

/** The dist folder holds one build: artifacts.json lists exactly its files, each with its sha256 and size. */
async function expectOneBuild(dist: string): Promise<string> {
  const manifest = JSON.parse(await readFile(path.join(dist, 'artifacts.json'), 'utf8')) as {
    project: { version: string }
    artifacts: { kind: string; path: string; sha256: string; size: number }[]
  }
  const listed = manifest.artifacts.map(a => a.path).sort()
  expect((await listFiles(dist)).filter(f => f !== 'artifacts.json')).toEqual(listed)
  for (const a of manifest.artifacts)
    expect(await sha256File(path.join(dist, a.path))).toEqual({ hex: a.sha256, size: a.size })
  // Archives and the checksums file carry the version in their names: all of one build.
  const v = manifest.project.version
  for (const a of manifest.artifacts.filter(x => x.kind !== 'binary')) expect(a.path).toContain(`_${v}_`)
  return v
}

describe('two gantry build runs into one dist folder', () => {
  test('run in parallel: both succeed, one after the other, and the dist folder is one whole build', async () => {
    const dist = path.join(ws, 'shared-dist')
    const [a, b] = await Promise.all([gantryBuild('1.0.0', dist), gantryBuild('2.0.0', dist)])
    expect([a.code, b.code, a.stderr + b.stderr]).toEqual([
      0,
      0,
      expect.not.stringMatching(/gantry bug|error:/)
    ])
    // The second waited for the first (whichever started first).
    expect(a.stderr + b.stderr).toMatch(/waiting for another gantry run building into/)
    const version = await expectOneBuild(dist)
    expect(['1.0.0', '2.0.0']).toContain(version)
    // The run that committed last is the one whose outputs describe the dist folder.
    const last = [a, b].map(r => JSON.parse(r.stdout) as { version: string }).find(o => o.version === version)
    expect(last).toBeDefined()
    expect((await listFiles(dist)).some(f => f.startsWith('.gantry'))).toBe(false)
  })

  test('a lock held by a live run: lock-timeout 0 fails at once, naming dist and the holder', async () => {
    const dist = path.join(ws, 'held-dist')
    const sleeper = spawn('sleep', ['60'])
    try {
      await mkdir(dist, { recursive: true })
      await writeFile(
        path.join(dist, '.gantry-lock'),
        JSON.stringify({ pid: sleeper.pid, host: os.hostname(), since: '2026-01-01T00:00:00Z', token: 'x' })
      )
      const r = await gantryBuild('1.0.0', dist, ['--lock-timeout', '0'])
      expect(r.code).toBe(1)
      expect(r.stderr).toMatch(
        new RegExp(`error: dist: another gantry run is building into .*\\(pid ${sleeper.pid} on `)
      )
      expect(r.stderr).toMatch(/if no build is running, delete .*\.gantry-lock/)
      expect(r.stderr).not.toMatch(/gantry bug/)
    } finally {
      sleeper.kill()
    }
  })

  test('a lock left by a killed run (its pid is gone) is taken over', async () => {
    const dist = path.join(ws, 'stale-dist')
    const gone = spawnSync(process.execPath, ['-e', '0']).pid
    await mkdir(path.join(dist, '.gantry-staging-1-dead'), { recursive: true })
    await writeFile(path.join(dist, '.gantry-staging-1-dead', 'half-built'), 'x')
    await writeFile(
      path.join(dist, '.gantry-lock'),
      JSON.stringify({ pid: gone, host: os.hostname(), since: '2026-01-01T00:00:00Z', token: 'y' })
    )
    const r = await gantryBuild('3.0.0', dist, ['--lock-timeout', '0'])
    expect(r.stderr).not.toMatch(/error:/)
    expect(r.code).toBe(0)
    expect(await expectOneBuild(dist)).toBe('3.0.0')
  })
})
