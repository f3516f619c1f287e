// gantry tag: decide the version and the image tags (and create the tag with --push-tag); print the outputs
// as JSON. The token for --push-tag api comes from GITHUB_TOKEN.

import type { Command } from '../command.js'
import { stageByName } from '../../config/stages/index.js'
import { tagOptions, tagOutputs } from '../../config/stages/tag.js'
import { tag } from '../../release/tag.js'

export const tagCommand: Command = {
  stage: stageByName('tag')!,
  summary: 'decide the next version, create the git tag, and derive image tags, labels and the changelog',
  async run(options, ctx) {
    const token = ctx.host.env.GITHUB_TOKEN
    if (token) ctx.host.logger.mask(token)
    const opts = tagOptions({ ...options, 'github-token': options['github-token'] || token }, ctx.cwd)
    const result = await tag(opts, ctx.ci, ctx.host)
    for (const n of result.notes) ctx.host.logger.info(n)
    ctx.host.logger.info(`image tags: ${result.tagNames.join(' ') || '(none)'}`)
    ctx.stdout(JSON.stringify(tagOutputs(result), null, 2) + '\n')
  }
}
