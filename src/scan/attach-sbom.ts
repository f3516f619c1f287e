// The SBOM travels with the image: the scan's CycloneDX document pushed as an OCI referrer of the image (its
// index, or its manifest for a one-platform image), found by `oras discover`, cosign and regclient through
// the referrers API or the sha256-<digest> tag. Only new content is pushed; the image is never rewritten.

import { UserError } from '../util/errors.js'
import type { Host } from '../util/host.js'
import { oneLine } from '../util/log-safe.js'
import { repositoryName, type Repository } from '../model/image-ref.js'
import { registryFailure } from '../oci/errors.js'
import { attachArtifact, CYCLONEDX_JSON, type AttachResult } from '../oci/referrers.js'
import type { RegistryClient } from '../oci/registry.js'
import type { Descriptor } from '../oci/types.js'

export interface SbomAttachment extends AttachResult {
  /** repo@digest of the SBOM's artifact manifest. */
  ref: string
}

export async function attachSbom(
  client: RegistryClient,
  subject: { repository: Repository; descriptor: Descriptor },
  sbom: Buffer,
  host: Host,
  time?: string
): Promise<SbomAttachment> {
  const repo = repositoryName(subject.repository)
  const what = `attach the SBOM to ${repo}@${subject.descriptor.digest}`
  try {
    const r = await attachArtifact(client, subject.repository, subject.descriptor, {
      artifactType: CYCLONEDX_JSON,
      mediaType: CYCLONEDX_JSON,
      bytes: sbom,
      title: 'sbom.cdx.json',
      ...(time ? { annotations: { 'org.opencontainers.image.created': time } } : {})
    })
    const ref = `${repo}@${r.digest}`
    host.logger.info(
      `SBOM attached to ${repo}@${subject.descriptor.digest} as ${ref} (${r.via === 'referrers-api' ? 'referrers API' : `tag ${r.tag}`})`
    )
    return { ...r, ref }
  } catch (err) {
    const mapped = registryFailure(err, { operation: oneLine(what), input: 'attach-sbom' })
    if (mapped instanceof UserError)
      throw new UserError(`${mapped.detail} The image itself was not changed.`, {
        input: 'attach-sbom',
        ...(mapped.fix ? { fix: mapped.fix } : {}),
        cause: err
      })
    throw mapped
  }
}
