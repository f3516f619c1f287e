// Reads an image's layers as streams, once each, in order: decompresses (gzip, zstd, or none, detected by
// magic bytes), walks the tar entries, applies OCI whiteouts through a FileTree and hands files to the
// analyzers. Nothing is written but one temporary file for an executable too large to hold in memory;
// entry names are confined to the image root (`..` is refused, absolute names are rooted), links are only
// ever resolved inside the tree, and size, entry and byte caps bound what a hostile layer can cost.

import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import { rm } from 'node:fs/promises'
import { Readable } from 'node:stream'
import { finished } from 'node:stream/promises'
import zlib from 'node:zlib'
import tar, { type Header } from 'tar-stream'
import { HEAD_BYTES, type FileAnalyzer } from './analyzers/analyzer.js'
import { BoundedFile, BufferFile, type RandomAccess } from './executable.js'
import { FileTree, type FileRecord, type LayerRef } from './file-tree.js'
import type { LayerCache } from './layer-cache.js'
import { SpillArea, pickAnalyzers, runAnalyzers, type NoteSink, type ScanLimits } from './walk.js'
import { UserError } from '../util/errors.js'
import { formatBytes } from '../util/format.js'
import { clipLine, oneLine } from '../util/log-safe.js'

/** One layer blob, as the OCI storage layer provides it. */
export interface LayerSource {
  /** The blob's digest (of the compressed bytes). */
  digest: string
  /** The uncompressed digest from the image config's rootfs.diff_ids, when known. */
  diffId?: string
  /** `application/vnd.oci.image.layer.v1.tar+gzip`, the Docker equivalents, or empty (docker-archive). */
  mediaType: string
  size?: number
  /** The blob's bytes; the source verifies them against `digest`. */
  open(): Promise<Readable>
}

/** One platform's image: its layers bottom to top. */
export interface PlatformImage {
  /** `linux/arm64`; absent for a single-platform image whose config says nothing. */
  platform?: string
  /** The manifest digest. */
  digest?: string
  layers: LayerSource[]
}

export interface WalkOptions {
  analyzers: readonly FileAnalyzer[]
  limits: ScanLimits
  notes: NoteSink
  spill: SpillArea
  /**
   * Layers several platforms share, by digest: the first platform in the image's order that has the layer
   * reads it and records what it did to its tree; the others wait for that and replay it, so a shared layer
   * is read once per image, not once per platform, whichever platform gets there first.
   */
  shared?: ReadonlyMap<string, SharedLayer>
  /** Layers analyzed before, by digest: a layer found there is replayed instead of read. */
  cache?: LayerCache
}

/** A layer several platforms share: who reads it, and what reading it did (once done). */
export class SharedLayer {
  readonly ops: Promise<readonly TreeOp[]>
  resolve!: (ops: readonly TreeOp[]) => void
  reject!: (err: unknown) => void

  constructor(readonly owner: PlatformImage) {
    this.ops = new Promise((resolve, reject) => {
      this.resolve = resolve
      this.reject = reject
    })
    // Only the platforms that replay the layer await it; an owner that fails must not leave a rejection
    // nobody handles.
    this.ops.catch(() => undefined)
  }
}

/** What reading a layer does to a FileTree, kept to replay into another platform's tree. */
export type TreeOp =
  | { op: 'file'; path: string; record?: FileRecord }
  | { op: 'symlink' | 'hardlink'; path: string; target: string }
  | { op: 'dir' | 'whiteout' | 'opaque'; path: string }

/** The part of FileTree a layer's entries change. */
type TreeSink = Pick<
  FileTree,
  'addFile' | 'addSymlink' | 'addHardlink' | 'addDirectory' | 'whiteout' | 'opaque'
>

/** Forwards to the tree and keeps each call. */
function recorder(tree: FileTree, ops: TreeOp[]): TreeSink {
  return {
    addFile: (path, record) => (ops.push({ op: 'file', path, record }), tree.addFile(path, record)),
    addSymlink: (path, target) => (ops.push({ op: 'symlink', path, target }), tree.addSymlink(path, target)),
    addHardlink: (path, target) => (
      ops.push({ op: 'hardlink', path, target }),
      tree.addHardlink(path, target)
    ),
    addDirectory: path => (ops.push({ op: 'dir', path }), tree.addDirectory(path)),
    whiteout: path => (ops.push({ op: 'whiteout', path }), tree.whiteout(path)),
    opaque: path => (ops.push({ op: 'opaque', path }), tree.opaque(path))
  }
}

