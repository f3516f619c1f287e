// Creating the release tag as a compare-and-set: absent → create it; present on the same commit → success,
// nothing to do; present on another commit → fail without touching it. Two runs racing on one commit both
// succeed. The annotated tag object is reproducible: the tagger date is the commit time.

import type { Host } from '../util/host.js'
import { UserError } from '../util/errors.js'
import { gitOk } from '../util/git.js'
import { pickRemote } from './git.js'
import { apiError, apiRequest, getTagCommit, type GitHubApi } from './github.js'
import { rfc3339 } from '../util/format.js'
import { oneLine } from '../util/log-safe.js'

export const TAGGER = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com'
}

export interface CreateTagInput {
  cwd: string
  tag: string
  sha: string
  /** Commit time (seconds): the tagger date, so the tag object is the same on every run. */
  time: number
  message: string
}

export interface CreateTagResult {
  created: boolean
  /** What happened, for the log and the summary. */
  note: string
}

export function movedTag(tag: string, other: string, sha: string): UserError {
  return new UserError(
    `the tag ${tag} already exists on commit ${other.slice(0, 12)}, not on ${sha.slice(0, 12)}; it was left as it is.`,
    {
      input: 'version',
      fix: 'release a higher version (or drop the version input); never move a published tag.'
    }
  )
}

async function remoteTagCommit(
  host: Host,
  cwd: string,
  remote: string,
  tag: string
): Promise<string | undefined> {
  const r = await gitOk(host, cwd, ['ls-remote', '--tags', remote, `refs/tags/${tag}`, `refs/tags/${tag}^{}`])
  if (r.code !== 0)
    throw new UserError(
      `cannot read tags from the remote ${remote}: ${oneLine(r.stderr.trim().split('\n').pop() ?? '')}`,
      {
        input: 'push-tag',
        fix: 'check the remote URL and credentials (actions/checkout keeps them with persist-credentials: true).'
      }
    )
  let plain: string | undefined
  let peeled: string | undefined
  for (const line of r.stdout.split('\n')) {
    const [sha, ref] = line.split('\t')
    if (ref === `refs/tags/${tag}^{}`) peeled = sha
    else if (ref === `refs/tags/${tag}`) plain = sha
  }
  return peeled ?? plain
}

async function localTagCommit(host: Host, cwd: string, tag: string): Promise<string | undefined> {
  const r = await gitOk(host, cwd, ['rev-parse', '--verify', '--quiet', `refs/tags/${tag}^{commit}`])
  return r.code === 0 ? r.stdout.trim() : undefined
}

/** push-tag: git — an annotated tag pushed with `git push` (no force). */
export async function createTagGit(host: Host, i: CreateTagInput): Promise<CreateTagResult> {
  const remote = await pickRemote(host, i.cwd)
  if (!remote)
    throw new UserError(
      'the repository has no remote named origin (and not exactly one other) to push the tag to.',
      {
        input: 'push-tag',
        fix: 'add the remote as origin, or use push-tag: api.'
      }
    )
  const there = await remoteTagCommit(host, i.cwd, remote, i.tag)
  if (there === i.sha) return { created: false, note: `${i.tag} already exists on ${remote} at this commit` }
  if (there) throw movedTag(i.tag, there, i.sha)
  const local = await localTagCommit(host, i.cwd, i.tag)
  if (local && local !== i.sha) throw movedTag(i.tag, local, i.sha)
  let madeLocal = false
  if (!local) {
    const env = {
      ...host.env,
      GIT_COMMITTER_NAME: TAGGER.name,
      GIT_COMMITTER_EMAIL: TAGGER.email,
      GIT_COMMITTER_DATE: `${i.time} +0000`
    }
    const t = await gitOk(
      host,
      i.cwd,
      ['-c', 'tag.gpgSign=false', 'tag', '--annotate', '--cleanup=verbatim', '--file=-', i.tag, i.sha],
      {
        env,
        input: i.message.endsWith('\n') ? i.message : i.message + '\n'
      }
    )
    if (t.code !== 0) throw new Error(`git tag ${i.tag} failed: ${oneLine(t.stderr.trim())}`)
    madeLocal = true
  }
  const push = await gitOk(host, i.cwd, [
    'push',
    '--porcelain',
    remote,
    `refs/tags/${i.tag}:refs/tags/${i.tag}`
  ])
  // --porcelain marks a ref the remote already had with this very object as "=": a concurrent run pushed the
  // same (reproducible) tag object first.
  const upToDate = push.stdout.split('\n').some(l => l.startsWith('=\t') && l.includes(`refs/tags/${i.tag}`))
  if (push.code === 0 && upToDate)
    return { created: false, note: `${i.tag} was created on ${remote} by a concurrent run at this commit` }
  if (push.code === 0) return { created: true, note: `created ${i.tag} on ${remote}` }
  // Rejected: another run may have pushed the same tag first. Re-read it and compare.
  const now = await remoteTagCommit(host, i.cwd, remote, i.tag)
  if (now === i.sha)
    return { created: false, note: `${i.tag} was created on ${remote} by a concurrent run at this commit` }
  if (madeLocal) await gitOk(host, i.cwd, ['tag', '--delete', i.tag])
  if (now) throw movedTag(i.tag, now, i.sha)
  // The remote's messages (hooks print what they like) are shown escaped on one line.
  const why = oneLine(
    (push.stderr + '\n' + push.stdout).trim().split('\n').filter(Boolean).slice(-3).join(' / ')
  )
  throw new UserError(`pushing ${i.tag} to ${remote} failed: ${why}`, {
    input: 'push-tag',
    fix: 'give the job permission to push tags (permissions: contents: write) and check pre-push hooks and branch protection rules for tags.'
  })
}

function authProblem(status: number, body: Record<string, unknown>): UserError {
  return new UserError(`GitHub refused the request (HTTP ${status}: ${String(body.message ?? '')}).`, {
    input: 'github-token',
    fix: 'give the token permission to write contents (permissions: contents: write in the workflow).'
  })
}

/** push-tag: api — a tag object and a ref through the GitHub REST API; a 422 on the ref is the CAS. */
export async function createTagApi(api: GitHubApi, i: CreateTagInput): Promise<CreateTagResult> {
  const there = await getTagCommit(api, i.tag)
  if (there === i.sha) return { created: false, note: `${i.tag} already exists on GitHub at this commit` }
  if (there) throw movedTag(i.tag, there, i.sha)
  const obj = await apiRequest(api, 'POST', '/git/tags', {
    tag: i.tag,
    message: i.message,
    object: i.sha,
    type: 'commit',
    tagger: { ...TAGGER, date: rfc3339(i.time) }
  })
  if (obj.status === 401 || obj.status === 403) throw authProblem(obj.status, obj.body)
  if (obj.status !== 201) throw apiError('create the tag object', obj)
  const ref = await apiRequest(api, 'POST', '/git/refs', { ref: `refs/tags/${i.tag}`, sha: obj.body.sha })
  if (ref.status === 201) return { created: true, note: `created ${i.tag} through the GitHub API` }
  if (ref.status === 401 || ref.status === 403) throw authProblem(ref.status, ref.body)
  if (ref.status !== 422) throw apiError('create the tag ref', ref)
  const now = await getTagCommit(api, i.tag)
  if (now === i.sha)
    return { created: false, note: `${i.tag} was created by a concurrent run at this commit` }
  if (now) throw movedTag(i.tag, now, i.sha)
  throw apiError('create the tag ref', ref)
}
