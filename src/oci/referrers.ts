// Artifacts attached to an image as OCI referrers (image spec 1.1 "artifacts", distribution spec 1.1
// "referrers"): a manifest with `artifactType`, the empty config, the artifact as its one layer and the image
// as its `subject`. A registry with the referrers API acknowledges the subject (OCI-Subject header) and lists
// the artifact itself; for one without it (distribution 2.8, Debian's docker-registry) the client keeps the
// referrers tag schema: an image index tagged `sha256-<hex of the subject digest>` listing every referrer,
// which is what oras, cosign and regclient read on such registries. The image itself is never written.

import { sha256Digest } from '../util/digest.js'
import { parseJsonAs } from '../util/json.js'
import type { Repository } from '../model/image-ref.js'
import { bufferBlob } from './blob.js'
import { RegistryError, type RegistryClient } from './registry.js'
import { MEDIA, type Descriptor, type Index, type Manifest } from './types.js'

export const CYCLONEDX_JSON = 'application/vnd.cyclonedx+json'
/** The empty JSON object `{}` as the config of an artifact manifest (image spec 1.1). */
export const EMPTY_JSON = 'application/vnd.oci.empty.v1+json'
const EMPTY_BYTES = Buffer.from('{}')

export interface Artifact {
  artifactType: string
  /** The artifact's layer: its media type and bytes. */
  mediaType: string
  bytes: Buffer
  /** org.opencontainers.image.title of the layer (a file name). */
  title?: string
  /** Manifest annotations (org.opencontainers.image.created, ...). */
  annotations?: Record<string, string>
}

export interface AttachResult {
  /** The artifact manifest's digest. */
  digest: string
  /** How discovery finds it: the registry's referrers API, or the tag-schema index (also written then). */
  via: 'referrers-api' | 'tag-schema'
  /** The fallback tag written (tag schema only). */
  tag?: string
}

/** The referrers tag schema's tag for a subject: `sha256-<hex>`. */
export function referrersTag(digest: string): string {
  return digest.replace(':', '-')
}

/** The artifact manifest for `subject`, as bytes (keys in the spec's order). */
export function artifactManifest(subject: Descriptor, a: Artifact): Buffer {
  const layer: Descriptor = {
    mediaType: a.mediaType,
    digest: sha256Digest(a.bytes),
    size: a.bytes.length,
    ...(a.title ? { annotations: { 'org.opencontainers.image.title': a.title } } : {})
  }
  const m: Manifest = {
    schemaVersion: 2,
    mediaType: MEDIA.ociManifest,
    artifactType: a.artifactType,
    config: { mediaType: EMPTY_JSON, digest: sha256Digest(EMPTY_BYTES), size: EMPTY_BYTES.length },
    layers: [layer],
    subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
    ...(a.annotations && Object.keys(a.annotations).length ? { annotations: a.annotations } : {})
  }
  return Buffer.from(JSON.stringify(m))
}

/** Push `artifact` as a referrer of `subject` in `repo`; blobs first, the manifest, then the fallback index. */
export async function attachArtifact(
  client: RegistryClient,
  repo: Repository,
  subject: Descriptor,
  artifact: Artifact
): Promise<AttachResult> {
  const bytes = artifactManifest(subject, artifact)
  await client.pushBlob(repo, bufferBlob(EMPTY_BYTES, EMPTY_JSON))
  await client.pushBlob(repo, bufferBlob(artifact.bytes, artifact.mediaType))
  const put = await client.putReferrer(repo, bytes, MEDIA.ociManifest)
  if (put.subjectAcknowledged) return { digest: put.digest, via: 'referrers-api' }
  const descriptor: Descriptor = {
    mediaType: MEDIA.ociManifest,
    digest: put.digest,
    size: bytes.length,
    artifactType: artifact.artifactType,
    ...(artifact.annotations && Object.keys(artifact.annotations).length
      ? { annotations: artifact.annotations }
      : {})
  }
  const tag = referrersTag(subject.digest)
  const index = (await readTagIndex(client, repo, tag)) ?? {
    schemaVersion: 2,
    mediaType: MEDIA.ociIndex,
    manifests: []
  }
  if (!index.manifests.some(d => d.digest === descriptor.digest)) {
    index.manifests.push(descriptor)
    await client.putManifest(repo, tag, Buffer.from(JSON.stringify(index)), MEDIA.ociIndex)
  }
  return { digest: put.digest, via: 'tag-schema', tag }
}

const INDEX_SCHEMA = {
  type: 'object',
  required: ['schemaVersion', 'manifests'],
  properties: {
    schemaVersion: { const: 2 },
    manifests: {
      type: 'array',
      items: {
        type: 'object',
        required: ['mediaType', 'digest', 'size'],
        properties: {
          mediaType: { type: 'string' },
          digest: { type: 'string', pattern: '^sha256:[a-f0-9]{64}$' },
          size: { type: 'integer', minimum: 0 },
          artifactType: { type: 'string' },
          annotations: { type: 'object', additionalProperties: { type: 'string' } }
        }
      }
    }
  }
} as const

/** The tag-schema index, or undefined when the tag does not exist yet. */
async function readTagIndex(
  client: RegistryClient,
  repo: Repository,
  tag: string
): Promise<Index | undefined> {
  let fetched
  try {
    fetched = await client.getManifest(repo, tag)
  } catch (err) {
    if (err instanceof RegistryError && err.status === 404) return undefined
    throw err
  }
  return parseJsonAs<Index>(fetched.bytes.toString('utf8'), INDEX_SCHEMA, `the referrers index ${tag}`)
}

/**
 * The referrers of `digest` as discovery tools find them: the referrers API when the registry has it, else the
 * tag-schema index; filtered by artifactType when given.
 */
export async function listReferrers(
  client: RegistryClient,
  repo: Repository,
  digest: string,
  artifactType?: string
): Promise<{ via: 'referrers-api' | 'tag-schema'; manifests: Descriptor[] }> {
  const api = await client.getReferrers(repo, digest)
  const index = api
    ? parseJsonAs<Index>(api.toString('utf8'), INDEX_SCHEMA, `the referrers of ${digest}`)
    : await readTagIndex(client, repo, referrersTag(digest))
  const manifests: Descriptor[] = []
  for (const d of index?.manifests ?? []) {
    // Some registries list the config's media type (the empty one) instead of the manifest's artifactType.
    const type =
      d.artifactType && d.artifactType !== EMPTY_JSON
        ? d.artifactType
        : await manifestArtifactType(client, repo, d)
    if (!artifactType || type === artifactType)
      manifests.push({ ...d, ...(type ? { artifactType: type } : {}) })
  }
  return { via: api ? 'referrers-api' : 'tag-schema', manifests }
}

async function manifestArtifactType(
  client: RegistryClient,
  repo: Repository,
  d: Descriptor
): Promise<string | undefined> {
  const m = await client.getManifest(repo, d.digest)
  const body = parseJsonAs<{ artifactType?: string; config?: { mediaType?: string } }>(
    m.bytes.toString('utf8'),
    { type: 'object' },
    `the referrer ${d.digest}`
  )
  return typeof body.artifactType === 'string' ? body.artifactType : body.config?.mediaType
}
