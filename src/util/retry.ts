// One retry policy for every network call (registries, the GitHub API, database downloads): bounded attempts,
// exponential backoff with a cap, Retry-After honoured (capped), a timeout per attempt and a bound on the
// whole operation. Callers say what is transient by throwing RetryableError (or by the default rules for
// timeouts and connection resets); everything else fails at once.

import { isErrorLike } from './errors.js'

export interface RetryPolicy {
  /** Total attempts, at least 1. */
  attempts: number
  /** The first backoff; each later one doubles, up to maxDelayMs. */
  baseDelayMs: number
  /** The longest single wait, Retry-After included. */
  maxDelayMs: number
  /** Abort one attempt after this long (its AbortSignal fires). */
  attemptTimeoutMs?: number
  /** Abort the whole operation after this long, waits included. */
  deadlineMs?: number
  /** For tests: how to wait and what time it is. */
  sleep?: (ms: number) => Promise<void>
  now?: () => number
}

export const DEFAULT_RETRY: RetryPolicy = {
  attempts: 4,
  baseDelayMs: 500,
  maxDelayMs: 10_000,
  attemptTimeoutMs: 30_000,
  deadlineMs: 90_000
}

/** A failure worth another attempt (HTTP 5xx, 429, a reset), optionally with the server's Retry-After. */
export class RetryableError extends Error {
  constructor(
    message: string,
    readonly retryAfterMs?: number,
    opts?: { cause?: unknown }
  ) {
    super(message, opts)
    this.name = 'RetryableError'
  }
}

/** Every attempt failed, or the operation ran out of time: carries the last failure. */
export class RetryExhaustedError extends Error {
  constructor(
    readonly what: string,
    readonly attempts: number,
    readonly elapsedMs: number,
    readonly last: unknown,
    readonly timedOut: boolean
  ) {
    const why = isErrorLike(last) ? last.message : String(last)
    super(
      timedOut
        ? `${what} did not finish within ${Math.round(elapsedMs / 1000)} s (${attempts} attempt${attempts === 1 ? '' : 's'}; last: ${why})`
        : `${what} failed ${attempts} time${attempts === 1 ? '' : 's'} (last: ${why})`,
      { cause: last }
    )
    this.name = 'RetryExhaustedError'
  }
}

/** Retry-After as milliseconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(header: string | null | undefined, now = Date.now()): number | undefined {
  if (!header) return undefined
  const v = header.trim()
  if (/^\d+$/.test(v)) return Number(v) * 1000
  const t = Date.parse(v)
  return Number.isNaN(t) ? undefined : Math.max(0, t - now)
}

const TRANSIENT_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT'
])

/** Is this error transient by default: a RetryableError, a timeout, or a connection failure? */
export function isTransient(err: unknown): boolean {
  if (err instanceof RetryableError) return true
  // Duck-typed, not instanceof: DOMException (abort and timeout reasons) and errors from other realms.
  for (let e: unknown = err, depth = 0; typeof e === 'object' && e !== null && depth < 5; depth++) {
    const { name, code, message, cause } = e as {
      name?: unknown
      code?: unknown
      message?: unknown
      cause?: unknown
    }
    if (name === 'TimeoutError' || name === 'AbortError') return true
    if (typeof code === 'string' && TRANSIENT_CODES.has(code)) return true
    if (name === 'TypeError' && message === 'fetch failed') return true
    e = cause
  }
  return false
}

const realSleep = (ms: number): Promise<void> => new Promise(resolve => setTimeout(resolve, ms))

/**
 * Run `fn` until it succeeds, a non-transient error is thrown (rethrown as is), or the policy is used up
 * (RetryExhaustedError). `fn` gets the attempt number (from 1) and a signal that fires on the attempt
 * timeout or the overall deadline; pass it to fetch.
 */
export async function retry<T>(
  what: string,
  fn: (attempt: number, signal: AbortSignal) => Promise<T>,
  policy: RetryPolicy = DEFAULT_RETRY,
  transient: (err: unknown) => boolean = isTransient
): Promise<T> {
  const now = policy.now ?? Date.now
  const sleep = policy.sleep ?? realSleep
  const start = now()
  const deadline = policy.deadlineMs === undefined ? undefined : start + policy.deadlineMs
  const attempts = Math.max(1, policy.attempts)
  let last: unknown
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const remaining = deadline === undefined ? undefined : deadline - now()
    if (remaining !== undefined && remaining <= 0)
      throw new RetryExhaustedError(what, attempt - 1, now() - start, last, true)
    const limits = [policy.attemptTimeoutMs, remaining].filter((n): n is number => n !== undefined)
    const signal = limits.length ? AbortSignal.timeout(Math.min(...limits)) : new AbortController().signal
    try {
      return await fn(attempt, signal)
    } catch (err) {
      last = err
      if (!transient(err)) throw err
      if (attempt === attempts) break
      const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1))
      const asked = err instanceof RetryableError ? err.retryAfterMs : undefined
      let wait = asked === undefined ? backoff : Math.min(policy.maxDelayMs, Math.max(asked, 0))
      if (deadline !== undefined) {
        const left = deadline - now()
        if (left <= wait) throw new RetryExhaustedError(what, attempt, now() - start, last, true)
        wait = Math.min(wait, left)
      }
      await sleep(wait)
    }
  }
  const timedOut = deadline !== undefined && now() >= deadline
  throw new RetryExhaustedError(what, attempts, now() - start, last, timedOut)
}
