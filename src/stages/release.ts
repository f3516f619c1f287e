// The one-step release (the root action.yml, `gantry release`): plan → tag (decide) → build → image (to an
// OCI layout) → scan → push (by digest) → git tag → image tags → GitHub release, as one list of named steps
// run by the stage runtime's pipeline. The stages' inputs pass through under their own names (a few renamed
// where two stages use one name for different things: build-tags, oci-layout, scan-output); every step's
// options are parsed before the first runs, so a bad input changes nothing. Scan runs before anything
// leaves the machine: an image that fails the gate is never pushed, and no git tag or image tag moves.

import path from 'node:path'
import { defineStage, memoryState, type ParseEnv, type StageContext } from '../runtime/stage.js'
import { parseInputs, type Inputs, type InputSpecs } from '../runtime/inputs.js'
import { runPipeline, type Pipe, type PipelineResult, type PipelineState } from '../runtime/pipeline.js'
import { UserError } from '../util/errors.js'
import type { PlanOptions, PlanResult } from '../go/plan.js'
import type { TagOptions, TagResult } from '../release/tag.js'
import type { ImageOptions, ImageResult } from '../image/spec.js'
import { parsePlatform, sameTarget, toPlatform } from '../model/target.js'
import { parseVersionInput } from '../model/semver.js'
import { parseScanImage } from '../scan/image-source.js'
import { planStage } from './plan.js'
import { tagStage } from './tag.js'
import { buildStage, type BuildStageOptions, type BuildStageResult } from './go-build.js'
import { imageStage } from './image.js'
import { scanStage, type ScanStageOptions } from './scan.js'
import { pushStage, type PushOptions } from './push.js'
import {
  githubReleaseStage,
  isPrereleaseTag,
  releaseApi,
  releaseToken,
  type GitHubReleaseOptions
} from './github-release.js'
import { releaseInputs, releaseOutputs } from './release-spec.js'
import { releaseOutputValues, releaseReport } from './release-report.js'

export interface ReleaseOptions {
  plan: PlanOptions
  tag: TagOptions
  build: BuildStageOptions
  image: ImageOptions
  scan?: ScanStageOptions
  push?: PushOptions
  release?: GitHubReleaseOptions
  /** The OCI layout the image is written to (the oci-layout input, or a temporary folder). */
  layout?: string
  /** Image platforms asked for, checked against the plan's targets before anything is built. */
  platforms: string[]
}

export interface ReleaseRunResult {
  pipeline: PipelineResult
  options: ReleaseOptions
}

/** A stage's parsed inputs: its defaults, then the values the release passes through or sets. */
function stageInputs<S extends InputSpecs>(stage: { inputs: S }, values: Partial<Inputs<S>>): Inputs<S> {
  return { ...parseInputs(stage.inputs, {}), ...values }
}

const LOGIN = ['registry', 'username', 'password', 'registry-timeout'] as const

function pick<T extends object, K extends keyof T>(o: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>
  for (const k of keys) out[k] = o[k]
  return out
}

type RI = Inputs<typeof releaseInputs>

/** The release inputs each stage takes under its own name. */
const TAG_KEYS = [
  'working-directory',
  'version',
  'bump',
  'tag-prefix',
  'prerelease',
  'major-zero',
  'images',
  'tags',
  'latest',
  'push-tag',
  'message',
  'github-token'
] as const
const BUILD_KEYS = [
  'working-directory',
  'targets',
  'main',
  'binary',
  'ldflags',
  'flags',
  'env',
  'cgo',
  'dist',
  'archives',
  'checksums',
  'verify-modules',
  'cache',
  'cache-save',
  'parallelism',
  'lock-timeout'
] as const

