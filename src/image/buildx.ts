// The buildx engine: stage the prebuilt binaries (or take the user's Dockerfile), run one
// `docker buildx build` for every platform, push by digest, read the result back from the registry, and
// write the tags last. The command line comes from the pure buildxBuildArgs, gated on the tool versions.

import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { UserError } from '../util/errors.js'
import { ExecError } from '../util/exec.js'
import { fsUserError } from '../util/fs-errors.js'
import { isInsideReal } from '../util/paths.js'
import type { Host } from '../util/host.js'
import { toPlatform } from '../model/target.js'
import { formatRef, repositoryName } from '../model/image-ref.js'
import { describeImage as describeLayout } from '../oci/reader.js'
import { LayoutSource } from '../oci/source.js'
import { buildxBuildArgs, secretEnvName, type BuildxOutput } from './buildx-args.js'
import { dockerfileBase, stageContext } from './context.js'
import { lintDockerfile } from './dockerfile-lint.js'
import { describeImage, registryClient, registryUserError, writeTags } from './publish.js'
import type { ImageEngine, ImagePlan, ImageResult } from './spec.js'
import { detectVersions } from './buildx-tools.js'

/** The user's Dockerfile (with the emulation warning) or a generated one over the staged binaries. */
async function prepareContext(plan: ImagePlan, host: Host): Promise<{ context: string; dockerfile: string }> {
  const o = plan.options
  if (!o.dockerfile) {
    dockerfileBase(o.base)
    const staged = await host.logger.group('Stage the build context', () => stageContext(plan, host))
    // Through the logger, which fences text that could hold a workflow command (the inputs are validated too).
    host.logger.info(staged.text)
    return { context: staged.context, dockerfile: staged.dockerfile }
  }
  let text: string
  try {
    text = await readFile(o.dockerfile, 'utf8')
  } catch (err) {
    throw (
      fsUserError(err, {
        input: 'dockerfile',
        path: o.dockerfile,
        doing: 'reading the Dockerfile',
        reading: true
      }) ?? err
    )
  }
  for (const w of lintDockerfile(text, plan.platforms.length))
    host.logger.warn(w.message, {
      file: path.relative(o.cwd, o.dockerfile) || o.dockerfile,
      line: w.line,
      title: 'Go compiled under emulation'
    })
  return { context: o.context ?? path.dirname(o.dockerfile), dockerfile: o.dockerfile }
}

/** Where buildx writes: pushed by digest, loaded into the daemon, or an OCI layout to read back. */
function chooseOutput(plan: ImagePlan, metaDir: string): { output: BuildxOutput; layout?: string } {
  const o = plan.options
  if (o.push || o.pushByDigest)
    return { output: { kind: 'push', names: plan.repositories.map(repositoryName) } }
  if (o.load) return { output: { kind: 'load', names: plan.refs.map(r => formatRef(r)) } }
  const layout = path.join(metaDir, 'oci-layout')
  return { output: { kind: 'oci-layout', dest: layout }, layout }
}

/**
 * The last lines of buildx's error output for the error message. BuildKit quotes the Dockerfile's lines in
 * parse errors, so when the Dockerfile or the context lies outside the workspace (allowed explicitly), the
 * annotation says only where to look: it never quotes a file from outside the workspace.
 */
async function errorTail(plan: ImagePlan, stderr: string): Promise<string> {
  const o = plan.options
  const files = [o.dockerfile, o.context].filter((f): f is string => Boolean(f))
  for (const f of files)
    if (!(await isInsideReal(o.workspace, f)))
      return '(the output is in the build log above; it is not quoted here because the Dockerfile or the context lies outside the workspace)'
  return stderr.trim().split('\n').slice(-8).join('\n')
}

/** Run `docker buildx build`; a failure is a UserError blaming the push or the build. */
async function runBuildx(plan: ImagePlan, host: Host, args: string[]): Promise<void> {
  const o = plan.options
  const pushing = o.push || o.pushByDigest
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
  const title = `docker ${args.slice(0, 2).join(' ')} (${plan.platforms.map(toPlatform).join(', ') || 'builder default'})`
  await host.logger.group(title, async () => {
    host.logger.info(`docker ${args.join(' ')}`)
    try {
      await host.exec('docker', args, {
        env,
        onStdoutLine: l => host.logger.info(l),
        onStderrLine: l => host.logger.info(l)
      })
    } catch (err) {
      if (!(err instanceof ExecError)) throw err
      const tail = await errorTail(plan, err.result.stderr)
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
  })
}

/** What was pushed by digest, read back from the registry; then the tags (unless pushing by digest only). */
async function publishPushed(
  plan: ImagePlan,
  host: Host,
  digest: string,
  metadata: Record<string, unknown>
): Promise<ImageResult> {
  const o = plan.options
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

async function readMetadata(file: string): Promise<Record<string, unknown>> {
  const text = await readFile(file, 'utf8').catch(() => '{}')
  const data: unknown = JSON.parse(text)
  return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {}
}

export const buildxEngine: ImageEngine = {
  name: 'buildx',
  async build(plan: ImagePlan, host: Host): Promise<ImageResult> {
    // "image work": the engine's own time, from its start to the end of its push, as the oci engine logs it.
    const start = host.now()
    const result = await buildWithBuildx(plan, host)
    host.logger.info(`image work ${host.now() - start} ms`)
    return result
  }
}

async function buildWithBuildx(plan: ImagePlan, host: Host): Promise<ImageResult> {
  const o = plan.options
  const versions = await detectVersions(host, o.builder)
  host.logger.info(`buildx ${versions.buildx}, BuildKit ${versions.buildkit ?? 'unknown'}`)
  const { context, dockerfile } = await prepareContext(plan, host)
  const metaDir = await host.tempDir('image-meta')
  const metadataFile = path.join(metaDir, 'metadata.json')
  const { output, layout } = chooseOutput(plan, metaDir)
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
      cacheFrom: o.cacheFrom,
      cacheTo: o.cacheTo,
      output,
      metadataFile,
      sourceDateEpoch: plan.sourceDateEpoch
    },
    versions
  )
  await runBuildx(plan, host, args)
  const metadata = await readMetadata(metadataFile)
  const digest =
    typeof metadata['containerimage.digest'] === 'string' ? metadata['containerimage.digest'] : ''
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
    const refs = plan.refs.map(r => formatRef(r))
    const platforms = plan.platforms.map(t => ({ platform: toPlatform(t), digest, size: 0 }))
    return { digest, refs, platforms, tags: refs, metadata, pushed: false }
  }
  return publishPushed(plan, host, digest, metadata)
}
