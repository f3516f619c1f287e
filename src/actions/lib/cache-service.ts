// The GitHub Actions cache as the adapters use it: whether the runner offers it (and which variable is missing
// when it does not), and restore/save results that say what happened. @actions/cache's saveCache never
// throws for a failed save: it returns -1 (reserve, network) or even the reserved id (a failed upload or
// commit), so a save is "saved" only when the service has the key afterwards. The library is loaded on
// first use, so actions that never touch the cache do not carry it.

import type { CacheService } from '../../runtime/stage.js'

export type CacheProtocol = 'v1' | 'v2'

export type CacheAvailability =
  { ok: true; protocol: CacheProtocol } | { ok: false; protocol: CacheProtocol; missing: string }

export interface CacheSaveResult {
  saved: boolean
  /** Why nothing was saved (only when saved is false). */
  reason?: string
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

/**
 * A save's answer as a result. saveCache returns -1 when the reserve or the network fails, but for v1 it
 * returns the reserved id even when the upload or the commit then failed (it only logs "Failed to save"),
 * so an id counts only when a lookup of the key afterwards finds it (`found`, the key the service has).
 */
export function saveOutcome(
  key: string,
  outcome: { id: number; found?: string } | { error: unknown }
): CacheSaveResult {
  if ('error' in outcome) {
    const message = outcome.error instanceof Error ? outcome.error.message : String(outcome.error)
    return { saved: false, reason: message }
  }
  if (outcome.id === -1)
    return {
      saved: false,
      reason:
        'the cache service did not store it (reserve or network failure; @actions/cache logged why above)'
    }
  // Keys are case-insensitive in the cache service.
  if (outcome.found?.toLowerCase() !== key.toLowerCase())
    return {
      saved: false,
      reason: 'the cache service does not have it after the save (the upload or the commit failed; see above)'
    }
  return { saved: true }
}

/** The service over @actions/cache, reading the runner's variables from `env`. */
export function actionsCacheService(env: Env = process.env): CacheService {
  return {
    availability: () => cacheAvailability(env),
    async restore(paths, key, restoreKeys) {
      const cache = await import('@actions/cache')
      return cache.restoreCache(paths, key, restoreKeys)
    },
    async save(paths, key) {
      try {
        const cache = await import('@actions/cache')
        const id = await cache.saveCache(paths, key)
        if (id === -1) return saveOutcome(key, { id })
        const found = await cache.restoreCache(paths, key, [], { lookupOnly: true })
        return saveOutcome(key, { id, found })
      } catch (error) {
        return saveOutcome(key, { error })
      }
    }
  }
}
