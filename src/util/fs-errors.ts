// The one mapping from file-system error codes to UserErrors: a full disk, a read-only or forbidden folder,
// a folder where a file was expected are facts about the runner or an input, never gantry bugs. Callers say
// which input named the path, so the message blames the right one and says how to fix it.

import { UserError } from './errors.js'
import { oneLine } from './log-safe.js'

export interface FsErrorContext {
  /** The input that named the path (`dist`, `artifacts`, ...). */
  input: string
  /** The path being read or written, for the message. */
  path: string
  /** What gantry was doing, as a verb phrase: `writing the build`, `reading artifacts.json`. */
  doing: string
  /**
   * The path is read from the input (a missing path is then the input's fault). When gantry writes its own
   * files, a vanished one is not a fact about the input, and stays a bug.
   */
  reading?: boolean
}

const FIXES: Record<string, (c: FsErrorContext, p: string) => { detail: string; fix: string }> = {
  ENOSPC: (c, p) => ({
    detail: `no space left on the device holding ${p} while ${c.doing}.`,
    fix: `free disk space on the runner, or point ${c.input} at a disk with room.`
  }),
  EDQUOT: (c, p) => ({
    detail: `the disk quota is used up on ${p} while ${c.doing}.`,
    fix: `free space in the quota, or point ${c.input} at another disk.`
  }),
  EROFS: (c, p) => ({
    detail: `${p} is on a read-only file system (while ${c.doing}).`,
    fix: `point ${c.input} at a writable folder.`
  }),
  EACCES: (c, p) => ({
    detail: `permission denied on ${p} while ${c.doing}.`,
    fix: `let this user read and write it, or point ${c.input} at a folder it may use.`
  }),
  EPERM: (c, p) => ({
    detail: `the operation is not permitted on ${p} while ${c.doing}.`,
    fix: `let this user read and write it, or point ${c.input} at a folder it may use.`
  }),
  EISDIR: (c, p) => ({
    detail: `${p} is a folder, not a file.`,
    fix: `point ${c.input} at the file itself.`
  }),
  ENOTDIR: (c, p) => ({
    detail: `a part of ${p} is a file where a folder is needed.`,
    fix: `point ${c.input} at a path whose parents are folders.`
  }),
  ENOENT: (c, p) => ({
    detail: `${p} does not exist.`,
    fix: `point ${c.input} at an existing path (relative to the workspace).`
  }),
  ELOOP: (c, p) => ({
    detail: `${p} is a symbolic link (or a loop of them), which gantry does not follow here.`,
    fix: `point ${c.input} at the file itself.`
  }),
  ENAMETOOLONG: (c, p) => ({
    detail: `${p} is too long a path.`,
    fix: `use a shorter ${c.input}.`
  }),
  EMFILE: c => ({
    detail: `the process ran out of file descriptors while ${c.doing}.`,
    fix: 'raise the open-file limit (ulimit -n) on the runner.'
  })
}

/** The errno code of an error, when it has one. */
export function errnoCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : undefined
}

/** A UserError for a file-system error with a known cause, or undefined (then it is a bug). */
export function fsUserError(err: unknown, c: FsErrorContext): UserError | undefined {
  if (err instanceof UserError) return err
  const code = errnoCode(err)
  const make = code && (code !== 'ENOENT' || c.reading) ? FIXES[code] : undefined
  if (!make) return undefined
  const { detail, fix } = make(c, oneLine(c.path))
  return new UserError(detail, { input: c.input, fix, cause: err })
}

/** Run `fn`; a file-system error with a known cause becomes a UserError naming `c.input`. */
export async function withFsErrors<T>(c: FsErrorContext, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn()
  } catch (err) {
    throw fsUserError(err, c) ?? err
  }
}

/** Words a tool prints for the causes above (go build, git): the errno code they stand for. */
const MESSAGES: [RegExp, string][] = [
  [/no space left on device/i, 'ENOSPC'],
  [/disk quota exceeded/i, 'EDQUOT'],
  [/read-only file system/i, 'EROFS'],
  [/permission denied/i, 'EACCES']
]

/** The errno code a tool's error output names, if any (the first match). */
export function errnoInText(text: string): string | undefined {
  return MESSAGES.find(([re]) => re.test(text))?.[1]
}

/** A UserError for a tool's output that names one of the causes above. */
export function toolFsUserError(text: string, c: FsErrorContext): UserError | undefined {
  const code = errnoInText(text)
  return code ? fsUserError(Object.assign(new Error(text), { code }), c) : undefined
}
