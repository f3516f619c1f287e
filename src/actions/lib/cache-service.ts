// The GitHub Actions cache as the adapters use it: whether the runner offers it (and which variable is missing
// when it does not), and restore/save results that say what happened — @actions/cache's saveCache returns -1
// instead of throwing when the reserve, an upload or the network fails, so a save is "saved" only on an id.

import * as cache from '@actions/cache'

export type CacheProtocol = 'v1' | 'v2'

export type CacheAvailability =
  { ok: true; protocol: CacheProtocol } | { ok: false; protocol: CacheProtocol; missing: string }

export interface CacheSaveResult {
  saved: boolean
  /** Why nothing was saved (only when saved is false). */
  reason?: string
}

export interface CacheService {
  availability(): CacheAvailability
  /** The key that matched (exactly or by a restore key), or undefined on a miss. */
  restore(paths: string[], key: string, restoreKeys: string[]): Promise<string | undefined>
  save(paths: string[], key: string): Promise<CacheSaveResult>
}

type Env = Readonly<Record<string, string | undefined>>

/**
 * The protocol @actions/cache 6.3.0 talks (its internal/config.js): v2 when ACTIONS_CACHE_SERVICE_V2 is set,
 * except on GitHub Enterprise Server, which has only v1. GITHUB_SERVER_URL decides GHES: github.com,
 * *.ghe.com and *.localhost are not.
 */
export function cacheProtocol(env: Env): CacheProtocol {
  let host = 'github.com'
  try {
    host = new URL(env.GITHUB_SERVER_URL || 'https://github.com').hostname.toLowerCase()
  } catch {
    // @actions/cache would throw on this URL too; treat it as GHES, the conservative (v1) choice.
    return 'v1'
  }
  const ghes = host !== 'github.com' && !host.endsWith('.ghe.com') && !host.endsWith('.localhost')
  if (ghes) return 'v1'
  return env.ACTIONS_CACHE_SERVICE_V2 ? 'v2' : 'v1'
}

/**
 * What each protocol needs: v1 (the REST cache service, and act's cache server) only ACTIONS_CACHE_URL, and
 * sends ACTIONS_RUNTIME_TOKEN only when it is set; v2 (twirp) ACTIONS_RESULTS_URL and the token, which its
 * client refuses to run without.
 */
export function cacheAvailability(env: Env): CacheAvailability {
  const protocol = cacheProtocol(env)
  const needed = protocol === 'v1' ? ['ACTIONS_CACHE_URL'] : ['ACTIONS_RESULTS_URL', 'ACTIONS_RUNTIME_TOKEN']
  const missing = needed.filter(name => !env[name])
  return missing.length ? { ok: false, protocol, missing: missing.join(' and ') } : { ok: true, protocol }
}

/** saveCache's answer as a result: an id is a save, -1 (its only failure value) or a throw is not. */
export function saveOutcome(outcome: { id: number } | { error: unknown }): CacheSaveResult {
  if ('error' in outcome) {
    const message = outcome.error instanceof Error ? outcome.error.message : String(outcome.error)
    return { saved: false, reason: message }
  }
  if (outcome.id === -1)
    return {
      saved: false,
      reason:
        'the cache service did not store it (reserve, upload or network failure; @actions/cache logged why above)'
    }
  return { saved: true }
}

/** The service over @actions/cache, reading the runner's variables from `env`. */
export function actionsCacheService(env: Env = process.env): CacheService {
  return {
    availability: () => cacheAvailability(env),
    restore: (paths, key, restoreKeys) => cache.restoreCache(paths, key, restoreKeys),
    async save(paths, key) {
      try {
        return saveOutcome({ id: await cache.saveCache(paths, key) })
      } catch (error) {
        return saveOutcome({ error })
      }
    }
  }
}
