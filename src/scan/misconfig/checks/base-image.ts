// GANTRY-DF-001: a base image with `:latest` or no tag. scratch, stage references and digests are fine; with
// ARGs, the global ARG defaults (and build args) are expanded, and a tag that stays unknown is not guessed.

import type { Finding } from '../../model.js'
import { ruleFinding } from '../../rule.js'
import { region } from '../dockerfile.js'
import { DF } from '../rules.js'
import { locate, type CheckContext } from './context.js'

/** Repository and tag of an image reference (`registry:5000/a/b:tag@sha256:…`). */
export function splitReference(ref: string): { name: string; tag?: string; digest?: string } {
  const at = ref.indexOf('@')
  const digest = at >= 0 ? ref.slice(at + 1) : undefined
  const rest = at >= 0 ? ref.slice(0, at) : ref
  const slash = rest.lastIndexOf('/')
  const colon = rest.lastIndexOf(':')
  if (colon > slash) return { name: rest.slice(0, colon), tag: rest.slice(colon + 1), digest }
  return { name: rest, digest }
}

export function checkBaseImages(ctx: CheckContext): Finding[] {
  const out: Finding[] = []
  for (const stage of ctx.df.stages) {
    if (stage.base.kind !== 'image') continue
    const ref = stage.base.ref
    const { name, tag, digest } = splitReference(ref)
    if (!name || digest !== undefined) continue
    if (tag !== undefined && (tag.includes('${') || tag !== 'latest')) continue
    // No tag: a reference that ends in an unknown variable may carry its tag in it (FROM ${IMAGE}).
    if (tag === undefined && /\$\{[A-Za-z0-9_]+\}$/.test(name)) continue
    const arg = stage.from.getArguments()[0]
    out.push(
      ruleFinding(DF.latestBase, locate(ctx.df, region(arg.getRange())), {
        title:
          tag === 'latest'
            ? `Base image ${name} uses :latest`
            : `Base image ${name} has no tag (means :latest)`
      })
    )
  }
  return out
}
