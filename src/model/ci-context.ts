// The CI context: what GitHub tells a job about the run (event, ref, commit, repository). The adapters and
// the CLI build it from the environment they were given; the core only ever sees this typed value.

import { readFileSync } from 'node:fs'

export interface CiContext {
  /** `push`, `pull_request`, `schedule`, `workflow_dispatch`, ... ; '' when not on GitHub (CLI). */
  eventName: string
  /** `refs/heads/main`, `refs/tags/v1.2.3`, `refs/pull/7/merge`, or ''. */
  ref: string
  sha: string
  /** `owner/name`, or ''. */
  repository: string
  /** `https://github.com` or the GHES host. */
  serverUrl: string
  apiUrl: string
  /** The repository's default branch when the event payload names it. */
  defaultBranch?: string
  /** The pull request number on pull_request events. */
  pullRequest?: number
  workspace: string
  /** The event payload, parsed, when GITHUB_EVENT_PATH points at one. */
  payload: Record<string, unknown>
}

type Env = Readonly<Record<string, string | undefined>>

/** Build the context from a process environment (GITHUB_* variables and the event payload file). */
export function ciContextFromEnv(env: Env, cwd: string): CiContext {
  let payload: Record<string, unknown> = {}
  if (env.GITHUB_EVENT_PATH) {
    try {
      const data: unknown = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'))
      // Only an object is a payload; its fields are read with type checks where they are used.
      payload =
        data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {}
    } catch {
      payload = {}
    }
  }
  const repo = payload.repository as { default_branch?: unknown } | undefined
  const pr = (payload.pull_request as { number?: unknown } | undefined)?.number ?? payload.number
  let pullRequest = typeof pr === 'number' && Number.isInteger(pr) ? pr : undefined
  const ref = env.GITHUB_REF ?? ''
  const m = /^refs\/pull\/(\d+)\//.exec(ref)
  if (pullRequest === undefined && m) pullRequest = Number(m[1])
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    ref,
    sha: env.GITHUB_SHA ?? '',
    repository: env.GITHUB_REPOSITORY ?? '',
    serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/$/, ''),
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/$/, ''),
    defaultBranch: typeof repo?.default_branch === 'string' ? repo.default_branch : undefined,
    pullRequest,
    workspace: env.GITHUB_WORKSPACE ?? cwd,
    payload
  }
}
