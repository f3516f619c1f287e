// Go's module rule for v2 and later: a module tagged vN (N ≥ 2) must have a module path ending in /vN (or
// gopkg.in's .vN), or the Go proxy rejects the tag for good. An error before a tag is made or pushed, a
// warning otherwise (Go applications such as Prometheus tag v2+ without /vN and never go-get themselves).

import path from 'node:path'
import { readGoMod } from '../model/gomod.js'

/** The module path of go.mod in `dir`, or undefined when there is no go.mod. */
export async function modulePath(dir: string): Promise<string | undefined> {
  return (await readGoMod(dir))?.module?.path
}

/** Does this prefix name Go module versions (`v`, `tools/v`)? */
export function isGoPrefix(prefix: string): boolean {
  return prefix === 'v' || prefix.endsWith('/v')
}

/** The major version a module path names: `/vN` (N ≥ 2), or gopkg.in's `.vN` (any N, `-unstable` allowed). */
export function pathMajor(mod: string): { major: number; gopkgIn: boolean } | undefined {
  if (mod.startsWith('gopkg.in/')) {
    const m = /\.v(\d+)(?:-unstable)?$/.exec(mod)
    return m ? { major: Number(m[1]), gopkgIn: true } : undefined
  }
  const m = /\/v(\d+)$/.exec(mod)
  return m && Number(m[1]) >= 2 ? { major: Number(m[1]), gopkgIn: false } : undefined
}

/** The module path a module at `current` must have to publish major version `major`. */
export function requiredPath(current: string, major: number): string {
  if (current.startsWith('gopkg.in/')) return current.replace(/\.v\d+(-unstable)?$/, '') + `.v${major}`
  const base = current.replace(/\/v\d+$/, '')
  return major >= 2 ? `${base}/v${major}` : base
}

export interface GoMajorProblem {
  message: string
  fix: string
}

/**
 * Go's rule (golang.org/x/mod/module CheckPathMajor): a gopkg.in path's `.vN` must equal the major; a `/vN`
 * path publishes N.x only; a path without one publishes 0.x and 1.x only. Undefined when the version fits
 * (or the prefix does not name Go module versions, or there is no go.mod).
 */
export async function goMajorProblem(
  dir: string,
  prefix: string,
  major: number
): Promise<GoMajorProblem | undefined> {
  if (!isGoPrefix(prefix)) return undefined
  const mod = await modulePath(dir)
  if (!mod) return undefined
  const has = pathMajor(mod)
  const file = path.join(dir, 'go.mod')
  if (has?.gopkgIn || (has === undefined && mod.startsWith('gopkg.in/'))) {
    if (has?.major === major) return undefined
    return {
      message: `version ${major}.x cannot be tagged for "module ${mod}" (${file}): a gopkg.in path names its major version as .vN, so ${has ? `it publishes ${has.major}.x only` : 'it needs one'}; the Go proxy would reject the tag forever.`,
      fix: `change go.mod to \`module ${requiredPath(mod, major)}\` (and the imports inside the module)${has ? `, or stay on ${has.major}.x` : ''}.`
    }
  }
  if (major >= 2 && has?.major !== major)
    return {
      message: `version ${major}.x needs the module path to end in /v${major}, but ${file} says "module ${mod}"; the Go proxy would reject the tag forever.`,
      fix: `change go.mod to \`module ${requiredPath(mod, major)}\` (and the imports inside the module), or stay on ${has?.major ?? 1}.x.`
    }
  if (major < 2 && has)
    return {
      message: `version ${major}.x cannot be tagged for "module ${mod}": a /v${has.major} module publishes v${has.major}.x only.`,
      fix: `tag v${has.major}.x, or change go.mod to \`module ${requiredPath(mod, 1)}\`.`
    }
  return undefined
}
