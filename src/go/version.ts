// What a build stamps into binaries and archives: the version (input, pushed tag, or a dev version), the
// commit, and the time — the commit's, never the clock's, so two builds of one commit are identical.

import type { Host } from '../util/host.js'
import { UserError } from '../util/errors.js'
import { gitOutput } from '../util/git.js'
import { rfc3339 } from '../util/format.js'
import { compare, fullVersion, normalizeVersion, parseStrict } from '../model/semver.js'

export interface SourceInfo {
  /** Full SHA, or '' outside git when the CI context has none either. */
  commit: string
  /** RFC 3339 in UTC, second precision: `2024-05-01T12:00:00Z`. */
  date: string
  /** Where `date` came from, for the log and docs. */
  dateSource: 'SOURCE_DATE_EPOCH' | 'commit' | 'fixed'
  /** True when the git work tree has uncommitted changes (the binaries then differ from the commit's). */
  dirty: boolean
  /** The v-tags on HEAD (`git tag --points-at HEAD`), for the version outside a tag push. */
  headTags: string[]
  /** In git, and no Go file, go.mod, go.sum or go.work differs from HEAD (untracked ones included). */
  goInputsClean: boolean
}

// What go reads besides the packages' own files: a path ending so (the pathspecs *.go, *go.mod, *go.sum,
// *go.work, *go.work.sum, as git matches them, * crossing folders) is a Go input.
const GO_INPUT = /(\.go|go\.mod|go\.sum|go\.work|go\.work\.sum)$/

/**
 * `git status --porcelain -z` read for both questions a build asks: is a tracked file under the folder
 * changed (dirty: the binaries are not the commit's), and does any Go input differ from HEAD, untracked ones
 * included (then nothing derived from the sources is kept for the commit). One git process, not two.
 */
export function workTreeState(status: string): { dirty: boolean; goInputsClean: boolean } {
  const fields = status.split('\0')
  let dirty = false
  let goInputsClean = true
  for (let i = 0; i < fields.length; i++) {
    const entry = fields[i]
    if (entry.length < 4) continue
    const code = entry.slice(0, 2)
    const paths = [entry.slice(3)]
    // A rename or copy names its source in the next field: a Go file renamed away is a changed Go input.
    if (/[RC]/.test(code)) paths.push(fields[++i] ?? '')
    if (code !== '??') dirty = true
    if (paths.some(p => GO_INPUT.test(p))) goInputsClean = false
  }
  return { dirty, goInputsClean }
}

/** The time used outside git without SOURCE_DATE_EPOCH: the earliest time a zip entry can hold. */
export const FIXED_DATE = '1980-01-01T00:00:00Z'

/**
 * The commit and its time. SOURCE_DATE_EPOCH wins when set (the reproducible-builds convention); then the
 * commit time of HEAD; outside git, 1980-01-01T00:00:00Z. The two git calls run side by side (a warm
 * rebuild waits for the slower, not the sum); `--` keeps a file named HEAD from making HEAD ambiguous.
 */
export async function sourceInfo(
  host: Host,
  dir: string,
  opts: { sha?: string; sourceDateEpoch?: string } = {}
): Promise<SourceInfo> {
  if (opts.sourceDateEpoch !== undefined && !/^\d+$/.test(opts.sourceDateEpoch))
    throw new UserError(`"${opts.sourceDateEpoch}" is not a number of seconds.`, {
      input: 'SOURCE_DATE_EPOCH',
      fix: 'set it to a Unix time in seconds (git log -1 --format=%ct) or unset it.'
    })
  // %D decorates HEAD with its refs: the tags on it come with the commit (`tag: v1.2.3`), in one call.
  const [log, status] = await Promise.all([
    gitOutput(host, dir, ['log', '-1', '--format=%H %cI %D', '--decorate-refs=refs/tags/v*', 'HEAD', '--']),
    // Untracked files too: an untracked Go file changes what go builds, though not the tracked tree.
    gitOutput(host, dir, ['status', '--porcelain', '-z', '--untracked-files=all', '--', '.'], { raw: true })
  ])
  const [head, iso, ...refs] = (log ?? '').split(' ')
  const tags = refs
    .join(' ')
    .split(', ')
    .flatMap(r => (r.startsWith('tag: ') ? [r.slice(5)] : []))
  const inGit = Boolean(head && /^[0-9a-f]{40,64}$/.test(head))
  const commit = inGit ? head : (opts.sha ?? '').replace(/^0+$/, '')
  let date: string | undefined
  let dateSource: SourceInfo['dateSource'] = 'commit'
  if (opts.sourceDateEpoch !== undefined) {
    date = rfc3339(Number(opts.sourceDateEpoch))
    dateSource = 'SOURCE_DATE_EPOCH'
  } else if (inGit && iso) date = rfc3339(new Date(iso))
  if (!date) {
    date = FIXED_DATE
    dateSource = 'fixed'
  }
  const tree = status === undefined ? undefined : workTreeState(status)
  return {
    commit,
    date,
    dateSource,
    dirty: inGit && Boolean(tree?.dirty),
    goInputsClean: inGit && Boolean(tree?.goInputsClean),
    headTags: inGit ? tags.filter(t => /^v[0-9]/.test(t)) : []
  }
}

export interface VersionInfo {
  /** No leading v. */
  version: string
  /** Where it came from. */
  source: 'input' | 'tag' | 'head-tag' | 'dev'
  /** The tag it came from (tag, head-tag). */
  tag?: string
}

/** The highest semver v-tag of a list (`v1.2.3`, `v1.2.3+build.5`), or undefined. */
function highestVersionTag(tags: readonly string[]): { tag: string; version: string } | undefined {
  let best: { tag: string; version: string; v: ReturnType<typeof parseStrict> } | undefined
  for (const tag of tags) {
    const v = parseStrict(tag.slice(1))
    if (
      tag.startsWith('v') &&
      v &&
      (!best || compare(v, best.v!) > 0 || (compare(v, best.v!) === 0 && tag > best.tag))
    )
      best = { tag, version: fullVersion(v), v }
  }
  return best && { tag: best.tag, version: best.version }
}

/**
 * The version: the `version` input; else a pushed tag `refs/tags/v<semver>` (a `v`-tag that is not semver is a
 * UserError: it looks like a release); else the highest semver v-tag on HEAD (as `git describe --exact-match`
 * would find it, so a local `gantry build` of a tagged commit is that release); else `0.0.0-dev+<short
 * commit>` (`0.0.0-dev` without a commit).
 */
export function resolveVersion(opts: {
  version?: string
  ref?: string
  commit: string
  headTags?: readonly string[]
}): VersionInfo {
  if (opts.version) return { version: normalizeVersion(opts.version, 'version'), source: 'input' }
  const tag = /^refs\/tags\/(.+)$/.exec(opts.ref ?? '')?.[1]
  if (tag && /^v\d/.test(tag)) {
    try {
      return { version: normalizeVersion(tag, 'version'), source: 'tag', tag }
    } catch {
      throw new UserError(
        `the pushed tag "${tag}" is not a semantic version, so no version can be taken from it.`,
        {
          input: 'version',
          fix: 'tag releases as vMAJOR.MINOR.PATCH (v1.2.3), or set the version input.'
        }
      )
    }
  }
  const onHead = highestVersionTag(opts.headTags ?? [])
  if (onHead) return { version: onHead.version, source: 'head-tag', tag: onHead.tag }
  const short = opts.commit.slice(0, 7)
  return { version: short ? `0.0.0-dev+${short}` : '0.0.0-dev', source: 'dev' }
}
