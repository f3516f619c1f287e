// The tag stage: decide the version (previous → next, and why), check Go's /vN rule, create the git tag as a
// compare-and-set (git push or the GitHub API), and derive image tags, OCI labels and the changelog.

import path from 'node:path'
import type { Host } from '../util/host.js'
import { UserError } from '../util/errors.js'
import { requireDirectory } from '../util/fs.js'
import type { CiContext } from '../model/ci-context.js'
import { cancelReverts, parseCommits, type ParsedCommit } from './commits.js'
import { ensureFullHistory, ensureRemoteTags, listTags, readHead, readLog, type Head } from './git.js'
import { goMajorProblem, modulePath, type GoMajorProblem } from './go-module.js'
import {
  decideVersion,
  versionTags,
  type BumpInput,
  type VersionDecision,
  type VersionedTag
} from './version.js'
import { evaluateTags, type TagRule } from './image-tags.js'
import { keyValueLines, ociLabels, repositoryLabels } from '../model/labels.js'
import { rfc3339 } from '../util/format.js'
import type { RetryPolicy } from '../util/retry.js'
import { changelog } from './changelog.js'
import { createTagApi, createTagGit, movedTag, type CreateTagResult } from './create-tag.js'
import { compare, fullVersion, parseStrict, type SemVer } from '../model/semver.js'

export type PushTag = 'false' | 'git' | 'api'

export interface TagOptions {
  workingDirectory: string
  version?: SemVer
  bump: BumpInput
  /** '' for bare versions (tag-prefix: none). */
  tagPrefix: string
  prerelease?: string
  majorZero: boolean
  images: string[]
  rules: TagRule[]
  latest: 'auto' | 'true' | 'false'
  pushTag: PushTag
  /** Annotated tag message template: {{version}}, {{tag}}, {{previous}}, {{changelog}}. */
  message: string
  githubToken?: string
  dryRun: boolean
  /** The GitHub API retry policy, for tests. */
  apiRetry?: Partial<RetryPolicy>
}

export interface TagResult {
  version: string
  previousVersion: string
  tag: string
  previousTag: string
  /** This run created the tag. */
  created: boolean
  /** HEAD carries the version's tag (pushed, found, or created now; or would be, in a dry run). */
  released: boolean
  /** HEAD carried the version's tag before this run (a tag push, or a re-run). */
  releasedAtHead: boolean
  source: VersionDecision['source']
  bump: string
  reason: string
  sha: string
  /** Commit time, ISO 8601. */
  created_at: string
  tagNames: string[]
  tags: string[]
  labels: [string, string][]
  notes: string[]
  changelog: string
  dryRun: boolean
  /** What was done (or would be) about the git tag. */
  tagAction: string
}

/** Go finds a module in a subfolder by tags named `<folder>/vX.Y.Z`; say so when the prefix disagrees. */
async function warnGoPrefix(host: Host, cwd: string, rel: string, prefix: string): Promise<void> {
  if (!rel || rel.startsWith('..') || !(await modulePath(cwd))) return
  const want = `${rel.split(path.sep).join('/')}/v`
  if (prefix !== want && (prefix === 'v' || prefix.endsWith('/v')))
    host.logger.warn(
      `the Go module in ${rel} is versioned by tags named ${want}X.Y.Z, but tag-prefix is "${prefix}": set tag-prefix: ${want} so go get finds the versions.`
    )
}

function render(template: string, vars: Record<string, string>): string {
  return template.replace(/\{\{\s*(version|tag|previous|changelog)\s*\}\}/g, (_m, k: string) => vars[k] ?? '')
}

interface Decided {
  head: Head
  all: VersionedTag[]
  reachable: Set<string>
  decision: VersionDecision
  /** The module folder relative to the repository root ('' at the root). */
  rel: string
  /** Go's /vN rule is broken: an error when a tag is made, a warning otherwise. */
  goMajor?: GoMajorProblem
}

/** Every version tag with the prefix, all and reachable; missing tags of the remote are fetched first. */
async function readTags(
  opts: TagOptions,
  host: Host,
  fetchedHistory: boolean
): Promise<{ all: VersionedTag[]; reachable: Set<string> }> {
  const cwd = opts.workingDirectory
  const prefix = opts.tagPrefix
  const list = () =>
    // The two tag listings are independent; the reachability walk dominates, so run them side by side.
    Promise.all([listTags(host, cwd, prefix), listTags(host, cwd, prefix, { merged: true })])
  let [allRefs, reachableRefs] = await list()
  if (!fetchedHistory) {
    const isVersion = (n: string) => n.startsWith(prefix) && parseStrict(n.slice(prefix.length)) !== undefined
    const local = new Set(allRefs.map(t => t.name))
    const { fetched } = await ensureRemoteTags(host, cwd, local, isVersion, {
      mustRead: opts.pushTag === 'git' && !opts.dryRun
    })
    if (fetched) [allRefs, reachableRefs] = await list()
  }
  return { all: versionTags(allRefs, prefix), reachable: new Set(reachableRefs.map(t => t.name)) }
}

