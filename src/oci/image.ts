// Images as values, as go-containerregistry and ko treat them: a manifest (config + layers) or an index of
// manifests, with their bytes and digests computed once, and every blob a BlobRef that can be opened. An
// image read from a registry or a layout and an image assembled here have the same shape, so one set of
// publishers writes either. JSON is written with a fixed key order, so equal values give equal digests.

import type { Target } from '../model/target.js'
import { toOciPlatform } from '../model/target.js'
import { bufferBlob, descriptorOf, type BlobRef } from './blob.js'
import type { Layer } from './layer.js'
import type { PlatformImage } from './reader.js'
import {
  MEDIA,
  toFamily,
  type ContainerConfig,
  type Descriptor,
  type HistoryEntry,
  type ImageConfig,
  type Index,
  type Manifest,
  type MediaFamily,
  type OciPlatform
} from './types.js'

export interface ImageValue {
  kind: 'manifest'
  mediaType: string
  digest: string
  size: number
  bytes: Buffer
  manifest: Manifest
  config: ImageConfig
  configBlob: BlobRef
  layers: BlobRef[]
  platform: OciPlatform
}

export interface IndexValue {
  kind: 'index'
  mediaType: string
  digest: string
  size: number
  bytes: Buffer
  index: Index
  images: ImageValue[]
}

export type ImageTree = ImageValue | IndexValue

function nonEmpty(a?: Record<string, string>): Record<string, string> | undefined {
  return a && Object.keys(a).length ? sortedRecord(a) : undefined
}

function sortedRecord(a: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(a).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
}

/** The platform an image config declares. */
export function configPlatform(c: ImageConfig): OciPlatform {
  return c.variant
    ? { os: c.os, architecture: c.architecture, variant: c.variant }
    : { os: c.os, architecture: c.architecture }
}

/**
 * An image from its config and layers. `family` picks OCI (the default) or Docker media types; a Docker
 * manifest cannot carry annotations, so they are dropped there.
 */
export function newImage(opts: {
  config: ImageConfig
  layers: readonly BlobRef[]
  family?: MediaFamily
  annotations?: Record<string, string>
}): ImageValue {
  const family = opts.family ?? 'oci'
  const configBlob = bufferBlob(Buffer.from(JSON.stringify(opts.config)), toFamily(MEDIA.ociConfig, family))
  const layers = opts.layers.map(l => ({ ...l, mediaType: toFamily(l.mediaType, family) }))
  const mediaType = toFamily(MEDIA.ociManifest, family)
  const manifest: Manifest = {
    schemaVersion: 2,
    mediaType,
    config: descriptorOf(configBlob),
    layers: layers.map(descriptorOf)
  }
  const annotations = family === 'oci' ? nonEmpty(opts.annotations) : undefined
  if (annotations) manifest.annotations = annotations
  const bytes = Buffer.from(JSON.stringify(manifest))
  const blob = bufferBlob(bytes, mediaType)
  return {
    kind: 'manifest',
    mediaType,
    digest: blob.digest,
    size: bytes.length,
    bytes,
    manifest,
    config: opts.config,
    configBlob,
    layers,
    platform: configPlatform(opts.config)
  }
}

/** An index of images, in the order given (callers sort by platform). */
export function newIndex(
  images: readonly ImageValue[],
  opts: { family?: MediaFamily; annotations?: Record<string, string> } = {}
): IndexValue {
  const family = opts.family ?? 'oci'
  const mediaType = toFamily(MEDIA.ociIndex, family)
  const index: Index = {
    schemaVersion: 2,
    mediaType,
    manifests: images.map((i): Descriptor => ({
      mediaType: i.mediaType,
      digest: i.digest,
      size: i.size,
      platform: i.platform
    }))
  }
  const annotations = family === 'oci' ? nonEmpty(opts.annotations) : undefined
  if (annotations) index.annotations = annotations
  const bytes = Buffer.from(JSON.stringify(index))
  return {
    kind: 'index',
    mediaType,
    digest: bufferBlob(bytes, mediaType).digest,
    size: bytes.length,
    bytes,
    index,
    images: [...images]
  }
}

/** An image that was read (registry or layout) as a value the publishers can write elsewhere. */
export function imageFromRead(p: PlatformImage): ImageValue {
  return {
    kind: 'manifest',
    mediaType: p.mediaType,
    digest: p.digest,
    size: p.bytes.length,
    bytes: p.bytes,
    manifest: p.manifest,
    config: p.config,
    configBlob: p.configBlob,
    layers: p.layers,
    platform: configPlatform(p.config)
  }
}

export interface ConfigChanges {
  platform: Target
  /** RFC 3339: the image's `created` and the new history entries' time. */
  created: string
  /** The layers appended, in order, with what made them (history's created_by). */
  layers: { layer: Layer; createdBy: string }[]
  user?: string
  entrypoint?: string[]
  /** Environment entries set (KEY=value); they replace the base's entry of the same key. */
  env?: string[]
  labels?: Record<string, string>
  /** Appended to history with empty_layer (what the image run config changes came from). */
  comment?: string
}

/** PATH as BuildKit sets it for an image that has none (scratch). */
export const DEFAULT_PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'

/**
 * The config of `base` with layers appended (diff_ids and history), the run config changed, and the
 * platform and time set. Without a base (scratch) it starts empty. A new entrypoint drops the base's Cmd,
 * as a Dockerfile ENTRYPOINT does.
 */
export function appendConfig(base: ImageConfig | undefined, c: ConfigChanges): ImageConfig {
  const p = toOciPlatform(c.platform)
  const run: ContainerConfig = { ...(base?.config ?? {}) }
  if (c.user !== undefined) run.User = c.user
  const env = [...(run.Env ?? [])]
  if (!env.some(e => e.startsWith('PATH='))) env.unshift(DEFAULT_PATH)
  for (const e of c.env ?? []) {
    const key = e.slice(0, e.indexOf('=') + 1)
    const at = env.findIndex(x => x.startsWith(key))
    if (at >= 0) env[at] = e
    else env.push(e)
  }
  run.Env = env
  if (c.entrypoint) {
    run.Entrypoint = c.entrypoint
    delete run.Cmd
  }
  const labels = { ...(run.Labels ?? {}), ...(c.labels ?? {}) }
  if (Object.keys(labels).length) run.Labels = sortedRecord(labels)
  else delete run.Labels
  const history: HistoryEntry[] = [...(base?.history ?? [])]
  for (const l of c.layers) history.push({ created: c.created, created_by: l.createdBy, comment: 'gantry' })
  if (c.comment)
    history.push({ created: c.created, created_by: c.comment, comment: 'gantry', empty_layer: true })
  // Keys in the order the image spec lists them; anything else the base had is kept after them.
  const rest = { ...(base ?? {}) } as Record<string, unknown>
  for (const k of [
    'created',
    'author',
    'architecture',
    'os',
    'os.version',
    'os.features',
    'variant',
    'config',
    'rootfs',
    'history'
  ])
    delete rest[k]
  const out: ImageConfig = {
    created: c.created,
    ...(base?.author ? { author: base.author } : {}),
    architecture: p.architecture,
    os: p.os,
    ...(base?.['os.version'] ? { 'os.version': base['os.version'] } : {}),
    ...(base?.['os.features'] ? { 'os.features': base['os.features'] } : {}),
    ...(p.variant ? { variant: p.variant } : {}),
    config: run,
    rootfs: {
      type: 'layers',
      diff_ids: [...(base?.rootfs?.diff_ids ?? []), ...c.layers.map(l => l.layer.diffId)]
    },
    history,
    ...rest
  }
  return out
}
