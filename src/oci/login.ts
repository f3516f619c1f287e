// Step-scoped registry login: check the credentials against the registry (so a wrong password fails here
// with a clear message, before any build), then make a private Docker config holding them for the step
// (./step-config.ts). The user's own config is never written; logout removes the private one.

import type { Host } from '../util/host.js'
import { parseRepository } from '../model/image-ref.js'
import { RegistryClient } from './registry.js'
import { createStepConfig, removeStepConfig, sweepStepConfigs, type StepConfig } from './step-config.js'

export type LoginState = StepConfig

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
  // A refusal blames the password; a registry that cannot be reached blames the registry input.
  await client.checkLogin(registry, 'password', 'registry')
  const state = await createStepConfig(host, registry, { username: opts.username, password: opts.password })
  for (const dir of await sweepStepConfigs(state.dir))
    host.logger.info(`removed ${dir}, the login folder of an earlier run that was killed`)
  host.logger.info(`logged in to ${registry} as ${opts.username} (for this step only)`)
  return state
}

export async function logout(host: Host, state: LoginState): Promise<void> {
  if (await removeStepConfig(state.dir)) host.logger.info(`logged out of ${state.registry}`)
}
