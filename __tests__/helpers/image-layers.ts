// Image layers for scan tests, built with tar-stream: tar entries (files, links, whiteouts, hostile names)
// compressed with gzip, zstd or nothing, served as in-memory LayerSources or written as an OCI image layout
// on disk and read back through a minimal layout reader (the OCI storage layer has the real one).

import { createReadStream } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'
import zlib from 'node:zlib'
import tar from 'tar-stream'
import type { ImageSource } from '../../src/scan/inventory.js'
import type { LayerSource, PlatformImage } from '../../src/scan/layers.js'
import { sha256Digest, verifyingStream } from '../../src/util/digest.js'

export interface TarEntry {
  name: string
  type?: 'file' | 'directory' | 'symlink' | 'link' | 'fifo'
  data?: Buffer | string
  linkname?: string
  mode?: number
}

export type Compression = 'gzip' | 'zstd' | 'none'

const MEDIA: Record<Compression, string> = {
  gzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
  zstd: 'application/vnd.oci.image.layer.v1.tar+zstd',
  none: 'application/vnd.oci.image.layer.v1.tar'
}

/** A tar of the entries, in order. */
export async function tarOf(entries: TarEntry[]): Promise<Buffer> {
  const pack = tar.pack()
  const chunks: Buffer[] = []
  const done = (async () => {
    for await (const c of pack) chunks.push(c as Buffer)
  })()
  for (const e of entries) {
    const type = e.type ?? 'file'
    const data = e.data === undefined ? undefined : Buffer.from(e.data)
    const header = {
      name: e.name,
      type,
      mode: e.mode ?? (type === 'directory' ? 0o755 : 0o644),
      mtime: new Date(0),
      ...(e.linkname !== undefined ? { linkname: e.linkname } : {}),
      ...(type === 'file' ? { size: data?.length ?? 0 } : {})
    }
    await new Promise<void>((resolve, reject) => {
      const cb = (err?: Error | null): void => (err ? reject(err) : resolve())
      if (type === 'file') pack.entry(header, data ?? Buffer.alloc(0), cb)
      else pack.entry(header, cb)
    })
  }
  pack.finalize()
  await done
  return Buffer.concat(chunks)
}

export function compress(t: Buffer, c: Compression): Buffer {
  return c === 'gzip' ? zlib.gzipSync(t) : c === 'zstd' ? zlib.zstdCompressSync(t) : t
}

export interface BuiltLayer {
  blob: Buffer
  mediaType: string
  digest: string
  diffId: string
}

export async function layer(entries: TarEntry[], c: Compression = 'gzip'): Promise<BuiltLayer> {
  const t = await tarOf(entries)
  const blob = compress(t, c)
  return { blob, mediaType: MEDIA[c], digest: sha256Digest(blob), diffId: sha256Digest(t) }
}

/** A LayerSource over bytes in memory; `chunk` splits the stream to exercise reassembly. */
export function memoryLayer(l: BuiltLayer, chunk = 16 * 1024): LayerSource {
  return {
    digest: l.digest,
    diffId: l.diffId,
    mediaType: l.mediaType,
    size: l.blob.length,
    open: () =>
      Promise.resolve(
        Readable.from(
          (function* () {
            for (let i = 0; i < l.blob.length; i += chunk) yield l.blob.subarray(i, i + chunk)
          })()
        )
      )
  }
}

export function memoryImage(
  name: string,
  platforms: { platform?: string; layers: BuiltLayer[] }[]
): ImageSource {
  return {
    name,
    platforms: platforms.map(p => ({
      ...(p.platform ? { platform: p.platform } : {}),
      layers: p.layers.map(l => memoryLayer(l))
    }))
  }
}

/** Write an OCI image layout (oci-layout, index.json, blobs/sha256/...) with one manifest per platform. */
export async function writeLayout(
  dir: string,
  platforms: { platform: string; layers: BuiltLayer[] }[]
): Promise<void> {
  const blobs = path.join(dir, 'blobs', 'sha256')
  await mkdir(blobs, { recursive: true })
  const put = async (data: Buffer): Promise<{ digest: string; size: number }> => {
    const digest = sha256Digest(data)
    await writeFile(path.join(blobs, digest.slice(7)), data)
    return { digest, size: data.length }
  }
  const manifests = []
  for (const p of platforms) {
    const [os, architecture, variant] = p.platform.split('/')
    for (const l of p.layers) await put(l.blob)
    const config = Buffer.from(
      JSON.stringify({
        os,
        architecture,
        ...(variant ? { variant } : {}),
        rootfs: { type: 'layers', diff_ids: p.layers.map(l => l.diffId) }
      })
    )
    const c = await put(config)
    const manifest = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...c },
        layers: p.layers.map(l => ({ mediaType: l.mediaType, digest: l.digest, size: l.blob.length }))
      })
    )
    const m = await put(manifest)
    manifests.push({
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      ...m,
      platform: { os, architecture, ...(variant ? { variant } : {}) }
    })
  }
  await writeFile(path.join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }))
  await writeFile(path.join(dir, 'index.json'), JSON.stringify({ schemaVersion: 2, manifests }))
}

interface Desc {
  mediaType: string
  digest: string
  size: number
  platform?: { os: string; architecture: string; variant?: string }
}

/** Read a layout written by writeLayout: every manifest of index.json, layers streamed and digest-verified. */
export async function readLayout(dir: string, name = `oci:${dir}`): Promise<ImageSource> {
  const blob = (d: string): string => path.join(dir, 'blobs', 'sha256', d.slice(7))
  const index = JSON.parse(await readFile(path.join(dir, 'index.json'), 'utf8')) as { manifests: Desc[] }
  const platforms: PlatformImage[] = []
  for (const m of index.manifests) {
    const manifest = JSON.parse(await readFile(blob(m.digest), 'utf8')) as { config: Desc; layers: Desc[] }
    const config = JSON.parse(await readFile(blob(manifest.config.digest), 'utf8')) as {
      rootfs: { diff_ids: string[] }
    }
    const p = m.platform
    platforms.push({
      ...(p ? { platform: [p.os, p.architecture, p.variant].filter(Boolean).join('/') } : {}),
      digest: m.digest,
      layers: manifest.layers.map((l, i) => ({
        digest: l.digest,
        diffId: config.rootfs.diff_ids[i],
        mediaType: l.mediaType,
        size: l.size,
        open: () =>
          Promise.resolve(createReadStream(blob(l.digest)).pipe(verifyingStream(l.digest, l.digest, l.size)))
      }))
    })
  }
  return { name, platforms }
}
