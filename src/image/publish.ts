// Publishing that both engines share, through the registry client: read back what was pushed by digest
// (platforms, per-platform digests, sizes), merge per-platform pushes into one index, and write the tags
// last, so a failure part-way never leaves a tag pointing at a partial image.

import { UserError } from '../util/errors.js'
import type { Host } from '../util/host.js'
import { readCredentials } from '../oci/docker-config.js'
import {
  formatRef,
  parseRef,
  repositoryName,
  sameRepository,
  type ImageRef,
  type Repository
} from '../model/image-ref.js'
import { RegistryClient, RegistryError } from '../oci/registry.js'
import { sha256Digest } from '../util/digest.js'
import {
  INDEX_TYPES,
  MEDIA,
  isAttestation,
  platformString,
  type Descriptor,
  type ImageConfig,
  type Index,
  type Manifest
} from '../oci/types.js'
import type { ImagePlan, ImageResult, PlatformImage } from './spec.js'

export function registryClient(host: Host): RegistryClient {
  return new RegistryClient(registry => readCredentials(host, registry))
}

export interface DescribedImage {
  mediaType: string
  bytes: Buffer
  digest: string
  platforms: PlatformImage[]
  /** The descriptors an index of this image lists (platform manifests, then attestations). */
  descriptors: Descriptor[]
}

async function manifestSize(client: RegistryClient, repo: Repository, digest: string): Promise<number> {
  const m = await client.getManifest(repo, digest)
  const body = JSON.parse(m.bytes.toString('utf8')) as Manifest
  return body.config.size + body.layers.reduce((n, l) => n + l.size, 0)
}

/** What is at repo@digest: an index (its platforms) or a single manifest (its config's platform). */
export async function describeImage(
  client: RegistryClient,
  repo: Repository,
  digest: string
): Promise<DescribedImage> {
  const m = await client.getManifest(repo, digest)
  if (INDEX_TYPES.includes(m.mediaType)) {
    const index = JSON.parse(m.bytes.toString('utf8')) as Index
    const platforms: PlatformImage[] = []
    for (const d of index.manifests) {
      if (isAttestation(d) || !d.platform) continue
      platforms.push({
        platform: platformString(d.platform),
        digest: d.digest,
        size: await manifestSize(client, repo, d.digest)
      })
    }
    return {
      mediaType: m.mediaType,
      bytes: m.bytes,
      digest: m.digest,
      platforms,
      descriptors: index.manifests
    }
  }
  const body = JSON.parse(m.bytes.toString('utf8')) as Manifest
  const config = JSON.parse((await client.getBlob(repo, body.config.digest)).toString('utf8')) as ImageConfig
  const platform = {
    os: config.os,
    architecture: config.architecture,
    ...(config.variant ? { variant: config.variant } : {})
  }
  const size = body.config.size + body.layers.reduce((n, l) => n + l.size, 0)
  return {
    mediaType: m.mediaType,
    bytes: m.bytes,
    digest: m.digest,
    platforms: [{ platform: platformString(platform), digest: m.digest, size }],
    descriptors: [{ mediaType: m.mediaType, digest: m.digest, size: m.bytes.length, platform }]
  }
}

/**
 * Put `bytes` (already in `source` by digest) under every ref's tag, copying it into other repositories
 * first. Tags go last, after every repository has the complete image by digest.
 */
export async function writeTags(
  client: RegistryClient,
  host: Host,
  source: Repository,
  image: { digest: string; bytes: Buffer; mediaType: string },
  refs: ImageRef[]
): Promise<string[]> {
  const repos: Repository[] = []
  for (const r of refs) if (!repos.some(x => sameRepository(x, r))) repos.push(r)
  for (const repo of repos)
    if (!sameRepository(repo, source)) {
      await client.copyManifest(source, repo, image.digest)
    }
  const out: string[] = []
  for (const ref of refs) {
    await client.putManifest(ref, ref.tag!, image.bytes, image.mediaType)
    host.logger.info(`tagged ${formatRef(ref)}`)
    out.push(`${formatRef({ ...ref, digest: image.digest })}`)
  }
  return out
}

/** Turn a registry failure into a UserError when it is the user's to fix (auth, a refusing registry). */
export function registryUserError(err: unknown, what: string): unknown {
  if (err instanceof RegistryError) {
    if (err.status === 401 || err.status === 403)
      return new UserError(`${what}: the registry refused access (${err.message}).`, {
        input: 'registry',
        fix: 'log in (registry, username, password inputs or docker/login-action) with a token that may push.'
      })
    if (err.status === 405 || err.codes.includes('UNSUPPORTED') || err.codes.includes('DENIED'))
      return new UserError(`${what}: the registry refused the push (${err.message}).`, {
        input: 'images',
        fix: 'check that the registry accepts pushes to this repository.'
      })
  }
  return err
}

/** merge: one multi-arch index from per-platform pushes (repo@digest), pushed by digest, then tagged. */
export async function mergeImages(plan: ImagePlan, host: Host): Promise<ImageResult> {
  const inputs = plan.options.merge.map(m => {
    const ref = parseRef(m, 'merge')
    if (!ref.digest)
      throw new UserError(`"${m}" has no digest.`, {
        input: 'merge',
        fix: 'pass the refs output of the push-by-digest jobs (repo@sha256:…).'
      })
    return ref
  })
  const source: Repository = { registry: inputs[0].registry, path: inputs[0].path }
  const other = inputs.find(r => !sameRepository(r, source))
  if (other)
    throw new UserError(
      `the digests come from different repositories: ${repositoryName(source)} and ${repositoryName(other)}.`,
      {
        input: 'merge',
        fix: 'merge images pushed by digest to one repository (the same images input in every job).'
      }
    )
  const client = registryClient(host)
  const platforms: PlatformImage[] = []
  const platformDescs: Descriptor[] = []
  const attestations: Descriptor[] = []
  for (const ref of inputs) {
    const d = await describeImage(client, source, ref.digest!)
    for (const desc of d.descriptors) {
      if (isAttestation(desc)) {
        attestations.push(desc)
        continue
      }
      const p = platformString(desc.platform!)
      if (platforms.some(x => x.platform === p))
        throw new UserError(`two of the merged images are ${p}.`, {
          input: 'merge',
          fix: 'give each push-by-digest job its own platforms.'
        })
      platforms.push(d.platforms.find(x => x.digest === desc.digest)!)
      platformDescs.push(desc)
    }
  }
  const order = (a: Descriptor, b: Descriptor): number =>
    platformString(a.platform!) < platformString(b.platform!) ? -1 : 1
  const index: Index = {
    schemaVersion: 2,
    mediaType: MEDIA.ociIndex,
    manifests: [...platformDescs.sort(order), ...attestations.sort((a, b) => (a.digest < b.digest ? -1 : 1))]
  }
  const bytes = Buffer.from(JSON.stringify(index))
  const digest = sha256Digest(bytes)
  let refs: string[]
  try {
    await client.putManifest(source, digest, bytes, MEDIA.ociIndex)
    refs = await writeTags(client, host, source, { digest, bytes, mediaType: MEDIA.ociIndex }, plan.refs)
  } catch (err) {
    throw registryUserError(err, 'merge')
  }
  platforms.sort((a, b) => (a.platform < b.platform ? -1 : 1))
  return {
    digest,
    refs,
    platforms,
    tags: plan.refs.map(r => formatRef(r)),
    metadata: { merged: inputs.map(r => formatRef(r)), 'containerimage.digest': digest },
    pushed: true
  }
}