/** Apply a recorded layer to another platform's tree, its records moved to this platform's layer position. */
function replay(tree: FileTree, ops: readonly TreeOp[], ref: LayerRef): void {
  for (const o of ops)
    if (o.op === 'file') tree.addFile(o.path, o.record && { ...o.record, layer: ref })
    else if (o.op === 'symlink') tree.addSymlink(o.path, o.target)
    else if (o.op === 'hardlink') tree.addHardlink(o.path, o.target)
    else if (o.op === 'dir') tree.addDirectory(o.path)
    else if (o.op === 'whiteout') tree.whiteout(o.path)
    else tree.opaque(o.path)
}

/** The media types read as layers: every tar, compressed or not (OCI, Docker, non-distributable). */
export function isTarLayer(mediaType: string): boolean {
  return mediaType === '' || /(^|[./])tar($|[+.])/.test(mediaType.split('/').pop() ?? '')
}

/**
 * Output chunk of the layer decompressors: 256 KiB instead of zlib's 16 KiB. Every chunk passes the tar
 * parser and the analyzers' reads one at a time; with 16 KiB chunks that overhead, not inflating, was most
 * of the time spent on a layer holding a Go binary (bench/scan.sh).
 */
export const DECODE_CHUNK = 256 * 1024

/** Walk every layer of one platform into a FileTree. */
export async function walkLayers(image: PlatformImage, opts: WalkOptions): Promise<FileTree> {
  const tree = new FileTree()
  const budget = { entries: 0, bytes: 0 }
  for (const [index, layer] of image.layers.entries()) {
    const ref: LayerRef = { index, digest: layer.digest, ...(layer.diffId ? { diffId: layer.diffId } : {}) }
    const name = layerName(image, ref)
    tree.beginLayer(ref)
    if (!isTarLayer(layer.mediaType)) {
      opts.notes.add(`${name}: media type ${oneLine(layer.mediaType)} is not a tar layer; skipped.`)
      tree.endLayer()
      continue
    }
    const shared = opts.shared?.get(layer.digest)
    const at = { layer, ref, name, tree, budget }
    if (shared && shared.owner !== image) replay(tree, await shared.ops, ref)
    else if (shared) {
      let ops: readonly TreeOp[]
      try {
        ops = await layerOps(at, opts)
      } catch (err) {
        shared.reject(err)
        throw err
      }
      shared.resolve(ops)
    } else if (opts.cache) await layerOps(at, opts)
    else await walkLayer(layer, ref, name, tree, budget, opts)
    tree.endLayer()
  }
  return tree
}

interface LayerAt {
  layer: LayerSource
  ref: LayerRef
  name: string
  tree: FileTree
  budget: { entries: number; bytes: number }
}

/**
 * Apply a layer to the tree and return what it did: from the layer cache when it has the layer (and the
 * layer's counts still fit the caps), else by reading it, keeping what it did for the cache. A layer whose
 * read fails, or whose notes would not fit the report anyway, is not kept.
 */
async function layerOps(at: LayerAt, opts: WalkOptions): Promise<readonly TreeOp[]> {
  const { layer, ref, name, tree, budget } = at
  const cached = await opts.cache?.get(layer.digest)
  if (
    cached &&
    budget.entries + cached.entries <= opts.limits.maxEntries &&
    budget.bytes + cached.bytes <= opts.limits.maxTotalBytes
  ) {
    budget.entries += cached.entries
    budget.bytes += cached.bytes
    for (const n of cached.notes) opts.notes.add(`${name}${n}`)
    replay(tree, cached.ops, ref)
    return cached.ops
  }
  const ops: TreeOp[] = []
  const notes: string[] = []
  const before = { ...budget }
  const sink = { add: (n: string): void => (notes.push(n), opts.notes.add(n)) }
  await walkLayer(layer, ref, name, recorder(tree, ops), budget, { ...opts, notes: sink })
  if (opts.cache && notes.length <= opts.limits.maxNotes && notes.every(n => n.startsWith(name)))
    await opts.cache.put(layer.digest, {
      ops,
      notes: notes.map(n => n.slice(name.length)),
      entries: budget.entries - before.entries,
      bytes: budget.bytes - before.bytes
    })
  return ops
}

