// Small file-system checks that turn a missing path into a UserError naming the input.

import { stat } from 'node:fs/promises'
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
