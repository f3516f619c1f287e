// The push step of the one-step release (src/stages/release.ts): the image the oci engine wrote to an OCI
// layout, copied to every repository — blobs, then manifests, then the index, by digest — and, in a second
// step after the git tag, the tags. The blobs come from a layout on this machine and are digest-verified as
// they are read; a registry that has a blob or manifest already is not sent it again, so a re-run after a
// cancelled push finishes the job without duplicates. Not an action of its own: the pipeline's inner step.

import { defineStage, type StageContext } from '../runtime/stage.js'
import type { InputSpecs } from '../runtime/inputs.js'
import type { OutputSpecs } from '../runtime/outputs.js'
import { UserError } from '../util/errors.js'
import { registryClient } from '../oci/client.js'
import { registryFailure } from '../oci/errors.js'
import { LayoutSource } from '../oci/source.js'
import { readNode } from '../oci/publish.js'
import { publishToRegistry } from '../oci/publish.js'
import { resolveRefs } from '../image/plan.js'
import { repositoryName } from '../model/image-ref.js'
import { LOGIN_INPUTS, parseLogin, undoStepLogin, withStepLogin, type StepLogin } from './registry-login.js'

const inputs = {
  images: { kind: 'list', description: 'Repositories to push to (ghcr.io/org/app).' },
  tags: {
    kind: 'list',
    description: 'Tags for every repository in images, or full references (the tag stage output).'
  },
  'registry-timeout': {
    kind: 'int',
    min: 1,
    max: 86400,
    description: 'Seconds the push may take.',
    default: '90'
  },
  ...LOGIN_INPUTS
} as const satisfies InputSpecs

const outputs = {
  refs: { encode: 'lines', description: 'repo@digest per repository, or repo:tag@digest per tag written.' }
} as const satisfies OutputSpecs

export interface PushOptions {
  images: string[]
  tags: string[]
  registryTimeoutMs: number
  login?: StepLogin
  /** The OCI layout holding the image, and the image's digest in it (set by the pipeline). */
  layout: string
  digest: string
  /** Write the tags (after everything is there by digest); false: by digest only. */
  tag: boolean
  /** The pipeline's push step put the image in every repository by digest already: only tag. */
  pushed?: boolean
}

export interface PushResult {
  digest: string
  refs: string[]
  tagged: boolean
}

async function runPush(o: PushOptions, ctx: StageContext): Promise<PushResult> {
  if (!o.layout || !o.digest) throw new Error('push: the pipeline gave no layout or digest')
  const { repositories, refs } = resolveRefs(o)
  if (!repositories.length && !refs.length)
    throw new UserError('names no repository to push to.', {
      input: 'images',
      fix: 'set images (ghcr.io/org/app), or push: false.'
    })
  const source = await LayoutSource.open(o.layout, 'oci-layout')
  const node = await readNode(source, o.digest)
  return withStepLogin(o.login, ctx, async host => {
    const client = registryClient(host, { operationTimeoutMs: o.registryTimeoutMs })
    const what = `push ${[...repositories, ...refs].map(r => repositoryName(r)).join(', ')}`
    const written = await publishToRegistry(client, host, node, {
      repositories,
      refs,
      tag: o.tag,
      pushed: o.pushed
    }).catch((err: unknown) => {
      throw registryFailure(err, { operation: what, input: 'images', publishing: true })
    })
    return { digest: node.digest, refs: written, tagged: o.tag }
  })
}

export const pushStage = defineStage({
  name: 'push',
  action: 'push',
  title: 'gantry push',
  description: 'Push an image from an OCI layout to registries, by digest, then the tags.',
  summary: 'push an image from an OCI layout',
  inputs,
  outputs,
  parse: i => ({
    images: i.images,
    tags: i.tags,
    registryTimeoutMs: i['registry-timeout'] * 1000,
    login: parseLogin(i),
    layout: '',
    digest: '',
    tag: true
  }),
  run: runPush,
  output: r => ({ refs: r.refs }),
  report: r => ({
    title: r.tagged ? 'gantry push: tags' : 'gantry push',
    facts: r.refs.map(x => ({ label: r.tagged ? 'tagged' : 'pushed', value: { code: x } }))
  }),
  post: { if: 'always()', run: undoStepLogin }
})
