// The whole scan, as the scan stage runs it: one pass over the image's layers (and `paths`) that inventories
// packages and Go binaries and runs the secret scanner on every file (deleted ones included), the Dockerfile
// rules, one load of the vulnerability database for the packages found, then the filters every report and
// the gate share (severity, ignore-unfixed, the ignorefile), the reports, and the SBOM attached to the image.

import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Host } from '../util/host.js'
import { UserError } from '../util/errors.js'
import { formatDuration } from '../util/format.js'
import { clipLine, oneLine } from '../util/log-safe.js'
import { TOOL } from '../model/tool.js'
import type { RegistryClient } from '../oci/registry.js'
import { countBySeverity, filterSeverity, ignoreUnfixed } from './detect/filters.js'
import { matchInventory } from './detect/match.js'
import { applyIgnores, describeExpired, readIgnoreFile, type IgnoreRule } from './ignore.js'
import { openScanImage, type OpenedImage, type ScanImageInput } from './image-source.js'
import { inventoryImage, inventoryPaths, mergeInventories, type InventoryResult } from './inventory.js'
import type { LayerCacheStats } from './layer-cache.js'
import { checkDockerfile } from './misconfig/check-dockerfile.js'
import type { Finding, Inventory, Severity } from './model.js'
import { resolveScanPaths } from './paths.js'
import type { ScanReport } from './report/report.js'
import { secretAnalyzer, SECRET_ANALYZER } from './secret/analyzer.js'
import type { DbCacheStore } from './vulndb/auto.js'
import { utcDay } from './vulndb/auto.js'
import { openVulnDb } from './vulndb/open.js'
import { writeScanFiles, type ReportFormat, type ScanFiles } from './scan-files.js'

export const SCANNERS = ['vuln', 'secret', 'misconfig'] as const
export type ScannerName = (typeof SCANNERS)[number]

/** A file input: its absolute path, how reports name it, and whether the user named it (then it must exist). */
export interface WorkspaceFile {
  file: string
  display: string
  explicit: boolean
}

export interface ScanOptions {
  image?: ScanImageInput
  /** Binaries and folders, relative to the workspace. */
  paths: string[]
  /** OCI platforms of the image to scan; empty: all. */
  platforms: string[]
  severities: Severity[]
  exitCode: number
  ignoreUnfixed: boolean
  ignoreFiles: WorkspaceFile[]
  format: ReportFormat
  /** Where the report in `format` goes; a temporary file when unset. */
  output?: string
  db: 'auto' | string[]
  /** db auto: the folder the OSV exports are kept in, and the export server. */
  dbCacheDir: string
  dbBaseUrl?: string
  /** The layer cache's folder (layer-cache.ts); unset: every layer is read. */
  layerCacheDir?: string
  /** Where indexes of the database sources are kept (vulndb/db-index.ts); unset: each is read whole. */
  dbIndexDir?: string
  /** The scanners named, or undefined for the default (vuln, secret, and misconfig when there is a Dockerfile). */
  scanners?: ScannerName[]
  dockerfile: WorkspaceFile
  attachSbom: boolean
  workspace: string
  /** RFC 3339 time of the commit, for reports (SOURCE_DATE_EPOCH); none: reports carry no time. */
  time?: string
}

export interface ScanDeps {
  host: Host
  client: RegistryClient
  /** db auto: the Actions cache, when there is one. */
  dbStore?: DbCacheStore
}

export interface ScanOutcome {
  report: ScanReport
  scanners: ScannerName[]
  counts: Record<Severity, number>
  files: ScanFiles
  /** The exit-code gate, when findings remain and exit-code is not 0. */
  gate?: { exitCode: number; message: string }
  /** What the report and summary should say besides the findings (expired ignores, a stale database). */
  notes: string[]
  db?: { records: number; sources: number; stale: string[] }
  /** An image scanned with the layer cache: layers replayed from it, read, and stored. */
  layerCache?: LayerCacheStats
  /** A registry image: what SBOMs attach to. */
  subject?: OpenedImage['subject']
  /** The CycloneDX SBOM's bytes (the stage attaches them). */
  sbom: Buffer
}

