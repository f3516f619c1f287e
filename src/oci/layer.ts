// Deterministic image layers: a gzip-compressed tar whose bytes depend only on the files given and one
// timestamp. Entries are sorted, every parent directory is written explicitly (0755, owner 0:0), files carry
// the mode asked for, every entry has the same mtime (the commit time or SOURCE_DATE_EPOCH), no user or
// group names, and the gzip header has no mtime, no name and OS byte 3 (Unix) on every platform.
//
// A layer whose files total at most IN_MEMORY_LAYER_MAX bytes (a Go binary, the CA bundle) is built in
// memory: each file read whole and checked, the tar made, and compressed in one zlib call on the thread
// pool, so the main thread does not feed the compressor chunk by chunk (on two cores, four layers streamed
// at once starved the HTTP work beside them). A bigger layer is streamed through two hashes (the diff_id of
// the uncompressed tar, the digest of the compressed blob) into a file, so it never sits in memory whole.
// Both ways give the same bytes (a test compares them).
//
// The compressed bytes are those of the zlib inside Node (Chromium's fork): stable across machines and
// CPUs for one Node release, so gantry's digests are stable for one gantry release (its bundle pins Node 24).

import { createHash } from 'node:crypto'
import { constants, createWriteStream } from 'node:fs'
import { lstat, open, rename, rm, type FileHandle } from 'node:fs/promises'
import path from 'node:path'
import { Readable, Transform, Writable, type TransformCallback } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { promisify } from 'node:util'
import zlib from 'node:zlib'
import tar from 'tar-stream'
import { UserError } from '../util/errors.js'
import { DigestMismatchError, sha256Digest, verifyingStream } from '../util/digest.js'
import { BLOB_READ_CHUNK, fileBlob, type BlobRef } from './blob.js'
import { MEDIA } from './types.js'

/**
 * zlib level of every layer gantry writes; changing it changes every digest, so it is part of the format.
 * Level 1: on a Go binary it compresses about 7 % worse than level 6 at two to four times the speed, and
 * layer compression is most of the oci engine's time (bench/image-oci.sh).
 */
export const LAYER_GZIP_LEVEL = 1

/**
 * zlib memLevel of every layer gantry writes (part of the format, as the level). 9, not zlib's default 8:
 * a bigger hash table and block buffer make level 1 about a quarter faster on a Go binary and its output
 * slightly smaller (bench/image-oci.sh).
 */
export const LAYER_GZIP_MEM_LEVEL = 9

/** Layers whose files total at most this many bytes are built in memory (see the top of this file). */
export const IN_MEMORY_LAYER_MAX = 32 << 20

const gzip = promisify(zlib.gzip)

export interface LayerFile {
  /** Absolute path in the image: `/usr/local/bin/app`. */
  path: string
  /** Permission bits: 0o755 for executables, 0o644 for data. */
  mode: number
  uid?: number
  gid?: number
  /** The content: bytes, or a file on disk with the sha256 (hex) and size it must have. */
  content: Buffer | { file: string; sha256: string; size: number }
}

export interface Layer extends BlobRef {
  /** sha256 of the uncompressed tar: the image config's rootfs.diff_ids entry. */
  diffId: string
  /** Where the compressed blob is (a layer built in a file), or */
  file?: string
  /** the compressed blob itself (a layer built in memory). */
  bytes?: Buffer
}

function entryName(p: string): string {
  const parts = p.split('/').filter(Boolean)
  if (!p.startsWith('/') || !parts.length || parts.some(x => x === '.' || x === '..'))
    throw new Error(`bug: layer path ${p} is not an absolute, normalised path`)
  return parts.join('/')
}

/** Every entry of the layer, parents first: directories as `a/b/`, then files, in byte order of their names. */
function entries(files: readonly LayerFile[]): { name: string; dir: boolean; file?: LayerFile }[] {
  const byName = new Map<string, { name: string; dir: boolean; file?: LayerFile }>()
  for (const f of files) {
    const name = entryName(f.path)
    if (byName.has(name)) throw new Error(`bug: ${f.path} is twice in one layer`)
    byName.set(name, { name, dir: false, file: f })
    const parts = name.split('/')
    for (let i = 1; i < parts.length; i++) {
      const dir = parts.slice(0, i).join('/')
      const seen = byName.get(dir)
      if (seen && !seen.dir) throw new Error(`bug: ${dir} is both a file and a directory in one layer`)
      byName.set(dir, { name: dir, dir: true })
    }
  }
  return [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
}

/** Hashes (and counts) what passes through. */
class Tap extends Transform {
  private readonly hash = createHash('sha256')
  size = 0
  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    this.hash.update(chunk)
    this.size += chunk.length
    cb(null, chunk)
  }
  digest(): string {
    return `sha256:${this.hash.digest('hex')}`
  }
}

