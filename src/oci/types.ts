// The OCI image model as the registry API and image layouts carry it: descriptors, manifests, indexes.
// Shared by the buildx engine (reading back what buildx pushed, merging) and the coming oci engine.

export const MEDIA = {
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociConfig: 'application/vnd.oci.image.config.v1+json',
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json'
} as const

export const INDEX_TYPES: readonly string[] = [MEDIA.ociIndex, MEDIA.dockerList]
export const MANIFEST_TYPES: readonly string[] = [MEDIA.ociManifest, MEDIA.dockerManifest]

export interface OciPlatform {
  os: string
  architecture: string
  variant?: string
}

export interface Descriptor {
  mediaType: string
  digest: string
  size: number
  platform?: OciPlatform
  annotations?: Record<string, string>
  artifactType?: string
}

export interface Manifest {
  schemaVersion: 2
  mediaType?: string
  config: Descriptor
  layers: Descriptor[]
  annotations?: Record<string, string>
}

export interface Index {
  schemaVersion: 2
  mediaType?: string
  manifests: Descriptor[]
  annotations?: Record<string, string>
}

export interface ImageConfig {
  os: string
  architecture: string
  variant?: string
  config?: { Labels?: Record<string, string>; User?: string; Entrypoint?: string[] }
  created?: string
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
