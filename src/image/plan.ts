// Resolve ImageOptions into an ImagePlan: which repositories and tags, which platforms, which prebuilt
// binary per platform, which labels. Engine-independent, so the buildx and the coming oci engine build the
// same thing, and every bad input fails here, before anything is built or pushed.

import { existsSync } from 'node:fs'
import path from 'node:path'
import { UserError } from '../util/errors.js'
import { confinePath, type Confinement } from '../util/paths.js'
import type { CiContext } from '../model/ci-context.js'
import { readArtifacts, type ArtifactsManifest } from '../model/artifacts.js'
import { checkArtifactFile } from '../model/artifact-file.js'
import { checkBinaryName } from '../model/binary-name.js'
import { parseImageLocation } from '../oci/reader.js'
import { compareTargets, parsePlatform, sameTarget, toPlatform, type Target } from '../model/target.js'
import {
  formatRef,
  parseRef,
  parseRepository,
  repositoryName,
  validateTag,
  type ImageRef,
  type Repository
} from '../model/image-ref.js'
import type { ImageOptions, ImagePlan, PlatformBinary } from './spec.js'
import { mergeLabels, ociLabels, repositoryLabels } from '../model/labels.js'
import { byKey } from '../util/compare.js'

export const DEFAULT_TAG = 'latest'

/** images × tags (bare tags) plus full refs given in tags; sorted and unique. */
export function resolveRefs(options: Pick<ImageOptions, 'images' | 'tags'>): {
  repositories: Repository[]
  refs: ImageRef[]
} {
  const repos = new Map<string, Repository>()
  for (const name of options.images) {
    const r = parseRepository(name, 'images')
    repos.set(repositoryName(r), r)
  }
  const bare: string[] = []
  const refs = new Map<string, ImageRef>()
  for (const t of options.tags) {
    if (t.includes('/') || t.includes('@')) {
      const ref = parseRef(t, 'tags')
      if (ref.digest)
        throw new UserError(`"${t}" has a digest; tags name tags.`, {
          input: 'tags',
          fix: 'drop the @sha256:… part.'
        })
      if (!ref.tag) throw new UserError(`"${t}" has no tag.`, { input: 'tags', fix: `write ${t}:<tag>.` })
      refs.set(formatRef(ref), ref)
      repos.set(repositoryName(ref), { registry: ref.registry, path: ref.path })
    } else if (t.includes(':')) {
      throw new UserError(`"${t}" is not a valid tag.`, {
        input: 'tags',
        fix: 'a tag is 1 to 128 characters of letters, digits, _, . and -; write full references as registry/repo:tag.'
      })
    } else bare.push(validateTag(t, 'tags'))
  }
  const tags = bare.length || refs.size ? bare : [DEFAULT_TAG]
  for (const name of options.images) {
    const r = parseRepository(name, 'images')
    for (const tag of tags) {
      const ref = { ...r, tag }
      refs.set(formatRef(ref), ref)
    }
  }
  const sortedRepos = [...repos.values()].sort(byKey(repositoryName))
  const sortedRefs = [...refs.values()].sort(byKey(r => formatRef(r)))
  return { repositories: sortedRepos, refs: sortedRefs }
}

function parsePlatforms(list: string[]): Target[] {
  const out: Target[] = []
  for (const p of list) {
    const t = parsePlatform(p, 'platforms')
    if (!out.some(o => sameTarget(o, t))) out.push(t)
  }
  return out.sort(compareTargets)
}

/** The output options that exclude each other, checked before anything is read. */
function checkOutputs(options: ImageOptions, refs: ImageRef[], repositories: Repository[]): void {
  if (options.push && options.pushByDigest)
    throw new UserError('push and push-by-digest exclude each other.', {
      input: 'push-by-digest',
      fix: 'use push-by-digest in the per-platform jobs and push (or merge) in one job after them.'
    })
  if (options.push && !refs.length)
    throw new UserError('push: true with no tags: there is nothing to push to.', {
      input: 'tags',
      fix: 'set images (and tags), or full references such as ghcr.io/org/app:1.2.3 in tags.'
    })
  if (options.pushByDigest && !repositories.length)
    throw new UserError('push-by-digest needs a repository.', { input: 'images', fix: 'set images.' })
  if (options.push && options.load)
    throw new UserError('push and load exclude each other here.', {
      input: 'load',
      fix: 'push, then docker pull the image where you need it.'
    })
}

/** The binary to put in the image: the binary input, or the only linux binary in artifacts.json. */
function chooseBinary(options: ImageOptions, names: string[]): string | undefined {
  if (options.binary) {
    if (!names.includes(options.binary) && !options.dockerfile)
      throw new UserError(`no linux binary named "${options.binary}" in ${options.artifacts}.`, {
        input: 'binary',
        fix: names.length ? `use one of ${names.join(', ')}.` : 'build linux targets with the go-build stage.'
      })
    return options.binary
  }
  if (names.length === 1) return names[0]
  if (names.length > 1 && !options.dockerfile)
    throw new UserError(`${options.artifacts} has several binaries: ${names.join(', ')}.`, {
      input: 'binary',
      fix: 'name the one to put in the image.'
    })
  return undefined
}

