// The OCI image model as the registry API and image layouts carry it: media types (OCI and Docker v2
// schema 2), descriptors, manifests, indexes and image configs. Shared by both engines, the readers
// (src/oci/reader.ts) and the publishers.

export const MEDIA = {
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociConfig: 'application/vnd.oci.image.config.v1+json',
  ociLayer: 'application/vnd.oci.image.layer.v1.tar',
  ociLayerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
  ociLayerZstd: 'application/vnd.oci.image.layer.v1.tar+zstd',
  ociLayerNondistributableGzip: 'application/vnd.oci.image.layer.nondistributable.v1.tar+gzip',
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerConfig: 'application/vnd.docker.container.image.v1+json',
  dockerLayerGzip: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
  dockerForeignLayerGzip: 'application/vnd.docker.image.rootfs.foreign.diff.tar.gzip'
} as const

export const INDEX_TYPES: readonly string[] = [MEDIA.ociIndex, MEDIA.dockerList]
export const MANIFEST_TYPES: readonly string[] = [MEDIA.ociManifest, MEDIA.dockerManifest]
export const CONFIG_TYPES: readonly string[] = [MEDIA.ociConfig, MEDIA.dockerConfig]

/** Layer media types whose blobs are gzip-compressed tars. */
export const GZIP_LAYER_TYPES: readonly string[] = [
  MEDIA.ociLayerGzip,
  MEDIA.dockerLayerGzip,
  MEDIA.ociLayerNondistributableGzip,
  MEDIA.dockerForeignLayerGzip
]
/** Layer media types this code can read (the scan stage's layer walker gets one of these). */
export const LAYER_TYPES: readonly string[] = [...GZIP_LAYER_TYPES, MEDIA.ociLayer, MEDIA.ociLayerZstd]

/** Annotations gantry writes (OCI image spec, annotations.md). */
export const ANNOTATION = {
  baseName: 'org.opencontainers.image.base.name',
  baseDigest: 'org.opencontainers.image.base.digest',
  refName: 'org.opencontainers.image.ref.name',
  created: 'org.opencontainers.image.created'
} as const

/**
 * Media types come in two families with the same blob bytes: OCI, and Docker v2 schema 2. `oci` is what
 * gantry writes; `docker` is read everywhere and written on request (a Docker manifest has no annotations).
 */
export type MediaFamily = 'oci' | 'docker'

export function familyOf(mediaType: string): MediaFamily {
  return mediaType.startsWith('application/vnd.docker.') ? 'docker' : 'oci'
}

/** The same kind of document or blob in the other family (unknown types stay as they are). */
export function toFamily(mediaType: string, family: MediaFamily): string {
  const pairs: [string, string][] = [
    [MEDIA.ociIndex, MEDIA.dockerList],
    [MEDIA.ociManifest, MEDIA.dockerManifest],
    [MEDIA.ociConfig, MEDIA.dockerConfig],
    [MEDIA.ociLayerGzip, MEDIA.dockerLayerGzip],
    [MEDIA.ociLayerNondistributableGzip, MEDIA.dockerForeignLayerGzip]
  ]
  for (const [oci, docker] of pairs)
    if (mediaType === oci || mediaType === docker) return family === 'oci' ? oci : docker
  return mediaType
}

export interface OciPlatform {
  os: string
  architecture: string
  variant?: string
  'os.version'?: string
  'os.features'?: string[]
}

export interface Descriptor {
  mediaType: string
  digest: string
  size: number
  platform?: OciPlatform
  annotations?: Record<string, string>
  artifactType?: string
  urls?: string[]
}

export interface Manifest {
  schemaVersion: 2
  mediaType?: string
  artifactType?: string
  config: Descriptor
  layers: Descriptor[]
  subject?: Descriptor
  annotations?: Record<string, string>
}

export interface Index {
  schemaVersion: 2
  mediaType?: string
  artifactType?: string
  manifests: Descriptor[]
  subject?: Descriptor
  annotations?: Record<string, string>
}

export interface HistoryEntry {
  created?: string
  created_by?: string
  author?: string
  comment?: string
  empty_layer?: boolean
}

/** The runtime part of an image config (OCI image spec config.md; Docker spells the keys the same). */
export interface ContainerConfig {
  User?: string
  ExposedPorts?: Record<string, object>
  Env?: string[]
  Entrypoint?: string[] | null
  Cmd?: string[] | null
  Volumes?: Record<string, object>
  WorkingDir?: string
  Labels?: Record<string, string>
  StopSignal?: string
  [key: string]: unknown
}

export interface ImageConfig {
  created?: string
  author?: string
  os: string
  architecture: string
  variant?: string
  'os.version'?: string
  'os.features'?: string[]
  config?: ContainerConfig
  rootfs?: { type: 'layers'; diff_ids: string[] }
  history?: HistoryEntry[]
  [key: string]: unknown
}

/** `linux/arm/v7` from an OCI platform object. */
export function platformString(p: OciPlatform): string {
  return p.variant ? `${p.os}/${p.architecture}/${p.variant}` : `${p.os}/${p.architecture}`
}

/** Attestation manifests (provenance, SBOM) sit in an index as platform unknown/unknown. */
export function isAttestation(d: Descriptor): boolean {
  return (
    d.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest' ||
    (d.platform?.os === 'unknown' && d.platform.architecture === 'unknown')
  )
}
