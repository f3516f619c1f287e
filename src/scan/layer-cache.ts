// What the analyzers found in an image layer, kept on disk under the layer's digest (as Trivy's layer cache
// and GOCACHE keep results under content hashes), so a later scan of an image with that layer replays it
// instead of downloading, inflating and analyzing it again. Only the inventory side is kept: matching
// against the vulnerability database runs on every scan.
//
// Trust model: the folder is the user's own (created 0700, refused when another user owns it or others may
// read or write it), like Trivy's cache and GOCACHE; whoever can write it can already change what this user
// runs. An entry is only written after the layer was read to its end and its bytes matched the digest. Each
// file carries the sha256 of its body and the key and digest it is for: a torn, truncated or edited entry
// (that did not also recompute the hash) or one copied under another name is a miss, never an error.
// Growth: after a scan that wrote entries, the least recently used ones (a hit refreshes an entry's time)
// are removed until the folder holds at most `maxBytes` (DEFAULT_LAYER_CACHE_BYTES).

import { readdir, readFile, rm, stat, utimes } from 'node:fs/promises'
import path from 'node:path'
import { TOOL } from '../model/tool.js'
import { codeIdentity } from '../util/code-identity.js'
import { privateDir, writeFileAtomic } from '../util/disk-cache.js'
import { SHA256_DIGEST, sha256Hex } from '../util/digest.js'
import { validator } from '../util/json.js'
import type { TreeOp } from './layers.js'

/** Bump when what a cached layer means changes (the analyzers' results, the ops, the notes). */
export const LAYER_CACHE_FORMAT = 1
export const DEFAULT_LAYER_CACHE_BYTES = 512 * 1024 * 1024
const SUFFIX = '.layer.json'
/** Temporary files a crashed writer left behind are removed once they are this old. */
const STALE_TMP_MS = 60 * 60 * 1000

/** One layer as the walker saw it: what it did to the tree, its notes, what it cost against the caps. */
export interface CachedLayer {
  ops: TreeOp[]
  /** Notes about the layer, each without the layer's name (`: skipped …`), which differs per image. */
  notes: string[]
  entries: number
  bytes: number
}

export interface LayerCacheStats {
  hits: number
  misses: number
  stored: number
}

const STRING = { type: 'string' } as const
const COUNT = { type: 'integer', minimum: 0 } as const
const OP = {
  oneOf: [
    {
      type: 'object',
      properties: {
        op: { const: 'file' },
        path: STRING,
        record: {
          type: 'object',
          properties: { path: STRING, results: { type: 'object' } },
          required: ['path', 'results'],
          additionalProperties: false
        }
      },
      required: ['op', 'path'],
      additionalProperties: false
    },
    {
      type: 'object',
      properties: { op: { enum: ['symlink', 'hardlink'] }, path: STRING, target: STRING },
      required: ['op', 'path', 'target'],
      additionalProperties: false
    },
    {
      type: 'object',
      properties: { op: { enum: ['dir', 'whiteout', 'opaque'] }, path: STRING },
      required: ['op', 'path'],
      additionalProperties: false
    }
  ]
} as const
const ENTRY = {
  type: 'object',
  properties: {
    key: STRING,
    digest: STRING,
    layer: {
      type: 'object',
      properties: {
        ops: { type: 'array', items: OP },
        notes: { type: 'array', items: STRING },
        entries: COUNT,
        bytes: COUNT
      },
      required: ['ops', 'notes', 'entries', 'bytes'],
      additionalProperties: false
    }
  },
  required: ['key', 'digest', 'layer'],
  additionalProperties: false
} as const

interface Entry {
  key: string
  digest: string
  layer: CachedLayer
}

export interface LayerCacheOptions {
  /** The folder; created when missing. */
  dir: string
  /**
   * Everything besides the layer's bytes that decides what the walker finds in it: the analyzers (name and
   * size cap) and the limits that change results. Part of every key, so another configuration misses.
   */
  fingerprint: unknown
  /** The analyzer names a result may be under; an entry naming another is refused. */
  analyzers: readonly string[]
  maxBytes?: number
}

export class LayerCache {
  readonly stats: LayerCacheStats = { hits: 0, misses: 0, stored: 0 }
  private readonly salt: string
  private readonly analyzers: Set<string>

  private constructor(
    readonly dir: string,
    private readonly opts: LayerCacheOptions
  ) {
    this.salt = JSON.stringify([LAYER_CACHE_FORMAT, TOOL.version, codeIdentity(), opts.fingerprint])
    this.analyzers = new Set(opts.analyzers)
  }

