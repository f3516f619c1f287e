// The analyzers' side of the scan: an image (every platform, its layers streamed once) or paths on disk in,
// an Inventory out — OS release, apk and dpkg packages (each attributed to the layer that added it), Go
// modules from every Go executable — plus whatever extra analyzers (the secret scanner) found. Packages
// found in several places are one package with several locations.

import type { FileAnalyzer } from './analyzers/analyzer.js'
import type { ApkRecord } from './analyzers/apk.js'
import { apkPackages } from './analyzers/apk.js'
import {
  APK_DB_PATHS,
  DPKG_STATUS_PATH,
  OS_RELEASE_PATHS,
  apkAnalyzer,
  dpkgAnalyzer,
  goBinaryAnalyzer,
  isDpkgStatusFile,
  osReleaseAnalyzer
} from './analyzers/builtin.js'
import { dpkgPackages, type DpkgRecord } from './analyzers/dpkg.js'
import { goBinaryInventory } from './analyzers/go-binary.js'
import type { OsRelease } from './analyzers/os-release.js'
import type { FileRecord, FileTree } from './file-tree.js'
import type { GoBuildInfo } from './go-buildinfo.js'
import { LayerCache, type LayerCacheStats } from './layer-cache.js'
import { SharedLayer, walkLayers, type PlatformImage } from './layers.js'
import type { GoBinary, Inventory, Location, Package } from './model.js'
import { walkPaths, type ScanPath } from './paths.js'
import { DEFAULT_LIMITS, Notes, SpillArea, type ScanLimits } from './walk.js'
import { byKey } from '../util/compare.js'
import { mapLimit } from '../util/concurrency.js'
import type { Host } from '../util/host.js'

export interface InventoryOptions {
  host: Pick<Host, 'tempDir'>
  limits?: Partial<ScanLimits>
  /** More analyzers (the secret scanner); what they return comes back in InventoryResult.files. */
  analyzers?: readonly FileAnalyzer[]
  /** Images only: the layer cache's folder (layer-cache.ts); none: every layer is read. */
  layerCache?: { dir: string; maxBytes?: number }
}

/** An image to inventory: its name as the user gave it and each platform's layers. */
export interface ImageSource {
  name: string
  /** The digest of the index (or of the manifest for a single-platform image). */
  digest?: string
  platforms: PlatformImage[]
}

/**
 * A result of an extra analyzer for one file: for every version of every file in the layers, including
 * files a later layer deleted or replaced.
 */
export interface AnalyzerResult {
  analyzer: string
  location: Location
  result: unknown
}

export interface InventoryResult {
  inventory: Inventory
  files: AnalyzerResult[]
  /** Images with a layer cache: how many layers came from it, were read, were stored. */
  layerCache?: LayerCacheStats
}

const BUILTIN = new Set(['os-release', 'apk', 'dpkg', 'go-binary'])

function setup(opts: InventoryOptions): {
  limits: ScanLimits
  notes: Notes
  spill: SpillArea
  analyzers: FileAnalyzer[]
} {
  const limits = { ...DEFAULT_LIMITS, ...opts.limits }
  const extra = opts.analyzers ?? []
  for (const a of extra)
    if (BUILTIN.has(a.name)) throw new Error(`analyzer name "${a.name}" is taken by a built-in analyzer`)
  return {
    limits,
    notes: new Notes(limits.maxNotes),
    spill: new SpillArea(opts.host),
    analyzers: [osReleaseAnalyzer, apkAnalyzer, dpkgAnalyzer, goBinaryAnalyzer(limits.maxFileBytes), ...extra]
  }
}

/**
 * Platforms read at once. Inflating a layer runs on libuv's thread pool while the tar parsing and the
 * analyzers run on the main thread; two platforms at a time overlap the two (a 4-platform image of a large
 * Go binary read in about two thirds of the time, bench/scan.sh) and hold at most two binaries in memory.
 */
export const PLATFORM_CONCURRENCY = 2

/** Layers more than one platform has (a CA bundle, a passwd layer), each owned by the first platform with it. */
function sharedLayers(image: ImageSource): Map<string, SharedLayer> {
  const shared = new Map<string, SharedLayer>()
  const owner = new Map<string, PlatformImage>()
  for (const p of image.platforms)
    for (const d of new Set(p.layers.map(l => l.digest))) {
      const first = owner.get(d)
      if (!first) owner.set(d, p)
      else if (!shared.has(d)) shared.set(d, new SharedLayer(first))
    }
  return shared
}

/**
 * Inventory every platform of an image, two at a time, each layer read once. Notes keep the platforms'
 * order whatever order the reads finish in: each platform has its own, merged in order at the end.
 */
