// The test rig's coordinates (scripts/rig.sh env), for tests that need real Docker parts. Fails with a
// clear message when the rig is not up, rather than with a connection error deep in a test.

import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { repoRoot } from './run-action.js'

export interface Rig {
  dir: string
  dockerHost: string
  buildxConfig: string
  builder: string
  registry: string
  authRegistry: string
  authUser: string
  authPassword: string
  roRegistry: string
  base: string
  /** Environment for tools and bundles that talk to the rig. */
  env: Record<string, string>
}

let cached: Rig | undefined

export function rig(): Rig {
  if (cached) return cached
  // A rig already described by the environment (eval "$(…/scripts/rig.sh env)" of another checkout, as in a
  // git worktree whose own path would give other ports) wins over this checkout's.
  const env: Record<string, string> = {}
  if (process.env.GANTRY_RIG_DIR && process.env.GANTRY_RIG_REGISTRY) {
    for (const [k, v] of Object.entries(process.env))
      if (
        v !== undefined &&
        (k.startsWith('GANTRY_RIG_') || ['DOCKER_HOST', 'BUILDX_CONFIG', 'BUILDKIT_HOST'].includes(k))
      )
        env[k] = v
  } else {
    const text = execFileSync(path.join(repoRoot, 'scripts/rig.sh'), ['env'], { encoding: 'utf8' })
    for (const m of text.matchAll(/^export (\w+)='([^']*)'$/gm)) env[m[1]] = m[2]
  }
  const status = execFileSync(path.join(repoRoot, 'scripts/rig.sh'), ['status'], {
    encoding: 'utf8',
    env: { ...process.env, GANTRY_RIG_DIR: env.GANTRY_RIG_DIR }
  })
  if (/stopped/.test(status) || !env.GANTRY_RIG_AUTH_PASSWORD)
    throw new Error(`the test rig is not up; run scripts/rig.sh up (as root) first.\n${status}`)
  cached = {
    dir: env.GANTRY_RIG_DIR,
    dockerHost: env.DOCKER_HOST,
    buildxConfig: env.BUILDX_CONFIG,
    builder: env.GANTRY_RIG_BUILDER,
    registry: env.GANTRY_RIG_REGISTRY,
    authRegistry: env.GANTRY_RIG_AUTH_REGISTRY,
    authUser: env.GANTRY_RIG_AUTH_USER,
    authPassword: env.GANTRY_RIG_AUTH_PASSWORD,
    roRegistry: env.GANTRY_RIG_RO_REGISTRY,
    base: env.GANTRY_RIG_BASE,
    env
  }
  return cached
}
