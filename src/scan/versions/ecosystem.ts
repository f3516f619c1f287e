// Which version order an OSV ecosystem uses, and how ecosystem strings split into family and release
// (`Alpine:v3.20` is the Alpine family, release v3.20). The matcher asks here for every comparison.

import { compareAlpine } from './alpine.js'
import { compareDebian } from './debian.js'
import { compareGo, parseGoVersion } from './go.js'

export interface VersionOrder {
  /** Can this string be placed in the order? Versions that cannot never match a range. */
  valid(version: string): boolean
  compare(a: string, b: string): number
}

/** `Alpine:v3.20` → `Alpine`; `Go` → `Go`. */
export function ecosystemFamily(ecosystem: string): string {
  const i = ecosystem.indexOf(':')
  return i < 0 ? ecosystem : ecosystem.slice(0, i)
}

/** `Alpine:v3.20` → `v3.20`; `Debian` → undefined. */
export function ecosystemRelease(ecosystem: string): string | undefined {
  const i = ecosystem.indexOf(':')
  return i < 0 ? undefined : ecosystem.slice(i + 1)
}

/** OSV's SEMVER range type: SemVer 2.0 precedence; a leading `v` is tolerated (Go writes one). */
export const SEMVER_ORDER: VersionOrder = {
  valid: v => parseGoVersion(v) !== undefined,
  compare: compareGo
}

// Debian and Alpine orders are total over any string; an empty one is still refused.
const nonEmpty = (v: string): boolean => v.trim().length > 0

const ORDERS: Record<string, VersionOrder> = {
  Go: SEMVER_ORDER,
  Debian: { valid: nonEmpty, compare: compareDebian },
  Alpine: { valid: nonEmpty, compare: compareAlpine }
}

/** The order of an ecosystem's ECOSYSTEM ranges, or undefined for a family gantry does not scan. */
export function ecosystemOrder(ecosystem: string): VersionOrder | undefined {
  return ORDERS[ecosystemFamily(ecosystem)]
}

/** The ecosystem families gantry matches. */
export const SUPPORTED_FAMILIES: readonly string[] = Object.keys(ORDERS).sort()
