// The few GitHub REST calls the tag stage makes (git database API: tag objects and refs), with plain fetch.
// 5xx answers and network errors are retried a bounded number of times; 4xx answers are returned. Failures
// are UserErrors naming push-tag: GitHub being down is not a gantry bug, and no tag ref was made.

import { UserError } from '../util/errors.js'

export interface GitHubApi {
  apiUrl: string
  /** `owner/name`. */
  repository: string
  token: string
  /** Delay before retry n (1-based), in ms; tests shorten it. */
  retryDelayMs?: (attempt: number) => number
  attempts?: number
}

export interface ApiResponse {
  status: number
  body: Record<string, unknown>
}

export async function apiRequest(
  api: GitHubApi,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown
): Promise<ApiResponse> {
  const url = `${api.apiUrl}/repos/${api.repository}${path}`
  const attempts = api.attempts ?? 4
  let last: unknown
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (attempt > 1)
      await new Promise(r => setTimeout(r, (api.retryDelayMs ?? (n => 500 * 2 ** (n - 2)))(attempt - 1)))
    try {
      const res = await fetch(url, {
        method,
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
      let parsed: Record<string, unknown> = {}
      try {
        parsed = text ? (JSON.parse(text) as Record<string, unknown>) : {}
      } catch {
        parsed = { message: text.slice(0, 200) }
      }
      if (res.status >= 500 && attempt < attempts) {
        last = new Error(`${method} ${path}: HTTP ${res.status}`)
        continue
      }
      return { status: res.status, body: parsed }
    } catch (err) {
      last = err
    }
  }
  throw new UserError(`the GitHub API (${method} ${path}) failed ${attempts} times: ${String(last)}.`, {
    input: 'push-tag',
    fix: 're-run the job; no tag ref was created.'
  })
}

/** The commit a tag ref points at (peeling an annotated tag), or undefined when the ref does not exist. */
export async function getTagCommit(api: GitHubApi, tag: string): Promise<string | undefined> {
  const r = await apiRequest(api, 'GET', `/git/ref/tags/${encodeURIComponent(tag).replace(/%2F/g, '/')}`)
  if (r.status === 404) return undefined
  if (r.status !== 200) throw apiError('get the tag ref', r)
  const obj = r.body.object as { type: string; sha: string }
  if (obj.type !== 'tag') return obj.sha
  const t = await apiRequest(api, 'GET', `/git/tags/${obj.sha}`)
  if (t.status !== 200) throw apiError('read the tag object', t)
  return (t.body.object as { sha: string }).sha
}

export function apiError(what: string, r: ApiResponse): UserError {
  return new UserError(
    `the GitHub API could not ${what}: HTTP ${r.status} ${String(r.body.message ?? '')}`.trim(),
    {
      input: 'push-tag',
      fix: 're-run the job; if it persists, use push-tag: git. No tag was moved.'
    }
  )
}