/** Sets the gzip header's OS byte (offset 9) to 3: zlib writes the build platform's (Unix 3, macOS 19, Windows 10). */
class GzipOsByte extends Transform {
  private offset = 0
  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    if (this.offset <= 9 && this.offset + chunk.length > 9) {
      chunk = Buffer.from(chunk)
      chunk[9 - this.offset] = 3
    }
    this.offset += chunk.length
    cb(null, chunk)
  }
}

async function writeEntries(pack: tar.Pack, list: ReturnType<typeof entries>, mtime: Date): Promise<void> {
  for (const e of list) {
    const f = e.file
    const header = {
      name: e.dir ? `${e.name}/` : e.name,
      mode: e.dir ? 0o755 : f!.mode & 0o7777,
      uid: f?.uid ?? 0,
      gid: f?.gid ?? 0,
      uname: '',
      gname: '',
      mtime
    }
    if (!f) {
      await new Promise<void>((resolve, reject) =>
        pack.entry({ ...header, type: 'directory' }, err => (err ? reject(err) : resolve()))
      )
      continue
    }
    const c = f.content
    if (Buffer.isBuffer(c)) {
      await new Promise<void>((resolve, reject) =>
        pack.entry({ ...header, type: 'file', size: c.length }, c, err => (err ? reject(err) : resolve()))
      )
      continue
    }
    const sink = pack.entry({ ...header, type: 'file', size: c.size })
    const source = await openChecked(c)
    await pipeline(
      source.createReadStream({ highWaterMark: BLOB_READ_CHUNK }),
      verifyingStream(`sha256:${c.sha256}`, mismatch(c), c.size),
      sink
    )
  }
}

type FileContent = Exclude<LayerFile['content'], Buffer>

const mismatch = (c: FileContent): string => `${c.file} does not match the sha256 in artifacts.json`

/**
 * Open a file that goes into a layer. Only a regular file goes in (a symlink in dist could point anywhere on
 * the runner), and only of the size artifacts.json promised; its bytes are checked as they are read.
 */
async function openChecked(c: FileContent): Promise<FileHandle> {
  const st = await lstat(c.file)
  if (!st.isFile())
    throw new UserError(`${c.file} is not a regular file.`, {
      input: 'artifacts',
      fix: 'rebuild the dist folder with the go-build stage; a binary must be a plain file.'
    })
  if (st.size !== c.size)
    throw new UserError(`${c.file} is ${st.size} bytes; artifacts.json says ${c.size}.`, {
      input: 'artifacts',
      fix: 'the dist folder changed after it was built: rebuild it with the go-build stage.'
    })
  // O_NOFOLLOW: a symlink swapped in after the lstat above fails to open instead of being followed.
  return open(c.file, constants.O_RDONLY | constants.O_NOFOLLOW)
}

/** A file's bytes, read whole: exactly its size (it may have changed since the lstat) and its sha256. */
async function readChecked(c: FileContent): Promise<Buffer> {
  const fh = await openChecked(c)
  try {
    // One byte more than promised: a file that grew is caught without reading all of it.
    const buf = Buffer.allocUnsafe(c.size + 1)
    let n = 0
    for (;;) {
      const { bytesRead } = await fh.read(buf, n, buf.length - n, n)
      if (!bytesRead) break
      n += bytesRead
      if (n === buf.length) break
    }
    if (n !== c.size)
      throw new DigestMismatchError(
        `${c.size} bytes`,
        n > c.size ? `more than ${c.size} bytes` : `${n} bytes`,
        mismatch(c)
      )
    const bytes = buf.subarray(0, n)
    const actual = sha256Digest(bytes)
    if (actual !== `sha256:${c.sha256}`)
      throw new DigestMismatchError(`sha256:${c.sha256}`, actual, mismatch(c))
    return bytes
  } finally {
    await fh.close()
  }
}

/** The whole uncompressed tar of `list`, whose files are all bytes by now. */
async function tarBytes(list: ReturnType<typeof entries>, mtime: Date): Promise<Buffer> {
  const pack = tar.pack()
  const chunks: Buffer[] = []
  const sink = new Writable({
    write: (chunk: Buffer, _enc, cb) => {
      chunks.push(chunk)
      cb()
    }
  })
  const done = pipeline(pack, sink)
  done.catch(() => undefined)
  await writeEntries(pack, list, mtime)
  pack.finalize()
  await done
  return Buffer.concat(chunks)
}

