// gantry build: cross-compile the module, write dist/ (binaries, archives, checksums, artifacts.json) and
// print the outputs as JSON. No caches are restored or saved: locally, Go's own caches are already warm.

import type { Command } from '../command.js'
import { stageByName } from '../../config/stages/index.js'
import { buildOptions, buildOutputs } from '../../config/stages/build.js'
import { build } from '../../go/build.js'

export const buildCommand: Command = {
  stage: stageByName('build')!,
  summary: 'cross-compile the Go module into dist/ (binaries, archives, checksums, artifacts.json)',
  async run(options, ctx) {
    const opts = buildOptions(
      options,
      ctx.cwd,
      { ...ctx.ci, workspace: ctx.cwd },
      ctx.host.env.SOURCE_DATE_EPOCH
    )
    const result = await build(opts, ctx.host)
    ctx.stdout(JSON.stringify(buildOutputs(result), null, 2) + '\n')
  }
}
