// A private Docker config for one step's login. The user's config is never written: gantry makes a
// temporary DOCKER_CONFIG seeded from it (every setting, the inline `auths`, the `credHelpers` and the
// registries of the `credsStore`, and links to its cli-plugins, buildx and contexts folders), with the step's
// login as the one way to reach its registry, passes it to docker, buildx and its own registry client, and
// removes it when the step ends. An owner file (pid, host, time) in the folder lets a later run remove the
// folder of a run that was killed before it could.

import { lstat, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Host } from '../util/host.js'
import { parseJsonAs } from '../util/json.js'
import { isProcessAlive } from '../util/process.js'
import {
  authKey,
  dockerConfigDir,
  isHelperName,
  keysFor,
  readConfig,
  registryOfKey,
  type ConfigFile,
  type Credentials
} from './docker-config.js'

/** The temp-folder prefix of step configs (host.tempDir adds `gantry-`). */
export const STEP_CONFIG_PREFIX = 'docker-config'
const FOLDER = /^gantry-docker-config-[A-Za-z0-9]+$/
/** The recovery file: who made the folder. */
export const OWNER_FILE = 'gantry-owner.json'

/** What the step keeps (and the post step reads): where the config is. Never a credential. */
export interface StepConfig {
  dir: string
  registry: string
}

interface Owner {
  pid: number
  host: string
  created: string
}

const OWNER_SCHEMA = {
  type: 'object',
  properties: { pid: { type: 'integer' }, host: { type: 'string' }, created: { type: 'string' } },
  required: ['pid', 'host', 'created']
} as const

const STORE_LIST = { type: 'object', additionalProperties: { type: 'string' } } as const

/**
 * The credsStore's registries as credHelpers entries (the store, asked per registry), except `registry`:
 * a credsStore would otherwise answer for every registry, the logged-in one too, and the login would not count.
 */
async function storeAsHelpers(host: Host, store: string, registry: string): Promise<Record<string, string>> {
  if (!isHelperName(store)) return {}
  const r = await host
    .exec(`docker-credential-${store}`, ['list'], { ignoreReturnCode: true })
    .catch(() => undefined)
  let servers: Record<string, string> = {}
  try {
    if (r?.code === 0) servers = parseJsonAs<Record<string, string>>(r.stdout || '{}', STORE_LIST, 'list')
    else throw new Error('list failed')
  } catch {
    host.logger.warn(
      `the Docker credential store "${store}" could not list its registries (docker-credential-${store} list); in this step only the login registry, the inline auths and the credHelpers of the Docker config have credentials.`
    )
  }
  const out: Record<string, string> = {}
  for (const server of Object.keys(servers)) {
    const reg = registryOfKey(server)
    if (reg !== registry) for (const key of [authKey(reg), reg]) out[key] = store
  }
  return out
}

/** The user's config with the login as the only credential source for `registry`. */
async function seedConfig(
  host: Host,
  cfg: ConfigFile,
  registry: string,
  creds: Credentials
): Promise<ConfigFile> {
  const mine = new Set(keysFor(registry))
  const out: ConfigFile = { ...cfg }
  out.auths = Object.fromEntries(Object.entries(cfg.auths ?? {}).filter(([k]) => !mine.has(k)))
  out.auths[authKey(registry)] = {
    auth: Buffer.from(`${creds.username}:${creds.password}`).toString('base64')
  }
  const helpers = Object.fromEntries(Object.entries(cfg.credHelpers ?? {}).filter(([k]) => !mine.has(k)))
  if (cfg.credsStore)
    Object.assign(helpers, await storeAsHelpers(host, cfg.credsStore, registry), cfg.credHelpers ?? {})
  for (const k of mine) delete helpers[k]
  delete out.credsStore
  if (Object.keys(helpers).length) out.credHelpers = helpers
  else delete out.credHelpers
  return out
}

/** Link the user's other config entries (cli-plugins, buildx builders, contexts) into the step config. */
async function linkEntries(userDir: string, dir: string): Promise<void> {
  const entries = await readdir(userDir).catch(() => [] as string[])
  for (const e of entries.sort())
    if (e !== 'config.json' && !e.startsWith('config.json.') && e !== OWNER_FILE)
      await symlink(path.join(userDir, e), path.join(dir, e))
}

/** Make the step's private config; the caller passes DOCKER_CONFIG=dir to every tool and removes it after. */
export async function createStepConfig(
  host: Host,
  registry: string,
  creds: Credentials
): Promise<StepConfig> {
  const userDir = dockerConfigDir(host.env)
  const cfg = await readConfig(userDir)
  const dir = await host.tempDir(STEP_CONFIG_PREFIX)
  try {
    // The owner file first: a run killed from here on leaves a folder the next run can recognise.
    const owner: Owner = { pid: process.pid, host: os.hostname(), created: new Date().toISOString() }
    await writeFile(path.join(dir, OWNER_FILE), JSON.stringify(owner) + '\n', { mode: 0o600 })
    await linkEntries(userDir, dir)
    const seeded = await seedConfig(host, cfg, registry, creds)
    await writeFile(path.join(dir, 'config.json'), JSON.stringify(seeded, null, '\t') + '\n', { mode: 0o600 })
  } catch (err) {
    await rm(dir, { recursive: true, force: true })
    throw err
  }
  return { dir, registry }
}

/** Is this folder a step config gantry made, owner file and all (so removing it removes nothing of the user's)? */
async function isStepConfig(dir: string): Promise<boolean> {
  if (!FOLDER.test(path.basename(dir))) return false
  const st = await lstat(dir).catch(() => undefined)
  if (!st?.isDirectory()) return false
  return Boolean((await lstat(path.join(dir, OWNER_FILE)).catch(() => undefined))?.isFile())
}

/** Remove a step config (links inside it are removed, never followed). False when there was none. */
export async function removeStepConfig(dir: string): Promise<boolean> {
  if (!(await isStepConfig(dir))) return false
  await rm(dir, { recursive: true, force: true })
  return true
}

/**
 * Remove the step configs, next to `dir`, of runs on this machine that are gone (killed before their clean-up):
 * the recovery the owner file is for. Returns the folders removed.
 */
export async function sweepStepConfigs(dir: string): Promise<string[]> {
  const root = path.dirname(dir)
  const removed: string[] = []
  for (const name of await readdir(root).catch(() => [] as string[])) {
    const d = path.join(root, name)
    if (d === dir || !FOLDER.test(name)) continue
    const text = await readFile(path.join(d, OWNER_FILE), 'utf8').catch(() => undefined)
    if (text === undefined) continue
    let owner: Owner
    try {
      owner = parseJsonAs<Owner>(text, OWNER_SCHEMA, OWNER_FILE)
    } catch {
      continue
    }
    if (owner.host !== os.hostname() || isProcessAlive(owner.pid)) continue
    if (await removeStepConfig(d)) removed.push(d)
  }
  return removed
}