/** Read the repository and decide the version (nothing is written). */
async function decide(opts: TagOptions, ci: CiContext, host: Host): Promise<Decided> {
  await requireDirectory(opts.workingDirectory, 'working-directory')
  const cwd = opts.workingDirectory
  // Fails clearly outside a repository or on an unborn HEAD; deepening a shallow clone does not move HEAD.
  const head = await readHead(host, cwd)
  const { fetched } = await ensureFullHistory(host, cwd)
  const prefix = opts.tagPrefix
  const { all, reachable } = await readTags(opts, host, fetched)
  const rel = path.relative(head.root, path.resolve(cwd))
  // git runs in the module folder, so '.' limits the log to it.
  const paths = rel && !rel.startsWith('..') ? ['.'] : []
  const cache = new Map<string, ParsedCommit[]>()
  const decision = await decideVersion({
    prefix,
    versionInput: opts.version,
    ref: ci.ref,
    bump: opts.bump,
    prerelease: opts.prerelease,
    majorZero: opts.majorZero,
    tags: all,
    reachable,
    headSha: head.sha,
    detached: head.branch === undefined,
    async loadCommits(since) {
      const key = since?.name ?? ''
      if (!cache.has(key))
        cache.set(key, cancelReverts(await parseCommits(await readLog(host, cwd, since?.name, paths))))
      return cache.get(key)!
    }
  })
  await warnGoPrefix(host, cwd, rel, prefix)
  const v = decision.version
  const goMajor = await goMajorProblem(cwd, prefix, v.major)
  host.logger.info(
    `version ${decision.previous ? fullVersion(decision.previous.version) : '(none)'} → ${fullVersion(v)} (${decision.reason})`
  )
  return { head, all, reachable, decision, rel, goMajor }
}

/** The commits call for no release: the version is the existing tag's. */
function noChange(decision: VersionDecision): boolean {
  return decision.source === 'commits' && decision.existing !== undefined && decision.bump === 'none'
}

/** Create (or in a dry run, describe) the git tag when push-tag asks for it and HEAD is not released yet. */
async function createTag(
  opts: TagOptions,
  ci: CiContext,
  host: Host,
  d: Decided,
  notes: string
): Promise<{ released: boolean; created: boolean; tagAction: string }> {
  const { decision, head } = d
  const v = decision.version
  const creates = !decision.releasedAtHead && opts.pushTag !== 'false' && !noChange(decision)
  if (d.goMajor && creates)
    throw new UserError(d.goMajor.message, {
      input: decision.source === 'input' ? 'version' : 'tag-prefix',
      fix: d.goMajor.fix
    })
  if (d.goMajor) host.logger.warn(`${d.goMajor.message} Fix: ${d.goMajor.fix}`)
  if (decision.releasedAtHead)
    return { released: true, created: false, tagAction: `${decision.tag} is on HEAD already` }
  if (opts.pushTag === 'false')
    return { released: false, created: false, tagAction: 'no tag pushed (push-tag: false)' }
  if (noChange(decision))
    return {
      released: false,
      created: false,
      tagAction: `nothing to release: no changes since ${decision.tag}`
    }
  // The tag exists (as fetched) on another commit: fail before anything is made. The compare-and-set below
  // still guards against a tag created on the remote since the fetch.
  if (decision.existing) throw movedTag(decision.tag, decision.existing.commit, head.sha)
  // A version at or below the highest reachable one is no release.
  const highest = d.all.find(t => d.reachable.has(t.name))
  if (highest && compare(v, highest.version) <= 0)
    throw new UserError(
      `${fullVersion(v)} is not above the highest version reachable from HEAD (${highest.name}), so it cannot be released here.`,
      {
        input: 'version',
        fix: `release a version above ${fullVersion(highest.version)}, or drop the version input.`
      }
    )
  const input = {
    cwd: opts.workingDirectory,
    tag: decision.tag,
    sha: head.sha,
    time: head.time,
    message: render(opts.message, {
      version: fullVersion(v),
      tag: decision.tag,
      previous: decision.previous?.name ?? '',
      changelog: notes
    })
  }
  if (opts.dryRun)
    return {
      released: true,
      created: false,
      tagAction: `dry run: would create ${decision.tag} at ${head.sha.slice(0, 12)} (push-tag: ${opts.pushTag})`
    }
  let r: CreateTagResult
  if (opts.pushTag === 'git') r = await createTagGit(host, input)
  else {
    if (!opts.githubToken || !ci.repository)
      throw new UserError('push-tag: api needs a token and the repository.', {
        input: 'github-token',
        fix: 'pass github-token (the default ${{ github.token }} works with permissions: contents: write).'
      })
    r = await createTagApi(
      {
        apiUrl: ci.apiUrl,
        repository: ci.repository,
        token: opts.githubToken,
        retry: opts.apiRetry
      },
      input
    )
  }
  return { released: true, created: r.created, tagAction: r.note }
}

