// The buildx engine: stage the prebuilt binaries (or take the user's Dockerfile), run one
// `docker buildx build` for every platform, push by digest, read the result back from the registry, and
// write the tags last. Tool detection, builder inspection and metadata reading go through
// @docker/actions-toolkit's parsers; the command line comes from the pure buildxBuildArgs.

import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { Buildx } from '@docker/actions-toolkit/lib/buildx/buildx.js'
import { Builder } from '@docker/actions-toolkit/lib/buildx/builder.js'
import { Build } from '@docker/actions-toolkit/lib/buildx/build.js'
import type { BuildMetadata } from '@docker/actions-toolkit/lib/types/buildx/build.js'
import { UserError } from '../util/errors.js'
import { ExecError } from '../util/exec.js'
import type { Host } from '../util/host.js'
import { toPlatform } from '../model/target.js'
import { formatRef, repositoryName } from '../model/image-ref.js'
import { describeImage as describeLayout } from '../oci/reader.js'
import { LayoutSource } from '../oci/source.js'
import { buildxBuildArgs, secretEnvName, type BuildxOutput } from './buildx-args.js'
import { stageContext } from './context.js'
import { lintDockerfile } from './dockerfile-lint.js'
import { describeImage, registryClient, registryUserError, writeTags } from './publish.js'
import type { ImageEngine, ImagePlan, ImageResult, ToolVersions } from './spec.js'

async function docker(host: Host, args: string[]): Promise<string> {
  return (await host.exec('docker', args)).stdout
}

/** buildx and BuildKit versions of this machine and builder; UserErrors when either is missing. */
export async function detectVersions(host: Host, builder?: string): Promise<ToolVersions> {
  let buildx: string
  try {
    buildx = Buildx.parseVersion((await docker(host, ['buildx', 'version'])).trim())
  } catch (err) {
    throw new UserError(`docker buildx is not available (${(err as Error).message.split('\n')[0]}).`, {
      input: 'engine',
      fix: 'install Docker with the buildx plugin (docker/setup-buildx-action).'
    })
  }
  let info
  try {
    info = Builder.parseInspect(await docker(host, ['buildx', 'inspect', ...(builder ? [builder] : [])]))
  } catch (err) {
    throw new UserError(
      `cannot inspect the buildx builder${builder ? ` "${builder}"` : ''}: ${(err instanceof ExecError ? err.result.stderr : String(err)).trim().split('\n').slice(-1)[0]}`,
      {
        input: 'builder',
        fix: 'name an existing builder (docker buildx ls), or leave builder empty for the current one.'
      }
    )
  }
  return { buildx, buildkit: info.nodes.find(n => n.buildkit)?.buildkit }
}

