// Small file-system helpers: checks that turn a missing path into a UserError naming the input, and a sorted
// recursive listing.

import { readdir, stat } from 'node:fs/promises'
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
