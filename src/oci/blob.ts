// A blob as every part of src/oci passes it around: what it is (media type, digest, size) and how to read
// it as a stream that is verified against that digest. Layers built here, blobs of a layout and blobs of a
// registry all have this one shape, so publishers and the scan stage's layer walker never ask where a blob
// comes from.

import { createReadStream } from 'node:fs'
import { Readable } from 'node:stream'
import type { Repository } from '../model/image-ref.js'
import { sha256Digest, verifyingStream } from '../util/digest.js'
import type { Descriptor } from './types.js'

/**
 * Read size for blob files: 1 MiB chunks instead of the stream default's 64 KiB. A layer's bytes go through
 * a digest check, a decompressor and a tar parser chunk by chunk, and that per-chunk cost, not the reading,
 * dominated a multi-platform scan (bench/scan.sh).
 */
export const BLOB_READ_CHUNK = 1 << 20

/** A file (or a byte range of one) as a stream in BLOB_READ_CHUNK chunks. */
export function readBlobFile(file: string, range?: { start: number; end: number }): Readable {
  return createReadStream(file, { highWaterMark: BLOB_READ_CHUNK, ...range })
}

export interface BlobRef {
  mediaType: string
  digest: string
  size: number
  /** The bytes, as a stream that fails (DigestMismatchError) when they are not `digest` and `size`. */
  open(): Promise<Readable>
  /** A registry repository that already holds this blob, so a push to that registry can mount it. */
  origin?: Repository
  /** Kept from the source descriptor (foreign layers carry urls). */
  urls?: string[]
  annotations?: Record<string, string>
}

export function descriptorOf(b: BlobRef): Descriptor {
  const d: Descriptor = { mediaType: b.mediaType, digest: b.digest, size: b.size }
  if (b.urls?.length) d.urls = b.urls
  if (b.annotations && Object.keys(b.annotations).length) d.annotations = b.annotations
  return d
}

/** A blob held in memory (configs, manifests). */
export function bufferBlob(bytes: Buffer, mediaType: string): BlobRef & { bytes: Buffer } {
  return {
    mediaType,
    digest: sha256Digest(bytes),
    size: bytes.length,
    bytes,
    open: async () => Readable.from([bytes])
  }
}

/** A blob in a file, verified as it is read (the file may change or be swapped after it was hashed). */
export function fileBlob(file: string, d: Pick<Descriptor, 'mediaType' | 'digest' | 'size'>): BlobRef {
  return {
    mediaType: d.mediaType,
    digest: d.digest,
    size: d.size,
    open: async () => verified(readBlobFile(file), d.digest, d.size, file)
  }
}

/** `source` piped through a digest check; errors of either side reach the reader. */
export function verified(source: Readable, digest: string, size: number | undefined, what: string): Readable {
  const check = verifyingStream(digest, `${what} is not ${digest}`, size)
  source.on('error', err => check.destroy(err))
  check.on('close', () => {
    if (!source.destroyed) source.destroy()
  })
  return source.pipe(check)
}

/** Read a whole (small) blob into memory, refusing more than `limit` bytes before reading them. */
export async function readBlob(b: BlobRef, limit: number): Promise<Buffer> {
  if (b.size > limit)
    throw new Error(
      `${b.digest} is ${b.size} bytes, more than the ${limit} bytes allowed for a ${b.mediaType}`
    )
  const chunks: Buffer[] = []
  for await (const c of await b.open()) chunks.push(c as Buffer)
  return Buffer.concat(chunks)
}