export async function inventoryImage(image: ImageSource, opts: InventoryOptions): Promise<InventoryResult> {
  const ctx = setup(opts)
  const cache = await openLayerCache(opts, ctx)
  const shared = sharedLayers(image)
  const notes = image.platforms.map(() => new Notes(ctx.limits.maxNotes))
  let parts: InventoryResult[]
  try {
    parts = await mapLimit(image.platforms, PLATFORM_CONCURRENCY, async (platform, i) => {
      let tree: FileTree
      try {
        tree = await walkLayers(platform, { ...ctx, notes: notes[i], shared, cache })
      } catch (err) {
        // The platforms waiting for a layer this one was to read must not wait for ever.
        for (const s of shared.values()) if (s.owner === platform) s.reject(err)
        throw err
      }
      const part = treeInventory(tree, path => ({
        path,
        ...(platform.platform ? { platform: platform.platform } : {})
      }))
      part.inventory.targets.push({
        kind: 'image',
        name: image.name,
        ...(platform.digest ? { digest: platform.digest } : {}),
        ...(platform.platform ? { platform: platform.platform } : {})
      })
      return part
    })
  } finally {
    await ctx.spill.dispose()
  }
  for (const n of notes) ctx.notes.absorb(n)
  const merged = mergeInventories(parts)
  // The image itself (an index, or a manifest that named no platform) heads the per-platform targets.
  if (image.digest && !merged.inventory.targets.some(t => t.digest === image.digest && !t.platform))
    merged.inventory.targets.unshift({ kind: 'image', name: image.name, digest: image.digest })
  merged.inventory.notes.push(...ctx.notes.all())
  if (!cache) return merged
  if (cache.stats.stored) await cache.prune()
  return { ...merged, layerCache: { ...cache.stats } }
}

/**
 * The layer cache for this configuration: the analyzers with their caps (and gantry's version, which the
 * cache adds) decide what a layer yields, so they are the fingerprint every key includes.
 */
function openLayerCache(
  opts: InventoryOptions,
  ctx: ReturnType<typeof setup>
): Promise<LayerCache | undefined> {
  if (!opts.layerCache) return Promise.resolve(undefined)
  return LayerCache.open({
    dir: opts.layerCache.dir,
    ...(opts.layerCache.maxBytes ? { maxBytes: opts.layerCache.maxBytes } : {}),
    analyzers: ctx.analyzers.map(a => a.name),
    fingerprint: {
      analyzers: ctx.analyzers.map(a => [a.name, a.maxBytes]),
      maxFileBytes: ctx.limits.maxFileBytes
    }
  })
}

/** Inventory binaries and folders on disk (each folder is treated as a root file system). */
export async function inventoryPaths(paths: ScanPath[], opts: InventoryOptions): Promise<InventoryResult> {
  const ctx = setup(opts)
  const parts: InventoryResult[] = []
  for (const p of paths) {
    const tree = await walkPaths(p, ctx)
    const part = treeInventory(tree, rel => ({
      path: p.kind === 'file' ? p.display : joinDisplay(p.display, rel)
    }))
    part.inventory.targets.push({ kind: 'path', name: p.display })
    parts.push(part)
  }
  const merged = mergeInventories(parts)
  merged.inventory.notes.push(...ctx.notes.all())
  return merged
}

function joinDisplay(display: string, rel: string): string {
  if (!rel) return display
  return display === '.' || display === '' ? rel : `${display.replace(/\/+$/, '')}/${rel}`
}

