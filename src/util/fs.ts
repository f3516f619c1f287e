// Small file-system helpers: checks that turn a missing path into a UserError naming the input, and a sorted
// recursive listing.

import { mkdir, readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { UserError } from './errors.js'

export async function requireDirectory(dir: string, input: string): Promise<void> {
  const st = await stat(dir).catch(() => undefined)
  if (!st?.isDirectory())
    throw new UserError(`${dir} is not a directory.`, {
      input,
      fix: 'point it at an existing folder (relative to the workspace).'
    })
}

export async function exists(p: string): Promise<boolean> {
  return (await stat(p).catch(() => undefined)) !== undefined
}

/** Every file under `dir`, recursively, relative to `base` with forward slashes, sorted. */
export async function listFiles(dir: string, base = dir): Promise<string[]> {
  const out: string[] = []
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) out.push(...(await listFiles(p, base)))
    else out.push(path.relative(base, p).split(path.sep).join('/'))
  }
  return out.sort()
}

/**
 * mkdir -p that reports why it failed: Node's recursive mkdir says ENOENT when a parent is on a read-only
 * file system, so on ENOENT the missing folders are made one by one, which gives the real cause (EROFS,
 * EACCES). Returns the first folder it made, as mkdir does, or undefined when `dir` existed.
 */
export async function makeDirs(dir: string, mode?: number): Promise<string | undefined> {
  try {
    return await mkdir(dir, { recursive: true, mode })
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
    const missing: string[] = []
    for (let d = path.resolve(dir); !(await exists(d)) && path.dirname(d) !== d; d = path.dirname(d))
      missing.unshift(d)
    for (const d of missing) await mkdir(d, { mode })
    return missing[0]
  }
}
