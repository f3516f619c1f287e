// How many go builds run at once. Cores alone are not enough: a compile and link of a large module takes GBs,
// and running every target at once is the classic CI out-of-memory failure. So the default is
// min(cores, available memory / per-build budget), at least 1, and never more than there are targets.

import os from 'node:os'

/** Memory one go build is assumed to need at its peak (compile + link of a mid-size module). */
export const BUILD_MEMORY_BUDGET = 2 * 1024 ** 3

export interface Parallelism {
  value: number
  /** One sentence for the log and the job summary. */
  reason: string
}

/**
 * Memory a build can use now. process.availableMemory() follows cgroup limits (containers, Kubernetes runners)
 * and, on Linux, MemAvailable (free + reclaimable cache). macOS reports only truly free pages, which look tiny
 * on a machine with a full file cache, so there half of the physical memory counts as available at least.
 */
export function availableMemory(): number {
  const avail = typeof process.availableMemory === 'function' ? process.availableMemory() : os.freemem()
  return process.platform === 'darwin' ? Math.max(avail, os.totalmem() / 2) : avail
}

export function chooseParallelism(
  requested: number | 'auto',
  targets: number,
  machine: { cores: number; freeMemory: number } = {
    cores: os.availableParallelism(),
    freeMemory: availableMemory()
  }
): Parallelism {
  const gib = (n: number): string => `${(n / 1024 ** 3).toFixed(1)} GiB`
  if (requested !== 'auto') {
    const value = Math.max(1, Math.min(requested, targets))
    return {
      value,
      reason: `set by the parallelism input (${requested}${value < requested ? `, capped at ${targets} targets` : ''})`
    }
  }
  const byMemory = Math.max(1, Math.floor(machine.freeMemory / BUILD_MEMORY_BUDGET))
  const byCores = Math.max(1, machine.cores)
  const value = Math.max(1, Math.min(byCores, byMemory, targets))
  const limit =
    value === targets && targets < Math.min(byCores, byMemory)
      ? `the target count: ${targets} (cores: ${byCores}, memory allows ${byMemory})`
      : byMemory < byCores
        ? `memory: ${gib(machine.freeMemory)} available / ${gib(BUILD_MEMORY_BUDGET)} per build = ${byMemory} (cores: ${byCores})`
        : `cores: ${byCores} (memory would allow ${byMemory}: ${gib(machine.freeMemory)} available / ${gib(BUILD_MEMORY_BUDGET)} per build)`
  return { value, reason: `auto, limited by ${limit}` }
}
