// The registry client a stage uses: credentials from the Docker config of the host's environment
// (inline auths, credential helpers), the host's logger for masking tokens, and one operation deadline.

import type { Host } from '../util/host.js'
import { readCredentials } from './docker-config.js'
import { RegistryClient, type RegistryClientOptions } from './registry.js'

export function registryClient(
  host: Host,
  opts: Omit<RegistryClientOptions, 'credentials' | 'logger'> = {}
): RegistryClient {
  return new RegistryClient({
    ...opts,
    credentials: registry => readCredentials(host, registry),
    logger: host.logger
  })
}
