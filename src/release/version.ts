// The version decision: the `version` input, else the pushed tag, else a version tag already on HEAD, else
// the highest semver tag reachable from HEAD bumped by the conventional commits since it (0.1.0 when there
// is none). Ranking is node-semver's; only tags reachable from HEAD count as "previous".

import semver from 'semver'
import { UserError } from '../util/errors.js'
import { commitBump, isConventional, maxBump, type Bump, type ParsedCommit } from './commits.js'
import { baseOf, fullVersion, isStable, parseStrict, rcompare, type SemVer } from '../model/semver.js'
import type { TagRef } from './git.js'

export interface VersionedTag extends TagRef {
  version: SemVer
}

export type BumpInput = 'auto' | 'major' | 'minor' | 'patch' | 'prerelease' | 'none'
export type VersionSource = 'input' | 'ref' | 'head-tag' | 'commits' | 'initial'

/** Tags with the prefix whose rest is strict semver. Fails when none parse but some look like versions. */
export function versionTags(tags: readonly TagRef[], prefix: string, input = 'tag-prefix'): VersionedTag[] {
  const out: VersionedTag[] = []
  const bad: string[] = []
  for (const t of tags) {
    const rest = t.name.slice(prefix.length)
    const v = parseStrict(rest)
    if (v) out.push({ ...t, version: v })
    else if (/\d/.test(rest)) bad.push(t.name)
  }
  if (!out.length && bad.length)
    throw new UserError(
      `no tag with the prefix "${prefix}" is a semantic version after the prefix (found ${bad
        .sort()
        .slice(0, 3)
        .join(', ')}${bad.length > 3 ? ', ...' : ''}).`,
      {
        input,
        fix: 'set tag-prefix to exactly the text before MAJOR.MINOR.PATCH (v, tools/v, or none for bare versions).'
      }
    )
  return out.sort((a, b) => rcompare(a.version, b.version) || (a.name < b.name ? -1 : 1))
}

export interface DecideInput {
  prefix: string
  versionInput?: SemVer
  /** GITHUB_REF when it is a tag (`refs/tags/v1.2.3`). */
  ref?: string
  bump: BumpInput
  prerelease?: string
  majorZero: boolean
  /** Every version tag with the prefix, highest first. */
  tags: readonly VersionedTag[]
  /** Names of the tags reachable from HEAD. */
  reachable: ReadonlySet<string>
  headSha: string
  detached: boolean
  /** Commits since a tag (or all of HEAD's history), newest first, parsed, reverted pairs dropped. The
   * caller caches by tag: the decision asks for the same range again for the changelog. */
  loadCommits(since?: VersionedTag): Promise<ParsedCommit[]>
}

export interface VersionDecision {
  version: SemVer
  tag: string
  /** The highest reachable version below this one; for a stable version, the highest stable one below
   * (promoting 1.4.0-rc.2 to 1.4.0 compares with 1.3.0, as semantic-release does). */
  previous?: VersionedTag
  source: VersionSource
  bump: Bump | 'prerelease'
  reason: string
  /** A tag with this version already points at HEAD (or the workflow runs on it). */
  releasedAtHead: boolean
  /** The tag of this version when it already exists, wherever it points. */
  existing?: VersionedTag
  /** Commits since `previous`, for the changelog. */
  commits: ParsedCommit[]
}

const short = (sha: string): string => sha.slice(0, 7)

function bumpReason(commits: readonly ParsedCommit[], bump: Bump, since?: VersionedTag): string {
  const from = since ? `since ${since.name}` : 'in the history'
  const counts = new Map<string, number>()
  for (const c of commits) counts.set(c.type ?? 'other', (counts.get(c.type ?? 'other') ?? 0) + 1)
  const summary = [...counts.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([t, n]) => `${n} ${t}`)
    .join(', ')
  const decisive = commits.find(c => commitBump(c) === bump && bump !== 'none')
  const why = decisive ? `; ${short(decisive.sha)} "${decisive.header}"` : ''
  return `${commits.length} commit${commits.length === 1 ? '' : 's'} ${from} (${summary})${why}`
}

function nextPrerelease(base: SemVer, id: string, tags: readonly VersionedTag[]): SemVer {
  let n = 0
  for (const t of tags) {
    const v = t.version
    if (v.major !== base.major || v.minor !== base.minor || v.patch !== base.patch) continue
    if (v.prerelease.length === 2 && v.prerelease[0] === id && typeof v.prerelease[1] === 'number')
      n = Math.max(n, v.prerelease[1])
  }
  return new semver.SemVer(`${base.version}-${id}.${n + 1}`)
}

type Finish = (
  version: SemVer,
  source: VersionSource,
  bump: Bump | 'prerelease',
  reason: string
) => Promise<VersionDecision>

/** The decision for a chosen version: its tag, the previous reachable version, and whether HEAD has it. */
function finisher(d: DecideInput, reachable: readonly VersionedTag[]): Finish {
  const byName = new Map(d.tags.map(t => [t.name, t]))
  return async (version, source, bump, reason) => {
    // Build metadata is part of the tag (v1.2.3+build.5): the tag output must name a tag that exists.
    const tag = d.prefix + fullVersion(version)
    const existing = byName.get(tag)
    const stable = isStable(version)
    const previous = reachable.find(t => rcompare(t.version, version) > 0 && (!stable || isStable(t.version)))
    const releasedAtHead = source === 'ref' || existing?.commit === d.headSha
    return {
      version,
      tag,
      previous,
      source,
      bump,
      reason,
      releasedAtHead,
      existing,
      commits: await d.loadCommits(previous)
    }
  }
}

