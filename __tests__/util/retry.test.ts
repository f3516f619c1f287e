// The one retry policy: bounded attempts, backoff, Retry-After (capped), per-attempt timeouts, a deadline,
// and non-transient errors thrown at once. A fake clock makes the waits exact.
import {
  RetryExhaustedError,
  RetryableError,
  isTransient,
  parseRetryAfter,
  retry,
  type RetryPolicy
} from '../../src/util/retry.js'

function clock(): { policy: Partial<RetryPolicy>; waits: number[] } {
  let now = 0
  const waits: number[] = []
  return {
    waits,
    policy: {
      now: () => now,
      sleep: async ms => {
        waits.push(ms)
        now += ms
      }
    }
  }
}

const base: RetryPolicy = { attempts: 4, baseDelayMs: 100, maxDelayMs: 1000 }

test('transient failures are retried with doubling waits until one succeeds', async () => {
  const c = clock()
  let calls = 0
  const r = await retry(
    'op',
    async () => {
      if (++calls < 3) throw new RetryableError('HTTP 500')
      return 'ok'
    },
    { ...base, ...c.policy }
  )
  expect([r, calls, c.waits]).toEqual(['ok', 3, [100, 200]])
})

test('Retry-After is honoured and capped', async () => {
  const c = clock()
  let calls = 0
  await retry(
    'op',
    async () => {
      calls++
      if (calls === 1) throw new RetryableError('429', 300)
      if (calls === 2) throw new RetryableError('429', 60_000)
      return 1
    },
    { ...base, ...c.policy }
  )
  expect(c.waits).toEqual([300, 1000])
})

test('the attempts are bounded: RetryExhaustedError carries the last failure', async () => {
  const c = clock()
  const e = await retry('GET /v2/', async () => Promise.reject(new RetryableError('HTTP 503')), {
    ...base,
    ...c.policy
  }).catch((err: unknown) => err)
  expect(e).toBeInstanceOf(RetryExhaustedError)
  expect((e as RetryExhaustedError).message).toBe('GET /v2/ failed 4 times (last: HTTP 503)')
  expect(c.waits).toEqual([100, 200, 400])
})

test('a deadline ends the retries before the next wait would pass it', async () => {
  const c = clock()
  const e = await retry('push', async () => Promise.reject(new RetryableError('reset')), {
    ...base,
    attempts: 10,
    deadlineMs: 350,
    ...c.policy
  }).catch((err: unknown) => err)
  expect((e as RetryExhaustedError).timedOut).toBe(true)
  expect((e as RetryExhaustedError).message).toMatch(
    /^push did not finish within 0 s \(3 attempts; last: reset\)/
  )
})

test('a non-transient error is thrown at once, unchanged', async () => {
  let calls = 0
  const boom = new Error('401')
  await expect(
    retry(
      'op',
      async () => {
        calls++
        throw boom
      },
      base
    )
  ).rejects.toBe(boom)
  expect(calls).toBe(1)
})

test('each attempt gets a signal that fires on the attempt timeout', async () => {
  let aborted = 0
  const e = await retry(
    'hang',
    (_n, signal) =>
      new Promise((_resolve, reject) =>
        signal.addEventListener('abort', () => {
          aborted++
          reject(signal.reason)
        })
      ),
    { attempts: 2, baseDelayMs: 1, maxDelayMs: 1, attemptTimeoutMs: 20 }
  ).catch((err: unknown) => err)
  expect(aborted).toBe(2)
  expect(e).toBeInstanceOf(RetryExhaustedError)
})

test('transient by default: timeouts, resets, fetch failures; Retry-After forms', () => {
  expect(isTransient(Object.assign(new Error('x'), { code: 'ECONNRESET' }))).toBe(true)
  expect(
    isTransient(
      new TypeError('fetch failed', { cause: Object.assign(new Error('y'), { code: 'UND_ERR_SOCKET' }) })
    )
  ).toBe(true)
  expect(isTransient(new DOMException('t', 'TimeoutError'))).toBe(true)
  expect(isTransient(new Error('bad request'))).toBe(false)
  expect(parseRetryAfter('3')).toBe(3000)
  expect(parseRetryAfter(new Date(10_000).toUTCString(), 4_000)).toBe(6000)
  expect(parseRetryAfter('soon')).toBeUndefined()
})
