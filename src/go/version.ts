// What a build stamps into binaries and archives: the version (input, pushed tag, or a dev version), the
// commit, and the time — the commit's, never the clock's, so two builds of one commit are identical.

import type { Host } from '../util/host.js'
import { UserError } from '../util/errors.js'
import { rfc3339 } from '../util/format.js'
import { normalizeVersion } from '../model/semver.js'

export interface SourceInfo {
  /** Full SHA, or '' outside git when the CI context has none either. */
  commit: string
  /** RFC 3339 in UTC, second precision: `2024-05-01T12:00:00Z`. */
  date: string
  /** Where `date` came from, for the log and docs. */
  dateSource: 'SOURCE_DATE_EPOCH' | 'commit' | 'fixed'
  /** True when the git work tree has uncommitted changes (the binaries then differ from the commit's). */
  dirty: boolean
}

/** The time used outside git without SOURCE_DATE_EPOCH: the earliest time a zip entry can hold. */
export const FIXED_DATE = '1980-01-01T00:00:00Z'

async function git(host: Host, cwd: string, args: string[]): Promise<string | undefined> {
  try {
    const r = await host.exec('git', args, { cwd, ignoreReturnCode: true })
    return r.code === 0 ? r.stdout.trim() : undefined
  } catch {
    return undefined // git not installed
  }
}

/**
 * The commit and its time. SOURCE_DATE_EPOCH wins when set (the reproducible-builds convention); then the
 * commit time of HEAD (`git log -1 --format=%cI`); outside git, 1980-01-01T00:00:00Z.
 */
export async function sourceInfo(
  host: Host,
  dir: string,
  opts: { sha?: string; sourceDateEpoch?: string } = {}
): Promise<SourceInfo> {
  const head = await git(host, dir, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'])
  const commit = head && /^[0-9a-f]{40,64}$/.test(head) ? head : (opts.sha ?? '').replace(/^0+$/, '')
  let date: string | undefined
  let dateSource: SourceInfo['dateSource'] = 'commit'
  if (opts.sourceDateEpoch !== undefined) {
    if (!/^\d+$/.test(opts.sourceDateEpoch))
      throw new UserError(`"${opts.sourceDateEpoch}" is not a number of seconds.`, {
        input: 'SOURCE_DATE_EPOCH',
        fix: 'set it to a Unix time in seconds (git log -1 --format=%ct) or unset it.'
      })
    date = rfc3339(Number(opts.sourceDateEpoch))
    dateSource = 'SOURCE_DATE_EPOCH'
  } else if (head) {
    const iso = await git(host, dir, ['log', '-1', '--format=%cI', 'HEAD', '--'])
    if (iso) date = rfc3339(new Date(iso))
  }
  if (!date) {
    date = FIXED_DATE
    dateSource = 'fixed'
  }
  const status = head
    ? await git(host, dir, ['status', '--porcelain', '--untracked-files=no', '--', '.'])
    : ''
  return { commit, date, dateSource, dirty: Boolean(status) }
}

export interface VersionInfo {
  /** No leading v. */
  version: string
  /** Where it came from. */
  source: 'input' | 'tag' | 'dev'
}

/**
 * The version: the `version` input; else a pushed tag `refs/tags/v<semver>` (a `v`-tag that is not semver is a
 * UserError: it looks like a release); else `0.0.0-dev+<short commit>` (`0.0.0-dev` without a commit).
 */
export function resolveVersion(opts: { version?: string; ref?: string; commit: string }): VersionInfo {
  if (opts.version) return { version: normalizeVersion(opts.version, 'version'), source: 'input' }
  const tag = /^refs\/tags\/(.+)$/.exec(opts.ref ?? '')?.[1]
  if (tag && /^v\d/.test(tag)) {
    try {
      return { version: normalizeVersion(tag, 'version'), source: 'tag' }
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
  const short = opts.commit.slice(0, 7)
  return { version: short ? `0.0.0-dev+${short}` : '0.0.0-dev', source: 'dev' }
}
