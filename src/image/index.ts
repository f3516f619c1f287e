// The image stage: resolve the plan, then merge (distributed builds) or build with the chosen engine.

import type { CiContext } from '../model/ci-context.js'
import type { Host } from '../util/host.js'
import { buildxEngine } from './buildx.js'
import { chooseEngine } from './engine.js'
import { ociEngine } from './oci-engine.js'
import { resolvePlan } from './plan.js'
import { mergeImages } from './publish.js'
import type { ImageOptions, ImageResult } from './spec.js'

export async function image(options: ImageOptions, ci: CiContext, host: Host): Promise<ImageResult> {
  const plan = await resolvePlan(options, ci)
  if (options.merge.length)
    return host.logger.group('Merge per-platform images', () => mergeImages(plan, host))
  const { engine, why } = chooseEngine(options)
  host.logger.info(`engine ${engine} (${why})`)
  const result = await (engine === 'oci' ? ociEngine : buildxEngine).build(plan, host)
  return { ...result, engine }
}
