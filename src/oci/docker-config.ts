// The standard Docker client config (config.json under DOCKER_CONFIG or ~/.docker), as docker login and
// docker/login-action write it: read credentials for a registry (inline `auths` or a credential helper), and
// the pieces a step's private config (./step-config.ts) is made from. gantry never writes the user's config.

import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { DOCKER_HUB } from '../model/image-ref.js'
import type { Host } from '../util/host.js'
import { UserError } from '../util/errors.js'
import { oneLine } from '../util/log-safe.js'
import { parseJsonAs } from '../util/json.js'

export interface Credentials {
  username: string
  password: string
  /** An OAuth2 refresh token (`identitytoken` in config.json, or a helper's `<token>` user). */
  identityToken?: string
}

export interface AuthEntry {
  auth?: string
  username?: string
  password?: string
  identitytoken?: string
}

export interface ConfigFile {
  auths?: Record<string, AuthEntry>
  credsStore?: string
  credHelpers?: Record<string, string>
  [key: string]: unknown
}

const CONFIG_SCHEMA = {
  type: 'object',
  properties: {
    auths: { type: 'object', additionalProperties: { type: 'object' } },
    credsStore: { type: 'string' },
    credHelpers: { type: 'object', additionalProperties: { type: 'string' } }
  }
} as const

/** The folder holding config.json: DOCKER_CONFIG, else ~/.docker. */
export function dockerConfigDir(env: Readonly<Record<string, string | undefined>>): string {
  if (env.DOCKER_CONFIG) return env.DOCKER_CONFIG
  return path.join(env.HOME || '/root', '.docker')
}

/** The keys config.json may use for a registry (Docker Hub has its historical URL). */
export function keysFor(registry: string): string[] {
  if (registry === DOCKER_HUB)
    return ['https://index.docker.io/v1/', 'index.docker.io', 'docker.io', 'registry-1.docker.io']
  return [registry, `https://${registry}`, `http://${registry}`, `https://${registry}/v1/`]
}

export function authKey(registry: string): string {
  return registry === DOCKER_HUB ? 'https://index.docker.io/v1/' : registry
}

/** The registry a config key or a credential store's server URL stands for (`https://ghcr.io/v1/` -> ghcr.io). */
export function registryOfKey(key: string): string {
  const host = key
    .replace(/^[a-z]+:\/\//i, '')
    .replace(/\/.*$/, '')
    .toLowerCase()
  return ['index.docker.io', 'registry-1.docker.io', 'docker.io'].includes(host) ? DOCKER_HUB : host
}

/** config.json of a folder ({} when there is none); a file that is not a config is an error that says so. */
export async function readConfig(dir: string): Promise<ConfigFile> {
  const file = path.join(dir, 'config.json')
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return {}
    throw err
  }
  try {
    return parseJsonAs<ConfigFile>(text, CONFIG_SCHEMA, file)
  } catch (err) {
    throw new UserError(
      `the Docker config ${oneLine(file)} cannot be used: ${oneLine((err as Error).message)}.`,
      { fix: 'fix or remove it (docker login writes it), or point DOCKER_CONFIG at another folder.' }
    )
  }
}

/** A credential helper's name is one word: docker-credential-<name> must not become a path. */
export function isHelperName(name: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(name)
}

/** Credentials for a registry from config.json, or undefined for anonymous access. */
export async function readCredentials(host: Host, registry: string): Promise<Credentials | undefined> {
  const cfg = await readConfig(dockerConfigDir(host.env))
  const keys = keysFor(registry)
  for (const key of keys) {
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
  const helper = keys.map(k => cfg.credHelpers?.[k]).find(Boolean) ?? cfg.credsStore
  if (helper) return fromHelper(host, helper, registry)
  return undefined
}

/**
 * Ask `docker-credential-<helper> get` (the server on stdin, the secret on stdout). Its output is never
 * logged nor quoted in an error: only the exit code and the helper's name are.
 */
async function fromHelper(host: Host, helper: string, registry: string): Promise<Credentials | undefined> {
  if (!isHelperName(helper))
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