/** The prebuilt binary of each platform (every platform must have one when the Dockerfile is generated). */
async function platformBinaries(
  options: ImageOptions,
  requested: Target[]
): Promise<{
  manifest: ArtifactsManifest
  binaryName?: string
  platforms: Target[]
  binaries: PlatformBinary[]
}> {
  const fromFile = await readArtifacts(options.artifacts, 'artifacts')
  const manifest = fromFile.manifest
  const linux = manifest.artifacts.filter(a => a.kind === 'binary' && a.target?.goos === 'linux')
  const binaryName = chooseBinary(
    options,
    [...new Set(linux.map(a => a.binary ?? ''))].filter(Boolean).sort()
  )
  const mine = linux.filter(a => (a.binary ?? '') === binaryName && a.target)
  const available = mine.map(a => a.target!).sort(compareTargets)
  const platforms = requested.length ? requested : available
  if (options.dockerfile) return { manifest, binaryName, platforms, binaries: [] }
  if (!platforms.length)
    throw new UserError(`${options.artifacts} has no linux binaries.`, {
      input: 'artifacts',
      fix: 'add linux targets to the go-build stage.'
    })
  const missing = platforms.filter(p => !available.some(a => sameTarget(a, p)))
  if (missing.length)
    throw new UserError(
      `no binary for ${missing.map(toPlatform).join(', ')} in ${options.artifacts}; it has ${
        available.length ? available.map(toPlatform).join(', ') : 'no linux binaries'
      }.`,
      {
        input: 'platforms',
        fix: 'build those targets in the go-build stage, or leave them out of platforms.'
      }
    )
  const binaries: PlatformBinary[] = []
  for (const p of platforms) {
    const artifact = mine.find(a => sameTarget(a.target!, p))!
    // The file is checked now (a regular file inside dist, of the listed size), and its sha256 when staged.
    const file = await checkArtifactFile(fromFile.dir, artifact, 'artifacts')
    binaries.push({ target: p, platform: toPlatform(p), artifact, file, dir: fromFile.dir })
  }
  return { manifest, binaryName, platforms, binaries }
}

/** Paths given as inputs stay in the workspace unless allowed; input values are checked before use. */
async function checkInputs(options: ImageOptions): Promise<void> {
  const c: Confinement = { workspace: options.workspace, allowOutside: options.allowOutsideWorkspace }
  if (options.binary) checkBinaryName(options.binary, 'binary')
  if (!options.dockerfile) {
    // One image: scratch, a reference, or a layout folder (oci engine), which is a path to confine too.
    const base = parseImageLocation(options.base, 'base', options.cwd)
    if (base.kind === 'layout') await confinePath(base.path, 'base', c)
  }
  if (options.dockerfile) await confinePath(options.dockerfile, 'dockerfile', c)
  if (options.context) await confinePath(options.context, 'context', c)
  else if (options.dockerfile) await confinePath(path.dirname(options.dockerfile), 'dockerfile', c)
  await confinePath(options.artifacts, 'artifacts', c)
}

export async function resolvePlan(options: ImageOptions, ci: CiContext): Promise<ImagePlan> {
  const { repositories, refs } = resolveRefs(options)
  if (options.merge.length) {
    // A digest-only merge writes no tag: the index is tagged by a later merge of the same digests, once it
    // has been accepted (the reusable workflow scans it in between).
    if (options.pushByDigest) {
      if (options.tags.length)
        throw new UserError('merge with push-by-digest writes no tags.', {
          input: 'tags',
          fix: 'drop tags here, and merge the same digests again with tags to tag the index; or drop push-by-digest.'
        })
      return { options, repositories: [], refs: [], platforms: [], binaries: [], labels: [] }
    }
    if (!refs.length)
      throw new UserError('merge needs somewhere to push the index.', {
        input: 'images',
        fix: 'set images (and tags) for the merged image.'
      })
    return { options, repositories, refs, platforms: [], binaries: [], labels: [] }
  }
  checkOutputs(options, refs, repositories)
  await checkInputs(options)
  let platforms = parsePlatforms(options.platforms)
  let manifest: ArtifactsManifest | undefined
  let binaries: PlatformBinary[] = []
  let binaryName: string | undefined
  // A user Dockerfile may do without artifacts.json; the generated one copies its binaries.
  if (!options.dockerfile || existsSync(options.artifacts))
    ({ manifest, binaryName, platforms, binaries } = await platformBinaries(options, platforms))
  if (options.load && platforms.length > 1)
    throw new UserError(`load takes one platform; this build has ${platforms.length}.`, {
      input: 'load',
      fix: 'set platforms to the one to load, or push instead.'
    })
  const date = manifest?.project.date ? Date.parse(manifest.project.date) : NaN
  return {
    options,
    repositories,
    refs,
    platforms,
    binaries,
    binaryName,
    manifest,
    labels: mergeLabels(
      ociLabels({
        ...repositoryLabels(ci),
        created: Number.isFinite(date) ? Math.floor(date / 1000) : undefined,
        revision: manifest?.project.commit || ci.sha || undefined,
        title: binaryName,
        version: manifest?.project.version
      }),
      options.labels
    ),
    sourceDateEpoch: Number.isFinite(date) ? Math.floor(date / 1000) : undefined
  }
}