/** Which scanners run: the ones named, or vuln and secret plus misconfig when a Dockerfile is there. */
async function chooseScanners(o: ScanOptions): Promise<ScannerName[]> {
  const exists = await readFile(o.dockerfile.file).then(
    () => true,
    () => false
  )
  if (o.scanners) {
    if (o.scanners.includes('misconfig') && !exists)
      throw new UserError(`${o.dockerfile.display} does not exist, and the misconfig scanner checks it.`, {
        input: 'dockerfile',
        fix: 'point dockerfile at the Dockerfile the image is built from, or leave misconfig out of scanners.'
      })
    return o.scanners
  }
  if (o.dockerfile.explicit && !exists)
    throw new UserError(`${o.dockerfile.display} does not exist.`, {
      input: 'dockerfile',
      fix: 'point it at the Dockerfile the image is built from (relative to the workspace), or leave it empty.'
    })
  return exists ? ['vuln', 'secret', 'misconfig'] : ['vuln', 'secret']
}

/** The one pass: the image's layers and the paths, with the secret analyzer riding along when asked. */
async function collect(
  o: ScanOptions,
  deps: ScanDeps,
  scanners: ScannerName[]
): Promise<{ result: InventoryResult; opened?: OpenedImage }> {
  const analyzers = scanners.includes('secret') ? [secretAnalyzer()] : []
  const log = deps.host.logger
  const parts: InventoryResult[] = []
  let opened: OpenedImage | undefined
  if (o.image) {
    const image = o.image
    opened = await openScanImage(image, { platforms: o.platforms, client: deps.client, host: deps.host })
    try {
      const platforms = opened.image.platforms.map(p => p.platform).join(', ')
      const layerCache = o.layerCacheDir ? { dir: o.layerCacheDir } : undefined
      const part = await log.group(`read ${oneLine(image.name)} (${platforms})`, async () => {
        const r = await inventoryImage(opened!.image, { host: deps.host, analyzers, layerCache })
        if (r.layerCache) log.info(describeLayerCache(r.layerCache))
        return r
      })
      parts.push(part)
    } finally {
      await opened.cleanup()
    }
  }
  if (o.paths.length) {
    const paths = await resolveScanPaths(o.paths, o.workspace)
    parts.push(await log.group('read paths', () => inventoryPaths(paths, { host: deps.host, analyzers })))
  }
  const merged = mergeInventories(parts)
  return { result: parts[0]?.layerCache ? { ...merged, layerCache: parts[0].layerCache } : merged, opened }
}

function describeLayerCache(s: LayerCacheStats): string {
  const n = s.hits + s.misses
  return `layer cache: ${s.hits} of ${n} layer${n === 1 ? '' : 's'} from the cache, ${s.misses} read${s.stored ? `, ${s.stored} stored` : ''}`
}

/**
 * The secret analyzer's findings, located by the walker (path, layer, platform); one finding for the same
 * match in the same layer seen from several platforms.
 */
export function secretFindings(files: InventoryResult['files']): Finding[] {
  const byKey = new Map<string, Finding>()
  for (const f of files) {
    if (f.analyzer !== SECRET_ANALYZER) continue
    for (const found of f.result as Finding[])
      for (const l of found.locations) {
        const at = { ...l, ...f.location, path: f.location.path }
        const key = [found.id, at.layer?.digest ?? '', at.path, at.line ?? 0, at.column ?? 0].join('\u0000')
        const seen = byKey.get(key)
        if (seen) seen.locations.push(at)
        else byKey.set(key, { ...found, locations: [at] })
      }
  }
  return [...byKey.values()]
}

async function misconfigFindings(o: ScanOptions, platforms: number | undefined): Promise<Finding[]> {
  const text = await readFile(o.dockerfile.file, 'utf8')
  return checkDockerfile(text, { path: o.dockerfile.display, ...(platforms ? { platforms } : {}) })
}

