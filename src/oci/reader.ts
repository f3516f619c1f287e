// Reading images, from any ImageSource (registry, layout folder, layout tar): what an image reference
// holds (an index and its platforms, or one manifest), and for one platform its manifest, config and
// ordered layers as verified blobs. The buildx engine, merge, the oci engine (its base) and the scan
// stage (its layer walker) all read through here; `openImage` is the scan stage's entry point.

import { UserError } from '../util/errors.js'
import { mapLimit } from '../util/concurrency.js'
import { normalizeTarget, parsePlatform, sameTarget, toPlatform, type Target } from '../model/target.js'
import { parseRef, type ImageRef } from '../model/image-ref.js'
import { readBlob, type BlobRef } from './blob.js'
import type { FetchedManifest, RegistryClient } from './registry.js'
import { LayoutSource, RegistrySource, type ImageSource } from './source.js'
import {
  CONFIG_TYPES,
  INDEX_TYPES,
  MANIFEST_TYPES,
  isAttestation,
  platformString,
  type Descriptor,
  type ImageConfig,
  type Index,
  type Manifest,
  type OciPlatform
} from './types.js'

/** Image configs larger than this are refused (they are a few KiB; the limit bounds memory). */
export const MAX_CONFIG_BYTES = 8 << 20

export interface PlatformSummary {
  platform: string
  digest: string
  /** Config + layers, compressed. */
  size: number
}

export interface DescribedImage {
  mediaType: string
  bytes: Buffer
  digest: string
  platforms: PlatformSummary[]
  /** The descriptors an index of this image lists (platform manifests, then attestations). */
  descriptors: Descriptor[]
}

/** One platform's image, ready to read layer by layer. */
export interface PlatformImage {
  source: ImageSource
  /** The digest of what the reference named (an index, or this manifest). */
  rootDigest: string
  rootMediaType: string
  /** This platform's manifest. */
  digest: string
  mediaType: string
  manifest: Manifest
  bytes: Buffer
  config: ImageConfig
  configBlob: BlobRef
  /** In order, base first: each open()s as a stream verified against its digest. */
  layers: BlobRef[]
  platform: Target
}

/** Where an image is: scratch, a registry reference, or an OCI layout (folder or tar). */
export type ImageLocation =
  | { kind: 'scratch' }
  | { kind: 'registry'; ref: ImageRef; text: string }
  | { kind: 'layout'; path: string; reference?: string; text: string }

export const LAYOUT_PREFIX = 'oci-layout://'

/**
 * Parse `scratch`, `registry/repo[:tag][@digest]`, or `oci-layout://<path>[:tag][@sha256:…]` (buildx's
 * spelling; a relative path is relative to `cwd`).
 */
export function parseImageLocation(text: string, input: string, cwd: string): ImageLocation {
  const s = text.trim()
  // eslint-disable-next-line no-control-regex
  const control = /[\s\u0000-\u001f\u007f]/g
  if (control.test(s))
    throw new UserError(`"${s.replace(control, '?').slice(0, 80)}" is not one image reference.`, {
      input,
      fix: 'write one reference: scratch, registry/repo:tag, or oci-layout://path.'
    })
  if (s.toLowerCase() === 'scratch') return { kind: 'scratch' }
  if (s.startsWith(LAYOUT_PREFIX)) {
    let rest = s.slice(LAYOUT_PREFIX.length)
    let reference: string | undefined
    const at = rest.lastIndexOf('@sha256:')
    if (at >= 0) {
      reference = rest.slice(at + 1)
      rest = rest.slice(0, at)
      if (!/^sha256:[a-f0-9]{64}$/.test(reference))
        throw new UserError(`"${reference}" is not a sha256 digest.`, {
          input,
          fix: 'write oci-layout://path@sha256:<64 hex digits>.'
        })
    } else {
      const colon = rest.lastIndexOf(':')
      if (colon > rest.lastIndexOf('/') && colon > 0) {
        reference = rest.slice(colon + 1)
        rest = rest.slice(0, colon)
      }
    }
    if (!rest)
      throw new UserError(`"${s}" names no layout path.`, {
        input,
        fix: 'write oci-layout://path/to/layout.'
      })
    const resolved = rest.startsWith('/') ? rest : `${cwd.replace(/\/$/, '')}/${rest}`
    return { kind: 'layout', path: resolved, reference, text: s }
  }
  const ref = parseRef(s, input)
  return { kind: 'registry', ref: ref.tag || ref.digest ? ref : { ...ref, tag: 'latest' }, text: s }
}

