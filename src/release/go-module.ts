// Go's module rule for v2 and later: a module tagged vN (N ≥ 2) must have a module path ending in /vN, or
// the Go proxy rejects the tag for good. Checked before any tag is made.

import path from 'node:path'
import { UserError } from '../util/errors.js'
import { readGoMod } from '../model/gomod.js'

/** The module path of go.mod in `dir`, or undefined when there is no go.mod. */
export async function modulePath(dir: string): Promise<string | undefined> {
  return (await readGoMod(dir))?.module?.path
}

/** Does this prefix name Go module versions (`v`, `tools/v`)? */
export function isGoPrefix(prefix: string): boolean {
  return prefix === 'v' || prefix.endsWith('/v')
}

/** The module path a module at `current` must have to publish major version `major`. */
export function requiredPath(current: string, major: number): string {
  const base = current.replace(/\/v\d+$/, '')
  return major >= 2 ? `${base}/v${major}` : base
}

export async function checkGoMajor(dir: string, prefix: string, major: number, input: string): Promise<void> {
  if (!isGoPrefix(prefix)) return
  const mod = await modulePath(dir)
  if (!mod) return
  const m = /\/v(\d+)$/.exec(mod)
  const suffixMajor = m ? Number(m[1]) : undefined
  if (major >= 2 && suffixMajor !== major)
    throw new UserError(
      `version ${major}.x needs the module path to end in /v${major}, but ${path.join(dir, 'go.mod')} says "module ${mod}"; the Go proxy would reject the tag forever.`,
      {
        input,
        fix: `change go.mod to \`module ${requiredPath(mod, major)}\` (and the imports inside the module), or stay on ${suffixMajor ?? 1}.x.`
      }
    )
  if (major < 2 && suffixMajor !== undefined)
    throw new UserError(
      `version ${major}.x cannot be tagged for "module ${mod}": a /v${suffixMajor} module publishes v${suffixMajor}.x only.`,
      { input, fix: `tag v${suffixMajor}.x, or change go.mod to \`module ${requiredPath(mod, 1)}\`.` }
    )
}
