// The git facts the tag stage needs, read with plain git commands (argv arrays, through util/git.ts, the one
// git runner): HEAD, tags with their peeled commits, reachability, commit logs, shallow-clone repair, and the
// remote.

import type { Host } from '../util/host.js'
import { UserError } from '../util/errors.js'
import { git, gitOk } from '../util/git.js'
import type { RawCommit } from './commits.js'
import { oneLine } from '../util/log-safe.js'

export interface Head {
  sha: string
  /** Committer time, seconds since the epoch. */
  time: number
  /** The branch HEAD is on, or undefined when detached. */
  branch?: string
  /** The repository's top folder. */
  root: string
}

export async function readHead(host: Host, cwd: string): Promise<Head> {
  const top = await gitOk(host, cwd, ['rev-parse', '--show-toplevel'])
  if (top.code !== 0)
    throw new UserError(`${cwd} is not inside a git repository.`, {
      input: 'working-directory',
      fix: 'check the repository out first (actions/checkout with fetch-depth: 0).'
    })
  const [r, b] = await Promise.all([
    // `--` after every revision: a file named HEAD at the root would make the revision ambiguous.
    gitOk(host, cwd, ['log', '-1', '--format=%H %ct', 'HEAD', '--']),
    gitOk(host, cwd, ['symbolic-ref', '-q', '--short', 'HEAD'])
  ])
  if (r.code !== 0 || !r.stdout.trim())
    throw new UserError('HEAD has no commit, so there is nothing to version.', {
      input: 'working-directory',
      fix: 'commit first, or check out a commit (actions/checkout with fetch-depth: 0).'
    })
  const [sha, time] = r.stdout.trim().split(' ')
  return {
    sha,
    time: Number(time),
    branch: b.code === 0 ? b.stdout.trim() || undefined : undefined,
    root: top.stdout.trim()
  }
}

export interface TagRef {
  /** The tag name without refs/tags/. */
  name: string
  /** The commit it points at (peeled). */
  commit: string
  annotated: boolean
}

/** Every tag whose name starts with `prefix`; `merged` limits them to tags reachable from HEAD. */
export async function listTags(
  host: Host,
  cwd: string,
  prefix: string,
  opts: { merged?: boolean } = {}
): Promise<TagRef[]> {
  const pattern = prefix ? `refs/tags/${prefix}*` : 'refs/tags'
  const args = ['for-each-ref', '--format=%(refname)%00%(objecttype)%00%(objectname)%00%(*objectname)']
  if (opts.merged) args.push('--merged=HEAD')
  args.push(pattern)
  const out = await git(host, cwd, args)
  const tags: TagRef[] = []
  for (const line of out.split('\n')) {
    if (!line) continue
    const [ref, type, obj, peeled] = line.split('\0')
    const name = ref.slice('refs/tags/'.length)
    if (!name.startsWith(prefix)) continue
    tags.push({ name, commit: type === 'tag' ? peeled : obj, annotated: type === 'tag' })
  }
  return tags
}

/**
 * Commits in `from..HEAD` (all of HEAD's history without `from`), newest first, optionally path-limited.
 * `-z` ends each commit with NUL and the fields are NUL-separated, so a record is exactly three fields: a
 * message may hold any other byte (0x1e included) without breaking the split. git cannot store NUL in one.
 */
export async function readLog(
  host: Host,
  cwd: string,
  from?: string,
  paths: string[] = []
): Promise<RawCommit[]> {
  const args = ['log', '-z', '--format=%H%x00%ct%x00%B', from ? `${from}..HEAD` : 'HEAD', '--', ...paths]
  const fields = (await git(host, cwd, args)).split('\0')
  if (fields[fields.length - 1] === '') fields.pop()
  if (fields.length % 3) throw new Error(`bug: git log gave ${fields.length} fields, not records of 3`)
  const commits: RawCommit[] = []
  for (let i = 0; i < fields.length; i += 3) {
    const [sha, time, message] = fields.slice(i, i + 3)
    if (!/^[0-9a-f]{40,64}$/.test(sha) || !/^\d+$/.test(time))
      throw new Error(`bug: git log record ${i / 3} is not sha, time, message`)
    commits.push({ sha, time: Number(time), message: message.trim() })
  }
  return commits
}

export async function remotes(host: Host, cwd: string): Promise<string[]> {
  return (await git(host, cwd, ['remote']))
    .split('\n')
    .map(s => s.trim())
    .filter(Boolean)
    .sort()
}