function gzipOptions(level: number): zlib.ZlibOptions {
  return { level, memLevel: LAYER_GZIP_MEM_LEVEL }
}

async function buildInMemory(
  files: readonly LayerFile[],
  opts: { mtime: Date; gzipLevel?: number; mediaType?: string }
): Promise<Layer> {
  // Read (and check) the files one after another: at most one copy of each in memory besides the tar.
  const read: LayerFile[] = []
  for (const f of files)
    read.push(Buffer.isBuffer(f.content) ? f : { ...f, content: await readChecked(f.content) })
  const plain = await tarBytes(entries(read), opts.mtime)
  // One output buffer for the whole layer (zlib's bound for level 1 is a little over the input): one trip
  // to the thread pool instead of one per 16 KiB. The bytes do not depend on it.
  const chunkSize = plain.length + (plain.length >> 10) + 1024
  const bytes = await gzip(plain, { ...gzipOptions(opts.gzipLevel ?? LAYER_GZIP_LEVEL), chunkSize })
  bytes[9] = 3 // the OS byte, as GzipOsByte sets it
  return {
    mediaType: opts.mediaType ?? MEDIA.ociLayerGzip,
    digest: sha256Digest(bytes),
    size: bytes.length,
    diffId: sha256Digest(plain),
    bytes,
    // Already hashed, and nothing else holds the buffer: read as it is.
    open: async () => Readable.from([bytes])
  }
}

/**
 * The diff_id of the layer `files` make (the sha256 of its uncompressed tar), checking every file as
 * buildLayer does, without compressing or writing anything: what a cached layer is checked against.
 */
export async function layerDiffId(files: readonly LayerFile[], mtime: Date): Promise<string> {
  const list = entries(files)
  const pack = tar.pack()
  const tap = new Tap()
  const sink = new Writable({ write: (_chunk, _enc, cb) => cb() })
  const done = pipeline(pack, tap, sink)
  // A file that fails its check fails the pipeline before `done` is awaited: not an unhandled rejection.
  done.catch(() => undefined)
  try {
    await writeEntries(pack, list, mtime)
    pack.finalize()
    await done
  } catch (err) {
    pack.destroy()
    await done.catch(() => undefined)
    throw err
  }
  return tap.digest()
}

/**
 * One layer of `files` as a blob: in memory (up to IN_MEMORY_LAYER_MAX, or `inMemoryMax`), else written
 * into `dir` as <hex>.tar.gz. The same files and mtime give the same bytes on any machine, either way.
 */
export async function buildLayer(
  files: readonly LayerFile[],
  opts: { mtime: Date; dir: string; gzipLevel?: number; mediaType?: string; inMemoryMax?: number }
): Promise<Layer> {
  const list = entries(files)
  const total = files.reduce(
    (n, f) => n + (Buffer.isBuffer(f.content) ? f.content.length : f.content.size),
    0
  )
  if (total <= (opts.inMemoryMax ?? IN_MEMORY_LAYER_MAX)) return buildInMemory(files, opts)
  const pack = tar.pack()
  const uncompressed = new Tap()
  const compressed = new Tap()
  const tmp = path.join(opts.dir, `layer-${process.pid}-${Math.random().toString(36).slice(2)}.tmp`)
  const done = pipeline(
    pack,
    uncompressed,
    // Bigger output chunks than zlib's 16 KiB: fewer hops to the thread pool. The bytes do not depend on it.
    zlib.createGzip({ ...gzipOptions(opts.gzipLevel ?? LAYER_GZIP_LEVEL), chunkSize: 256 << 10 }),
    new GzipOsByte(),
    compressed,
    createWriteStream(tmp)
  )
  done.catch(() => undefined)
  try {
    await writeEntries(pack, list, opts.mtime)
    pack.finalize()
    await done
  } catch (err) {
    pack.destroy()
    await done.catch(() => undefined)
    await rm(tmp, { force: true })
    throw err
  }
  const digest = compressed.digest()
  const file = path.join(opts.dir, `${digest.slice(7)}.tar.gz`)
  await rename(tmp, file)
  const mediaType = opts.mediaType ?? MEDIA.ociLayerGzip
  return {
    ...fileBlob(file, { mediaType, digest, size: compressed.size }),
    diffId: uncompressed.digest(),
    file
  }
}
