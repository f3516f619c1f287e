// db: auto in the scan stage: the OSV export comes from a local HTTP server on 127.0.0.1 standing in for the
// public bucket (GANTRY_OSV_URL points the stage at it; never the internet), the folder is restored through
// ctx.cache with the daily key and restore keys in the main step and saved by the post step only when it
// changed, and a copy from an earlier day is used, with a warning in the log and the summary, when the
// download fails. The Actions cache service itself cannot run outside a runner (the act tier covers a real
// one); here a stand-in with @actions/cache's contract (exact key, then restore-key prefixes) keeps folders.

import { createServer, type Server } from 'node:http'
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import type { CacheService } from '../../src/runtime/stage.js'
import { utcDay } from '../../src/scan/vulndb/auto.js'
import { scanStage } from '../../src/stages/scan.js'
import { zipBuffer } from '../helpers/osv.js'
import { FIXED_RECORD, runScanStage, scanWorkspace, type ScanWorkspace } from '../helpers/scan-workspace.js'

/** Saved folders by key, restored by exact key or by the newest key with a restore-key prefix. */
class FolderCache implements CacheService {
  readonly saved = new Map<string, string>()
  readonly calls: string[] = []
  availability(): { ok: true } {
    return { ok: true }
  }
  async restore(paths: string[], key: string, restoreKeys: string[]): Promise<string | undefined> {
    this.calls.push(`restore ${key}`)
    const keys = [...this.saved.keys()].reverse()
    const hit = this.saved.has(key)
      ? key
      : restoreKeys.map(p => keys.find(k => k.startsWith(p))).find(Boolean)
    if (hit) await cp(this.saved.get(hit)!, paths[0], { recursive: true })
    return hit
  }
  async save(paths: string[], key: string): Promise<{ saved: boolean }> {
    this.calls.push(`save ${key}`)
    const copy = await mkdtemp(path.join(os.tmpdir(), 'gantry-cache-entry-'))
    await cp(paths[0], copy, { recursive: true })
    this.saved.set(key, copy)
    return { saved: true }
  }
}

let server: Server
let url: string
let up = true
let requests = 0
let ws: ScanWorkspace

beforeAll(async () => {
  ws = await scanWorkspace({ dockerfile: false })
  const zip = await zipBuffer([{ name: 'GO-9999-0001.json', data: JSON.stringify(FIXED_RECORD) }])
  server = createServer((req, res) => {
    requests++
    if (!up) return res.writeHead(503).end()
    if (req.url !== '/osv/Go/all.zip') return res.writeHead(404).end()
    res.writeHead(200, { 'content-length': zip.length, etag: '"go-1"' }).end(zip)
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/osv`
})
afterAll(() => new Promise<void>(resolve => server.close(() => resolve())))

async function scan(cache: FolderCache, env: Record<string, string> = {}) {
  const xdg = await mkdtemp(path.join(os.tmpdir(), 'gantry-xdg-'))
  const run = await runScanStage(
    { paths: 'dist', scanners: 'vuln' },
    ws.dir,
    { GANTRY_OSV_URL: url, XDG_CACHE_HOME: xdg, ...env },
    { cache }
  )
  return { run, xdg }
}

test('a miss downloads and the post step saves; the next job restores and downloads nothing', async () => {
  const cache = new FolderCache()
  const key = `gantry-osv-v1-Go-${utcDay(Date.now())}`
  const first = await scan(cache)
  expect(first.run.result.report.findings.map(f => f.id)).toEqual(['GO-9999-0001'])
  expect(first.run.log).toContain('vulndb cache: miss')
  expect(cache.calls).toEqual([`restore ${key}`])
  // The save waits for the post step.
  expect(first.run.ctx.state.get('dbCache')).toBe(
    JSON.stringify({ dir: path.join(first.xdg, 'gantry', 'osv'), key })
  )
  await scanStage.post!.run(first.run.ctx)
  expect(cache.calls).toEqual([`restore ${key}`, `save ${key}`])

  up = false
  requests = 0
  try {
    const second = await scan(cache)
    expect(second.run.log).toContain('vulndb cache: hit')
    expect(requests).toBe(0)
    expect(second.run.result.report.findings.map(f => f.id)).toEqual(['GO-9999-0001'])
    // Nothing changed: the post step saves nothing.
    expect(second.run.ctx.state.get('dbCache')).toBeUndefined()
  } finally {
    up = true
  }
})

test('a copy from an earlier day beats a failed download: used, with a warning and a note', async () => {
  const cache = new FolderCache()
  const first = await scan(cache)
  await scanStage.post!.run(first.run.ctx)
  // Make the saved copy yesterday's, under yesterday's key.
  const [[key, dir]] = [...cache.saved]
  const meta = path.join(dir, 'Go', 'meta.json')
  const yesterday = utcDay(Date.now() - 86_400_000)
  await writeFile(meta, (await readFile(meta, 'utf8')).replace(/"day": "[^"]+"/, `"day": "${yesterday}"`))
  cache.saved.delete(key)
  cache.saved.set(`gantry-osv-v1-Go-${yesterday}`, dir)

  up = false
  try {
    const { run } = await scan(cache)
    expect(run.log).toContain(`vulndb cache: partial (gantry-osv-v1-Go-${yesterday})`)
    expect(run.log).toMatch(/warn: vulndb: could not download the Go export \(.*\); using the copy from/)
    expect(run.result.report.findings.map(f => f.id)).toEqual(['GO-9999-0001'])
    expect(run.summary).toContain(`vulnerability database from an earlier day: Go (from ${yesterday})`)
  } finally {
    up = true
  }
})

test('no copy and no download: one UserError naming db', async () => {
  up = false
  try {
    await expect(scan(new FolderCache())).rejects.toMatchObject({ input: 'db' })
  } finally {
    up = true
  }
})

test('db-cache: false leaves the Actions cache alone; db: <folder> is offline', async () => {
  const offCache = new FolderCache()
  const xdg = await mkdtemp(path.join(os.tmpdir(), 'gantry-xdg-'))
  await runScanStage(
    { paths: 'dist', scanners: 'vuln', 'db-cache': 'false' },
    ws.dir,
    { GANTRY_OSV_URL: url, XDG_CACHE_HOME: xdg },
    { cache: offCache }
  )
  expect(offCache.calls).toEqual([])
  up = false
  requests = 0
  try {
    const offline = await runScanStage(
      { paths: 'dist', scanners: 'vuln', db: ws.db },
      ws.dir,
      { GANTRY_OSV_URL: url },
      { cache: offCache }
    )
    expect(requests).toBe(0)
    expect(offline.result.report.findings.map(f => f.id).sort()).toEqual(['GO-9999-0001', 'GO-9999-0002'])
  } finally {
    up = true
    await rm(xdg, { recursive: true, force: true })
  }
})
