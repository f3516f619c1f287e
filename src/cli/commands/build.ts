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
    for (const r of result.results)
      ctx.host.logger.info(
        `${r.platform.padEnd(16)} ${(r.size / 1024 ** 2).toFixed(1).padStart(6)} MiB  ${(r.durationMs / 1000).toFixed(1)} s  cache ${r.cache}  ${r.binaryPath}`
      )
    ctx.host.logger.info(`parallelism ${result.parallelism.value}: ${result.parallelism.reason}`)
    ctx.stdout(JSON.stringify(buildOutputs(result), null, 2) + '\n')
  }
}
