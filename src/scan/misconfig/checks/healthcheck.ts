// GANTRY-DF-012: no HEALTHCHECK in the final stage or the stages it is built on (HEALTHCHECK NONE counts: it
// says the check is not wanted).

import type { Finding } from '../../model.js'
import { ruleFinding } from '../../rule.js'
import { finalStage, lineOf, stageChain } from '../dockerfile.js'
import { DF } from '../rules.js'
import { firstLine, locate, type CheckContext } from './context.js'

export function checkHealthcheck(ctx: CheckContext): Finding[] {
  const final = finalStage(ctx.df)
  const has = stageChain(final).some(s => s.instructions.some(i => i.getKeyword() === 'HEALTHCHECK'))
  return has ? [] : [ruleFinding(DF.noHealthcheck, locate(ctx.df, firstLine(ctx.df, lineOf(final.from))))]
}