/** The source and reference for a location (not for scratch). */
export async function sourceFor(
  loc: Exclude<ImageLocation, { kind: 'scratch' }>,
  client: RegistryClient,
  input: string
): Promise<{ source: ImageSource; reference?: string }> {
  if (loc.kind === 'layout')
    return { source: await LayoutSource.open(loc.path, input), reference: loc.reference }
  return {
    source: new RegistrySource(client, { registry: loc.ref.registry, path: loc.ref.path }),
    reference: loc.ref.digest ?? loc.ref.tag
  }
}

function parseJson<T>(m: { bytes: Buffer }, what: string, input: string): T {
  try {
    return JSON.parse(m.bytes.toString('utf8')) as T
  } catch {
    throw new UserError(`${what} is not JSON.`, { input, fix: 'check the image; it may be corrupt.' })
  }
}

function asManifest(m: FetchedManifest, what: string, input: string): Manifest {
  const body = parseJson<Manifest>(m, what, input)
  if (
    body.schemaVersion !== 2 ||
    !body.config ||
    typeof body.config.digest !== 'string' ||
    !Array.isArray(body.layers) ||
    body.layers.some(l => typeof l?.digest !== 'string' || typeof l.size !== 'number')
  )
    throw new UserError(`${what} is not an image manifest (schema 2 with a config and layers).`, {
      input,
      fix: 'use an image, not another kind of artifact; Docker schema 1 images must be converted first.'
    })
  return body
}

function asIndex(m: FetchedManifest, what: string, input: string): Index {
  const body = parseJson<Index>(m, what, input)
  if (body.schemaVersion !== 2 || !Array.isArray(body.manifests))
    throw new UserError(`${what} is not an image index.`, {
      input,
      fix: 'check the image; it may be corrupt.'
    })
  return body
}

function sizeOf(m: Manifest): number {
  return m.config.size + m.layers.reduce((n, l) => n + l.size, 0)
}

/** The Target of an OCI platform, or undefined for one gantry's platform model does not know. */
export function targetOf(p: OciPlatform): Target | undefined {
  try {
    return normalizeTarget({ goos: p.os, goarch: p.architecture, variant: p.variant })
  } catch {
    return undefined
  }
}

async function readConfig(
  source: ImageSource,
  m: Manifest,
  what: string,
  input: string
): Promise<{ config: ImageConfig; blob: BlobRef }> {
  const blob = source.blob(m.config)
  const bytes = await readBlob(blob, MAX_CONFIG_BYTES)
  if (!CONFIG_TYPES.includes(m.config.mediaType))
    throw new UserError(`${what} has a config of type ${m.config.mediaType}: it is not a container image.`, {
      input,
      fix: 'use a container image.'
    })
  const config = parseJson<ImageConfig>({ bytes }, `the config of ${what}`, input)
  if (typeof config.os !== 'string' || typeof config.architecture !== 'string')
    throw new UserError(`the config of ${what} has no os and architecture.`, {
      input,
      fix: 'use a container image.'
    })
  return { config, blob }
}

/** What `reference` holds in `source`: its platforms with their manifest digests and sizes. */
export async function describeImage(
  source: ImageSource,
  reference?: string,
  input = 'images'
): Promise<DescribedImage> {
  const m = await source.manifest(reference)
  const what = `${source.name}${reference ? `@${reference}` : ''}`
  if (INDEX_TYPES.includes(m.mediaType)) {
    const index = asIndex(m, what, input)
    const platforms: PlatformSummary[] = []
    for (const d of index.manifests) {
      if (isAttestation(d) || !d.platform) continue
      const child = await source.manifest(d.digest)
      platforms.push({
        platform: platformString(d.platform),
        digest: d.digest,
        size: sizeOf(asManifest(child, `${source.name}@${d.digest}`, input))
      })
    }
    return {
      mediaType: m.mediaType,
      bytes: m.bytes,
      digest: m.digest,
      platforms: sortPlatforms(platforms),
      descriptors: index.manifests
    }
  }
  if (!MANIFEST_TYPES.includes(m.mediaType))
    throw new UserError(`${what} is a ${m.mediaType}, not an image.`, {
      input,
      fix: 'use a container image.'
    })
  const body = asManifest(m, what, input)
  const { config } = await readConfig(source, body, what, input)
  const platform: OciPlatform = {
    os: config.os,
    architecture: config.architecture,
    ...(config.variant ? { variant: config.variant } : {})
  }
  return {
    mediaType: m.mediaType,
    bytes: m.bytes,
    digest: m.digest,
    platforms: [{ platform: platformString(platform), digest: m.digest, size: sizeOf(body) }],
    descriptors: [{ mediaType: m.mediaType, digest: m.digest, size: m.bytes.length, platform }]
  }
}

