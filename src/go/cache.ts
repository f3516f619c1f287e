// Go cache keys and policy for the GitHub Actions cache: GOMODCACHE keyed on go.sum; GOCACHE keyed on the
// runner OS and arch, the Go version, the target set and go.sum, so matrix jobs that build different targets
// never share (or fight over) one key; restore-keys give a warm start after a change. The post step saves
// only when allowed (auto: the default branch), only when the cache changed, never twice for one key, and
// trims GOCACHE to a size cap first so it cannot grow without bound.

import { readdir, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { toPlatform, type Target } from '../model/target.js'
import { sha256Hex } from '../util/digest.js'

/** GOCACHE is trimmed to this before a save (the 8 default targets of a mid-size module fit in ~500 MB). */
export const GOCACHE_CAP_BYTES = 1024 ** 3

const PREFIX = 'gantry-go-v1'

export interface CacheSpec {
  /** `gomod` or `gobuild`: the name in state, logs and the summary. */
  name: 'gomod' | 'gobuild'
  path: string
  key: string
  restoreKeys: string[]
}

export interface KeyInputs {
  /** RUNNER_OS / RUNNER_ARCH (Linux, X64), or the host's os/arch outside a runner. */
  os: string
  arch: string
  goVersion: string
  targets: readonly Target[]
  /** sha256 of go.sum, '' when the module has none. */
  goSumHash: string
  goModCache: string
  goCache: string
}

/** A short hash of the sorted target set: the part of the key that keeps matrix jobs apart. */
export function targetSetHash(targets: readonly Target[]): string {
  const list = [...new Set(targets.map(toPlatform))].sort().join(',')
  return sha256Hex(list).slice(0, 12)
}

/** The caches to restore: GOMODCACHE only when there is a go.sum (nothing to download otherwise). */
export function cacheSpecs(k: KeyInputs): CacheSpec[] {
  const os = k.os.toLowerCase()
  const arch = k.arch.toLowerCase()
  const sum = k.goSumHash ? k.goSumHash.slice(0, 16) : 'nosum'
  const specs: CacheSpec[] = []
  if (k.goSumHash)
    specs.push({
      name: 'gomod',
      path: k.goModCache,
      key: `${PREFIX}-mod-${os}-${sum}`,
      restoreKeys: [`${PREFIX}-mod-${os}-`]
    })
  const base = `${PREFIX}-build-${os}-${arch}-${k.goVersion}`
  const set = targetSetHash(k.targets)
  specs.push({
    name: 'gobuild',
    path: k.goCache,
    key: `${base}-${set}-${sum}`,
    // Same targets with another go.sum first (most packages are unchanged), then any target set of this Go.
    restoreKeys: [`${base}-${set}-`, `${base}-`]
  })
  return specs
}

export interface Fingerprint {
  files: number
  bytes: number
  newestMs: number
}

async function walk(
  dir: string,
  visit: (file: string, size: number, mtimeMs: number, atimeMs: number) => void
) {
  let entries
  try {
    entries = await readdir(dir, { withFileTypes: true })
  } catch {
    return
  }
  for (const e of entries) {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) await walk(p, visit)
    else if (e.isFile()) {
      const st = await stat(p).catch(() => undefined)
      if (st) visit(p, st.size, st.mtimeMs, st.atimeMs)
    }
  }
}

/** What a cache folder holds, cheaply: a change in any of these means the cache changed. */
export async function fingerprint(dir: string): Promise<Fingerprint> {
  const fp: Fingerprint = { files: 0, bytes: 0, newestMs: 0 }
  await walk(dir, (_f, size, mtimeMs) => {
    fp.files++
    fp.bytes += size
    fp.newestMs = Math.max(fp.newestMs, mtimeMs)
  })
  return fp
}

export function sameFingerprint(a: Fingerprint, b: Fingerprint): boolean {
  return a.files === b.files && a.bytes === b.bytes && a.newestMs === b.newestMs
}

export interface SaveInputs {
  mode: 'auto' | 'true' | 'false'
  ref: string
  /** From the event payload; undefined when the event does not say. */
  defaultBranch?: string
  key: string
  /** The key restore matched exactly or by prefix; undefined on a miss. */
  restoredKey?: string
  /** Keys this job already saved (state). */
  savedKeys: readonly string[]
  before?: Fingerprint
  after: Fingerprint
}

export interface SaveDecision {
  save: boolean
  reason: string
}

export function decideSave(s: SaveInputs): SaveDecision {
  if (s.mode === 'false') return { save: false, reason: 'cache-save is false' }
  if (s.restoredKey === s.key) return { save: false, reason: 'exact key hit: a key is never saved twice' }
  if (s.savedKeys.includes(s.key)) return { save: false, reason: 'already saved in this job' }
  if (s.mode === 'auto') {
    if (!s.defaultBranch)
      return { save: false, reason: 'auto: the event does not name the default branch, so nothing is saved' }
    if (s.ref !== `refs/heads/${s.defaultBranch}`)
      return {
        save: false,
        reason: `auto: saved only on the default branch (${s.defaultBranch}), this is ${s.ref || 'no ref'}`
      }
  }
  if (s.after.files === 0) return { save: false, reason: 'the cache folder is empty' }
  if (s.before && sameFingerprint(s.before, s.after))
    return { save: false, reason: 'unchanged since restore' }
  return { save: true, reason: s.restoredKey ? `changed since restoring ${s.restoredKey}` : 'new cache' }
}

export interface TrimResult {
  bytesBefore: number
  bytesAfter: number
  removedFiles: number
}

// Go's own bookkeeping files in GOCACHE; never trimmed.
const KEEP = new Set(['README', 'trim.txt', 'testexpire.txt'])

/**
 * Delete the least recently used files (oldest of atime and mtime: Go refreshes an entry's mtime when it
 * uses it) until the folder is at most `capBytes`. Go treats a missing entry as a miss, so this is safe.
 */
export async function trimCache(dir: string, capBytes: number): Promise<TrimResult> {
  const files: { p: string; size: number; used: number }[] = []
  await walk(dir, (p, size, mtimeMs, atimeMs) => {
    if (!KEEP.has(path.basename(p))) files.push({ p, size, used: Math.max(mtimeMs, atimeMs) })
  })
  const bytesBefore = files.reduce((n, f) => n + f.size, 0)
  let bytes = bytesBefore
  let removed = 0
  files.sort((a, b) => a.used - b.used || (a.p < b.p ? -1 : 1))
  for (const f of files) {
    if (bytes <= capBytes) break
    await rm(f.p, { force: true })
    bytes -= f.size
    removed++
  }
  return { bytesBefore, bytesAfter: bytes, removedFiles: removed }
}
