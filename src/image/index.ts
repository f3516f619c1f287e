// The image stage: resolve the plan, then merge (distributed builds) or build with the chosen engine.

import type { CiContext } from '../model/ci-context.js'
import type { Host } from '../util/host.js'
import { UserError } from '../util/errors.js'
import { buildxEngine } from './buildx.js'
import { chooseEngine } from './engine.js'
import { ociEngine } from './oci-engine.js'
import { resolvePlan } from './plan.js'
import { mergeImages } from './publish.js'
import { attachImageSbom } from './sbom.js'
import type { ImageOptions, ImageResult } from './spec.js'

export async function image(options: ImageOptions, ci: CiContext, host: Host): Promise<ImageResult> {
  const plan = await resolvePlan(options, ci)
  if (options.sbom && !options.push && !options.pushByDigest && !options.merge.length)
    throw new UserError('needs push: the SBOM is attached to the pushed image in the registry.', {
      input: 'sbom',
      fix: 'set push (or push-by-digest, or merge), or scan the image layout with the scan action.'
    })
  let result: ImageResult
  if (options.merge.length)
    result = await host.logger.group('Merge per-platform images', () => mergeImages(plan, host))
  else {
    const { engine, why } = chooseEngine(options)
    host.logger.info(`engine ${engine} (${why})`)
    result = { ...(await (engine === 'oci' ? ociEngine : buildxEngine).build(plan, host)), engine }
  }
  if (options.sbom) result.sboms = await attachImageSbom(plan, result, host)
  return result
}
