// A real host for core tests: real exec and temp dirs, a logger that keeps every line.

import { createHost, type Host } from '../../src/util/host.js'
import { MemoryLogger } from '../../src/util/logger.js'

export function testHost(env: Record<string, string | undefined> = {}): Host & { logger: MemoryLogger } {
  const logger = new MemoryLogger()
  return { ...createHost({ logger, env: { ...process.env, ...env } }), logger }
}
