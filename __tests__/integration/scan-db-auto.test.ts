// db: auto against a local HTTP server on 127.0.0.1 standing in for the OSV export bucket (never the
// internet; a server process, so the integration tier rather than the network-less unit tier): daily
// refresh, ETag revalidation, retries through the shared policy (with a recorded sleep, so nothing is
// timed), a stale copy used when the download fails, tampered caches, size caps, and the Actions cache
// interface backed by a folder the way @actions/cache keys work (exact key, then restore-key prefixes).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { prepareAutoDb, type AutoDbOptions, type DbCacheStore } from '../../src/scan/vulndb/auto.js'
import { loadVulnDb } from '../../src/scan/vulndb/load.js'
import { openVulnDb } from '../../src/scan/vulndb/open.js'
import { matchPackages } from '../../src/scan/detect/match.js'
import type { Package } from '../../src/scan/model.js'
import { UserError } from '../../src/util/errors.js'
import { MemoryLogger } from '../../src/util/logger.js'
import { affected, osv, zipBuffer } from '../helpers/osv.js'

type Handler = (req: IncomingMessage, res: ServerResponse) => void

let server: Server
let base: string
let handler: Handler
const requests: { url: string; inm?: string }[] = []

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push({ url: req.url ?? '', inm: req.headers['if-none-match'] as string | undefined })
    handler(req, res)
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/osv`
})
afterAll(() => new Promise<void>(resolve => server.close(() => resolve())))
beforeEach(() => {
  requests.length = 0
})

const record = (id: string, ecosystem: string, name: string): string =>
  JSON.stringify(
    osv(id, { affected: [affected(ecosystem, name, [{ introduced: '0' }, { fixed: '1.0.0' }])] })
  )

let exports: Record<string, Buffer>
beforeAll(async () => {
  exports = {
    Go: await zipBuffer([{ name: 'GO-2024-0001.json', data: record('GO-2024-0001', 'Go', 'm.example/a') }]),
    Alpine: await zipBuffer([
      { name: 'ALPINE-CVE-2024-0002.json', data: record('ALPINE-CVE-2024-0002', 'Alpine:v3.20', 'busybox') }
    ])
  }
})

/** Serves the exports with ETags (304 on a match), like the bucket does. */
const bucket: Handler = (req, res) => {
  const family = decodeURIComponent((req.url ?? '').split('/')[2] ?? '')
  const body = exports[family]
  if (!body || !req.url?.endsWith('/all.zip')) return res.writeHead(404).end('no such export')
  const etag = `"${family}-${body.length}"`
  if (req.headers['if-none-match'] === etag) return res.writeHead(304).end()
  res.writeHead(200, { 'content-type': 'application/zip', 'content-length': body.length, etag }).end(body)
}

const sleeps: number[] = []
const options = (
  cacheDir: string,
  day: string,
  extra: Partial<AutoDbOptions> = {}
): AutoDbOptions & { logger: MemoryLogger } => ({
  cacheDir,
  day,
  baseUrl: base,
  retry: { attempts: 3, baseDelayMs: 100, maxDelayMs: 1000, sleep: async ms => void sleeps.push(ms) },
  ...extra,
  logger: new MemoryLogger()
})
const tmp = (): Promise<string> => mkdtemp(path.join(os.tmpdir(), 'gantry-osvcache-'))

describe('prepareAutoDb', () => {
  test('downloads each family once a day, revalidates with the ETag the next day', async () => {
    handler = bucket
    const dir = await tmp()
    const first = await prepareAutoDb(['Go', 'Alpine'], options(dir, '2026-08-21'))
    expect(first.refreshed).toEqual(['Alpine', 'Go'])
    expect(first.sources).toEqual([path.join(dir, 'Alpine', 'all.zip'), path.join(dir, 'Go', 'all.zip')])
    expect(requests.map(r => r.url)).toEqual(['/osv/Alpine/all.zip', '/osv/Go/all.zip'])
    const { db } = await loadVulnDb(first.sources, { logger: new MemoryLogger() })
    expect(db.records().map(r => r.id)).toEqual(['ALPINE-CVE-2024-0002', 'GO-2024-0001'])

    requests.length = 0
    const again = await prepareAutoDb(['Go', 'Alpine'], options(dir, '2026-08-21'))
    expect([requests.length, again.refreshed]).toEqual([0, []])

    const next = await prepareAutoDb(['Go'], options(dir, '2026-08-22'))
    expect(requests).toEqual([{ url: '/osv/Go/all.zip', inm: `"Go-${exports.Go.length}"` }])
    expect(next.refreshed).toEqual(['Go'])
    expect(JSON.parse(await readFile(path.join(dir, 'Go', 'meta.json'), 'utf8'))).toMatchObject({
      day: '2026-08-22'
    })
  })

  test('retries 5xx and 429 through the shared policy, honouring Retry-After', async () => {
    let calls = 0
    handler = (req, res) => {
      calls++
      if (calls === 1) return res.writeHead(503).end()
      if (calls === 2) return res.writeHead(429, { 'retry-after': '0' }).end()
      bucket(req, res)
    }
    sleeps.length = 0
    const r = await prepareAutoDb(['Go'], options(await tmp(), '2026-08-21'))
    expect(r.refreshed).toEqual(['Go'])
    expect(sleeps).toEqual([100, 0])
  })

  test('a failed download falls back to the earlier copy with a warning', async () => {
    handler = bucket
    const dir = await tmp()
    await prepareAutoDb(['Go'], options(dir, '2026-08-21'))
    handler = (_req, res) => res.writeHead(500).end('down')
    requests.length = 0
    const opts = options(dir, '2026-08-22')
    const r = await prepareAutoDb(['Go'], opts)
    expect(requests).toHaveLength(3)
    expect(r.stale).toEqual([{ family: 'Go', day: '2026-08-21' }])
    expect(r.sources).toEqual([path.join(dir, 'Go', 'all.zip')])
    expect(opts.logger.text('warn')).toMatch(
      /could not download the Go export \(.*HTTP 500.*\); using the copy from 2026-08-21/
    )
  })

  test('no copy and no download is a UserError naming db, with the offline fix', async () => {
    handler = (_req, res) => res.writeHead(404).end()
    const err = await prepareAutoDb(['Go'], options(await tmp(), '2026-08-21')).catch(e => e)
    expect(err).toBeInstanceOf(UserError)
    expect(err).toMatchObject({ input: 'db' })
    expect((err as Error).message).toMatch(
      /could not download the Go vulnerability database .*HTTP 404.*Fix: .*set `db` to its path/
    )
  })

  test('a tampered cached zip is not trusted: it is downloaded again', async () => {
    handler = bucket
    const dir = await tmp()
    await prepareAutoDb(['Go'], options(dir, '2026-08-21'))
    await writeFile(
      path.join(dir, 'Go', 'all.zip'),
      await zipBuffer([{ name: 'GO-6666-6666.json', data: record('GO-6666-6666', 'Go', 'evil') }])
    )
    requests.length = 0
    await prepareAutoDb(['Go'], options(dir, '2026-08-21'))
    expect(requests).toEqual([{ url: '/osv/Go/all.zip' }])
    const { db } = await loadVulnDb([path.join(dir, 'Go', 'all.zip')], { logger: new MemoryLogger() })
    expect(db.records().map(r => r.id)).toEqual(['GO-2024-0001'])
  })

  test('an export over the size cap, a truncated body and a body that is not a zip all fail the download', async () => {
    handler = bucket
    const small = await prepareAutoDb(
      ['Go'],
      options(await tmp(), '2026-08-21', { maxDownloadBytes: 10 })
    ).catch(e => e)
    expect((small as Error).message).toMatch(/more than 10 B/)

    handler = (_req, res) => {
      res.writeHead(200, { 'content-length': 1000 })
      res.write(exports.Go.subarray(0, 10))
      res.destroy()
    }
    const cut = await prepareAutoDb(['Go'], options(await tmp(), '2026-08-21')).catch(e => e)
    expect(cut).toBeInstanceOf(UserError)
    expect(requests.length).toBeGreaterThanOrEqual(3) // a cut connection is retried

    handler = (_req, res) => res.writeHead(200).end('<html>captive portal</html>')
    const html = await prepareAutoDb(['Go'], options(await tmp(), '2026-08-21')).catch(e => e)
    expect((html as Error).message).toMatch(/not a zip archive/)
  })
})

/** The Actions cache semantics: save is write-once per key; restore takes the exact key, else the newest
 * entry whose key starts with a restore key. Backed by a folder, as a stand-in for the cache service. */
class FolderStore implements DbCacheStore {
  readonly saves: string[] = []
  private order: string[] = []
  constructor(private readonly root: string) {}
  async restore(dir: string, key: string, restoreKeys: string[]): Promise<string | undefined> {
    const keys = await readdir(this.root)
    const hit =
      keys.find(k => k === key) ??
      restoreKeys.map(p => [...this.order].reverse().find(k => k.startsWith(p))).find(k => k !== undefined)
    if (hit) await cp(path.join(this.root, hit), dir, { recursive: true })
    return hit
  }
  async save(dir: string, key: string): Promise<void> {
    if (this.order.includes(key)) throw new Error(`cache key ${key} already exists`)
    await cp(dir, path.join(this.root, key), { recursive: true })
    this.order.push(key)
    this.saves.push(key)
  }
}

describe('with the Actions cache interface', () => {
  test('restore, refresh and save across jobs and days', async () => {
    handler = bucket
    const store = new FolderStore(await tmp())
    const job1 = await prepareAutoDb(['Go'], options(await tmp(), '2026-08-21', { store }))
    expect([job1.restoredKey, job1.saved, store.saves]).toEqual([
      undefined,
      true,
      ['gantry-osv-v1-Go-2026-08-21']
    ])

    requests.length = 0
    const job2 = await prepareAutoDb(['Go'], options(await tmp(), '2026-08-21', { store }))
    expect([job2.restoredKey, job2.refreshed, job2.saved, requests.length]).toEqual([
      'gantry-osv-v1-Go-2026-08-21',
      [],
      false,
      0
    ])

    const job3 = await prepareAutoDb(['Go'], options(await tmp(), '2026-08-22', { store }))
    expect(job3.restoredKey).toBe('gantry-osv-v1-Go-2026-08-21')
    expect(requests.at(-1)?.inm).toBe(`"Go-${exports.Go.length}"`) // revalidated, not downloaded again
    expect(store.saves).toEqual(['gantry-osv-v1-Go-2026-08-21', 'gantry-osv-v1-Go-2026-08-22'])
  })

  test('a store that fails to restore or save only warns', async () => {
    handler = bucket
    const broken: DbCacheStore = {
      restore: async () => {
        throw new Error('cache service unavailable')
      },
      save: async () => {
        throw new Error('cache service unavailable')
      }
    }
    const opts = options(await tmp(), '2026-08-21', { store: broken })
    const r = await prepareAutoDb(['Go'], opts)
    expect([r.refreshed, r.saved]).toEqual([['Go'], false])
    expect(opts.logger.text('warn')).toMatch(
      /restoring the database cache failed[\s\S]*saving the database cache failed/
    )
  })
})

describe('openVulnDb', () => {
  const goPkg: Package = {
    kind: 'go-module',
    ecosystem: 'Go',
    name: 'm.example/a',
    version: 'v0.9.0',
    purl: 'pkg:golang/m.example/a@v0.9.0',
    locations: [{ path: 'app' }]
  }

  test('auto downloads only the families the inventory needs and keeps only its packages', async () => {
    handler = bucket
    requests.length = 0
    const cacheDir = await tmp()
    const other = { ...goPkg, name: 'm.example/unrelated' }
    const opened = await openVulnDb({
      db: 'auto',
      packages: [goPkg, other],
      logger: new MemoryLogger(),
      cacheDir,
      day: '2026-08-21',
      baseUrl: base
    })
    expect(requests.map(r => r.url)).toEqual(['/osv/Go/all.zip'])
    expect(opened.db.records().map(r => r.id)).toEqual(['GO-2024-0001'])
    expect(matchPackages([goPkg], opened.db).map(f => f.id)).toEqual(['GO-2024-0001'])
  })
})