async function parseSteps(
  i: RI,
  env: ParseEnv
): Promise<Omit<ReleaseOptions, 'release' | 'push' | 'layout'>> {
  const plan = await planStage.parse(stageInputs(planStage, pick(i, ['targets', 'working-directory'])), env)
  const tag = await tagStage.parse(
    stageInputs(tagStage, {
      ...pick(i, TAG_KEYS),
      'dry-run': true
    }),
    env
  )
  const build = await buildStage.parse(
    stageInputs(buildStage, {
      ...pick(i, BUILD_KEYS),
      tags: i['build-tags']
    }),
    env
  )
  const image = await imageStage.parse(
    stageInputs(imageStage, {
      ...pick(i, ['platforms', 'base', 'labels', 'annotations', 'ca-certificates', 'user', ...LOGIN]),
      'allow-outside-workspace': i['allow-outside-workspace'],
      engine: 'oci',
      push: false
    }),
    env
  )
  const scan = i.scan
    ? await scanStage.parse(
        stageInputs(scanStage, {
          ...pick(i, [
            'platforms',
            'severity',
            'exit-code',
            'ignore-unfixed',
            'ignorefile',
            'format',
            'db',
            'db-cache',
            ...LOGIN
          ]),
          output: i['scan-output'],
          // The image is gantry's own, built from binaries: the Dockerfile rules have nothing to check.
          scanners: i.scanners.length ? i.scanners : ['vuln', 'secret']
        }),
        env
      )
    : undefined
  return { plan, tag, build, image, scan, platforms: i.platforms }
}

async function parseRelease(i: RI, env: ParseEnv): Promise<ReleaseOptions> {
  if (i.push && !i.images.length)
    throw new UserError('push: true needs somewhere to push the image.', {
      input: 'images',
      fix: 'set images (ghcr.io/org/app), or push: false to build and scan only.'
    })
  for (const p of i.platforms) parsePlatform(p, 'platforms')
  const steps = await parseSteps(i, env)
  const push = i.push
    ? await pushStage.parse(stageInputs(pushStage, pick(i, ['images', ...LOGIN])), env)
    : undefined
  let release: GitHubReleaseOptions | undefined
  if (i.release) {
    const token = releaseToken(i['github-token'], env)
    release = {
      tag: '',
      name: '',
      notes: '',
      prerelease: false,
      artifacts: [],
      api: releaseApi(token, env),
      workspace: env.ci.workspace || env.cwd,
      allowOutsideWorkspace: true
    }
  }
  const layout = i['oci-layout'] ? path.resolve(env.cwd, i['oci-layout']) : undefined
  return { ...steps, push, release, layout }
}

/** Before the build: the platforms asked for are targets, and a release will have its git tag. */
function checkPlan(o: ReleaseOptions, s: PipelineState): void {
  const plan = s.result<PlanResult>('plan')
  for (const p of o.platforms) {
    const t = parsePlatform(p, 'platforms')
    if (!plan.targets.some(x => sameTarget(x, t)))
      throw new UserError(`${p} is not one of the targets (${plan.platforms.join(', ')}).`, {
        input: 'platforms',
        fix: `add ${toPlatform(t)} to targets, or drop it from platforms.`
      })
  }
  const tag = s.result<TagResult>('tag')
  if (o.release && o.tag.pushTag === 'false' && !tag.released)
    throw new UserError(`a GitHub release needs the git tag ${tag.tag}, and push-tag is false.`, {
      input: 'push-tag',
      fix: 'set push-tag: git (or api), or run on the push of the tag.'
    })
}

function imageOf(s: PipelineState): ImageResult | undefined {
  return s.results.get('image') as ImageResult | undefined
}

