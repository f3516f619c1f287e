// The standard Docker client config (config.json under DOCKER_CONFIG or ~/.docker), as docker login and
// docker/login-action write it: read credentials for a registry (inline `auths` or a credential helper), and
// make a private config for one step's login (./step-config.ts) from it.

import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { DOCKER_HUB } from '../model/image-ref.js'
import { UserError } from '../util/errors.js'
import type { Host } from '../util/host.js'
import { oneLine } from '../util/log-safe.js'
import { parseJsonAs } from '../util/json.js'

export interface Credentials {
  username: string
  password: string
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
      {
        fix: 'fix or remove it (docker login writes it), or point DOCKER_CONFIG at another folder.'
      }
    )
  }
}

const HELPER_OUTPUT = {
  type: 'object',
  properties: { Username: { type: 'string' }, Secret: { type: 'string' } }
} as const

/** Ask a credential helper program (docker-credential-<name>) for a registry's credentials. */
async function fromHelper(host: Host, helper: string, registry: string): Promise<Credentials | undefined> {
  const r = await host.exec(`docker-credential-${helper}`, ['get'], {
    input: authKey(registry),
    ignoreReturnCode: true
  })
  if (r.code !== 0) return undefined
  try {
    const o = parseJsonAs<{ Username?: string; Secret?: string }>(
      r.stdout,
      HELPER_OUTPUT,
      `docker-credential-${helper} get`
    )
    return o.Username && o.Secret ? { username: o.Username, password: o.Secret } : undefined
  } catch {
    return undefined
  }
}

/** Credentials for a registry from config.json, or undefined for anonymous access. */
export async function readCredentials(host: Host, registry: string): Promise<Credentials | undefined> {
  const cfg = await readConfig(dockerConfigDir(host.env))
  const keys = keysFor(registry)
  // As docker does: a helper for this registry, else the credsStore, else the inline entry.
  const helper = keys.map(k => cfg.credHelpers?.[k]).find(Boolean) ?? cfg.credsStore
  if (helper) {
    const creds = await fromHelper(host, helper, registry).catch(() => undefined)
    if (creds) return creds
  }
  for (const key of keys) {
    const e = cfg.auths?.[key]
    if (!e) continue
    if (e.auth) {
      const text = Buffer.from(e.auth, 'base64').toString('utf8')
      const colon = text.indexOf(':')
      if (colon > 0) return { username: text.slice(0, colon), password: text.slice(colon + 1) }
    }
    if (e.username && e.password) return { username: e.username, password: e.password }
  }
  return undefined
}
