// The dist folder: checked before anything is built, cleaned only when it holds nothing but a previous gantry
// build (its artifacts.json and the files that lists), refused otherwise, so no one's files are deleted. A build
// writes into a staging folder of its own inside it and is moved into place only when everything succeeded, so
// a failed build leaves the folder exactly as it was found. Two runs into one dist folder take turns: a lock
// file (created with O_EXCL, holding pid, host and time) is held from the check to the commit, so a dist folder
// is never a mix of two builds, and a lock whose process is gone is taken over.

import { randomBytes } from 'node:crypto'
import { mkdir, open, readdir, readFile, rename, rm, rmdir, unlink } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { UserError } from '../util/errors.js'
import { exists, listFiles, makeDirs } from '../util/fs.js'
import { parseJsonAs } from '../util/json.js'
import { isProcessAlive } from '../util/process.js'
import { ARTIFACTS_FILE, readArtifacts } from '../model/artifacts.js'

/** Staging folders are `.gantry-staging-<run>`; one left by a killed build is gantry's own. */
export const STAGING = '.gantry-staging'
/** The lock file of the run that owns the dist folder now. */
export const LOCK = '.gantry-lock'

/** gantry's own entries at the top of dist: never a foreign file, never part of a build. */
export function isGantryEntry(name: string): boolean {
  return name === LOCK || name === STAGING || name.startsWith(`${STAGING}-`)
}

export interface DistPlan {
  dir: string
  /** The folder did not exist: remove it again when the build fails. */
  created: boolean
  /** Files of a previous gantry build to delete before building (relative, forward slashes). */
  stale: string[]
  /** This run's staging folder (set by prepareDist). */
  staging?: string
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
  const files = (await listFiles(dir)).filter(f => !isGantryEntry(f.split('/')[0]))
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

/** The staging folder of a plan (prepareDist makes it). */
export function stagingDir(plan: DistPlan): string {
  return plan.staging ?? path.join(plan.dir, STAGING)
}

/**
 * Make the dist folder and an empty staging folder of this run in it; staging folders of killed runs go (the
 * caller holds the lock, so no other run is using one). The previous build stays until commitDist.
 */
export async function prepareDist(plan: DistPlan): Promise<string> {
  await makeDirs(plan.dir)
  for (const e of await readdir(plan.dir))
    if (isGantryEntry(e) && e !== LOCK) await rm(path.join(plan.dir, e), { recursive: true, force: true })
  plan.staging = path.join(plan.dir, `${STAGING}-${process.pid}-${randomBytes(4).toString('hex')}`)
  await mkdir(plan.staging)
  return plan.staging
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
    if (e.isDirectory() && !isGantryEntry(e.name)) await removeEmptyDirs(path.join(dir, e.name), true)
  if (self && !(await readdir(dir)).length) await rmdir(dir)
}

/**
 * Failure: drop this run's staging folder; the folder is as it was found (emptied when this build created it;
 * the folder itself goes once the lock is released, see releaseDist).
 */
export async function discardDist(plan: DistPlan): Promise<void> {
  if (!(await exists(plan.dir))) return
  if (!plan.created) return rm(stagingDir(plan), { recursive: true, force: true })
  for (const e of await readdir(plan.dir))
    if (e !== LOCK) await rm(path.join(plan.dir, e), { recursive: true, force: true })
  await rmdir(plan.dir).catch(() => undefined)
}

interface LockOwner {
  pid: number
  host: string
  /** When the lock was taken (RFC 3339), for messages. */
  since: string
  /** Random: which run this is, so a run releases only its own lock. */
  token: string
}

export const LOCK_OWNER_SCHEMA = {
  type: 'object',
  properties: {
    pid: { type: 'integer' },
    host: { type: 'string' },
    since: { type: 'string' },
    token: { type: 'string' }
  },
  required: ['pid', 'host', 'since', 'token']
} as const

export interface DistLock {
  file: string
  owner: LockOwner
  /** This run made the dist folder when it took the lock (a failed build removes it again). */
  created: boolean
}

export interface LockOptions {
  /** How long to wait for another run to finish; 0 fails at once. */
  timeoutMs: number
  /** Told once when this run has to wait. */
  onWait?(holder: string): void
  /** How long to sleep between tries (tests shorten it). */
  pollMs?: number
}

async function readOwner(file: string): Promise<{ text: string; owner?: LockOwner } | undefined> {
  const text = await readFile(file, 'utf8').catch(() => undefined)
  if (text === undefined) return undefined
  try {
    return { text, owner: parseJsonAs<LockOwner>(text, LOCK_OWNER_SCHEMA, LOCK) }
  } catch {
    // Being written right now (open, then write), or not ours: not stale, keep waiting.
    return { text }
  }
}

function describeOwner(o: LockOwner | undefined): string {
  return o ? `pid ${o.pid} on ${o.host}, since ${o.since}` : 'an unknown run'
}

/** Take the lock of a dist folder (creating the folder), waiting up to timeoutMs for another run. */
export async function lockDist(dir: string, opts: LockOptions): Promise<DistLock> {
  const file = path.join(dir, LOCK)
  const owner: LockOwner = {
    pid: process.pid,
    host: os.hostname(),
    since: new Date().toISOString(),
    token: randomBytes(8).toString('hex')
  }
  const deadline = Date.now() + opts.timeoutMs
  let told = false
  for (;;) {
    const created = (await makeDirs(dir)) !== undefined
    try {
      const h = await open(file, 'wx', 0o644)
      try {
        await h.writeFile(JSON.stringify(owner) + '\n')
      } finally {
        await h.close()
      }
      return { file, owner, created }
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code
      if (code === 'ENOENT') continue // the folder was removed in between (a failed run's clean-up): again
      if (code !== 'EEXIST') throw err
    }
    const held = await readOwner(file)
    if (!held) continue
    const o = held.owner
    if (o && o.host === os.hostname() && !isProcessAlive(o.pid)) {
      // Stale: its run was killed. Remove it only if it is still the same lock (another waiter may have won).
      if ((await readOwner(file))?.text === held.text) await unlink(file).catch(() => undefined)
      continue
    }
    if (Date.now() >= deadline)
      throw new UserError(
        `another gantry run is building into ${dir} (${describeOwner(o)}); waited ${Math.round(opts.timeoutMs / 1000)} s.`,
        {
          input: 'dist',
          fix: `give each build its own dist folder, run them one after another, or raise lock-timeout; if no build is running, delete ${file}.`
        }
      )
    if (!told) opts.onWait?.(describeOwner(o))
    told = true
    await new Promise(resolve =>
      setTimeout(resolve, Math.min(opts.pollMs ?? 500, Math.max(0, deadline - Date.now())))
    )
  }
}

/** Is the lock still this run's? (A run whose lock was taken over must not commit.) */
export async function holdsLock(lock: DistLock): Promise<boolean> {
  return (await readOwner(lock.file))?.owner?.token === lock.owner.token
}

/**
 * Release the lock if it is still this run's. After a failed build in a folder this run made (`discarded`),
 * the folder, empty but for the lock, goes too.
 */
export async function releaseDist(lock: DistLock, discarded?: DistPlan): Promise<void> {
  if (await holdsLock(lock)) await unlink(lock.file).catch(() => undefined)
  if (discarded?.created) await rmdir(discarded.dir).catch(() => undefined)
}
