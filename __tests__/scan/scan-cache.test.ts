// The scan stage with its local cache (local-cache: true, the default): the second scan of an image replays
// every layer from the layer cache and loads the database through its index, says so in the log and the
// result, and writes a report identical to the first one's; a tampered cache is read again, never trusted;
// local-cache: false reads everything and writes no cache.

import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { FakeSecrets } from '../helpers/fake-secrets.js'
import { layer, writeLayout } from '../helpers/image-layers.js'
import { APP, runScanStage, scanWorkspace, type ScanWorkspace } from '../helpers/scan-workspace.js'

const fake = new FakeSecrets(91)
let ws: ScanWorkspace
let cacheHome: string

beforeAll(async () => {
  ws = await scanWorkspace({ dockerfile: false })
  const base = await layer([
    { name: 'etc/os-release', data: 'ID=alpine\nVERSION_ID=3.20.3\n' },
    { name: 'lib/apk/db/installed', data: 'P:musl\nV:1.2.5-r0\nA:x86_64\no:musl\n\n' }
  ])
  const app = await layer([
    { name: 'usr/local/bin/app', data: APP, mode: 0o755 },
    { name: 'app/.env', data: `GITHUB_TOKEN=${fake.github('ghp_')}\n` }
  ])
  await writeLayout(path.join(ws.dir, 'layout'), [
    { platform: 'linux/amd64', layers: [base, app] },
    { platform: 'linux/arm64', layers: [base, app] }
  ])
  cacheHome = await mkdtemp(path.join(os.tmpdir(), 'gantry-scan-cache-'))
})

async function scan(
  output: string,
  raw: Record<string, string> = {}
): Promise<{ log: string; report: string; run: Awaited<ReturnType<typeof runScanStage>> }> {
  const run = await runScanStage({ image: 'oci:layout', db: ws.db, format: 'json', output, ...raw }, ws.dir, {
    XDG_CACHE_HOME: cacheHome
  })
  return { log: run.log, report: await readFile(path.join(ws.dir, output), 'utf8'), run }
}

test('the second scan replays the layers and the database index, and writes the same report', async () => {
  const first = await scan('first.json')
  expect(first.log).toContain('layer cache: 0 of 2 layers from the cache, 2 read, 2 stored')
  expect(first.log).not.toContain('through its index')
  expect(first.run.result.layerCache).toEqual({ hits: 0, misses: 2, stored: 2 })

  const second = await scan('second.json')
  expect(second.log).toContain('layer cache: 2 of 2 layers from the cache, 0 read')
  expect(second.log).toMatch(/vulndb: 2 records from 1 source \(0 skipped, 1 through its index\)/)
  expect(second.run.result.layerCache).toEqual({ hits: 2, misses: 0, stored: 0 })
  expect(second.report).toBe(first.report)
  // The report is not trivially empty: the vulnerability per platform, the package, the secret.
  const report = JSON.parse(second.report) as { findings: { id: string }[] }
  expect(report.findings.map(f => f.id).sort()).toEqual(['GANTRY-SECRET-005', 'GO-9999-0001', 'GO-9999-0002'])
  expect(await readdir(path.join(cacheHome, 'gantry', 'scan-layers'))).toHaveLength(2)
  expect(await readdir(path.join(cacheHome, 'gantry', 'scan-db-index'))).toHaveLength(1)
})

test('a tampered cache is read again, not trusted: the same report as without a cache', async () => {
  const plain = await scan('plain.json', { 'local-cache': 'false' })
  await scan('warm.json')
  const layers = path.join(cacheHome, 'gantry', 'scan-layers')
  for (const name of await readdir(layers)) {
    const file = path.join(layers, name)
    // Hide the binary: a replay of this entry would report no vulnerability.
    const text = await readFile(file, 'utf8')
    await writeFile(file, text.replace('"ops":[', '"ops":[{"op":"whiteout","path":"usr"},'))
  }
  const indexes = path.join(cacheHome, 'gantry', 'scan-db-index')
  for (const name of await readdir(indexes)) {
    const file = path.join(indexes, name)
    await writeFile(file, (await readFile(file, 'latin1')).replace('"fixed":"', '"fixed":"9'), 'latin1')
  }
  const tampered = await scan('tampered.json')
  expect(tampered.log).toContain('layer cache: 0 of 2 layers from the cache, 2 read, 2 stored')
  expect(tampered.log).not.toContain('through its index')
  expect(tampered.report).toBe(plain.report)
})

test('local-cache: false reads every layer and the whole database, and keeps nothing', async () => {
  const home = await mkdtemp(path.join(os.tmpdir(), 'gantry-scan-nocache-'))
  const run = await runScanStage({ image: 'oci:layout', db: ws.db, 'local-cache': 'false' }, ws.dir, {
    XDG_CACHE_HOME: home
  })
  expect(run.log).not.toContain('layer cache')
  expect(run.result.layerCache).toBeUndefined()
  expect(await readdir(home)).toEqual([])
})
