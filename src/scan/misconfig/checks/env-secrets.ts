// GANTRY-DF-007/008: secrets in ENV and ARG. A literal secret (a secret-like name with a real value, or any
// value a secret rule matches) is reported in every stage: it is in the Dockerfile. A secret-like ARG, or an ENV
// that copies a variable, is reported in the stages the image is built on, where the value ends up in the
// image history or configuration. Values are masked in the finding.

import type { Finding } from '../../model.js'
import { ruleFinding } from '../../rule.js'
import { isPlaceholder, isSecretName } from '../../secret/names.js'
import { maskSecret } from '../../secret/redact.js'
import { scanSecrets } from '../../secret/scan.js'
import { finalStage, properties, stageChain } from '../dockerfile.js'
import { DF } from '../rules.js'
import { locate, type CheckContext } from './context.js'

export function checkEnvSecrets(ctx: CheckContext): Finding[] {
  const { df } = ctx
  const shipped = new Set(stageChain(finalStage(df)))
  const out: Finding[] = []
  for (const stage of df.stages)
    for (const ins of stage.instructions) {
      const kw = ins.getKeyword()
      if (kw !== 'ENV' && kw !== 'ARG') continue
      for (const p of properties(ins)) {
        const at = locate(df, {
          line: p.range.start.line + 1,
          column: p.range.start.character + 1,
          endColumn: p.range.end.line === p.range.start.line ? p.range.end.character + 1 : undefined
        })
        const value = p.value ?? ''
        // As an assignment, so the rules that need a name (AWS secret keys, generic) see one.
        const matched = value ? scanSecrets(`${p.name}=${value}`, df.path, { skipPaths: false }) : []
        if (matched.length) {
          const what = matched[0].id === 'GANTRY-SECRET-008' ? 'Secret' : matched[0].title
          out.push(
            ruleFinding(DF.secretLiteral, at, {
              title: `${what} in ${kw} ${p.name}`,
              match: matched[0].match
            })
          )
          continue
        }
        if (!isSecretName(p.name)) continue
        const reference = /\$\{?[A-Za-z_]/.test(value)
        if (value && !reference && !isPlaceholder(value)) {
          out.push(
            ruleFinding(DF.secretLiteral, at, {
              title: `Secret in ${kw} ${p.name}`,
              match: maskSecret(value)
            })
          )
          continue
        }
        if (!shipped.has(stage)) continue
        if (kw === 'ARG')
          out.push(
            ruleFinding(DF.secretBuildArg, at, {
              title: `ARG ${p.name}: a secret passed as a build argument`
            })
          )
        else if (reference)
          out.push(
            ruleFinding(DF.secretBuildArg, at, { title: `ENV ${p.name} copies a secret into the image` })
          )
      }
    }
  return out
}