function layerName(image: PlatformImage, ref: LayerRef): string {
  return `layer ${ref.index + 1} (${oneLine(ref.digest)})${image.platform ? ` of ${image.platform}` : ''}`
}

async function walkLayer(
  layer: LayerSource,
  ref: LayerRef,
  name: string,
  tree: TreeSink,
  budget: { entries: number; bytes: number },
  opts: WalkOptions
): Promise<void> {
  const raw = await layer.open()
  const extract = tar.extract()
  let source: Readable | undefined
  let decoder: zlib.Gunzip | zlib.ZstdDecompress | undefined
  const fail = (err: Error): void => {
    extract.destroy(err)
  }
  // streamx emits a destroyed extractor's error on a later tick, after the loop below has thrown it and let go
  // of its listener (a layer whose digest fails at its end): keep one, so it is not an unhandled 'error'.
  let failed: Error | undefined
  extract.on('error', (err: Error) => void (failed ??= err))
  try {
    raw.on('error', fail)
    const { head, rest } = await peek(raw, 4)
    source = rest
    source.on('error', fail)
    if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b)
      decoder = zlib.createGunzip({ chunkSize: DECODE_CHUNK })
    else if (head.length >= 4 && head.readUInt32LE(0) === 0xfd2fb528)
      decoder = zlib.createZstdDecompress({ chunkSize: DECODE_CHUNK })
    if (decoder) {
      decoder.on('error', fail)
      source.pipe(decoder).pipe(extract)
    } else source.pipe(extract)

    for await (const entry of extract) {
      if (++budget.entries > opts.limits.maxEntries)
        throw new UserError(
          `${name}: the image has more than ${opts.limits.maxEntries} files, the scan's limit; it stopped there.`,
          { input: 'image', fix: 'scan a smaller image, or check that the image is what you meant to scan.' }
        )
      await handleEntry(entry, ref, name, tree, budget, opts)
    }
    if (failed) throw failed
  } catch (err) {
    if (err instanceof UserError) throw err
    throw layerError(name, err)
  } finally {
    raw.destroy()
    source?.destroy()
    decoder?.destroy()
  }
}

/** The first `n` bytes of a stream, and a stream of all of it. */
async function peek(raw: Readable, n: number): Promise<{ head: Buffer; rest: Readable }> {
  const it = raw[Symbol.asyncIterator]() as AsyncIterator<Buffer>
  const first: Buffer[] = []
  let have = 0
  let ended = false
  while (have < n) {
    const r = await it.next()
    if (r.done) {
      ended = true
      break
    }
    first.push(r.value)
    have += r.value.length
  }
  async function* all(): AsyncGenerator<Buffer> {
    yield* first
    if (ended) return
    for (let r = await it.next(); !r.done; r = await it.next()) yield r.value
  }
  return { head: Buffer.concat(first), rest: Readable.from(all(), { objectMode: false }) }
}

function layerError(name: string, err: unknown): UserError {
  const e = err as NodeJS.ErrnoException
  const msg = e?.message ?? String(err)
  let what: string
  if (e?.code === 'Z_BUF_ERROR' || /unexpected end of file/i.test(msg))
    what = 'is cut short: its compressed stream ends early'
  else if (e?.code === 'Z_DATA_ERROR' || e?.code?.startsWith('ZSTD_'))
    what = `holds corrupt compressed data (${clipLine(msg, 200)})`
  else if (/Unexpected end of data/.test(msg)) what = 'is cut short: the tar archive ends inside an entry'
  else if (/Invalid tar header|Header exceeds max size|Invalid header/.test(msg))
    what = 'is not a tar archive (or is corrupt)'
  else what = `could not be read: ${clipLine(msg, 300)}`
  return new UserError(`${name} ${what}.`, {
    input: 'image',
    fix: 'the layer blob is damaged or was not written completely: rebuild or push the image again.',
    cause: err
  })
}

/**
 * A tar entry name as a path inside the image root: leading `/` and `./` dropped, `.` parts removed;
 * undefined when a `..` part would climb (no layer has a reason to write one).
 */
export function confinePath(name: string): string | undefined {
  const parts: string[] = []
  for (const part of name.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') return undefined
    parts.push(part)
  }
  return parts.join('/')
}

