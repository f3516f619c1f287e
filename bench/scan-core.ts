// Image writer for the scan benchmark (bundled by bench/scan.mjs): a 4-platform OCI image layout, as a tar
// (what `oci:<tar>` and `trivy image --input` read), of ko v0.19.1 on a distroless-style base. Each platform
// is the same base layer (the distroless fixture's dpkg status.d, shared by digest, as a real base's layers
// are) and a layer with that platform's binary at ko-app/ko; layers gzip-compressed as a registry keeps them.
//   node scan-core.mjs image <out.tar> <distroless fixture> <binaries dir: linux-amd64/ko ...>

import { lstatSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import tar from 'tar-stream'
import { sha256Hex } from '../src/util/digest.js'

export const PLATFORMS = ['linux/amd64', 'linux/arm64', 'linux/arm/v7', 'linux/ppc64le']

interface Blob {
  mediaType: string
  data: Buffer
}
const descriptor = (b: Blob): Record<string, unknown> => ({
  mediaType: b.mediaType,
  digest: `sha256:${sha256Hex(b.data)}`,
  size: b.data.length
})

async function pack(write: (p: tar.Pack) => void): Promise<Buffer> {
  const p = tar.pack()
  const chunks: Buffer[] = []
  p.on('data', (c: unknown) => chunks.push(c as Buffer))
  const done = new Promise<void>(resolve => p.on('end', () => resolve()))
  write(p)
  p.finalize()
  await done
  return Buffer.concat(chunks)
}

const mtime = new Date(0)

/** A layer tar of every file under `dir` (folders first), at the image root. */
function treeLayer(dir: string): Promise<Buffer> {
  const entries: { name: string; dir: boolean }[] = []
  const walk = (rel: string): void => {
    for (const name of readdirSync(path.join(dir, rel)).sort()) {
      const r = rel ? `${rel}/${name}` : name
      const isDir = lstatSync(path.join(dir, r)).isDirectory()
      entries.push({ name: r, dir: isDir })
      if (isDir) walk(r)
    }
  }
  walk('')
  return pack(p => {
    for (const e of entries)
      if (e.dir) p.entry({ name: `${e.name}/`, type: 'directory', mode: 0o755, mtime })
      else p.entry({ name: e.name, mode: 0o644, mtime }, readFileSync(path.join(dir, e.name)))
  })
}

async function image(out: string, base: string, bins: string): Promise<void> {
  const blobs = new Map<string, Blob>()
  const add = (b: Blob): Blob => (blobs.set(sha256Hex(b.data), b), b)
  const layerMedia = 'application/vnd.oci.image.layer.v1.tar+gzip'
  const baseTar = await treeLayer(base)
  const baseLayer = add({ mediaType: layerMedia, data: gzipSync(baseTar) })
  const manifests: Record<string, unknown>[] = []
  for (const platform of PLATFORMS) {
    const [os, architecture, variant] = platform.split('/')
    const bin = readFileSync(path.join(bins, platform.replaceAll('/', '-'), 'ko'))
    const appTar = await pack(p => {
      p.entry({ name: 'ko-app/', type: 'directory', mode: 0o755, mtime })
      p.entry({ name: 'ko-app/ko', mode: 0o755, mtime }, bin)
    })
    const appLayer = add({ mediaType: layerMedia, data: gzipSync(appTar) })
    const config = add({
      mediaType: 'application/vnd.oci.image.config.v1+json',
      data: Buffer.from(
        JSON.stringify({
          architecture,
          os,
          ...(variant ? { variant } : {}),
          config: { Entrypoint: ['/ko-app/ko'] },
          rootfs: { type: 'layers', diff_ids: [baseTar, appTar].map(t => `sha256:${sha256Hex(t)}`) }
        })
      )
    })
    const manifest = add({
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      data: Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          config: descriptor(config),
          layers: [descriptor(baseLayer), descriptor(appLayer)]
        })
      )
    })
    manifests.push({
      ...descriptor(manifest),
      platform: { os, architecture, ...(variant ? { variant } : {}) }
    })
  }
  const index = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests,
      annotations: { 'org.opencontainers.image.ref.name': 'bench' }
    })
  )
  // The layout's index.json points at the image index, as `oci-layout` outputs do.
  const top = add({ mediaType: 'application/vnd.oci.image.index.v1+json', data: index })
  const layoutIndex = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: [{ ...descriptor(top), annotations: { 'org.opencontainers.image.ref.name': 'bench' } }]
    })
  )
  const tarball = await pack(p => {
    p.entry({ name: 'oci-layout', mtime }, Buffer.from('{"imageLayoutVersion":"1.0.0"}'))
    p.entry({ name: 'index.json', mtime }, layoutIndex)
    for (const [hex, b] of [...blobs].sort()) p.entry({ name: `blobs/sha256/${hex}`, mtime }, b.data)
  })
  writeFileSync(out, tarball)
}

const [command, ...rest] = process.argv.slice(2)
if (command === 'image') await image(rest[0], rest[1], rest[2])
else throw new Error('usage: scan-core image <out.tar> <base dir> <binaries dir>')
