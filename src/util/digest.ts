// sha256 in the forms gantry uses: hex (checksums files, artifacts.json) and `sha256:<hex>` (OCI digests),
// for buffers, files (streamed) and streams that must match a digest they were asked for.

import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { Transform, type TransformCallback } from 'node:stream'
import { pipeline } from 'node:stream/promises'

export const SHA256_DIGEST = /^sha256:[a-f0-9]{64}$/

export function sha256Hex(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex')
}

/** The OCI form: `sha256:<hex>`. */
export function sha256Digest(data: Buffer | string): string {
  return `sha256:${sha256Hex(data)}`
}

/** Hash a file without reading it into memory. */
export async function sha256File(file: string): Promise<{ hex: string; size: number }> {
  const h = createHash('sha256')
  let size = 0
  // 1 MiB reads: a binary of tens of MiB is hashed in tens of steps, not hundreds (memory stays bounded).
  await pipeline(createReadStream(file, { highWaterMark: 1 << 20 }), async source => {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      size += chunk.length
      h.update(chunk)
    }
  })
  return { hex: h.digest('hex'), size }
}

/** Content that is not what its digest (or size) says. */
export class DigestMismatchError extends Error {
  constructor(
    readonly expected: string,
    readonly actual: string,
    readonly what: string
  ) {
    super(`${what}: expected ${expected}, got ${actual}`)
    this.name = 'DigestMismatchError'
  }
}

/**
 * A pass-through stream that fails (DigestMismatchError) at its end when the bytes do not hash to
 * `expected` (`sha256:<hex>`), and as soon as they exceed `size` when a size is given.
 */
export function verifyingStream(expected: string, what: string, size?: number): Transform {
  const h = createHash('sha256')
  let seen = 0
  return new Transform({
    transform(chunk: Buffer, _enc, cb: TransformCallback) {
      seen += chunk.length
      if (size !== undefined && seen > size)
        return cb(new DigestMismatchError(`${size} bytes`, `more than ${size} bytes`, what))
      h.update(chunk)
      cb(null, chunk)
    },
    flush(cb: TransformCallback) {
      if (size !== undefined && seen !== size)
        return cb(new DigestMismatchError(`${size} bytes`, `${seen} bytes`, what))
      const actual = `sha256:${h.digest('hex')}`
      cb(actual === expected ? null : new DigestMismatchError(expected, actual, what))
    }
  })
}