type Entry = AsyncIterable<unknown> & { header: Header }

async function handleEntry(
  entry: Entry,
  ref: LayerRef,
  name: string,
  tree: TreeSink,
  budget: { bytes: number },
  opts: WalkOptions
): Promise<void> {
  const h = entry.header
  const chunks = entry[Symbol.asyncIterator]() as AsyncIterator<Buffer>
  const take = async (): Promise<Buffer | undefined> => {
    const r = await chunks.next()
    if (r.done) return undefined
    budget.bytes += r.value.length
    if (budget.bytes > opts.limits.maxTotalBytes)
      throw new UserError(
        `${name}: the image expands to more than ${formatBytes(opts.limits.maxTotalBytes)}, the scan's limit; it stopped there.`,
        {
          input: 'image',
          fix: 'check that the image is what you meant to scan (a layer may be a decompression bomb).'
        }
      )
    return r.value
  }
  const drain = async (): Promise<void> => {
    while ((await take()) !== undefined);
  }

  const path = confinePath(h.name)
  if (path === undefined) {
    opts.notes.add(
      `${name}: entry "${clipLine(h.name, 200)}" climbs out of the image root with ".."; skipped.`
    )
    return drain()
  }
  const slash = path.lastIndexOf('/')
  const dir = slash < 0 ? '' : path.slice(0, slash)
  const base = path.slice(slash + 1)
  if (base === '.wh..wh..opq') {
    tree.opaque(dir)
    return drain()
  }
  if (base.startsWith('.wh.')) {
    const target = confinePath(`${dir}/${base.slice(4)}`)
    if (target) tree.whiteout(target)
    return drain()
  }
  if (path === '') return drain()

  switch (h.type) {
    case 'file':
    case 'contiguous-file':
      return readFile(path, h, ref, name, tree, take, drain, opts)
    case 'symlink':
      tree.addSymlink(path, h.linkname ?? '')
      return drain()
    case 'link': {
      const target = confinePath(h.linkname ?? '')
      if (target === undefined || target === '')
        opts.notes.add(
          `${name}: hard link "${clipLine(path, 200)}" points out of the image root ("${clipLine(h.linkname ?? '', 200)}"); skipped.`
        )
      else tree.addHardlink(path, target)
      return drain()
    }
    case 'directory':
      tree.addDirectory(path)
      return drain()
    default:
      // Devices and FIFOs hold nothing to analyze, but they do replace what lower layers had there.
      tree.addFile(path)
      return drain()
  }
}

async function readFile(
  path: string,
  h: Header,
  ref: LayerRef,
  name: string,
  tree: TreeSink,
  take: () => Promise<Buffer | undefined>,
  drain: () => Promise<void>,
  opts: WalkOptions
): Promise<void> {
  const size = h.size ?? 0
  const first: Buffer[] = []
  let have = 0
  while (have < Math.min(HEAD_BYTES, size)) {
    const c = await take()
    if (!c) break
    first.push(c)
    have += c.length
  }
  const head = Buffer.concat(first).subarray(0, HEAD_BYTES)
  const where = `${name}: ${clipLine(path, 300)}`
  const analyzers = pickAnalyzers(
    opts.analyzers,
    { path, size, mode: h.mode ?? 0, head },
    opts.limits,
    opts.notes,
    where
  )
  if (!analyzers.length) {
    tree.addFile(path)
    return drain()
  }

  let data: RandomAccess
  let spilled: BoundedFile | undefined
  if (size <= opts.limits.memoryBytes) {
    for (let c = await take(); c; c = await take()) first.push(c)
    data = new BufferFile(path, first)
  } else {
    const file = await opts.spill.file()
    const out = createWriteStream(file)
    try {
      for (const c of first) if (!out.write(c)) await once(out, 'drain')
      for (let c = await take(); c; c = await take()) if (!out.write(c)) await once(out, 'drain')
    } finally {
      out.end()
      await finished(out)
    }
    spilled = await BoundedFile.open(file)
    data = spilled
  }
  try {
    const results = await runAnalyzers(analyzers, { path, size: data.size, data }, opts.notes, where)
    tree.addFile(path, Object.keys(results).length ? { path, layer: ref, results } : undefined)
  } finally {
    if (spilled) {
      await spilled.close()
      await rm(spilled.file, { force: true })
    }
  }
}
