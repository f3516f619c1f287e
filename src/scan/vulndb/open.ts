// The one entry the scan stage calls for its database: `db: auto` (the OSV exports the inventory's
// ecosystems need, from the daily cache) or `db: <paths>` (folders, zips or files read offline), loaded
// with only the records for packages the inventory holds.

import type { Logger } from '../../util/logger.js'
import type { RetryPolicy } from '../../util/retry.js'
import { matchKey } from '../detect/match.js'
import type { Package } from '../model.js'
import { ecosystemFamily } from '../versions/ecosystem.js'
import {
  exportFamilies,
  neededEcosystems,
  prepareAutoDb,
  type AutoDbResult,
  type DbCacheStore
} from './auto.js'
import { loadVulnDb, type DbLimits, type LoadStats } from './load.js'
import type { VulnDb } from './vuln-db.js'

export interface OpenDbOptions {
  /** `auto`, or the folders, zips and JSON files to read. */
  db: 'auto' | readonly string[]
  packages: readonly Package[]
  logger: Logger
  /** `auto` only: where the exports are kept, today's day key, and the Actions cache. */
  cacheDir?: string
  day?: string
  store?: DbCacheStore
  baseUrl?: string
  fetch?: typeof fetch
  retry?: RetryPolicy
  limits?: Partial<DbLimits>
  /** Where indexes of the sources are kept (db-index.ts); none: every source is read whole. */
  indexDir?: string
}

export interface OpenedDb {
  db: VulnDb
  stats: LoadStats
  /** With indexDir: how many sources were replayed from their index. */
  indexed?: number
  sources: string[]
  auto?: AutoDbResult
}

/** Which (family, name) pairs the inventory will ask about: the rest of a database need not be kept. */
export function inventoryKeys(packages: readonly Package[]): Set<string> {
  const keys = new Set<string>()
  for (const p of packages) {
    const k = matchKey(p)
    if (k) keys.add(`${ecosystemFamily(k.ecosystem)}\u0000${k.name}`)
  }
  return keys
}

export async function openVulnDb(opts: OpenDbOptions): Promise<OpenedDb> {
  const keys = inventoryKeys(opts.packages)
  const keep = (family: string, name: string): boolean => keys.has(`${family}\u0000${name}`)
  let sources: string[]
  let auto: AutoDbResult | undefined
  if (opts.db === 'auto') {
    if (!opts.cacheDir || !opts.day) throw new Error('openVulnDb: db auto needs cacheDir and day')
    const families = exportFamilies(neededEcosystems(opts.packages))
    auto = await prepareAutoDb(families, {
      cacheDir: opts.cacheDir,
      day: opts.day,
      logger: opts.logger,
      store: opts.store,
      baseUrl: opts.baseUrl,
      fetch: opts.fetch,
      retry: opts.retry
    })
    sources = auto.sources
  } else sources = [...opts.db]
  const { db, stats, indexed } = await loadVulnDb(sources, {
    logger: opts.logger,
    keep,
    limits: opts.limits,
    ...(opts.indexDir ? { indexDir: opts.indexDir } : {})
  })
  return { db, stats, sources, ...(indexed !== undefined ? { indexed } : {}), ...(auto ? { auto } : {}) }
}
