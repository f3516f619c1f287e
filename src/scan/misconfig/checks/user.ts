// GANTRY-DF-002: the image runs as root: the final stage (with the stages it is built on) has no USER, or its
// last USER is root/0. Bases that set a non-root user themselves (distroless `:nonroot` tags, Chainguard's
// static image) count as a USER.

import type { Finding } from '../../model.js'
import { ruleFinding } from '../../rule.js'
import { expand, finalStage, lineOf, region, rootBase, stageChain, stageVars } from '../dockerfile.js'
import { DF } from '../rules.js'
import { firstLine, locate, type CheckContext } from './context.js'

const NON_ROOT_BASE =
  /(^|\/)distroless\/[^:@]+:([^@]*-)?nonroot(-[^@]*)?(@.*)?$|^cgr\.dev\/chainguard\/static(:|@|$)/

export function checkRootUser(ctx: CheckContext): Finding[] {
  const { df } = ctx
  const final = finalStage(df)
  for (const stage of stageChain(final)) {
    const user = [...stage.instructions].reverse().find(i => i.getKeyword() === 'USER')
    if (!user) continue
    const raw = user.getArguments()[0]?.getValue() ?? ''
    const { value, unresolved } = expand(raw, stageVars(df, stage, lineOf(user)))
    if (unresolved.length) return []
    const name = value.split(':')[0]
    if (name !== 'root' && name !== '0') return []
    return [
      ruleFinding(DF.rootUser, locate(df, region(user.getRange())), {
        title: `The last USER is ${name}: the image runs as root`
      })
    ]
  }
  const base = rootBase(final)
  if (base.kind === 'image' && NON_ROOT_BASE.test(base.ref)) return []
  return [
    ruleFinding(DF.rootUser, locate(df, firstLine(df, lineOf(final.from))), {
      title: 'No USER in the final stage: the image runs as root'
    })
  ]
}
