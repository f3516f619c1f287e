// What the buildx engine needs to know about the installed tools: the buildx version (`docker buildx
// version`) and the builder's BuildKit version (`docker buildx inspect`), for feature gates in the pure argv
// builder, as docker/build-push-action gates on them. Two small text parsers, so the core needs no runner
// library.

import type { Host } from '../util/host.js'
import { UserError } from '../util/errors.js'
import { ExecError } from '../util/exec.js'
import type { ToolVersions } from './spec.js'

/** `github.com/docker/buildx v0.37.2 1a2b3c` → `0.37.2`; undefined when no version is printed. */
export function parseBuildxVersion(output: string): string | undefined {
  return /\bv?(\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?)\b/.exec(output)?.[1]
}

/** The first node's BuildKit version from `docker buildx inspect` (`BuildKit version: v0.33.1`). */
export function parseBuildkitVersion(inspect: string): string | undefined {
  const m = /^\s*Build[Kk]it(?: version)?:\s*v?(\d+\.\d+\.\d+\S*)/m.exec(inspect)
  return m?.[1]
}

async function docker(host: Host, args: string[]): Promise<string> {
  return (await host.exec('docker', args)).stdout
}

/** buildx and BuildKit versions of this machine and builder; UserErrors when either is missing. */
export async function detectVersions(host: Host, builder?: string): Promise<ToolVersions> {
  let buildx: string | undefined
  try {
    buildx = parseBuildxVersion(await docker(host, ['buildx', 'version']))
  } catch (err) {
    throw new UserError(`docker buildx is not available (${(err as Error).message.split('\n')[0]}).`, {
      input: 'engine',
      fix: 'install Docker with the buildx plugin (docker/setup-buildx-action).'
    })
  }
  if (!buildx)
    throw new UserError('docker buildx version printed no version.', {
      input: 'engine',
      fix: 'install a released buildx (docker/setup-buildx-action).'
    })
  let inspect: string
  try {
    inspect = await docker(host, ['buildx', 'inspect', ...(builder ? [builder] : [])])
  } catch (err) {
    const why = (err instanceof ExecError ? err.result.stderr : String(err)).trim().split('\n').slice(-1)[0]
    throw new UserError(`cannot inspect the buildx builder${builder ? ` "${builder}"` : ''}: ${why}`, {
      input: 'builder',
      fix: 'name an existing builder (docker buildx ls), or leave builder empty for the current one.'
    })
  }
  return { buildx, buildkit: parseBuildkitVersion(inspect) }
}
