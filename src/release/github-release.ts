// A GitHub release for a version tag, through the REST API: created once, then kept in step on re-runs —
// the name, notes and prerelease flag updated, every asset uploaded once (an asset with the same name and
// the same sha256 is kept; one with other content is replaced). A re-run after a cancelled one finishes the
// job without duplicates.

import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'
import { UserError } from '../util/errors.js'
import type { Host } from '../util/host.js'
import {
  DEFAULT_RETRY,
  RetryExhaustedError,
  RetryableError,
  parseRetryAfter,
  retry,
  type RetryPolicy
} from '../util/retry.js'
import { sha256File } from '../util/digest.js'
import { apiRequest, type ApiResponse, type GitHubApi } from './github.js'

export interface ReleaseAsset {
  /** The file on this machine. */
  file: string
  /** The asset name (default: the file's base name). */
  name?: string
}

export interface ReleaseInput {
  tag: string
  name: string
  /** Markdown release notes (the changelog). */
  body: string
  prerelease: boolean
  assets: readonly ReleaseAsset[]
}

export interface ReleaseResult {
  id: number
  /** The release page. */
  url: string
  created: boolean
  uploaded: string[]
  kept: string[]
  replaced: string[]
}

interface RemoteAsset {
  id: number
  name: string
  size: number
  /** `sha256:<hex>`, which GitHub computes for every asset. */
  digest?: string
}

const INPUT = 'release'

function failure(what: string, r: ApiResponse): UserError {
  return new UserError(
    `the GitHub API could not ${what}: HTTP ${r.status} ${String(r.body.message ?? '')}`.trim(),
    {
      input: INPUT,
      fix: 'check that github-token may write releases (permissions: contents: write) and re-run; assets already uploaded are kept.'
    }
  )
}

function releaseOf(r: ApiResponse): {
  id: number
  url: string
  uploadUrl: string
  name: string
  body: string
  prerelease: boolean
} {
  const b = r.body
  if (typeof b.id !== 'number' || typeof b.upload_url !== 'string')
    throw failure('read the release (no id or upload URL in the answer)', r)
  return {
    id: b.id,
    url: typeof b.html_url === 'string' ? b.html_url : '',
    // The hypermedia template: `https://uploads.github.com/repos/o/r/releases/1/assets{?name,label}`.
    uploadUrl: b.upload_url.replace(/\{[^}]*\}$/, ''),
    name: typeof b.name === 'string' ? b.name : '',
    body: typeof b.body === 'string' ? b.body : '',
    prerelease: b.prerelease === true
  }
}

/** The release of `tag`, made when there is none (a concurrent run making it first is fine). */
async function findOrCreate(
  api: GitHubApi,
  r: ReleaseInput
): Promise<{ release: ReturnType<typeof releaseOf>; created: boolean }> {
  const byTag = `/releases/tags/${encodeURIComponent(r.tag)}`
  const found = await apiRequest(api, 'GET', byTag)
  if (found.status === 200) return { release: releaseOf(found), created: false }
  if (found.status !== 404) throw failure(`look up the release of ${r.tag}`, found)
  const made = await apiRequest(api, 'POST', '/releases', {
    tag_name: r.tag,
    name: r.name,
    body: r.body,
    prerelease: r.prerelease,
    draft: false
  })
  if (made.status === 201) return { release: releaseOf(made), created: true }
  // 422: another run created it between the lookup and the create.
  if (made.status === 422) {
    const again = await apiRequest(api, 'GET', byTag)
    if (again.status === 200) return { release: releaseOf(again), created: false }
  }
  throw failure(`create the release of ${r.tag}`, made)
}

