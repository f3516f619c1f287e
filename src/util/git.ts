// The one way gantry runs git (the tag stage's repository facts, go-build's commit and work-tree state):
// argv arrays through the Host, in a given folder. A missing git is a UserError for callers that need git,
// and "no answer" for callers that only stamp what git knows when it is there.

import { stat } from 'node:fs/promises'
import type { Host } from './host.js'
import type { ExecOptions, ExecResult } from './exec.js'
import { UserError } from './errors.js'
import { errnoCode } from './fs-errors.js'

/** git's result whatever its exit code; a git that cannot be started is a UserError. */
export async function gitOk(
  host: Host,
  cwd: string,
  args: string[],
  opts: ExecOptions = {}
): Promise<ExecResult> {
  return runGit(host, cwd, args, { ignoreReturnCode: true, ...opts })
}

/** git's stdout; a non-zero exit throws (an ExecError: a bug, where the caller expected git to answer). */
export async function git(host: Host, cwd: string, args: string[], opts: ExecOptions = {}): Promise<string> {
  return (await runGit(host, cwd, args, opts)).stdout
}

/**
 * git's trimmed stdout (`raw`: as printed, for output where leading spaces count, such as `status -z`), or
 * undefined when git fails or is not installed: for facts a caller can do without (outside a repository,
 * or on a machine without git, a build has no commit to stamp).
 */
export async function gitOutput(
  host: Host,
  cwd: string,
  args: string[],
  opts: { raw?: boolean } = {}
): Promise<string | undefined> {
  try {
    const r = await host.exec('git', args, { cwd, ignoreReturnCode: true })
    return r.code !== 0 ? undefined : opts.raw ? r.stdout : r.stdout.trim()
  } catch {
    return undefined
  }
}

async function runGit(host: Host, cwd: string, args: string[], opts: ExecOptions): Promise<ExecResult> {
  try {
    return await host.exec('git', args, { cwd, ...opts })
  } catch (err) {
    // spawn says ENOENT for a missing program and for a missing cwd: only the first is git's absence.
    if (errnoCode(err) !== 'ENOENT' || !(await isDirectory(cwd))) throw err
    throw new UserError(
      'the git command was not found on PATH, and this step reads the repository with it.',
      {
        input: 'git',
        fix: 'install git (GitHub-hosted runners have it; in a container job, add it to the image) or put it on PATH.'
      }
    )
  }
}

async function isDirectory(dir: string): Promise<boolean> {
  return (await stat(dir).catch(() => undefined))?.isDirectory() ?? false
}
