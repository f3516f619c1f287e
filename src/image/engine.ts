// Which engine builds the image. `auto` (the default) takes the daemonless oci engine whenever nothing in
// the inputs needs a Dockerfile or BuildKit, and buildx otherwise; either way the log says which and why.

import { UserError } from '../util/errors.js'
import type { ImageOptions } from './spec.js'

/** Inputs only the buildx engine understands, with why each needs it. */
function buildxOnly(o: ImageOptions): string[] {
  const out: string[] = []
  if (o.dockerfile) out.push('dockerfile')
  if (o.context) out.push('context')
  if (o.buildArgs.length) out.push('build-args')
  if (o.secrets.length) out.push('secrets')
  if (o.cacheFrom.length) out.push('cache-from')
  if (o.cacheTo.length) out.push('cache-to')
  if (o.builder) out.push('builder')
  if (o.provenance) out.push('provenance')
  return out
}

export function chooseEngine(o: ImageOptions): { engine: 'buildx' | 'oci'; why: string } {
  const needs = buildxOnly(o)
  if (o.engine === 'buildx') return { engine: 'buildx', why: 'engine: buildx' }
  if (o.engine === 'oci') {
    if (needs.length)
      throw new UserError(
        `the oci engine does not take ${needs.join(', ')}: those need a Dockerfile build.`,
        {
          input: needs[0],
          fix: 'use engine: buildx (or auto) for them, or leave them out.'
        }
      )
    return { engine: 'oci', why: 'engine: oci' }
  }
  if (o.output && needs.length)
    throw new UserError(
      `output (an OCI layout) is written by the oci engine, but ${needs.join(', ')} need buildx.`,
      {
        input: 'output',
        fix: `leave output empty (buildx reports its layout in the metadata output), or drop ${needs.join(', ')}.`
      }
    )
  if (needs.length) return { engine: 'buildx', why: `${needs.join(', ')} set: a Dockerfile build` }
  return { engine: 'oci', why: 'prebuilt binaries and no Dockerfile: assembled without a daemon' }
}
