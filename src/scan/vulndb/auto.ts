// `db: auto`: which OSV exports an inventory needs, and a cache folder that holds them, refreshed once a
// day. Each ecosystem family's export (`<base>/<Family>/all.zip`) is downloaded through the shared retry
// policy, checked, and swapped in whole; a copy from an earlier day beats a failed download (with a
// warning). The Actions cache key and restore keys are pure functions, and the cache itself is a small
// interface the adapter implements (restore before, save after), so the core never talks to the runner.

import { createHash } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { Readable, Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { ReadableStream as WebReadableStream } from 'node:stream/web'
import yauzl from 'yauzl'
import { sha256File } from '../../util/digest.js'
import { UserError } from '../../util/errors.js'
import { parseJsonAs } from '../../util/json.js'
import { formatBytes } from '../../util/format.js'
import { oneLine } from '../../util/log-safe.js'
import type { Logger } from '../../util/logger.js'
import { DEFAULT_RETRY, parseRetryAfter, retry, RetryableError, type RetryPolicy } from '../../util/retry.js'
import type { Package } from '../model.js'
import { ecosystemFamily, SUPPORTED_FAMILIES } from '../versions/ecosystem.js'

/** The public OSV exports: `<base>/<Ecosystem>/all.zip`. */
export const OSV_EXPORT_BASE_URL = 'https://osv-vulnerabilities.storage.googleapis.com'

/** Bumped when the cache layout changes, so old caches are not restored into a new layout. */
const CACHE_VERSION = 'v1'
const KEY_PREFIX = `gantry-osv-${CACHE_VERSION}-`

/** The OSV ecosystems an inventory's packages belong to (`Go`, `Alpine:v3.20`, `Debian:12`), sorted. */
export function neededEcosystems(packages: readonly Package[]): string[] {
  return [...new Set(packages.map(p => p.ecosystem))].sort()
}

/** The export families to download for those ecosystems (the exports hold every release of a family). */
export function exportFamilies(ecosystems: readonly string[]): string[] {
  return [...new Set(ecosystems.map(ecosystemFamily))].filter(f => SUPPORTED_FAMILIES.includes(f)).sort()
}

export function exportUrl(baseUrl: string, family: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/${encodeURIComponent(family)}/all.zip`
}

/** `YYYY-MM-DD` in UTC: the day a cached export belongs to. */
export function utcDay(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10)
}

/** The Actions cache key for these families on this day: a new key (and one download) per day. */
export function dbCacheKey(families: readonly string[], day: string): string {
  return `${KEY_PREFIX}${[...families].sort().join('+')}-${day}`
}

/**
 * Restore keys, most specific first: the same families on an earlier day, then any gantry OSV cache (a
 * partial or older copy still saves downloads, and is better than nothing when the download fails).
 */
export function dbRestoreKeys(families: readonly string[]): string[] {
  return [`${KEY_PREFIX}${[...families].sort().join('+')}-`, KEY_PREFIX]
}

/** The Actions cache as the core sees it; the adapter backs it with @actions/cache. */
export interface DbCacheStore {
  /** Restore `dir`; the key that matched (primary or a restore key), or undefined on a miss. */
  restore(dir: string, primaryKey: string, restoreKeys: string[]): Promise<string | undefined>
  save(dir: string, key: string): Promise<void>
}

export interface AutoDbOptions {
  cacheDir: string
  /** Today, `YYYY-MM-DD` UTC (utcDay of the host clock): copies from another day are refreshed. */
  day: string
  logger: Logger
  baseUrl?: string
  /** For tests and proxies; defaults to the global fetch. */
  fetch?: typeof fetch
  retry?: RetryPolicy
  /** The largest export accepted. */
  maxDownloadBytes?: number
  store?: DbCacheStore
}

export interface AutoDbResult {
  /** The export zips to load, one per family. */
  sources: string[]
  /** Families downloaded (or confirmed unchanged) today. */
  refreshed: string[]
  /** Families used from an earlier day because the download failed. */
  stale: { family: string; day: string }[]
  cacheKey: string
  restoredKey?: string
  saved: boolean
}

interface Meta {
  family: string
  url: string
  day: string
  sha256: string
  size: number
  etag?: string
}

const META_SCHEMA = {
  type: 'object',
  required: ['family', 'url', 'day', 'sha256', 'size'],
  properties: {
    family: { type: 'string' },
    url: { type: 'string' },
    day: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
    sha256: { type: 'string', pattern: '^[a-f0-9]{64}$' },
    size: { type: 'integer', minimum: 0 },
    etag: { type: 'string' }
  }
}

// The cache folder may come back from another job: its metadata is checked, and the zip's digest too.
function readMeta(text: string, family: string): Meta | undefined {
  try {
    const meta = parseJsonAs<Meta>(text, META_SCHEMA, 'meta.json')
    return meta.family === family ? meta : undefined
  } catch {
    return undefined
  }
}

/** The cached copy of a family, when its metadata reads and its zip has the recorded digest. */
async function cachedCopy(dir: string, family: string): Promise<Meta | undefined> {
  const text = await readFile(path.join(dir, 'meta.json'), 'utf8').catch(() => undefined)
  const meta = text === undefined ? undefined : readMeta(text, family)
  if (!meta) return undefined
  const actual = await sha256File(path.join(dir, 'all.zip')).catch(() => undefined)
  return actual && actual.hex === meta.sha256 && actual.size === meta.size ? meta : undefined
}

async function isZip(file: string): Promise<boolean> {
  try {
    const zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false })
    zip.close()
    return true
  } catch {
    return false
  }
}

const describe = (err: unknown): string => {
  const msg = err instanceof Error ? err.message : String(err)
  const cause = err instanceof Error && err.cause instanceof Error ? `: ${err.cause.message}` : ''
  return msg + cause
}

type Fetched =
  { notModified: true } | { notModified: false; file: string; sha256: string; size: number; etag?: string }

async function download(url: string, dest: string, opts: AutoDbOptions, etag?: string): Promise<Fetched> {
  const fetchFn = opts.fetch ?? fetch
  const max = opts.maxDownloadBytes ?? 2 * 1024 * 1024 * 1024
  const part = `${dest}.part`
  try {
    return await retry(
      `downloading ${url}`,
      async (_attempt, signal): Promise<Fetched> => {
        // A request that fails before a response (refused, reset, timed out) is worth another attempt.
        const res = await fetchFn(url, { signal, headers: etag ? { 'if-none-match': etag } : {} }).catch(
          err => {
            throw new RetryableError(`request failed (${describe(err)})`, undefined, { cause: err })
          }
        )
        if (res.status === 304) return { notModified: true }
        if (res.status === 429 || res.status >= 500)
          throw new RetryableError(`HTTP ${res.status}`, parseRetryAfter(res.headers.get('retry-after')))
        if (!res.ok || !res.body) throw new Error(`HTTP ${res.status}`)
        const declared = Number(res.headers.get('content-length') ?? NaN)
        if (declared > max)
          throw new Error(`the export is ${formatBytes(declared)}, more than ${formatBytes(max)}`)
        const hash = createHash('sha256')
        let size = 0
        const count = new Transform({
          transform(chunk: Buffer, _enc, cb) {
            size += chunk.length
            if (size > max) return cb(new Error(`the export is larger than ${formatBytes(max)}`))
            hash.update(chunk)
            cb(null, chunk)
          }
        })
        const body = Readable.fromWeb(res.body as unknown as WebReadableStream<Uint8Array>)
        try {
          await pipeline(body, count, createWriteStream(part))
        } catch (err) {
          if (size > max) throw err
          // The connection dropped mid-body.
          throw new RetryableError(`the download was cut off (${describe(err)})`, undefined, { cause: err })
        }
        // A body cut short by the connection is worth another attempt.
        if (Number.isFinite(declared) && size !== declared)
          throw new RetryableError(`got ${size} of ${declared} bytes`)
        if (!(await isZip(part))) throw new Error('the response is not a zip archive')
        const got = res.headers.get('etag')
        return {
          notModified: false,
          file: part,
          sha256: hash.digest('hex'),
          size,
          ...(got ? { etag: got } : {})
        }
      },
      opts.retry ?? DEFAULT_RETRY
    )
  } catch (err) {
    await rm(part, { force: true })
    throw err
  }
}

async function refreshFamily(family: string, opts: AutoDbOptions, result: AutoDbResult): Promise<void> {
  const dir = path.join(opts.cacheDir, family)
  const zip = path.join(dir, 'all.zip')
  const url = exportUrl(opts.baseUrl ?? OSV_EXPORT_BASE_URL, family)
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol))
    throw new UserError(`${oneLine(url)} is not an http(s) URL.`, {
      input: 'db',
      fix: 'give the OSV export base URL as https://host/path.'
    })
  const cached = await cachedCopy(dir, family)
  if (cached && cached.day === opts.day && cached.url === url) {
    result.sources.push(zip)
    return
  }
  await mkdir(dir, { recursive: true })
  try {
    const got = await download(url, zip, opts, cached?.url === url ? cached.etag : undefined)
    const meta: Meta = got.notModified
      ? { ...cached!, day: opts.day }
      : {
          family,
          url,
          day: opts.day,
          sha256: got.sha256,
          size: got.size,
          ...(got.etag ? { etag: got.etag } : {})
        }
    if (!got.notModified) await rename(got.file, zip)
    await writeFile(path.join(dir, 'meta.json'), JSON.stringify(meta, null, 2) + '\n')
    opts.logger.info(
      got.notModified
        ? `vulndb: ${family} export unchanged since ${cached!.day}`
        : `vulndb: downloaded the ${family} export (${formatBytes(got.size)})`
    )
    result.refreshed.push(family)
  } catch (err) {
    const why = oneLine(err instanceof Error ? err.message : String(err))
    if (cached) {
      opts.logger.warn(
        `vulndb: could not download the ${family} export (${why}); using the copy from ${cached.day}`
      )
      result.stale.push({ family, day: cached.day })
    } else
      throw new UserError(`could not download the ${family} vulnerability database from ${url}: ${why}.`, {
        input: 'db',
        fix: 'retry later, or download the OSV export zip yourself and set `db` to its path (offline scans).'
      })
  }
  result.sources.push(zip)
}

/**
 * Make sure the cache folder holds today's export for each family (restoring the Actions cache first and
 * saving it after a refresh when a store is given) and return the zips to load.
 */
export async function prepareAutoDb(families: readonly string[], opts: AutoDbOptions): Promise<AutoDbResult> {
  const sorted = [...new Set(families)].sort()
  const result: AutoDbResult = {
    sources: [],
    refreshed: [],
    stale: [],
    cacheKey: dbCacheKey(sorted, opts.day),
    saved: false
  }
  await mkdir(opts.cacheDir, { recursive: true })
  if (opts.store) {
    try {
      result.restoredKey = await opts.store.restore(opts.cacheDir, result.cacheKey, dbRestoreKeys(sorted))
    } catch (err) {
      opts.logger.warn(`vulndb: restoring the database cache failed (${oneLine(String(err))}); downloading`)
    }
  }
  for (const family of sorted) await refreshFamily(family, opts, result)
  if (opts.store && result.refreshed.length && result.restoredKey !== result.cacheKey) {
    try {
      await opts.store.save(opts.cacheDir, result.cacheKey)
      result.saved = true
    } catch (err) {
      opts.logger.warn(`vulndb: saving the database cache failed (${oneLine(String(err))})`)
    }
  }
  return result
}