function sortPlatforms(list: PlatformSummary[]): PlatformSummary[] {
  return list.sort((a, b) => (a.platform < b.platform ? -1 : a.platform > b.platform ? 1 : 0))
}

/**
 * For each target, the image of `reference` for exactly that platform (linux/arm/v7 is not linux/arm/v6;
 * linux/arm64/v8 is linux/arm64; linux/arm is linux/arm/v7, as containerd reads them). A target the image
 * lacks is a UserError naming `input` and listing the platforms it has.
 */
export async function resolvePlatforms(
  source: ImageSource,
  reference: string | undefined,
  targets: readonly Target[],
  input: string
): Promise<PlatformImage[]> {
  const root = await source.manifest(reference)
  const what = `${source.name}${reference ? (reference.startsWith('sha256:') ? `@${reference}` : `:${reference}`) : ''}`
  const picks: { target: Target; manifest: FetchedManifest | Promise<FetchedManifest> }[] = []
  if (INDEX_TYPES.includes(root.mediaType)) {
    const index = asIndex(root, what, input)
    const candidates = index.manifests.filter(
      d => !isAttestation(d) && d.platform && MANIFEST_TYPES.includes(d.mediaType)
    )
    for (const target of targets) {
      const d = candidates.find(c => {
        const t = targetOf(c.platform!)
        return t !== undefined && sameTarget(t, target)
      })
      if (!d)
        throw missing(
          what,
          target,
          candidates.map(c => platformString(c.platform!)),
          input
        )
      picks.push({ target, manifest: source.manifest(d.digest) })
    }
  } else if (MANIFEST_TYPES.includes(root.mediaType)) {
    for (const target of targets) picks.push({ target, manifest: root })
  } else
    throw new UserError(`${what} is a ${root.mediaType}, not an image.`, {
      input,
      fix: 'use a container image.'
    })

  // Every platform's manifest and config at once: each is a round trip to the registry.
  // (A failure is reported once, by the await below; the others must not go unhandled meanwhile.)
  for (const p of picks) if (p.manifest instanceof Promise) p.manifest.catch(() => undefined)
  return mapLimit(picks, 8, async ({ target, manifest }) => {
    const m = await manifest
    const body = asManifest(m, `${what} (${toPlatform(target)})`, input)
    const { config, blob } = await readConfig(source, body, what, input)
    const has = targetOf({ os: config.os, architecture: config.architecture, variant: config.variant })
    if (!has || !sameTarget(has, target)) {
      const p = platformString({ os: config.os, architecture: config.architecture, variant: config.variant })
      if (m === root) throw missing(what, target, [p], input)
      throw new UserError(`${what} lists a ${toPlatform(target)} image whose config says ${p}.`, {
        input,
        fix: 'the image index is inconsistent; use another base.'
      })
    }
    return {
      source,
      rootDigest: root.digest,
      rootMediaType: root.mediaType,
      digest: m.digest,
      mediaType: m.mediaType,
      manifest: body,
      bytes: m.bytes,
      config,
      configBlob: blob,
      layers: body.layers.map(l => source.blob(l)),
      platform: target
    }
  })
}

function missing(what: string, target: Target, has: string[], input: string): UserError {
  const list = [...new Set(has)].sort()
  return new UserError(
    `${what} has no ${toPlatform(target)} image; it has ${list.length ? list.join(', ') : 'no platforms'}.`,
    {
      input,
      fix: 'choose a base that has every platform you build, or leave that platform out of platforms.'
    }
  )
}

/**
 * The scan stage's entry point: one platform's image at `location` (a registry reference or
 * oci-layout://path[:tag]), with its config and its layers in order, each a verified stream.
 */
export async function openImage(
  location: string,
  platform: string | Target,
  opts: { client: RegistryClient; cwd: string; input?: string }
): Promise<PlatformImage> {
  const input = opts.input ?? 'image'
  const loc = parseImageLocation(location, input, opts.cwd)
  if (loc.kind === 'scratch')
    throw new UserError('scratch is not an image to read.', { input, fix: 'name an image.' })
  const { source, reference } = await sourceFor(loc, opts.client, input)
  const target = typeof platform === 'string' ? parsePlatform(platform, input) : platform
  return (await resolvePlatforms(source, reference, [target], input))[0]
}
