// Compressed image layers kept between runs in the user's cache folder, as GOCACHE keeps compiled packages:
// compressing the binary is most of what the oci engine does, and a layer's bytes depend only on its files
// and format, so a re-push (or a push of the same binaries under another tag) reuses them.
//
// An entry maps a key (the sha256 of everything that changes the layer's bytes: each file's path, mode,
// owner and content sha256, the mtime, the gzip level and memLevel, media type, Node's zlib version and
// this cache's format version) to the layer's digest, size and diff_id; the compressed blob is kept beside
// it, named by its digest. On use the blob is hashed again (it must be the digest and size the entry says)
// and the diff_id is computed again from the files (one sha256 pass over the uncompressed tar, which also
// checks each binary against the sha256 it must have), so the only thing taken on trust is that the blob
// is the gzip of that tar: like GOCACHE, the folder is this user's own (0700, owned by the user, else not
// used). Any problem with an entry is a miss, and the rebuilt layer replaces it; entries and blobs are
// written to a temporary name and renamed, so a killed run leaves no half-written entry. Entries and blobs
// not used for LAYER_CACHE_MAX_AGE_MS are removed (checked once a day, as Go trims its cache), and the oldest
// go first when the blobs pass LAYER_CACHE_CAP_BYTES.

import { copyFile, lstat, mkdir, readdir, readFile, rename, rm, utimes, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { privateDir } from '../util/disk-cache.js'
import { SHA256_DIGEST, sha256File, sha256Hex } from '../util/digest.js'
import { validator } from '../util/json.js'
import { fileBlob } from './blob.js'
import {
  buildLayer,
  layerDiffId,
  LAYER_GZIP_LEVEL,
  LAYER_GZIP_MEM_LEVEL,
  type Layer,
  type LayerFile
} from './layer.js'
import { MEDIA } from './types.js'

/** Bumped whenever the layer bytes change for the same inputs in a way the key does not show. */
export const LAYER_CACHE_VERSION = 2

/** Entries and blobs not used for this long are removed (Go's cache uses 5 days too). */
export const LAYER_CACHE_MAX_AGE_MS = 5 * 24 * 3600_000

/** Past this, the least recently used blobs are removed at the daily trim. */
export const LAYER_CACHE_CAP_BYTES = 2 * 1024 ** 3

const TRIM_EVERY_MS = 24 * 3600_000
/** A used entry's mtime is refreshed at most this often (one write per hour, not one per use). */
const TOUCH_AFTER_MS = 3600_000
/** A temporary file this old belongs to a run that was killed. */
const STALE_TMP_MS = 3600_000

/** What, besides the files, decides a layer's bytes. */
export interface LayerFormat {
  mtime: Date
  gzipLevel: number
  mediaType: string
}

/** The cache key of a layer: hex sha256 of a canonical description of everything its bytes depend on. */
export function layerCacheKey(
  files: readonly LayerFile[],
  format: LayerFormat,
  zlibVersion = process.versions.zlib
): string {
  const list = files
    .map(f => ({
      path: f.path,
      mode: f.mode,
      uid: f.uid ?? 0,
      gid: f.gid ?? 0,
      ...(Buffer.isBuffer(f.content)
        ? { sha256: sha256Hex(f.content), size: f.content.length }
        : { sha256: f.content.sha256, size: f.content.size })
    }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  return sha256Hex(
    JSON.stringify({
      version: LAYER_CACHE_VERSION,
      zlib: zlibVersion,
      gzip: { level: format.gzipLevel, memLevel: LAYER_GZIP_MEM_LEVEL, os: 3, name: '', mtime: 0 },
      mediaType: format.mediaType,
      mtime: format.mtime.getTime(),
      files: list
    })
  )
}

interface Entry {
  version: number
  digest: string
  size: number
  diffId: string
  mediaType: string
}

const ENTRY_SCHEMA = {
  type: 'object',
  required: ['version', 'digest', 'size', 'diffId', 'mediaType'],
  properties: {
    version: { const: LAYER_CACHE_VERSION },
    digest: { type: 'string', pattern: SHA256_DIGEST.source },
    size: { type: 'integer', minimum: 0 },
    diffId: { type: 'string', pattern: SHA256_DIGEST.source },
    mediaType: { type: 'string' }
  }
}

// Compiled on first use, not when the module loads (every CLI command loads it).
let entryCheck: ((data: unknown) => data is Entry) | undefined
function isEntry(data: unknown): data is Entry {
  entryCheck ??= validator<Entry>(ENTRY_SCHEMA)
  return entryCheck(data)
}

function tmpName(file: string): string {
  return `${file}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`
}

/** Write `file` through a temporary file and a rename: readers see the old content or the new, whole. */
async function writeAtomic(file: string, from: { data: string | Buffer } | { copy: string }): Promise<void> {
  const tmp = tmpName(file)
  try {
    if ('data' in from) await writeFile(tmp, from.data, { mode: 0o600 })
    else await copyFile(from.copy, tmp)
    await rename(tmp, file)
  } finally {
    await rm(tmp, { force: true })
  }
}

export class LayerCache {
  /** Layers taken from the cache, and layers built (and stored) in this run. */
  hits = 0
  misses = 0
  /** Writes started by keep() and not yet awaited. */
  private readonly writing: Promise<boolean>[] = []

  private constructor(readonly dir: string) {}

  /** The cache at `dir`, or undefined when it cannot be a private folder of this user. */
  static async open(dir: string): Promise<LayerCache | undefined> {
    const root = await privateDir(dir)
    if (!root) return undefined
    try {
      await mkdir(path.join(root, 'entries'), { mode: 0o700 }).catch(ignoreExists)
      await mkdir(path.join(root, 'blobs'), { mode: 0o700 }).catch(ignoreExists)
    } catch {
      return undefined
    }
    return new LayerCache(root)
  }

  private entryFile(key: string): string {
    return path.join(this.dir, 'entries', `${key}.json`)
  }

  private blobFile(digest: string): string {
    return path.join(this.dir, 'blobs', `${digest.slice(7)}.tar.gz`)
  }

  private async readEntry(key: string, mediaType: string): Promise<Entry | undefined> {
    try {
      const data: unknown = JSON.parse(await readFile(this.entryFile(key), 'utf8'))
      return isEntry(data) && data.mediaType === mediaType ? data : undefined
    } catch {
      return undefined
    }
  }

  /** Whether the blob file is there, a regular file of the entry's size, hashing to its digest. */
  private async blobIntact(e: Entry): Promise<boolean> {
    const file = this.blobFile(e.digest)
    try {
      const st = await lstat(file)
      if (!st.isFile() || st.size !== e.size) return false
      const { hex, size } = await sha256File(file)
      return `sha256:${hex}` === e.digest && size === e.size
    } catch {
      return false
    }
  }

  /**
   * The cached layer for `key`, checked: its blob against the entry, and `diffIdOf()` (the diff_id computed
   * from the files, which may throw for a file that is not what it must be) against the entry's diff_id.
   */
  async lookup(key: string, mediaType: string, diffIdOf: () => Promise<string>): Promise<Layer | undefined> {
    const e = await this.readEntry(key, mediaType)
    if (!e) return undefined
    const [intact, diffId] = await Promise.all([this.blobIntact(e), diffIdOf()])
    if (!intact || diffId !== e.diffId) return undefined
    const file = this.blobFile(e.digest)
    await this.touch([this.entryFile(key), file])
    return { ...fileBlob(file, { mediaType, digest: e.digest, size: e.size }), diffId: e.diffId, file }
  }

  /** Keep `layer` under `key`: the blob first, then the entry naming it. Failures leave no entry. */
  async store(key: string, layer: Layer): Promise<boolean> {
    try {
      const from = layer.bytes ? { data: layer.bytes } : layer.file ? { copy: layer.file } : undefined
      if (!from) return false
      await writeAtomic(this.blobFile(layer.digest), from)
      const entry: Entry = {
        version: LAYER_CACHE_VERSION,
        digest: layer.digest,
        size: layer.size,
        diffId: layer.diffId,
        mediaType: layer.mediaType
      }
      await writeAtomic(this.entryFile(key), { data: JSON.stringify(entry) })
      return true
    } catch {
      return false
    }
  }

  /** store() without waiting for it (the layer is pushed meanwhile); settle() waits for every one. */
  keep(key: string, layer: Layer): void {
    this.writing.push(this.store(key, layer))
  }

  /** Wait for the writes keep() started (store() never rejects). */
  async settle(): Promise<void> {
    while (this.writing.length) await Promise.all(this.writing.splice(0))
  }

  private async touch(files: string[]): Promise<void> {
    const now = new Date()
    for (const f of files) {
      const st = await lstat(f).catch(() => undefined)
      if (st && now.getTime() - st.mtimeMs > TOUCH_AFTER_MS) await utimes(f, now, now).catch(() => undefined)
    }
  }

  /**
   * At most once a day (`force` for tests): remove temporary files of killed runs, entries and blobs not
   * used for LAYER_CACHE_MAX_AGE_MS, then the least recently used blobs past LAYER_CACHE_CAP_BYTES.
   * Returns how many files went, or undefined when no trim was due.
   */
  async trim(
    now = Date.now(),
    opts: { force?: boolean; capBytes?: number } = {}
  ): Promise<number | undefined> {
    const stamp = path.join(this.dir, 'trim.txt')
    const last = Number((await readFile(stamp, 'utf8').catch(() => '')).trim())
    if (!opts.force && Number.isFinite(last) && now - last < TRIM_EVERY_MS && now >= last) return undefined
    await writeAtomic(stamp, { data: `${now}\n` }).catch(() => undefined)
    let removed = 0
    const kept: { file: string; size: number; mtimeMs: number }[] = []
    for (const sub of ['entries', 'blobs']) {
      const dir = path.join(this.dir, sub)
      for (const name of await readdir(dir).catch(() => [] as string[])) {
        const file = path.join(dir, name)
        const st = await lstat(file).catch(() => undefined)
        if (!st) continue
        const age = now - st.mtimeMs
        if ((name.endsWith('.tmp') && age > STALE_TMP_MS) || age > LAYER_CACHE_MAX_AGE_MS || !st.isFile()) {
          await rm(file, { force: true, recursive: true })
          removed++
        } else if (sub === 'blobs' && !name.endsWith('.tmp'))
          kept.push({ file, size: st.size, mtimeMs: st.mtimeMs })
      }
    }
    let total = kept.reduce((n, b) => n + b.size, 0)
    const cap = opts.capBytes ?? LAYER_CACHE_CAP_BYTES
    for (const b of kept.sort((x, y) => x.mtimeMs - y.mtimeMs)) {
      if (total <= cap) break
      await rm(b.file, { force: true })
      total -= b.size
      removed++
    }
    return removed
  }
}

function ignoreExists(err: NodeJS.ErrnoException): void {
  if (err.code !== 'EEXIST') throw err
}

/**
 * buildLayer through the cache: a checked hit, else the layer built (into `dir` when it is too big for
 * memory) and stored in the background (LayerCache.settle waits for that). Without a cache, buildLayer as
 * it is. `cached` says which.
 */
export async function cachedLayer(
  cache: LayerCache | undefined,
  files: readonly LayerFile[],
  opts: { mtime: Date; dir: string; gzipLevel?: number; mediaType?: string }
): Promise<Layer & { cached: boolean }> {
  if (!cache) return { ...(await buildLayer(files, opts)), cached: false }
  const format: LayerFormat = {
    mtime: opts.mtime,
    gzipLevel: opts.gzipLevel ?? LAYER_GZIP_LEVEL,
    mediaType: opts.mediaType ?? MEDIA.ociLayerGzip
  }
  const key = layerCacheKey(files, format)
  const hit = await cache.lookup(key, format.mediaType, () => layerDiffId(files, opts.mtime))
  if (hit) {
    cache.hits++
    return { ...hit, cached: true }
  }
  const layer = await buildLayer(files, { ...opts, ...format })
  cache.misses++
  cache.keep(key, layer)
  return { ...layer, cached: false }
}