/** The image title label: the repository name, else the module path's last element, else the folder. */
async function imageTitle(ci: CiContext, cwd: string): Promise<string> {
  const mod = await modulePath(cwd)
  return (
    ci.repository.split('/')[1] ||
    mod
      ?.replace(/\/v\d+$/, '')
      .split('/')
      .pop() ||
    path.basename(path.resolve(cwd))
  )
}

/** The pull request's base branch from the event payload (metadata-action's {{base_ref}}). */
function baseRefOf(ci: CiContext): string | undefined {
  const pr = ci.payload.pull_request as { base?: { ref?: unknown } } | undefined
  return typeof pr?.base?.ref === 'string' ? pr.base.ref : undefined
}

/** Image tags from the rules, and the OCI labels. */
async function deriveTags(
  opts: TagOptions,
  ci: CiContext,
  d: Decided,
  released: boolean
): Promise<{ names: string[]; notes: string[]; labels: [string, string][] }> {
  const { decision, head } = d
  const v = decision.version
  const refTag = ci.ref.startsWith('refs/tags/') ? ci.ref.slice('refs/tags/'.length) : undefined
  const branch = ci.ref.startsWith('refs/heads/')
    ? ci.ref.slice('refs/heads/'.length)
    : ci.ref
      ? undefined
      : head.branch
  const evaluated = evaluateTags(opts.rules, {
    version: v,
    tag: decision.tag,
    versioned: released || decision.source === 'input',
    tags: d.all,
    latest: opts.latest,
    eventName: ci.eventName,
    branch,
    defaultBranch: ci.defaultBranch,
    pullRequest: ci.pullRequest,
    baseRef: baseRefOf(ci),
    refTag,
    sha: head.sha,
    time: head.time
  })
  const versionLabel =
    released || decision.source === 'input'
      ? fullVersion(v)
      : (evaluated.names[0] ?? `sha-${head.sha.slice(0, 7)}`)
  const labels = ociLabels({
    ...repositoryLabels(ci),
    version: versionLabel,
    revision: head.sha,
    created: head.time,
    title: await imageTitle(ci, opts.workingDirectory)
  })
  return { names: evaluated.names, notes: evaluated.notes, labels }
}

export async function tag(opts: TagOptions, ci: CiContext, host: Host): Promise<TagResult> {
  const d = await decide(opts, ci, host)
  const { decision, head } = d
  const notes = await changelog({
    version: fullVersion(decision.version),
    tag: decision.tag,
    previousTag: decision.previous?.name,
    commits: decision.commits,
    time: head.time,
    repositoryUrl: ci.repository ? `${ci.serverUrl}/${ci.repository}` : undefined
  })
  const made = await createTag(opts, ci, host, d, notes)
  host.logger.info(made.tagAction)
  const derived = await deriveTags(opts, ci, d, made.released)
  return {
    version: fullVersion(decision.version),
    previousVersion: decision.previous ? fullVersion(decision.previous.version) : '',
    tag: decision.tag,
    previousTag: decision.previous?.name ?? '',
    created: made.created,
    released: made.released,
    releasedAtHead: decision.releasedAtHead,
    source: decision.source,
    bump: decision.bump,
    reason: decision.reason,
    sha: head.sha,
    created_at: rfc3339(head.time),
    tagNames: derived.names,
    tags: opts.images.flatMap(image => derived.names.map(n => `${image}:${n}`)),
    labels: derived.labels,
    notes: derived.notes,
    changelog: notes,
    dryRun: opts.dryRun,
    tagAction: made.tagAction
  }
}

export function labelLines(r: TagResult): string {
  return keyValueLines(r.labels)
}