/** The remote to fetch from and push to: origin when there is one, else the only remote. */
export async function pickRemote(host: Host, cwd: string): Promise<string | undefined> {
  const list = await remotes(host, cwd)
  if (list.includes('origin')) return 'origin'
  return list.length === 1 ? list[0] : undefined
}

const SHALLOW_FIX =
  'check out the whole history: `uses: actions/checkout@v4` `with: { fetch-depth: 0 }` (or run `git fetch --tags --unshallow`).'

/**
 * A shallow clone hides tags and the commits since them, so a version derived from it would be silently
 * wrong. Fetch the full history and tags from the remote; when that is impossible, fail with the fix.
 */
export async function ensureFullHistory(host: Host, cwd: string): Promise<{ fetched: boolean }> {
  const r = await git(host, cwd, ['rev-parse', '--is-shallow-repository'])
  if (r.trim() !== 'true') return { fetched: false }
  const remote = await pickRemote(host, cwd)
  if (remote) {
    host.logger.info(`shallow clone: fetching the full history and tags from ${remote}`)
    const f = await gitOk(host, cwd, [
      'fetch',
      '--quiet',
      '--tags',
      '--unshallow',
      '--no-recurse-submodules',
      remote
    ])
    if (f.code === 0) return { fetched: true }
    host.logger.debug(oneLine(f.stderr))
  }
  throw new UserError(
    `the repository is a shallow clone${remote ? ` and fetching its history from ${remote} failed` : ' without a remote to fetch from'}, so tags and commits are missing and the version would be wrong.`,
    { input: 'working-directory', fix: SHALLOW_FIX }
  )
}

/** Tag names on `remote` (`git ls-remote --tags --refs`), or the reason they could not be read. */
export async function remoteTagNames(
  host: Host,
  cwd: string,
  remote: string
): Promise<{ names: string[] } | { error: string }> {
  const r = await gitOk(host, cwd, ['ls-remote', '--tags', '--refs', remote])
  if (r.code !== 0) return { error: oneLine(r.stderr.trim().split('\n').pop() ?? `exit code ${r.code}`) }
  const names: string[] = []
  for (const line of r.stdout.split('\n')) {
    const ref = line.split('\t')[1]
    if (ref?.startsWith('refs/tags/')) names.push(ref.slice('refs/tags/'.length))
  }
  return { names }
}

const NO_TAGS_FIX =
  'fetch the tags: actions/checkout with fetch-depth: 0 (and fetch-tags: true), or run `git fetch --tags` before this step.'

/**
 * A full clone made without tags (`git clone --no-tags`, actions/checkout with fetch-tags: false) would give
 * 0.1.0, or a version below the real one, and push-tag would publish it. So compare the version tags (those
 * `isVersionTag` accepts) with the remote's first and fetch the missing ones; when that fails, stop with the
 * fix. A remote that cannot be read is a warning unless a tag is to be pushed there.
 */
export async function ensureRemoteTags(
  host: Host,
  cwd: string,
  local: ReadonlySet<string>,
  isVersionTag: (name: string) => boolean,
  opts: { mustRead: boolean }
): Promise<{ fetched: number }> {
  const remote = await pickRemote(host, cwd)
  if (!remote) return { fetched: 0 }
  const listed = await remoteTagNames(host, cwd, remote)
  if ('error' in listed) {
    const what = `cannot read the tags of the remote ${remote} (${listed.error})`
    if (opts.mustRead)
      throw new UserError(`${what}, so the version could be below one that exists there.`, {
        input: 'push-tag',
        fix: 'check the remote URL and credentials (actions/checkout keeps them with persist-credentials: true).'
      })
    host.logger.warn(`${what}: the version is decided from the local tags only.`)
    return { fetched: 0 }
  }
  const missing = listed.names.filter(n => isVersionTag(n) && !local.has(n)).sort()
  if (!missing.length) return { fetched: 0 }
  host.logger.info(
    `${missing.length} version tag(s) of ${remote} are missing here (${missing.slice(0, 3).join(', ')}${missing.length > 3 ? ', ...' : ''}): fetching the tags`
  )
  const f = await gitOk(host, cwd, ['fetch', '--quiet', '--tags', '--no-recurse-submodules', remote])
  if (f.code !== 0)
    throw new UserError(
      `the clone lacks ${missing.length} version tag(s) that ${remote} has (${missing.slice(0, 3).join(', ')}), and fetching them failed: ${oneLine(f.stderr.trim().split('\n').pop() ?? '')}`,
      { input: 'working-directory', fix: NO_TAGS_FIX }
    )
  return { fetched: missing.length }
}
