// The dist folder: checked before anything is built, cleaned only when it holds nothing but a previous gantry
// build (its artifacts.json and the files that lists), refused otherwise, so no one's files are deleted. A build
// writes into a staging folder inside it and is moved into place only when everything succeeded, so a failed
// build leaves the folder exactly as it was found.

import { mkdir, readdir, rename, rm, rmdir } from 'node:fs/promises'
import path from 'node:path'
import { UserError } from '../util/errors.js'
import { exists, listFiles } from '../util/fs.js'
import { ARTIFACTS_FILE, readArtifacts } from '../model/artifacts.js'

/** Where a build writes before it is moved into place; a leftover one (a killed build) is gantry's own. */
export const STAGING = '.gantry-staging'

export interface DistPlan {
  dir: string
  /** The folder did not exist: remove it again when the build fails. */
  created: boolean
  /** Files of a previous gantry build to delete before building (relative, forward slashes). */
  stale: string[]
}

/** Decide what to do with the dist folder. Throws a UserError (input `dist`) for a folder gantry did not fill. */
export async function checkDist(dir: string, moduleDir: string): Promise<DistPlan> {
  const rel = path.relative(dir, moduleDir)
  if (rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel)))
    throw new UserError(`${dir} is the module folder or one of its parents.`, {
      input: 'dist',
      fix: 'use a folder of its own, such as dist.'
    })
  if (!(await exists(dir))) return { dir, created: true, stale: [] }
  const files = (await listFiles(dir)).filter(f => !f.startsWith(`${STAGING}/`))
  if (!files.length) return { dir, created: false, stale: [] }
  let listed: Set<string> | undefined
  if (files.includes(ARTIFACTS_FILE)) {
    try {
      const { manifest } = await readArtifacts(path.join(dir, ARTIFACTS_FILE), 'dist')
      listed = new Set([ARTIFACTS_FILE, ...manifest.artifacts.map(a => a.path)])
    } catch {
      listed = undefined
    }
  }
  const foreign = files.filter(f => !listed?.has(f))
  if (foreign.length)
    throw new UserError(
      `${dir} holds files that are not from a gantry build: ${foreign.slice(0, 5).join(', ')}${
        foreign.length > 5 ? ` and ${foreign.length - 5} more` : ''
      }. gantry only replaces a dist folder that holds a previous gantry build (its artifacts.json and the files it lists).`,
      { input: 'dist', fix: 'point dist at a new or empty folder, or delete the folder first.' }
    )
  return { dir, created: false, stale: files }
}

/** The staging folder of a plan. */
export function stagingDir(plan: DistPlan): string {
  return path.join(plan.dir, STAGING)
}

/** Make the dist folder and an empty staging folder in it. The previous build stays until commitDist. */
export async function prepareDist(plan: DistPlan): Promise<string> {
  const staging = stagingDir(plan)
  await rm(staging, { recursive: true, force: true })
  await mkdir(staging, { recursive: true })
  return staging
}

/** Success: delete the previous build's files, move the staged files into place, drop the staging folder. */
export async function commitDist(plan: DistPlan): Promise<void> {
  for (const f of plan.stale) await rm(path.join(plan.dir, ...f.split('/')), { force: true })
  await removeEmptyDirs(plan.dir, false)
  const staging = stagingDir(plan)
  for (const e of await readdir(staging)) await rename(path.join(staging, e), path.join(plan.dir, e))
  await rm(staging, { recursive: true, force: true })
}

async function removeEmptyDirs(dir: string, self: boolean): Promise<void> {
  if (!(await exists(dir))) return
  for (const e of await readdir(dir, { withFileTypes: true }))
    if (e.isDirectory() && e.name !== STAGING) await removeEmptyDirs(path.join(dir, e.name), true)
  if (self && !(await readdir(dir)).length) await rmdir(dir)
}

/** Failure: drop the staging folder; the folder is as it was found (removed when this build created it). */
export async function discardDist(plan: DistPlan): Promise<void> {
  if (plan.created) await rm(plan.dir, { recursive: true, force: true })
  else await rm(stagingDir(plan), { recursive: true, force: true })
}