async function listAssets(api: GitHubApi, id: number): Promise<RemoteAsset[]> {
  const out: RemoteAsset[] = []
  for (let page = 1; page <= 10; page++) {
    const r = await apiRequest(api, 'GET', `/releases/${id}/assets?per_page=100&page=${page}`)
    if (r.status !== 200) throw failure('list the release assets', r)
    const items = Array.isArray(r.body.items) ? r.body.items : []
    for (const a of items as { id?: unknown; name?: unknown; size?: unknown; digest?: unknown }[])
      if (typeof a.id === 'number' && typeof a.name === 'string' && typeof a.size === 'number')
        out.push({
          id: a.id,
          name: a.name,
          size: a.size,
          digest: typeof a.digest === 'string' ? a.digest : undefined
        })
    if (items.length < 100) break
  }
  return out
}

/** Upload one file as an asset, streamed, retried on 5xx/429/resets. */
async function upload(api: GitHubApi, uploadUrl: string, file: string, name: string): Promise<void> {
  const size = (await stat(file)).size
  const policy: RetryPolicy = {
    ...DEFAULT_RETRY,
    deadlineMs: undefined,
    attemptTimeoutMs: 10 * 60_000,
    ...api.retry
  }
  const url = `${uploadUrl}?name=${encodeURIComponent(name)}`
  try {
    await retry(
      `upload ${name}`,
      async (_n, signal) => {
        const res = await fetch(url, {
          method: 'POST',
          signal,
          headers: {
            accept: 'application/vnd.github+json',
            authorization: `Bearer ${api.token}`,
            'content-type': 'application/octet-stream',
            'content-length': String(size),
            'user-agent': 'gantry'
          },
          body: Readable.toWeb(createReadStream(file)) as ReadableStream,
          duplex: 'half'
        } as RequestInit)
        const text = await res.text()
        if (res.status >= 500 || res.status === 429)
          throw new RetryableError(`HTTP ${res.status}`, parseRetryAfter(res.headers.get('retry-after')))
        if (res.status !== 201)
          throw new UserError(
            `the GitHub API refused the asset ${name}: HTTP ${res.status} ${text.slice(0, 200)}`,
            {
              input: INPUT,
              fix: 'check that github-token may write releases (permissions: contents: write) and re-run.'
            }
          )
      },
      policy
    )
  } catch (err) {
    if (!(err instanceof RetryExhaustedError)) throw err
    throw new UserError(`uploading ${name} to the release failed (${err.message}).`, {
      input: INPUT,
      fix: 're-run the job: assets already uploaded are kept.'
    })
  }
}

/** Create or update the release of `r.tag` and make its assets exactly the given files. */
export async function publishRelease(api: GitHubApi, r: ReleaseInput, host: Host): Promise<ReleaseResult> {
  const a: GitHubApi = { ...api, input: INPUT }
  const { release, created } = await findOrCreate(a, r)
  if (
    !created &&
    (release.name !== r.name || release.body !== r.body || release.prerelease !== r.prerelease)
  ) {
    const u = await apiRequest(a, 'PATCH', `/releases/${release.id}`, {
      name: r.name,
      body: r.body,
      prerelease: r.prerelease
    })
    if (u.status !== 200) throw failure(`update the release of ${r.tag}`, u)
  }
  const remote = await listAssets(a, release.id)
  const result: ReleaseResult = {
    id: release.id,
    url: release.url,
    created,
    uploaded: [],
    kept: [],
    replaced: []
  }
  for (const asset of r.assets) {
    const name = asset.name ?? path.basename(asset.file)
    const { hex, size } = await sha256File(asset.file)
    const existing = remote.find(x => x.name === name)
    if (existing && existing.size === size && (!existing.digest || existing.digest === `sha256:${hex}`)) {
      result.kept.push(name)
      continue
    }
    if (existing) {
      const d = await apiRequest(a, 'DELETE', `/releases/assets/${existing.id}`)
      if (d.status !== 204 && d.status !== 404) throw failure(`replace the asset ${name}`, d)
      result.replaced.push(name)
    }
    await upload(a, release.uploadUrl, asset.file, name)
    if (!existing) result.uploaded.push(name)
    host.logger.info(`release asset ${name}: ${existing ? 'replaced' : 'uploaded'}`)
  }
  return result
}
