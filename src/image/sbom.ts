// `sbom: true`: after the push, the image's inventory (read back from the registry, every platform) as a
// CycloneDX SBOM, attached to the pushed image in each repository as an OCI referrer, the same path as the
// scan stage's attach-sbom. This replaces BuildKit's SBOM attestation, whose scanner image has to be pulled
// from Docker Hub, and works for both engines and for merge.

import type { Host } from '../util/host.js'
import { UserError } from '../util/errors.js'
import { rfc3339 } from '../util/format.js'
import { repositoryName, sameRepository, type Repository } from '../model/image-ref.js'
import { TOOL } from '../model/tool.js'
import { registryClient } from '../oci/client.js'
import { attachSbom } from '../scan/attach-sbom.js'
import { openScanImage } from '../scan/image-source.js'
import { inventoryImage } from '../scan/inventory.js'
import { cyclonedxReport } from '../scan/report/cyclonedx.js'
import type { ImagePlan, ImageResult } from './spec.js'

/** Every repository the image was pushed to, by digest. */
function pushedRepositories(plan: ImagePlan): Repository[] {
  const out: Repository[] = []
  for (const r of [...plan.repositories, ...plan.refs])
    if (!out.some(o => sameRepository(o, r))) out.push({ registry: r.registry, path: r.path })
  return out
}

/** Build the SBOM of the pushed image and attach it in every repository; the SBOM referrers, repo@digest. */
export async function attachImageSbom(plan: ImagePlan, result: ImageResult, host: Host): Promise<string[]> {
  const repos = pushedRepositories(plan)
  if (!result.pushed || !result.digest || !repos.length)
    throw new UserError(
      'needs a pushed image: the SBOM is attached to it in the registry as an OCI referrer.',
      {
        input: 'sbom',
        fix: 'set push (or push-by-digest, or merge) with images, or scan the layout with the scan action instead.'
      }
    )
  const client = registryClient(host, { operationTimeoutMs: plan.options.registryTimeoutMs })
  const name = `${repositoryName(repos[0])}@${result.digest}`
  const opened = await openScanImage(
    {
      kind: 'registry',
      name,
      location: { kind: 'registry', ref: { ...repos[0], digest: result.digest }, text: name }
    },
    { platforms: [], client, host }
  )
  const { inventory } = await host.logger.group(`SBOM of ${name}`, () =>
    inventoryImage(opened.image, { host })
  )
  const time = plan.sourceDateEpoch !== undefined ? rfc3339(plan.sourceDateEpoch * 1000) : undefined
  const sbom = Buffer.from(
    cyclonedxReport({ tool: { ...TOOL }, inventory, findings: [], ...(time ? { time } : {}) })
  )
  const refs: string[] = []
  for (const repo of repos) {
    const subject = { repository: repo, descriptor: opened.subject!.descriptor }
    refs.push((await attachSbom(client, subject, sbom, host, time)).ref)
  }
  return refs
}
