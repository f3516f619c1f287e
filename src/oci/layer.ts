// Deterministic image layers: a gzip-compressed tar whose bytes depend only on the files given and one
// timestamp. Entries are sorted, every parent directory is written explicitly (0755, owner 0:0), files carry
// the mode asked for, every entry has the same mtime (the commit time or SOURCE_DATE_EPOCH), no user or
// group names, and the gzip header has no mtime, no name and OS byte 3 (Unix) on every platform. The tar is
// streamed through two hashes (the diff_id of the uncompressed tar, the digest of the compressed blob) into
// a file, so a layer never sits in memory whole.
//
// The compressed bytes are those of the zlib inside Node (Chromium's fork): stable across machines and
// CPUs for one Node release, so gantry's digests are stable for one gantry release (its bundle pins Node 24).

import { createHash } from 'node:crypto'
import { constants, createWriteStream } from 'node:fs'
import { lstat, open, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { Transform, Writable, type TransformCallback } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import zlib from 'node:zlib'
import tar from 'tar-stream'
import { UserError } from '../util/errors.js'
import { verifyingStream } from '../util/digest.js'
import { BLOB_READ_CHUNK, fileBlob, type BlobRef } from './blob.js'
import { MEDIA } from './types.js'

/**
 * zlib level of every layer gantry writes; changing it changes every digest, so it is part of the format.
 * Level 1: on a Go binary it compresses about 7 % worse than level 6 at two to four times the speed, and
 * layer compression is most of the oci engine's time (bench/image-oci.sh).
 */
export const LAYER_GZIP_LEVEL = 1

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
  /** Where the compressed blob is. */
  file: string
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
    // Only a regular file goes into a layer (a symlink in dist could point anywhere on the runner), and only
    // with the bytes artifacts.json promised.
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
    const sink = pack.entry({ ...header, type: 'file', size: c.size })
    // O_NOFOLLOW: a symlink swapped in after the lstat above fails to open instead of being followed.
    const source = await open(c.file, constants.O_RDONLY | constants.O_NOFOLLOW)
    await pipeline(
      source.createReadStream({ highWaterMark: BLOB_READ_CHUNK }),
      verifyingStream(`sha256:${c.sha256}`, `${c.file} does not match the sha256 in artifacts.json`, c.size),
      sink
    )
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
 * Write one layer of `files` into `dir` (as <hex>.tar.gz) and return it as a blob. The same files and mtime
 * give the same bytes on any machine.
 */
export async function buildLayer(
  files: readonly LayerFile[],
  opts: { mtime: Date; dir: string; gzipLevel?: number; mediaType?: string }
): Promise<Layer> {
  const list = entries(files)
  const pack = tar.pack()
  const uncompressed = new Tap()
  const compressed = new Tap()
  const tmp = path.join(opts.dir, `layer-${process.pid}-${Math.random().toString(36).slice(2)}.tmp`)
  const done = pipeline(
    pack,
    uncompressed,
    // Bigger output chunks than zlib's 16 KiB: fewer hops to the thread pool. The bytes do not depend on it.
    zlib.createGzip({ level: opts.gzipLevel ?? LAYER_GZIP_LEVEL, chunkSize: 256 << 10 }),
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