/** The inventory of one merged file tree; `locate` turns a path in the tree into a Location. */
export function treeInventory(tree: FileTree, locate: (path: string) => Location): InventoryResult {
  const inventory: Inventory = { packages: [], binaries: [], targets: [], notes: [] }
  const files: AnalyzerResult[] = []
  const at = (r: FileRecord): Location => ({ ...locate(r.path), ...(r.layer ? { layer: r.layer } : {}) })

  let os: OsRelease | undefined
  for (const p of OS_RELEASE_PATHS) {
    const resolved = tree.resolve(p)
    os = resolved === undefined ? undefined : (tree.current(resolved)?.results['os-release'] as OsRelease)
    if (os) break
  }
  if (os) inventory.os = { family: os.family, version: os.version, ...(os.name ? { name: os.name } : {}) }

  for (const p of APK_DB_PATHS) {
    const resolved = tree.resolve(p)
    const history = resolved === undefined ? [] : tree.history(resolved).filter(r => r.results.apk)
    const current = history.at(-1)
    if (!current) continue
    const records = current.results.apk as ApkRecord[]
    const added = addedIn(history, 'apk')
    for (const pkg of apkPackages(records, os, at(current)))
      inventory.packages.push(withLayer(pkg, added.get(key(pkg.name, pkg.version)), at))
    break
  }

  const dpkgFiles = new Set<string>()
  const status = tree.resolve(DPKG_STATUS_PATH)
  if (status !== undefined) dpkgFiles.add(status)
  for (const r of tree.records()) if (isDpkgStatusFile(r.path) && r.results.dpkg) dpkgFiles.add(r.path)
  for (const file of [...dpkgFiles].sort()) {
    const history = tree.history(file).filter(r => r.results.dpkg)
    const current = history.at(-1)
    if (!current) continue
    const added = addedIn(history, 'dpkg')
    for (const pkg of dpkgPackages(current.results.dpkg as DpkgRecord[], os, at(current)))
      inventory.packages.push(withLayer(pkg, added.get(key(pkg.name, pkg.version)), at))
  }

  for (const r of tree.records()) {
    const info = r.results['go-binary'] as GoBuildInfo | undefined
    if (!info) continue
    const found = goBinaryInventory(info, at(r))
    inventory.binaries.push(found.binary)
    inventory.packages.push(...found.packages)
    inventory.notes.push(...found.notes)
  }
  // Extra analyzers (the secret scanner) report on every file the layers hold, deleted ones included.
  for (const r of tree.allRecords())
    for (const [analyzer, result] of Object.entries(r.results))
      if (!BUILTIN.has(analyzer)) files.push({ analyzer, location: at(r), result })
  return { inventory, files }
}

function key(name: string, version: string): string {
  return `${name}\u0000${version}`
}

/**
 * For each package of a database's current version, the oldest version of the file (lowest layer) from
 * which on it was there without a break: the layer that installed it, as Trivy attributes packages.
 */
function addedIn(history: FileRecord[], analyzer: 'apk' | 'dpkg'): Map<string, FileRecord> {
  const out = new Map<string, FileRecord>()
  const sets = history.map(
    r => new Set((r.results[analyzer] as (ApkRecord | DpkgRecord)[]).map(p => key(p.name, p.version)))
  )
  for (const k of sets.at(-1) ?? []) {
    let i = sets.length - 1
    while (i > 0 && sets[i - 1].has(k)) i--
    out.set(k, history[i])
  }
  return out
}

function withLayer(pkg: Package, added: FileRecord | undefined, at: (r: FileRecord) => Location): Package {
  return added ? { ...pkg, locations: [at(added)] } : pkg
}

const packageKey = (p: Package): string => `${p.kind}\u0000${p.purl}`
const locationKey = (l: Location): string =>
  `${l.platform ?? ''}\u0000${l.path}\u0000${l.layer?.index ?? -1}\u0000${l.line ?? 0}`

/** Merge inventories: one package per kind and purl with every location, sorted for stable output. */
export function mergeInventories(parts: InventoryResult[]): InventoryResult {
  const packages = new Map<string, Package>()
  const binaries: GoBinary[] = []
  const inventory: Inventory = { packages: [], binaries, targets: [], notes: [] }
  const files: AnalyzerResult[] = []
  for (const { inventory: inv, files: f } of parts) {
    for (const p of inv.packages) {
      const k = packageKey(p)
      const seen = packages.get(k)
      if (!seen) packages.set(k, { ...p, locations: [...p.locations] })
      else {
        seen.locations.push(...p.locations)
        if (p.main) seen.main = true
      }
    }
    binaries.push(...inv.binaries)
    inventory.targets.push(...inv.targets)
    inventory.notes.push(...inv.notes)
    if (inv.os) {
      if (!inventory.os) inventory.os = inv.os
      else if (inventory.os.family !== inv.os.family || inventory.os.version !== inv.os.version)
        inventory.notes.push(
          `platforms disagree on the OS: ${inventory.os.family} ${inventory.os.version} and ${inv.os.family} ${inv.os.version}; the first is reported.`
        )
    }
    files.push(...f)
  }
  for (const p of packages.values()) {
    const uniq = new Map(p.locations.map(l => [locationKey(l), l]))
    p.locations = [...uniq.values()].sort(
      byKey(
        l => l.platform ?? '',
        l => l.path,
        l => l.layer?.index ?? -1
      )
    )
  }
  inventory.packages = [...packages.values()].sort(
    byKey(
      p => p.kind,
      p => p.name,
      p => p.version,
      p => p.purl
    )
  )
  binaries.sort(
    byKey(
      b => b.location.platform ?? '',
      b => b.location.path
    )
  )
  files.sort(
    byKey(
      f => f.location.platform ?? '',
      f => f.location.path,
      f => f.analyzer
    )
  )
  return { inventory, files }
}