/** The version of the pushed tag the workflow runs on, when it has the prefix. */
function refVersion(d: DecideInput): { version: SemVer; tag: string } | undefined {
  const refTag = d.ref?.startsWith('refs/tags/') ? d.ref.slice('refs/tags/'.length) : undefined
  if (!refTag?.startsWith(d.prefix)) return undefined
  const rest = refTag.slice(d.prefix.length)
  const v = parseStrict(rest)
  if (v) return { version: v, tag: refTag }
  if (/^\d/.test(rest))
    throw new UserError(
      `the pushed tag ${refTag} is not a semantic version after the prefix "${d.prefix}".`,
      {
        input: 'tag-prefix',
        fix: `push tags of the form ${d.prefix}MAJOR.MINOR.PATCH (as in ${d.prefix}1.4.0), or set tag-prefix to match.`
      }
    )
  return undefined
}

/** The bump the commits since `since` call for (auto), or the one the input forces, with the reason. */
function chooseBump(
  d: DecideInput,
  commits: readonly ParsedCommit[],
  since: VersionedTag | undefined,
  highest: VersionedTag | undefined
): { bump: Bump | 'prerelease'; reason: string } {
  if (d.bump !== 'auto') return { bump: d.bump as Bump | 'prerelease', reason: `bump is ${d.bump}` }
  const b = commits.map(commitBump).reduce(maxBump, 'none' as Bump)
  if (!since && !highest && d.detached && !commits.some(isConventional))
    throw new UserError(
      `HEAD is detached, no tag with the prefix "${d.prefix}" is reachable from it and no commit is a conventional commit, so there is nothing to derive a version from.`,
      {
        input: 'version',
        fix: 'set version (as in 1.0.0), or check out a branch with its tags (actions/checkout with fetch-depth: 0).'
      }
    )
  // Commits that call for no bump (docs, chore, non-conventional) still change what HEAD builds, so the
  // next version is at least a patch; with no commit at all the version stays.
  let reason = bumpReason(commits, b, since)
  if (b === 'none' && commits.length) reason += '; no feat/fix/breaking commit, so a patch'
  return { bump: b === 'none' && commits.length ? 'patch' : b, reason }
}

/** The next major.minor.patch: the previous stable bumped, or a prerelease line promoted, or the first. */
function nextBase(
  d: DecideInput,
  bump: Bump | 'prerelease',
  since: VersionedTag | undefined,
  highest: VersionedTag | undefined
): { base: SemVer; initial: boolean; note?: string } {
  if (!since) {
    if (highest) return { base: baseOf(highest.version), initial: false }
    return { base: new semver.SemVer(bump === 'major' && !d.majorZero ? '1.0.0' : '0.1.0'), initial: true }
  }
  let b: Bump = bump === 'prerelease' || bump === 'none' ? 'patch' : bump
  let note: string | undefined
  if (b === 'major' && since.version.major === 0 && d.majorZero) {
    b = 'minor'
    note = 'major-zero: a breaking change bumps the minor while the major is 0'
  }
  let base = new semver.SemVer(since.version.version).inc(b)
  // A prerelease of this line or a later one (1.4.0-rc.2) is promoted rather than skipped over.
  if (highest && !isStable(highest.version)) {
    const preBase = baseOf(highest.version)
    if (semver.gte(preBase, base)) base = preBase
  }
  return { base, initial: false, note }
}

export async function decideVersion(d: DecideInput): Promise<VersionDecision> {
  const reachable = d.tags.filter(t => d.reachable.has(t.name))
  const finish = finisher(d, reachable)
  if (d.versionInput) return finish(d.versionInput, 'input', 'none', 'set by the version input')
  const ref = refVersion(d)
  if (ref) return finish(ref.version, 'ref', 'none', `the workflow runs on the tag ${ref.tag}`)
  if (d.bump === 'auto') {
    const atHead = d.tags.find(t => t.commit === d.headSha)
    if (atHead) return finish(atHead.version, 'head-tag', 'none', `HEAD is already tagged ${atHead.name}`)
  }
  const highest = reachable[0]
  const stable = reachable.find(t => isStable(t.version))
  if (d.bump === 'none') {
    if (!highest)
      throw new UserError(`bump is none, but no tag with the prefix "${d.prefix}" is reachable from HEAD.`, {
        input: 'bump',
        fix: 'use bump: auto (or set version), or fetch the tags (actions/checkout with fetch-depth: 0).'
      })
    return finish(
      highest.version,
      'commits',
      'none',
      `bump is none: the highest reachable tag ${highest.name}`
    )
  }
  const since = stable
  const commits = await d.loadCommits(since)
  const chosen = chooseBump(d, commits, since, highest)
  if (chosen.bump === 'none' && since)
    return finish(since.version, 'commits', 'none', `no commits since ${since.name}`)
  const next = nextBase(d, chosen.bump, since, highest)
  let reason = chosen.reason
  if (next.note) reason += `; ${next.note}`
  if (next.initial)
    reason = `no tag with the prefix "${d.prefix}" is reachable from HEAD: the first version; ${reason}`
  const preId =
    d.prerelease ??
    (chosen.bump === 'prerelease' ? String(highest?.version.prerelease[0] ?? 'rc') : undefined)
  const version = preId ? nextPrerelease(next.base, preId, d.tags) : next.base
  return finish(version, next.initial ? 'initial' : 'commits', chosen.bump, reason)
}
