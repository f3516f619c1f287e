// The `docker buildx build` command line as a pure function of the resolved inputs and the installed tool
// versions, as docker/build-push-action does it; __tests__/image/buildx-args.test.ts is a table of
// inputs -> argv. Nothing here runs anything.

import * as semver from 'semver'
import { UserError } from '../util/errors.js'
import type { ToolVersions } from './spec.js'

export type BuildxOutput =
  /** Push every platform by digest to these repositories, untagged; tags are written afterwards. */
  | { kind: 'push'; names: string[] }
  /** Load into the Docker daemon (one platform). */
  | { kind: 'load'; names: string[] }
  /** Build only, into an OCI layout folder (no push, no load): the result can be inspected or scanned. */
  | { kind: 'oci-layout'; dest: string }

export interface BuildxBuildInput {
  builder?: string
  context: string
  dockerfile: string
  platforms: string[]
  labels: [string, string][]
  annotations: [string, string][]
  buildArgs: [string, string][]
  /** Secret ids; each value is passed in the environment variable secretEnvName(id). */
  secretIds: string[]
  provenance: boolean
  cacheFrom: string[]
  cacheTo: string[]
  output: BuildxOutput
  metadataFile: string
  sourceDateEpoch?: number
}

/** Lowest buildx gantry drives: --provenance/--sbom/--metadata-file as used here came with 0.10. */
export const MIN_BUILDX = '0.10.0'

export function secretEnvName(id: string): string {
  return `GANTRY_SECRET_${id.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`
}

function atLeast(version: string | undefined, min: string): boolean {
  const v = version ? semver.coerce(version) : null
  return v ? semver.gte(v, min) : false
}

/** A CSV field for buildx's --output (values with commas or quotes are quoted). */
function csv(field: string): string {
  return /[",]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field
}

export function buildxBuildArgs(input: BuildxBuildInput, versions: ToolVersions): string[] {
  if (!atLeast(versions.buildx, MIN_BUILDX))
    throw new UserError(
      `buildx ${versions.buildx || '(unknown version)'} is too old; gantry needs ${MIN_BUILDX} or newer.`,
      {
        input: 'engine',
        fix: 'update buildx (docker/setup-buildx-action installs a current one).'
      }
    )
  const args = ['buildx', 'build']
  if (input.builder) args.push('--builder', input.builder)
  args.push('--file', input.dockerfile)
  if (input.platforms.length) args.push('--platform', input.platforms.join(','))
  args.push('--metadata-file', input.metadataFile)
  args.push(`--provenance=${input.provenance ? 'mode=min' : 'false'}`)
  // gantry attaches its own SBOM as an OCI referrer after the push (src/image/sbom.ts); BuildKit's attestation
  // needs its scanner image pulled from Docker Hub, so it is always off.
  args.push('--sbom=false')
  if (input.sourceDateEpoch !== undefined)
    args.push('--build-arg', `SOURCE_DATE_EPOCH=${input.sourceDateEpoch}`)
  for (const [k, v] of input.buildArgs) args.push('--build-arg', `${k}=${v}`)
  for (const [k, v] of input.labels) args.push('--label', `${k}=${v}`)
  if (input.annotations.length && !atLeast(versions.buildx, '0.12.0'))
    throw new UserError(`annotations need buildx 0.12 or newer; this is ${versions.buildx}.`, {
      input: 'annotations',
      fix: 'update buildx, or drop the annotations.'
    })
  for (const [k, v] of input.annotations) args.push('--annotation', `${k}=${v}`)
  for (const id of input.secretIds) args.push('--secret', `id=${id},env=${secretEnvName(id)}`)
  for (const c of input.cacheFrom) args.push('--cache-from', c)
  for (const c of input.cacheTo) args.push('--cache-to', c)
  // Clamp file timestamps in layers to SOURCE_DATE_EPOCH (BuildKit 0.13+), so rebuilds give the same digest.
  const rewrite =
    input.sourceDateEpoch !== undefined && atLeast(versions.buildkit, '0.13.0')
      ? ',rewrite-timestamp=true'
      : ''
  const o = input.output
  if (o.kind === 'push')
    args.push(
      '--output',
      `type=image,${csv(`name=${o.names.join(',')}`)},push-by-digest=true,name-canonical=true,push=true${rewrite}`
    )
  else if (o.kind === 'load')
    args.push(
      '--output',
      `type=docker${o.names.length ? `,${csv(`name=${o.names.join(',')}`)}` : ''}${rewrite}`
    )
  else args.push('--output', `type=oci,dest=${csv(o.dest)},tar=false${rewrite}`)
  args.push(input.context)
  return args
}
