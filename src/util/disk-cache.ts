// Small JSON facts kept between runs on one machine (what only the toolchain decides, such as its port list),
// so a warm rebuild does not ask again. In the user's cache folder ($XDG_CACHE_HOME/gantry, else
// ~/.cache/gantry), mode 0700 and owned by this user (a file another user planted is never read); every
// value is schema-checked when read, and any problem is a miss.

import { randomBytes } from 'node:crypto'
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { validator } from './json.js'

/**
 * gantry's folder `name` in the user's cache folder ($XDG_CACHE_HOME/gantry/<name>, else
 * ~/.cache/gantry/<name>), from the environment tools run in (never the process's own).
 */
export function userCacheDir(env: Readonly<Record<string, string | undefined>>, name: string): string {
  const base = env.XDG_CACHE_HOME || path.join(env.HOME || os.homedir(), '.cache')
  return path.join(base, 'gantry', name)
}

/** Where the facts live. */
export function cacheDir(env: Readonly<Record<string, string | undefined>>): string {
  return userCacheDir(env, 'facts')
}

/**
 * `dir`, created 0700 when missing, if it is a folder owned by this user that no one else may read or write;
 * else undefined (a cache planted or opened up by someone else is not used).
 */
export async function privateDir(dir: string): Promise<string | undefined> {
  await mkdir(dir, { recursive: true, mode: 0o700 }).catch(() => undefined)
  const st = await stat(dir).catch(() => undefined)
  const uid = os.userInfo().uid
  if (!st?.isDirectory() || (uid >= 0 && st.uid !== uid) || (st.mode & 0o077) !== 0) return undefined
  return dir
}

/** Write a file whole or not at all: a temporary file beside it, renamed over it. Throws on failure. */
export async function writeFileAtomic(file: string, data: string | Buffer): Promise<void> {
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
  try {
    await writeFile(tmp, data, { mode: 0o600 })
    await rename(tmp, file)
  } catch (err) {
    await rm(tmp, { force: true })
    throw err
  }
}

// Checked once per folder and process: a warm rebuild reads five facts, and would check it five times.
const checked = new Map<string, Promise<string | undefined>>()

function ownDir(env: Readonly<Record<string, string | undefined>>): Promise<string | undefined> {
  const dir = cacheDir(env)
  let p = checked.get(dir)
  if (!p) {
    p = privateDir(dir)
    checked.set(dir, p)
  }
  return p
}

function fileName(kind: string, key: string): string {
  return `${kind.replace(/[^a-z0-9-]/g, '')}-${key.replace(/[^a-f0-9]/g, '').slice(0, 64)}.json`
}

/** The value kept for (kind, key), or undefined when there is none or it does not match the schema. */
export async function readCached<T>(
  env: Readonly<Record<string, string | undefined>>,
  kind: string,
  key: string,
  schema: Record<string, unknown>
): Promise<T | undefined> {
  const dir = await ownDir(env)
  if (!dir) return undefined
  try {
    const data: unknown = JSON.parse(await readFile(path.join(dir, fileName(kind, key)), 'utf8'))
    return validator<T>(schema)(data) ? data : undefined
  } catch {
    return undefined
  }
}

/** Keep a value for (kind, key); failures are ignored (the cache is an optimisation). */
export async function writeCached(
  env: Readonly<Record<string, string | undefined>>,
  kind: string,
  key: string,
  value: unknown
): Promise<void> {
  const dir = await ownDir(env)
  if (!dir) return
  try {
    await writeFileAtomic(path.join(dir, fileName(kind, key)), JSON.stringify(value))
  } catch {
    // a read-only temp dir: no cache
  }
}
