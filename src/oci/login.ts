// Step-scoped registry login: check the credentials against the registry (so a wrong password fails
// here with a clear message, before any build), then store them in the Docker config the way docker
// login does; the post step restores what was there before.

import type { Host } from '../util/host.js'
import { restoreCredentials, storeCredentials, type LoginState } from './docker-config.js'
import { parseRepository } from '../model/image-ref.js'
import { RegistryClient } from './registry.js'

export async function login(
  host: Host,
  opts: { registry: string; username: string; password: string }
): Promise<LoginState> {
  host.logger.mask(opts.password)
  // `registry` may be written as a host or a URL; keep the host.
  const registry = parseRepository(
    `${opts.registry.replace(/^https?:\/\//, '').replace(/\/.*$/, '')}/x`,
    'registry'
  ).registry
  const client = new RegistryClient(async () => ({ username: opts.username, password: opts.password }))
  await client.checkLogin(registry, 'password')
  const state = await storeCredentials(host, registry, { username: opts.username, password: opts.password })
  host.logger.info(`logged in to ${registry} as ${opts.username}`)
  return state
}

export async function logout(host: Host, state: LoginState): Promise<void> {
  await restoreCredentials(state)
  host.logger.info(`logged out of ${state.key}`)
}
