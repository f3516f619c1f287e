// The image stage: resolve the plan, then merge (distributed builds) or build with the chosen engine.

import type { CiContext } from '../model/ci-context.js'
import type { Host } from '../util/host.js'
import { UserError } from '../util/errors.js'
import { chooseEngine } from './engine.js'
import { resolvePlan } from './plan.js'
import type { ImageEngine, ImageOptions, ImageResult } from './spec.js'

// Each engine, merging and the SBOM load only when used: the buildx engine brings the Dockerfile parser and
// checks, the SBOM the scan reports (and ICU's collator, 15 ms of start-up), none of which the oci engine
// needs.
const ENGINES: Record<'oci' | 'buildx', () => Promise<ImageEngine>> = {
  oci: async () => (await import('./oci-engine.js')).ociEngine,
  buildx: async () => (await import('./buildx.js')).buildxEngine
}

export async function image(options: ImageOptions, ci: CiContext, host: Host): Promise<ImageResult> {
  const plan = await resolvePlan(options, ci)
  if (options.sbom && !options.push && !options.pushByDigest && !options.merge.length)
    throw new UserError('needs push: the SBOM is attached to the pushed image in the registry.', {
      input: 'sbom',
      fix: 'set push (or push-by-digest, or merge), or scan the image layout with the scan action.'
    })
  let result: ImageResult
  if (options.merge.length)
    result = await host.logger.group('Merge per-platform images', async () =>
      (await import('./publish.js')).mergeImages(plan, host)
    )
  else {
    const { engine, why } = chooseEngine(options)
    host.logger.info(`engine ${engine} (${why})`)
    result = { ...(await (await ENGINES[engine]()).build(plan, host)), engine }
  }
  if (options.sbom) result.sboms = await (await import('./sbom.js')).attachImageSbom(plan, result, host)
  return result
}
