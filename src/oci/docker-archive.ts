// Reading a `docker save` tar without unpacking it. Docker 25 and later write an OCI layout inside the tar
// (read as one, through LayoutSource); Docker 20.10 to 24 write the legacy format: `manifest.json` naming a
// config `<id>.json` and uncompressed layers `<id>/layer.tar` (a layer seen twice may be a symlink to the
// first copy). Names are resolved inside the archive only (`..` past its root and absolute links are
// refused), the config and every layer are verified as they are read: the config against its file name
// (the image ID) and each layer against the config's `rootfs.diff_ids`, with the size from the tar header.

import { Readable } from 'node:stream'
import { UserError } from '../util/errors.js'
import { sha256Digest } from '../util/digest.js'
import { parseJsonAs } from '../util/json.js'
import { clipLine } from '../util/log-safe.js'
import { readBlobFile, verified, type BlobRef } from './blob.js'
import { MAX_CONFIG_BYTES } from './reader.js'
import { indexTar, type TarEntry } from './tar-index.js'
import type { ImageConfig } from './types.js'

/** One image of a legacy docker-archive: its config and its layers, base first. */
export interface DockerArchiveImage {
  /** The image ID: the config's digest. */
  id: string
  repoTags: string[]
  config: ImageConfig
  /** Uncompressed tars (media type ''), each verified against its diff ID as it is read. */
  layers: (BlobRef & { diffId: string })[]
}

export type DockerArchive = { format: 'oci-layout' } | { format: 'legacy'; image: DockerArchiveImage }

interface ManifestEntry {
  Config: string
  RepoTags?: string[] | null
  Layers: string[]
}

const MANIFEST_SCHEMA = {
  type: 'array',
  minItems: 1,
  items: {
    type: 'object',
    required: ['Config', 'Layers'],
    properties: {
      Config: { type: 'string', minLength: 1 },
      RepoTags: { type: ['array', 'null'], items: { type: 'string' } },
      Layers: { type: 'array', items: { type: 'string', minLength: 1 } }
    }
  }
} as const

const CONFIG_SCHEMA = {
  type: 'object',
  required: ['os', 'architecture', 'rootfs'],
  properties: {
    os: { type: 'string' },
    architecture: { type: 'string' },
    variant: { type: 'string' },
    rootfs: {
      type: 'object',
      required: ['diff_ids'],
      properties: { diff_ids: { type: 'array', items: { type: 'string', pattern: '^sha256:[a-f0-9]{64}$' } } }
    }
  }
} as const

const MAX_LINK_HOPS = 8

/** Open a docker-archive: which format it is, and for the legacy one its image. */
export async function openDockerArchive(file: string, input: string): Promise<DockerArchive> {
  const links = new Map<string, string>()
  let index: Map<string, TarEntry>
  try {
    index = await indexTar(file, links)
  } catch (err) {
    throw bad(file, input, `it is not a tar archive: ${(err as Error).message}`)
  }
  if (index.has('oci-layout') && index.has('index.json')) return { format: 'oci-layout' }
  const entry = (name: string): TarEntry => {
    const e = index.get(resolveName(name, links, file, input))
    if (!e) throw bad(file, input, `it names ${clipLine(name, 200)}, which it does not hold`)
    return e
  }
  if (!index.has('manifest.json'))
    throw bad(file, input, 'it has neither manifest.json (docker save) nor an OCI layout')
  const manifests = checked<ManifestEntry[]>(
    file,
    input,
    'manifest.json',
    MANIFEST_SCHEMA,
    await readEntry(file, index.get('manifest.json')!, 1 << 20, input)
  )
  if (manifests.length > 1)
    throw bad(
      file,
      input,
      `it holds ${manifests.length} images (${manifests.flatMap(m => m.RepoTags ?? []).join(', ') || 'untagged'})`,
      'save one image per archive (docker save <ref> -o file.tar).'
    )
  const m = manifests[0]
  const configEntry = entry(m.Config)
  const configBytes = await readEntry(file, configEntry, MAX_CONFIG_BYTES, input)
  const id = sha256Digest(configBytes)
  const named = /(?:^|\/)([a-f0-9]{64})(?:\.json)?$/.exec(m.Config)?.[1]
  if (named && `sha256:${named}` !== id)
    throw bad(file, input, `its config ${clipLine(m.Config, 100)} is not the image it names (${id})`)
  const config = checked<ImageConfig>(file, input, clipLine(m.Config, 100), CONFIG_SCHEMA, configBytes)
  const diffIds = config.rootfs?.diff_ids ?? []
  if (diffIds.length !== m.Layers.length)
    throw bad(file, input, `manifest.json lists ${m.Layers.length} layers but the config ${diffIds.length}`)
  const layers = m.Layers.map((name, i) => {
    const e = entry(name)
    return {
      mediaType: '',
      digest: diffIds[i],
      diffId: diffIds[i],
      size: e.size,
      open: async (): Promise<Readable> =>
        verified(slice(file, e), diffIds[i], e.size, `${name} in ${file}, which`)
    }
  })
  return { format: 'legacy', image: { id, repoTags: m.RepoTags ?? [], config, layers } }
}

/** Follow symlinks inside the archive: relative to the link's folder, never above the archive's root. */
function resolveName(name: string, links: Map<string, string>, file: string, input: string): string {
  let current = confined(name, '', file, input)
  for (let hops = 0; links.has(current); hops++) {
    if (hops >= MAX_LINK_HOPS) throw bad(file, input, `${clipLine(name, 200)} is a symlink loop`)
    const target = links.get(current)!
    if (target.startsWith('/'))
      throw bad(file, input, `${clipLine(current, 200)} links to the absolute path ${clipLine(target, 200)}`)
    current = confined(target, current.split('/').slice(0, -1).join('/'), file, input)
  }
  return current
}

function confined(name: string, dir: string, file: string, input: string): string {
  const parts = dir ? dir.split('/') : []
  for (const p of name.split('/')) {
    if (p === '' || p === '.') continue
    if (p === '..') {
      if (!parts.length) throw bad(file, input, `${clipLine(name, 200)} points outside the archive`)
      parts.pop()
    } else parts.push(p)
  }
  return parts.join('/')
}

function slice(file: string, e: TarEntry): Readable {
  return e.size === 0
    ? Readable.from([])
    : readBlobFile(file, { start: e.offset, end: e.offset + e.size - 1 })
}

/** JSON from the archive, checked against its schema; a bad one is the archive's fault. */
function checked<T>(file: string, input: string, what: string, schema: object, bytes: Buffer): T {
  try {
    return parseJsonAs<T>(bytes.toString('utf8'), schema as Record<string, unknown>, what)
  } catch (err) {
    throw bad(file, input, clipLine((err as Error).message, 300))
  }
}

async function readEntry(file: string, e: TarEntry, limit: number, input: string): Promise<Buffer> {
  if (e.size > limit)
    throw bad(file, input, `an entry of ${e.size} bytes is larger than the ${limit} allowed`)
  const chunks: Buffer[] = []
  for await (const c of slice(file, e)) chunks.push(c as Buffer)
  return Buffer.concat(chunks)
}

function bad(file: string, input: string, what: string, fix?: string): UserError {
  return new UserError(`${clipLine(file, 300)} is not a readable docker-archive: ${what}.`, {
    input,
    fix: fix ?? 'write it again with docker save <image> -o file.tar (or give an OCI layout).'
  })
}