export const buildxEngine: ImageEngine = {
  name: 'buildx',
  async build(plan: ImagePlan, host: Host): Promise<ImageResult> {
    const o = plan.options
    const versions = await detectVersions(host, o.builder)
    host.logger.info(`buildx ${versions.buildx}, BuildKit ${versions.buildkit ?? 'unknown'}`)

    let context: string
    let dockerfile: string
    if (o.dockerfile) {
      dockerfile = o.dockerfile
      context = o.context ?? path.dirname(o.dockerfile)
      let text: string
      try {
        text = await readFile(dockerfile, 'utf8')
      } catch {
        throw new UserError(`${dockerfile} does not exist.`, {
          input: 'dockerfile',
          fix: 'point it at a Dockerfile in the workspace, or leave it empty to generate one.'
        })
      }
      for (const w of lintDockerfile(text, plan.platforms.length))
        host.logger.warn(w.message, {
          file: path.relative(o.cwd, dockerfile) || dockerfile,
          line: w.line,
          title: 'Go compiled under emulation'
        })
    } else {
      const staged = await host.logger.group('Stage the build context', () => stageContext(plan, host))
      context = staged.context
      dockerfile = staged.dockerfile
      host.logger.info(staged.text)
    }

    const pushing = o.push || o.pushByDigest
    const metaDir = await host.tempDir('image-meta')
    const metadataFile = path.join(metaDir, 'metadata.json')
    let output: BuildxOutput
    let layout: string | undefined
    if (pushing) output = { kind: 'push', names: plan.repositories.map(repositoryName) }
    else if (o.load) output = { kind: 'load', names: plan.refs.map(r => formatRef(r)) }
    else {
      layout = path.join(metaDir, 'oci-layout')
      output = { kind: 'oci-layout', dest: layout }
    }
    const args = buildxBuildArgs(
      {
        builder: o.builder,
        context,
        dockerfile,
        platforms: plan.platforms.map(toPlatform),
        labels: plan.labels,
        annotations: o.annotations,
        buildArgs: o.buildArgs,
        secretIds: o.secrets.map(([id]) => id),
        provenance: o.provenance,
        sbom: o.sbom,
        cacheFrom: o.cacheFrom,
        cacheTo: o.cacheTo,
        output,
        metadataFile,
        sourceDateEpoch: plan.sourceDateEpoch
      },
      versions
    )
    // Provenance in the metadata file would make the metadata output huge; the attestation is what matters.
    const env: Record<string, string | undefined> = {
      ...host.env,
      BUILDKIT_PROGRESS: 'plain',
      BUILDX_METADATA_PROVENANCE: 'disabled'
    }
    for (const [id, value] of o.secrets) {
      host.logger.mask(value)
      env[secretEnvName(id)] = value
    }
    await host.logger.group(
      `docker ${args.slice(0, 2).join(' ')} (${plan.platforms.map(toPlatform).join(', ') || 'builder default'})`,
      async () => {
        host.logger.info(`docker ${args.join(' ')}`)
        try {
          await host.exec('docker', args, {
            env,
            onStdoutLine: l => host.logger.info(l),
            onStderrLine: l => host.logger.info(l)
          })
        } catch (err) {
          if (!(err instanceof ExecError)) throw err
          const tail = err.result.stderr.trim().split('\n').slice(-8).join('\n')
          const push = /push|unexpected status|denied|unauthorized|401|403|405/i.test(tail) && pushing
          throw new UserError(
            push ? `the registry refused the push:\n${tail}` : `docker buildx build failed:\n${tail}`,
            push
              ? {
                  input: 'images',
                  fix: 'check the repository name and that these credentials may push to it; nothing was tagged.'
                }
              : { input: o.dockerfile ? 'dockerfile' : 'base', fix: 'see the build log above.' }
          )
        }
      }
    )

    const metadata = JSON.parse(await readFile(metadataFile, 'utf8').catch(() => '{}')) as BuildMetadata
    const digest = new Build({ buildx: new Buildx() }).resolveDigest(metadata) ?? ''

    if (layout) {
      const l = await describeLayout(await LayoutSource.open(layout, 'engine'))
      return {
        digest: l.digest,
        refs: [],
        platforms: l.platforms,
        tags: [],
        metadata: { ...metadata, 'gantry.oci-layout': layout },
        pushed: false
      }
    }
    if (o.load) {
      return {
        digest,
        refs: plan.refs.map(r => formatRef(r)),
        platforms: plan.platforms.map(t => ({ platform: toPlatform(t), digest, size: 0 })),
        tags: plan.refs.map(r => formatRef(r)),
        metadata,
        pushed: false
      }
    }
    // Pushed by digest to every repository: read it back, then tag (unless this job only pushes by digest).
    const client = registryClient(host, { operationTimeoutMs: o.registryTimeoutMs })
    const source = plan.repositories[0]
    try {
      const image = await describeImage(client, source, digest)
      const refs = o.pushByDigest
        ? plan.repositories.map(r => `${repositoryName(r)}@${digest}`)
        : await host.logger.group('Write tags', () => writeTags(client, host, source, image, plan.refs))
      return {
        digest,
        refs,
        platforms: image.platforms.sort((a, b) => (a.platform < b.platform ? -1 : 1)),
        tags: o.pushByDigest ? [] : plan.refs.map(r => formatRef(r)),
        metadata,
        pushed: true
      }
    } catch (err) {
      throw registryUserError(err, 'publish')
    }
  }
}
