// An artifact's file, read as untrusted input: artifacts.json and its dist folder may come from another job.
// Only a regular file is accepted (never a symlink, a folder or a device), its real path must lie inside the
// folder of artifacts.json, and its bytes must have the listed sha256 and size; they are checked while they
// are copied, from the one file descriptor that is read, so the file cannot change in between.

import { constants, createWriteStream } from 'node:fs'
import { chmod, lstat, open, realpath, rm } from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { DigestMismatchError, verifyingStream } from '../util/digest.js'
import { UserError } from '../util/errors.js'
import { fsUserError } from '../util/fs-errors.js'
import { oneLine } from '../util/log-safe.js'
import { isInside } from '../util/paths.js'
import { artifactPath, type Artifact } from './artifacts.js'

const FIX =
  'use the dist folder exactly as the go-build stage wrote it (artifact upload and download keep it).'

function refuse(a: Artifact, why: string, input: string): UserError {
  return new UserError(`${oneLine(a.path)} ${why}.`, { input, fix: FIX })
}

/**
 * Check an artifact's file without following it: a regular file (lstat), whose real folder is inside the
 * real folder of artifacts.json, of the listed size. Returns its absolute path.
 */
export async function checkArtifactFile(dir: string, a: Artifact, input: string): Promise<string> {
  const file = artifactPath(dir, a)
  const st = await lstat(file).catch((err: unknown) => {
    throw (
      fsUserError(err, {
        input,
        path: file,
        doing: 'reading an artifact listed in artifacts.json',
        reading: true
      }) ?? err
    )
  })
  if (!st.isFile())
    throw refuse(
      a,
      `is not a regular file (${st.isSymbolicLink() ? 'a symbolic link' : st.isDirectory() ? 'a folder' : 'a special file'})`,
      input
    )
  const [realDir, realParent] = await Promise.all([realpath(dir), realpath(path.dirname(file))])
  if (!isInside(realDir, realParent))
    throw refuse(a, 'lies outside the dist folder (through a symbolic link)', input)
  if (st.size !== a.size) throw refuse(a, `has ${st.size} bytes; artifacts.json lists ${a.size}`, input)
  return file
}

/**
 * Copy an artifact's file to `dest` (created, mode `mode`), verifying its sha256 and size as it is read.
 * Nothing is left at `dest` when the check fails.
 */
export async function copyArtifactVerified(
  dir: string,
  a: Artifact,
  dest: string,
  mode: number,
  input: string
): Promise<void> {
  const file = await checkArtifactFile(dir, a, input)
  const doing = 'staging an artifact listed in artifacts.json'
  // O_NOFOLLOW: a symlink swapped in after the check fails to open instead of being followed.
  const src = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW).catch((err: unknown) => {
    throw fsUserError(err, { input, path: file, doing, reading: true }) ?? err
  })
  try {
    if (!(await src.stat()).isFile()) throw refuse(a, 'is not a regular file', input)
    // The read stream owns the handle from here (it closes it at the end or on an error).
    const read = src.createReadStream()
    await pipeline(
      read,
      verifyingStream(`sha256:${a.sha256}`, a.path, a.size),
      createWriteStream(dest, { flags: 'wx', mode })
    )
    await chmod(dest, mode)
  } catch (err) {
    await src.close().catch(() => undefined)
    await rm(dest, { force: true })
    if (err instanceof DigestMismatchError)
      throw refuse(
        a,
        `does not match artifacts.json: ${err.expected.startsWith('sha256:') ? `sha256 ${err.actual.slice(7)}, listed ${a.sha256}` : `${err.actual}, listed ${err.expected}`}`,
        input
      )
    throw fsUserError(err, { input, path: dest, doing }) ?? err
  }
}
