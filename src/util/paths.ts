// Path confinement: whether a path lies inside a folder, lexically and after following symlinks, and the one
// check every stage applies to the paths its inputs name (they stay in the workspace unless the user opts out).

import { realpath } from 'node:fs/promises'
import path from 'node:path'
import { UserError } from './errors.js'
import { oneLine } from './log-safe.js'

/** Is `p` the folder `root` or inside it? Both are resolved first; no file is read. */
export function isInside(root: string, p: string): boolean {
  const rel = path.relative(path.resolve(root), path.resolve(p))
  return rel === '' || (!rel.startsWith(`..${path.sep}`) && rel !== '..' && !path.isAbsolute(rel))
}

/**
 * The real path of `p`: symlinks resolved. A path that does not exist yet resolves through its nearest
 * existing ancestor (what it will be once created).
 */
export async function realPathOf(p: string): Promise<string> {
  const abs = path.resolve(p)
  const rest: string[] = []
  let dir = abs
  for (;;) {
    try {
      return path.join(await realpath(dir), ...rest.reverse())
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code
      const parent = path.dirname(dir)
      if ((code !== 'ENOENT' && code !== 'ENOTDIR') || parent === dir) return abs
      rest.push(path.basename(dir))
      dir = parent
    }
  }
}

/** Is `p` inside `root` once both are resolved through symlinks? */
export async function isInsideReal(root: string, p: string): Promise<boolean> {
  return isInside(await realPathOf(root), await realPathOf(p))
}

export interface Confinement {
  /** The folder paths must stay in (GITHUB_WORKSPACE, or the CLI's current folder). */
  workspace: string
  /** The user's explicit opt-out (the allow-outside-workspace input). */
  allowOutside: boolean
}

/** The input that allows paths outside the workspace, named in every refusal. */
export const ALLOW_OUTSIDE_INPUT = 'allow-outside-workspace'

/**
 * Refuse a path given as `input` that leads outside the workspace, written so (../, an absolute path) or
 * through a symlink, unless the user allowed it. The message names the path as given, never a file's content.
 */
export async function confinePath(p: string, input: string, c: Confinement): Promise<void> {
  // What counts is where the path really leads: through a symlink out of the workspace is outside, another
  // spelling of a folder in it (a symlink into it) is inside.
  if (c.allowOutside || (await isInsideReal(c.workspace, p))) return
  throw new UserError(`${oneLine(p)} is outside the workspace ${oneLine(c.workspace)}.`, {
    input,
    fix: `use a path inside the workspace, or set ${ALLOW_OUTSIDE_INPUT}: true if this step may read or write there.`
  })
}