async function vulnFindings(
  o: ScanOptions,
  inventory: Inventory,
  deps: ScanDeps
): Promise<{ findings: Finding[]; db: NonNullable<ScanOutcome['db']> }> {
  const log = deps.host.logger
  return log.group('vulnerability database', async () => {
    const started = deps.host.now()
    const opened = await openVulnDb({
      db: o.db,
      packages: inventory.packages,
      logger: log,
      cacheDir: o.dbCacheDir,
      day: utcDay(deps.host.now()),
      store: deps.dbStore,
      baseUrl: o.dbBaseUrl,
      ...(o.dbIndexDir ? { indexDir: o.dbIndexDir } : {})
    })
    const stale = (opened.auto?.stale ?? []).map(s => `${s.family} (from ${s.day})`)
    log.info(
      `vulndb: ${opened.stats.records} records from ${opened.sources.length} source${opened.sources.length === 1 ? '' : 's'} (${opened.stats.skipped} skipped${opened.indexed ? `, ${opened.indexed} through ${opened.indexed === 1 ? 'its' : 'their'} index` : ''}) in ${formatDuration(deps.host.now() - started)}`
    )
    return {
      findings: matchInventory(inventory, opened.db),
      db: { records: opened.stats.records, sources: opened.sources.length, stale }
    }
  })
}

async function ignoreRules(o: ScanOptions, deps: ScanDeps): Promise<IgnoreRule[]> {
  const rules: IgnoreRule[] = []
  for (const f of o.ignoreFiles) {
    const r = await readIgnoreFile(f.file, { display: f.display, required: f.explicit })
    for (const w of r.warnings) deps.host.logger.warn(w)
    rules.push(...r.rules)
  }
  return rules
}

/** The scan: collect, match, filter, report. The gate and the SBOM attachment are left to the caller. */
export async function runScan(o: ScanOptions, deps: ScanDeps): Promise<ScanOutcome> {
  if (!o.image && !o.paths.length && !o.scanners?.every(s => s === 'misconfig'))
    throw new UserError('nothing to scan.', {
      input: 'image',
      fix: 'set image (a registry reference, oci:<layout>, docker-archive:<tar> or docker:<ref>) or paths.'
    })
  const scanners = await chooseScanners(o)
  deps.host.logger.info(`scanners: ${scanners.join(', ')}`)
  const rules = await ignoreRules(o, deps)
  const { result, opened } = await collect(o, deps, scanners)
  const inventory = result.inventory
  const platforms = opened?.image.platforms.length
  const all: Finding[] = []
  let db: ScanOutcome['db']
  if (scanners.includes('vuln') && inventory.packages.length) {
    const v = await vulnFindings(o, inventory, deps)
    all.push(...v.findings)
    db = v.db
  }
  if (scanners.includes('secret')) all.push(...secretFindings(result.files))
  if (scanners.includes('misconfig')) all.push(...(await misconfigFindings(o, platforms)))
  const kept = filterSeverity(o.ignoreUnfixed ? ignoreUnfixed(all) : all, o.severities)
  const outcome = applyIgnores(kept, rules, new Date(deps.host.now()))
  const notes = outcome.expired.map(describeExpired)
  for (const n of notes) deps.host.logger.warn(n)
  if (db?.stale.length) notes.push(`vulnerability database from an earlier day: ${db.stale.join(', ')}`)
  const report: ScanReport = {
    tool: { ...TOOL },
    inventory,
    findings: outcome.findings,
    ignored: outcome.ignored,
    expiredIgnores: outcome.expired,
    severities: [...o.severities].reverse(),
    ...(o.time ? { time: o.time } : {})
  }
  const files = await writeScanFiles(report, o, deps.host)
  notes.push(...files.warnings)
  const counts = countBySeverity(outcome.findings)
  return {
    report,
    scanners,
    counts,
    files,
    notes,
    ...(db ? { db } : {}),
    ...(result.layerCache ? { layerCache: result.layerCache } : {}),
    ...(opened?.subject ? { subject: opened.subject } : {}),
    sbom: files.sbomBytes,
    ...gate(o, outcome.findings.length, counts)
  }
}

function gate(o: ScanOptions, total: number, counts: Record<Severity, number>): Pick<ScanOutcome, 'gate'> {
  if (!total || o.exitCode === 0) return {}
  const by = Object.entries(counts)
    .filter(([, n]) => n)
    .map(([s, n]) => `${n} ${s}`)
    .join(', ')
  return {
    gate: {
      exitCode: o.exitCode,
      message: clipLine(
        `${total} finding${total === 1 ? '' : 's'} at ${o.severities.join(', ')} remain after ignores (${by}): exit code ${o.exitCode}.`,
        300
      )
    }
  }
}

/** A workspace-relative display path (forward slashes), for reports and annotations. */
export function displayPath(workspace: string, file: string): string {
  return path.relative(workspace, file).split(path.sep).join('/') || '.'
}