/** After the scan: push by digest, the git tag, the image tags, the GitHub release. */
function publishPipes(o: ReleaseOptions, layout: string): Pipe[] {
  const built = (s: PipelineState): BuildStageResult => s.result<BuildStageResult>('build')
  const decided = (s: PipelineState): TagResult => s.result<TagResult>('tag')
  const noImage = (s: PipelineState): string | undefined => (imageOf(s) ? undefined : 'no image was built')
  return [
    {
      name: 'push',
      stage: pushStage,
      options: o.push,
      skip: s => (!o.push ? 'push: false' : noImage(s)),
      adjust: (p: PushOptions, s) => ({ ...p, layout, digest: imageOf(s)!.digest, tags: [], tag: false })
    },
    {
      name: 'git-tag',
      stage: tagStage,
      options: o.tag,
      skip: s =>
        o.tag.pushTag === 'false'
          ? 'push-tag: false'
          : decided(s).releasedAtHead
            ? `${decided(s).tag} is on this commit already`
            : !decided(s).released
              ? 'nothing to release'
              : undefined,
      adjust: (t: TagOptions, s) => ({ ...t, dryRun: false, version: parseVersionInput(decided(s).version) })
    },
    {
      name: 'image-tags',
      stage: pushStage,
      options: o.push,
      skip: s => (!o.push ? 'push: false' : noImage(s)),
      // The push step put the same digest in the same repositories moments ago: only the tags are written.
      adjust: (p: PushOptions, s) => ({
        ...p,
        layout,
        digest: imageOf(s)!.digest,
        tags: decided(s).tags,
        tag: true,
        pushed: s.results.has('push')
      })
    },
    {
      name: 'github-release',
      stage: githubReleaseStage,
      options: o.release,
      skip: s => (!o.release ? 'release: false' : !decided(s).released ? 'nothing to release' : undefined),
      adjust: (r: GitHubReleaseOptions, s) => {
        const t = s.results.get('git-tag') as TagResult | undefined
        const tag = t ?? decided(s)
        return {
          ...r,
          tag: tag.tag,
          name: tag.tag,
          notes: tag.changelog,
          prerelease: isPrereleaseTag(tag.tag),
          artifacts: [built(s).artifactsFile]
        }
      }
    }
  ]
}

function pipes(o: ReleaseOptions, layout: string): Pipe[] {
  const built = (s: PipelineState): BuildStageResult => s.result<BuildStageResult>('build')
  const decided = (s: PipelineState): TagResult => s.result<TagResult>('tag')
  return [
    { name: 'plan', stage: planStage, options: o.plan },
    { name: 'tag', stage: tagStage, options: o.tag },
    {
      name: 'build',
      stage: buildStage,
      options: o.build,
      adjust: (b: BuildStageOptions, s) => {
        checkPlan(o, s)
        return { ...b, version: decided(s).version }
      }
    },
    {
      name: 'image',
      stage: imageStage,
      options: o.image,
      skip: s => (s.result<PlanResult>('plan').imagePlatforms.length ? undefined : 'no linux target'),
      adjust: (im: ImageOptions, s) => ({
        ...im,
        artifacts: built(s).artifactsFile,
        images: [],
        tags: decided(s).tagNames,
        labels: [...decided(s).labels, ...im.labels],
        output: layout
      })
    },
    {
      name: 'scan',
      stage: scanStage,
      options: o.scan,
      skip: () => (o.scan ? undefined : 'scan: false'),
      adjust: (sc: ScanStageOptions, s) => {
        const img = imageOf(s)
        if (img?.layout)
          return { ...sc, image: parseScanImage(`oci:${img.layout}@${img.digest}`, sc.workspace) }
        return { ...sc, paths: [path.relative(sc.workspace, built(s).dist) || '.'] }
      }
    },
    ...publishPipes(o, layout)
  ]
}

async function runRelease(o: ReleaseOptions, ctx: StageContext): Promise<ReleaseRunResult> {
  const layout = o.layout ?? path.join(await ctx.host.tempDir('release-layout'), 'layout')
  // The steps share one process: their main-to-post state stays in memory, and their posts (cache saves,
  // logouts) run at the end of the pipeline.
  const inner: StageContext = { ...ctx, state: memoryState(), surface: 'pipeline' }
  const pipeline = await runPipeline(pipes(o, layout), inner)
  return { pipeline, options: o }
}

export const releaseStage = defineStage({
  name: 'release',
  action: 'release',
  root: true,
  title: 'gantry',
  description:
    'The whole release in one step: plan, version, cross-build, a multi-arch image (daemonless), scan, then push, git tag, image tags and a GitHub release, only when the scan passes.',
  summary: 'the whole pipeline: tag, build, image, scan, then push, tag and release',
  branding: { icon: 'package', color: 'blue' },
  inputs: releaseInputs,
  outputs: releaseOutputs,
  parse: parseRelease,
  run: runRelease,
  output: releaseOutputValues,
  report: releaseReport,
  gate: r => {
    const stop = r.pipeline.stopped
    if (!stop) return undefined
    return {
      exitCode: stop.gate.exitCode,
      message: `${stop.gate.message} Nothing was pushed, and no git tag or image tag was written.`
    }
  }
})
