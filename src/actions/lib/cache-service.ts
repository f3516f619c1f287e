// The GitHub Actions cache behind the CacheService interface the stages use. @actions/cache picks its
// protocol from the environment: v2 (ACTIONS_CACHE_SERVICE_V2 set) needs ACTIONS_RESULTS_URL and
// ACTIONS_RUNTIME_TOKEN, v1 needs ACTIONS_CACHE_URL. Its saveCache returns -1 instead of throwing when the
// reserve, an upload or the network fails; that is "not saved", never "saved". The library is loaded on
// first use, so actions that never touch the cache do not carry it.

import type { CacheService } from '../../runtime/stage.js'

type Env = Readonly<Record<string, string | undefined>>

/** Which variable the cache protocol in use needs and lacks, or undefined when it can be used. */
export function missingCacheVariable(env: Env): string | undefined {
  if (env.ACTIONS_CACHE_SERVICE_V2) {
    if (!env.ACTIONS_RESULTS_URL) return 'ACTIONS_RESULTS_URL'
    if (!env.ACTIONS_RUNTIME_TOKEN) return 'ACTIONS_RUNTIME_TOKEN'
    return undefined
  }
  return env.ACTIONS_CACHE_URL ? undefined : 'ACTIONS_CACHE_URL'
}

export function actionsCacheService(env: Env): CacheService {
  return {
    availability() {
      const missing = missingCacheVariable(env)
      return missing ? { ok: false, missing } : { ok: true }
    },
    async restore(paths, key, restoreKeys) {
      const cache = await import('@actions/cache')
      return cache.restoreCache(paths, key, restoreKeys)
    },
    async save(paths, key) {
      try {
        const cache = await import('@actions/cache')
        const id = await cache.saveCache(paths, key)
        return id === -1
          ? { saved: false, reason: 'the cache service refused or failed the save' }
          : { saved: true }
      } catch (err) {
        return { saved: false, reason: (err as Error).message }
      }
    }
  }
}
