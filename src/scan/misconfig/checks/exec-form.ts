// GANTRY-DF-009: the CMD and ENTRYPOINT the image runs with, in shell form. Only the effective ones (the last of
// each in the final stage and the stages it is built on) are checked.

import type { Finding } from '../../model.js'
import { ruleFinding } from '../../rule.js'
import { finalStage, region, rootBase, stageChain } from '../dockerfile.js'
import { DF } from '../rules.js'
import { execForm } from '../shell.js'
import { locate, type CheckContext } from './context.js'
import { isStaticBase } from './go-build.js'

export function checkShellForm(ctx: CheckContext): Finding[] {
  const { df } = ctx
  const final = finalStage(df)
  const out: Finding[] = []
  const noShell = isStaticBase(rootBase(final))
  for (const kw of ['ENTRYPOINT', 'CMD']) {
    let effective
    for (const stage of stageChain(final)) {
      effective = [...stage.instructions].reverse().find(i => i.getKeyword() === kw)
      if (effective) break
    }
    if (!effective || execForm(df, effective)) continue
    out.push(
      ruleFinding(DF.shellForm, locate(df, region(effective.getRange())), {
        title: `${kw} in shell form`,
        description: noShell
          ? `${DF.shellForm.description} This image's base has no /bin/sh: the container will not start.`
          : undefined
      })
    )
  }
  return out
}
