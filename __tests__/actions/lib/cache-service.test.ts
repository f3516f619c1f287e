// Which cache protocol the runner offers and what it needs (as @actions/cache 6.3.0 decides it), and how a
// save's answer becomes "saved" or "not saved".

import { cacheAvailability, cacheProtocol, saveOutcome } from '../../../src/actions/lib/cache-service.js'

describe('cacheProtocol', () => {
  test.each([
    [{}, 'v1'],
    [{ ACTIONS_CACHE_SERVICE_V2: 'true' }, 'v2'],
    [{ ACTIONS_CACHE_SERVICE_V2: 'true', GITHUB_SERVER_URL: 'https://github.com' }, 'v2'],
    [{ ACTIONS_CACHE_SERVICE_V2: 'true', GITHUB_SERVER_URL: 'https://octo.ghe.com' }, 'v2'],
    [{ ACTIONS_CACHE_SERVICE_V2: 'true', GITHUB_SERVER_URL: 'https://github.localhost' }, 'v2'],
    // GitHub Enterprise Server has only v1, whatever the flag says.
    [{ ACTIONS_CACHE_SERVICE_V2: 'true', GITHUB_SERVER_URL: 'https://git.example.com' }, 'v1'],
    [{ ACTIONS_CACHE_SERVICE_V2: '' }, 'v1']
  ])('%j -> %s', (env, protocol) => {
    expect(cacheProtocol(env)).toBe(protocol)
  })
})

describe('cacheAvailability', () => {
  test('v1 needs only ACTIONS_CACHE_URL: no ACTIONS_RUNTIME_TOKEN is fine (act, some self-hosted runners)', () => {
    expect(cacheAvailability({ ACTIONS_CACHE_URL: 'http://127.0.0.1:1/x/' })).toEqual({
      ok: true,
      protocol: 'v1'
    })
  })

  test('v1 without ACTIONS_CACHE_URL names it, even when the token is there', () => {
    expect(cacheAvailability({ ACTIONS_RUNTIME_TOKEN: 't' })).toEqual({
      ok: false,
      protocol: 'v1',
      missing: 'ACTIONS_CACHE_URL'
    })
    // v1 does not fall back to ACTIONS_RESULTS_URL for the availability check (isFeatureAvailable).
    expect(cacheAvailability({ ACTIONS_RESULTS_URL: 'http://127.0.0.1:1/' })).toMatchObject({
      ok: false,
      missing: 'ACTIONS_CACHE_URL'
    })
  })

  test('v2 needs ACTIONS_RESULTS_URL and the token, and names what is missing', () => {
    const v2 = { ACTIONS_CACHE_SERVICE_V2: 'true' }
    expect(cacheAvailability({ ...v2, ACTIONS_RESULTS_URL: 'u', ACTIONS_RUNTIME_TOKEN: 't' })).toEqual({
      ok: true,
      protocol: 'v2'
    })
    expect(cacheAvailability({ ...v2, ACTIONS_RESULTS_URL: 'u' })).toEqual({
      ok: false,
      protocol: 'v2',
      missing: 'ACTIONS_RUNTIME_TOKEN'
    })
    expect(cacheAvailability({ ...v2, ACTIONS_RUNTIME_TOKEN: 't', ACTIONS_CACHE_URL: 'u' })).toMatchObject({
      missing: 'ACTIONS_RESULTS_URL'
    })
    expect(cacheAvailability(v2)).toMatchObject({ missing: 'ACTIONS_RESULTS_URL and ACTIONS_RUNTIME_TOKEN' })
  })
})

describe('saveOutcome', () => {
  test('an id is a save when the service has the key afterwards (any case: keys are case-insensitive)', () => {
    expect(saveOutcome('k-1', { id: 42, found: 'k-1' })).toEqual({ saved: true })
    expect(saveOutcome('K-1', { id: 0, found: 'k-1' })).toEqual({ saved: true })
  })

  test('-1 (how saveCache reports reserve and network failures) is not a save', () => {
    const r = saveOutcome('k-1', { id: -1 })
    expect(r.saved).toBe(false)
    expect(r.reason).toMatch(/did not store it/)
  })

  test('an id the service does not have afterwards (a failed upload or commit) is not a save', () => {
    expect(saveOutcome('k-1', { id: 7 })).toMatchObject({
      saved: false,
      reason: expect.stringMatching(/upload/)
    })
    expect(saveOutcome('k-1', { id: 7, found: 'k-' })).toMatchObject({ saved: false })
  })

  test('a throw is not a save, and its message is the reason', () => {
    expect(saveOutcome('k-1', { error: new Error('Path Validation Error: nothing there') })).toEqual({
      saved: false,
      reason: 'Path Validation Error: nothing there'
    })
    expect(saveOutcome('k-1', { error: 'odd' })).toEqual({ saved: false, reason: 'odd' })
  })
})