  /** The cache in `opts.dir`, or undefined when that folder cannot be a private cache (then none is kept). */
  static async open(opts: LayerCacheOptions): Promise<LayerCache | undefined> {
    const dir = await privateDir(opts.dir)
    return dir ? new LayerCache(dir, opts) : undefined
  }

  /** Whether a layer with this digest can be kept: only content digests gantry verifies (sha256). */
  static cacheable(digest: string): boolean {
    return SHA256_DIGEST.test(digest)
  }

  /** The key of a layer: its digest with the format, gantry's version and code, and the configuration. */
  key(digest: string): string {
    return sha256Hex(`${this.salt}\u0000${digest}`)
  }

  private file(key: string): string {
    return path.join(this.dir, `${key}${SUFFIX}`)
  }

  /** The cached layer, or undefined (a miss) when there is none or it is damaged, foreign or stale. */
  async get(digest: string): Promise<CachedLayer | undefined> {
    const found = LayerCache.cacheable(digest) ? await this.read(digest) : undefined
    if (found) this.stats.hits++
    else this.stats.misses++
    return found
  }

  private async read(digest: string): Promise<CachedLayer | undefined> {
    const key = this.key(digest)
    const file = this.file(key)
    let text: string
    try {
      text = await readFile(file, 'utf8')
    } catch {
      return undefined
    }
    const entry = decodeEntry(text)
    if (!entry || entry.key !== key || entry.digest !== digest) return undefined
    for (const op of entry.layer.ops)
      if (op.op === 'file' && op.record && Object.keys(op.record.results).some(a => !this.analyzers.has(a)))
        return undefined
    const now = new Date()
    await utimes(file, now, now).catch(() => undefined)
    return entry.layer
  }

  /** Keep a layer; failures (a full disk, a read-only folder) leave the cache as it was. */
  async put(digest: string, layer: CachedLayer): Promise<void> {
    if (!LayerCache.cacheable(digest)) return
    const key = this.key(digest)
    const ops = layer.ops.map(o =>
      o.op === 'file' && o.record ? { ...o, record: { path: o.record.path, results: o.record.results } } : o
    )
    try {
      await writeFileAtomic(this.file(key), encodeEntry({ key, digest, layer: { ...layer, ops } }))
      this.stats.stored++
    } catch {
      // the cache is an optimisation
    }
  }

  /** Keep the folder within its size (pruneCacheFolder). */
  prune(now = Date.now()): Promise<void> {
    return pruneCacheFolder(this.dir, SUFFIX, this.opts.maxBytes ?? DEFAULT_LAYER_CACHE_BYTES, now)
  }
}

/**
 * Remove the least recently used entries (files ending in `suffix`, oldest modification time first: a hit
 * refreshes it) until the folder holds at most `maxBytes` of them, and temporary files a crashed writer left.
 */
export async function pruneCacheFolder(
  dir: string,
  suffix: string,
  maxBytes: number,
  now = Date.now()
): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[])
  const entries: { file: string; size: number; used: number }[] = []
  for (const name of names) {
    const file = path.join(dir, name)
    const st = await stat(file).catch(() => undefined)
    if (!st?.isFile()) continue
    if (name.endsWith('.tmp')) {
      if (now - st.mtimeMs > STALE_TMP_MS) await rm(file, { force: true })
    } else if (name.endsWith(suffix)) entries.push({ file, size: st.size, used: st.mtimeMs })
  }
  let total = entries.reduce((n, e) => n + e.size, 0)
  entries.sort((a, b) => a.used - b.used || (a.file < b.file ? -1 : 1))
  for (const e of entries) {
    if (total <= maxBytes) break
    await rm(e.file, { force: true })
    total -= e.size
  }
}

/** `<sha256 of the body>\n<body>`: the hash catches a torn or edited file before its JSON is trusted. */
export function encodeEntry(entry: Entry): string {
  const body = JSON.stringify(entry)
  return `${sha256Hex(body)}\n${body}`
}

export function decodeEntry(text: string): Entry | undefined {
  const nl = text.indexOf('\n')
  if (nl !== 64) return undefined
  const body = text.slice(65)
  if (sha256Hex(body) !== text.slice(0, 64)) return undefined
  let data: unknown
  try {
    data = JSON.parse(body)
  } catch {
    return undefined
  }
  return validator<Entry>(ENTRY)(data) ? data : undefined
}
