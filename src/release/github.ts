// The few GitHub REST calls the tag stage makes (git database API: tag objects and refs), with plain fetch.
// 5xx answers and network errors are retried a bounded number of times; 4xx answers are returned. Failures
// are UserErrors naming push-tag: GitHub being down is not a gantry bug, and no tag ref was made.

import { UserError } from '../util/errors.js'
import {
  DEFAULT_RETRY,
  RetryExhaustedError,
  RetryableError,
  parseRetryAfter,
  retry,
  type RetryPolicy
} from '../util/retry.js'

export interface GitHubApi {
  apiUrl: string
  /** `owner/name`. */
  repository: string
  token: string
  /** The retry policy (tests shorten the waits). */
  retry?: Partial<RetryPolicy>
  /** The input blamed when GitHub fails (push-tag for tags, release for releases). */
  input?: string
}

export interface ApiResponse {
  status: number
  body: Record<string, unknown>
}

export async function apiRequest(
  api: GitHubApi,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown
): Promise<ApiResponse> {
  const url = `${api.apiUrl}/repos/${api.repository}${path}`
  const policy: RetryPolicy = { ...DEFAULT_RETRY, ...api.retry }
  try {
    return await retry(
      `${method} ${path}`,
      async (_attempt, signal) => {
        const res = await fetch(url, {
          method,
          signal,
          headers: {
            accept: 'application/vnd.github+json',
            authorization: `Bearer ${api.token}`,
            'x-github-api-version': '2022-11-28',
            'user-agent': 'gantry',
            ...(body === undefined ? {} : { 'content-type': 'application/json' })
          },
          body: body === undefined ? undefined : JSON.stringify(body)
        })
        const text = await res.text()
        if (res.status >= 500 || res.status === 429)
          throw new RetryableError(`HTTP ${res.status}`, parseRetryAfter(res.headers.get('retry-after')))
        let parsed: unknown
        try {
          parsed = text ? JSON.parse(text) : {}
        } catch {
          parsed = { message: text.slice(0, 200) }
        }
        // A list answer (assets, releases) comes back as `items`, so every body is an object.
        const obj = Array.isArray(parsed)
          ? { items: parsed }
          : parsed && typeof parsed === 'object'
            ? parsed
            : { message: '' }
        return { status: res.status, body: obj as Record<string, unknown> }
      },
      policy
    )
  } catch (err) {
    if (!(err instanceof RetryExhaustedError)) throw err
    throw new UserError(`the GitHub API (${err.message}).`, {
      input: api.input ?? 'push-tag',
      fix: 're-run the job; no tag ref was created.'
    })
  }
}

/** The commit a tag ref points at (peeling an annotated tag), or undefined when the ref does not exist. */
export async function getTagCommit(api: GitHubApi, tag: string): Promise<string | undefined> {
  const r = await apiRequest(api, 'GET', `/git/ref/tags/${encodeURIComponent(tag).replace(/%2F/g, '/')}`)
  if (r.status === 404) return undefined
  if (r.status !== 200) throw apiError('get the tag ref', r)
  const obj = r.body.object as { type?: unknown; sha?: unknown } | undefined
  if (typeof obj?.sha !== 'string') throw apiError('read the tag ref (no object in the answer)', r)
  if (obj.type !== 'tag') return obj.sha
  const t = await apiRequest(api, 'GET', `/git/tags/${obj.sha}`)
  if (t.status !== 200) throw apiError('read the tag object', t)
  const sha = (t.body.object as { sha?: unknown } | undefined)?.sha
  if (typeof sha !== 'string') throw apiError('read the tag object (no commit in the answer)', t)
  return sha
}

export function apiError(what: string, r: ApiResponse, input = 'push-tag'): UserError {
  return new UserError(
    `the GitHub API could not ${what}: HTTP ${r.status} ${String(r.body.message ?? '')}`.trim(),
    {
      input,
      fix: 're-run the job; if it persists, use push-tag: git. No tag was moved.'
    }
  )
}
