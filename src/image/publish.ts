// Publishing that both engines share, through the registry client: read back what was pushed by digest
// (platforms, per-platform digests, sizes), merge per-platform pushes into one index, and write the tags
// last, so a failure part-way never leaves a tag pointing at a partial image.

import { UserError } from '../util/errors.js'
import type { Host } from '../util/host.js'
import {
  formatRef,
  parseRef,
  repositoryName,
  sameRepository,
  type ImageRef,
  type Repository
} from '../model/image-ref.js'
import type { RegistryClient } from '../oci/registry.js'
import { registryClient } from '../oci/client.js'
import { registryFailure } from '../oci/errors.js'
import { describeImage as describe, type DescribedImage } from '../oci/reader.js'
import { publishToRegistry, readNode } from '../oci/publish.js'
import { RegistrySource } from '../oci/source.js'
import { sha256Digest } from '../util/digest.js'
import { MEDIA, isAttestation, platformString, type Descriptor, type Index } from '../oci/types.js'
import type { ImagePlan, ImageResult, PlatformImage } from './spec.js'

export { registryClient, type DescribedImage }

/** What is at repo@digest: an index (its platforms) or a single manifest (its config's platform). */
export function describeImage(
  client: RegistryClient,
  repo: Repository,
  digest: string
): Promise<DescribedImage> {
  return describe(new RegistrySource(client, repo), digest)
}

/**
 * Put the image at source@digest under every ref's tag, pushing it by digest into the refs' other
 * repositories first (blobs mounted within a registry). Tags go last, after every repository has the
 * complete image by digest.
 */
export async function writeTags(
  client: RegistryClient,
  host: Host,
  source: Repository,
  image: { digest: string },
  refs: ImageRef[]
): Promise<string[]> {
  const node = await readNode(new RegistrySource(client, source), image.digest)
  return publishToRegistry(client, host, node, { repositories: [source], refs, tag: true })
}

/** Turn a registry failure into a UserError naming the registry and what failed; nothing was tagged. */
export function registryUserError(err: unknown, what: string): unknown {
  return registryFailure(err, { operation: what, input: 'images', publishing: true })
}

/**
 * merge: one multi-arch index from per-platform pushes (repo@digest), pushed by digest, then tagged (not with
 * push-by-digest). The index is the same bytes for the same inputs, so merging again later tags that digest.
 */
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
  const client = registryClient(host, { operationTimeoutMs: plan.options.registryTimeoutMs })
  const platforms: PlatformImage[] = []
  const platformDescs: Descriptor[] = []
  const attestations: Descriptor[] = []
  for (const ref of inputs) {
    const d = await describeImage(client, source, ref.digest!).catch(err => {
      throw registryFailure(err, {
        operation: `merge: read ${formatRef(ref)}`,
        input: 'merge',
        publishing: true
      })
    })
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
    refs = plan.options.pushByDigest
      ? [formatRef({ ...source, digest })]
      : await writeTags(client, host, source, { digest }, plan.refs)
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
