// The standard Docker client config (config.json under DOCKER_CONFIG or ~/.docker), as docker login and
// docker/login-action write it: read credentials for a registry (inline `auths` or a credential helper),
// and add or restore one `auths` entry for a step-scoped login.

import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { DOCKER_HUB } from '../model/image-ref.js'
import type { Host } from '../util/host.js'
import { UserError } from '../util/errors.js'

export interface Credentials {
  username: string
  password: string
  /** An OAuth2 refresh token (`identitytoken` in config.json, or a helper's `<token>` user). */
  identityToken?: string
}

interface ConfigFile {
  auths?: Record<string, { auth?: string; username?: string; password?: string; identitytoken?: string }>
  credsStore?: string
  credHelpers?: Record<string, string>
  [key: string]: unknown
}

/** The folder holding config.json: DOCKER_CONFIG, else ~/.docker. */
export function dockerConfigDir(env: Readonly<Record<string, string | undefined>>): string {
  if (env.DOCKER_CONFIG) return env.DOCKER_CONFIG
  return path.join(env.HOME || '/root', '.docker')
}

/** The keys config.json may use for a registry (Docker Hub has its historical URL). */
function keysFor(registry: string): string[] {
  if (registry === DOCKER_HUB)
    return ['https://index.docker.io/v1/', 'index.docker.io', 'docker.io', 'registry-1.docker.io']
  return [registry, `https://${registry}`, `http://${registry}`, `https://${registry}/v1/`]
}

export function authKey(registry: string): string {
  return registry === DOCKER_HUB ? 'https://index.docker.io/v1/' : registry
}

async function readConfig(dir: string): Promise<ConfigFile> {
  try {
    return JSON.parse(await readFile(path.join(dir, 'config.json'), 'utf8')) as ConfigFile
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return {}
    throw err
  }
}

async function writeConfig(dir: string, cfg: ConfigFile): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 })
  const file = path.join(dir, 'config.json')
  const tmp = `${file}.tmp-${process.pid}`
  await writeFile(tmp, JSON.stringify(cfg, null, '\t') + '\n', { mode: 0o600 })
  await rename(tmp, file)
}

/** Credentials for a registry from config.json, or undefined for anonymous access. */
export async function readCredentials(host: Host, registry: string): Promise<Credentials | undefined> {
  const cfg = await readConfig(dockerConfigDir(host.env))
  for (const key of keysFor(registry)) {
    const e = cfg.auths?.[key]
    if (!e) continue
    if (e.identitytoken) return { username: '<token>', password: '', identityToken: e.identitytoken }
    if (e.auth) {
      const text = Buffer.from(e.auth, 'base64').toString('utf8')
      const colon = text.indexOf(':')
      if (colon > 0) return { username: text.slice(0, colon), password: text.slice(colon + 1) }
    }
    if (e.username && e.password) return { username: e.username, password: e.password }
  }
  const helper = cfg.credHelpers?.[registry] ?? cfg.credsStore
  if (helper) return fromHelper(host, helper, registry)
  return undefined
}

/**
 * Ask `docker-credential-<helper> get` (the server on stdin, the secret on stdout). Its output is never
 * logged nor quoted in an error: only the exit code and the helper's name are.
 */
async function fromHelper(host: Host, helper: string, registry: string): Promise<Credentials | undefined> {
  if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(helper))
    throw new UserError(
      `the Docker config names a credential helper "${helper}" that is not a program name.`,
      {
        input: 'registry',
        fix: 'fix credsStore/credHelpers in the Docker config (DOCKER_CONFIG/config.json).'
      }
    )
  let r
  try {
    r = await host.exec(`docker-credential-${helper}`, ['get'], {
      input: authKey(registry),
      ignoreReturnCode: true,
      timeoutMs: 30_000
    })
  } catch {
    throw new UserError(
      `docker-credential-${helper} (the Docker config's credential helper) cannot be run.`,
      {
        input: 'registry',
        fix: `install docker-credential-${helper}, or remove it from credsStore/credHelpers in the Docker config.`
      }
    )
  }
  // "credentials not found" exits 1: anonymous access, as docker does.
  if (r.code !== 0) return undefined
  let o: { Username?: unknown; Secret?: unknown }
  try {
    o = JSON.parse(r.stdout) as typeof o
  } catch {
    throw new UserError(`docker-credential-${helper} answered something that is not JSON for ${registry}.`, {
      input: 'registry',
      fix: `check the credential helper docker-credential-${helper}.`
    })
  }
  if (typeof o.Secret !== 'string' || !o.Secret) return undefined
  host.logger.mask(o.Secret)
  if (o.Username === '<token>') return { username: '<token>', password: '', identityToken: o.Secret }
  if (typeof o.Username !== 'string' || !o.Username) return undefined
  return { username: o.Username, password: o.Secret }
}

/** What a step-scoped login replaced, so the post step can put it back. */
export interface LoginState {
  dir: string
  key: string
  previous?: ConfigFile['auths'] extends Record<string, infer E> | undefined ? E : never
  /** The credential helper for this registry that the login set aside. */
  previousHelper?: { registry: string; helper: string }
}

/** Write an inline `auths` entry (as docker login does without a helper); returns what to restore. */
export async function storeCredentials(
  host: Host,
  registry: string,
  creds: Credentials
): Promise<LoginState> {
  const dir = dockerConfigDir(host.env)
  const cfg = await readConfig(dir)
  const key = authKey(registry)
  const previous = cfg.auths?.[key]
  cfg.auths = { ...(cfg.auths ?? {}) }
  cfg.auths[key] = { auth: Buffer.from(`${creds.username}:${creds.password}`).toString('base64') }
  // A credsStore would take precedence over the inline entry for docker and buildx; a helper for this
  // registry too. The step login wins for this registry only.
  let previousHelper: LoginState['previousHelper']
  if (cfg.credHelpers?.[registry]) {
    previousHelper = { registry, helper: cfg.credHelpers[registry] }
    cfg.credHelpers = { ...cfg.credHelpers }
    delete cfg.credHelpers[registry]
  }
  await writeConfig(dir, cfg)
  return { dir, key, previous, previousHelper }
}

/** Undo storeCredentials: restore the previous entry or remove ours. */
export async function restoreCredentials(state: LoginState): Promise<void> {
  const cfg = await readConfig(state.dir)
  cfg.auths = { ...(cfg.auths ?? {}) }
  if (state.previous) cfg.auths[state.key] = state.previous
  else delete cfg.auths[state.key]
  if (state.previousHelper)
    cfg.credHelpers = {
      ...(cfg.credHelpers ?? {}),
      [state.previousHelper.registry]: state.previousHelper.helper
    }
  await writeConfig(state.dir, cfg)
}
