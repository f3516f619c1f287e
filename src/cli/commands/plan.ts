// gantry plan: print the resolved targets and the matrix as JSON.

import type { Command } from '../command.js'
import { stageByName } from '../../config/stages/index.js'
import { planOptions, planOutputs } from '../../config/stages/plan.js'
import { plan } from '../../go/plan.js'

export const planCommand: Command = {
  stage: stageByName('plan')!,
  summary: 'resolve the targets and print the build matrix',
  async run(options, ctx) {
    const result = await plan(planOptions(options, ctx.cwd), ctx.host)
    for (const e of result.matrix.include) ctx.host.logger.info(`${e.platform.padEnd(20)} ${e.id}`)
    ctx.stdout(JSON.stringify(planOutputs(result), null, 2) + '\n')
  }
}
