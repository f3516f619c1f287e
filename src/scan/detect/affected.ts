// Is a version affected by one OSV `affected` entry? The evaluation of ossf/osv-schema ("Evaluation"):
// the explicit `versions` list, or any range whose sorted events leave the version vulnerable, within the
// range's `limit`s. SEMVER ranges use SemVer precedence, ECOSYSTEM ranges the package ecosystem's own order;
// GIT ranges need the repository's history and are left to the `versions` list, as the schema says.

import type { OsvAffected, OsvEvent, OsvRange } from '../vulndb/osv.js'
import { SEMVER_ORDER, type VersionOrder } from '../versions/ecosystem.js'

/** The order a range's versions use, or undefined when gantry cannot evaluate the range. */
export function rangeOrder(
  range: OsvRange,
  ecosystemOrder: VersionOrder | undefined
): VersionOrder | undefined {
  if (range.type === 'SEMVER') return SEMVER_ORDER
  if (range.type === 'ECOSYSTEM') return ecosystemOrder
  return undefined
}

const eventVersion = (e: OsvEvent): string | undefined =>
  e.introduced ?? e.fixed ?? e.last_affected ?? e.limit

// Within one version, an introduction comes before the events that end it: `introduced: X, fixed: X` is an
// empty range, not an open one.
const eventRank = (e: OsvEvent): number =>
  e.introduced !== undefined ? 0 : e.fixed !== undefined ? 1 : e.last_affected !== undefined ? 2 : 3

/**
 * The events of a range in version order, `introduced: "0"` first; events whose version the order cannot
 * place are dropped (they could not be compared with anything).
 */
export function sortedEvents(range: OsvRange, order: VersionOrder): OsvEvent[] {
  const isZero = (e: OsvEvent): boolean => e.introduced === '0'
  const usable = range.events.filter(e => {
    const v = eventVersion(e)
    return (
      v !== undefined && (isZero(e) || (e.limit !== undefined && e.limit.includes('*')) || order.valid(v))
    )
  })
  return usable.sort((a, b) => {
    if (isZero(a) !== isZero(b)) return isZero(a) ? -1 : 1
    const ia = a.limit?.includes('*') ?? false
    const ib = b.limit?.includes('*') ?? false
    if (ia !== ib) return ia ? 1 : -1
    if (!isZero(a) && !ia) {
      const c = order.compare(eventVersion(a)!, eventVersion(b)!)
      if (c) return c
    }
    return eventRank(a) - eventRank(b)
  })
}

/** Below at least one `limit` (an implicit `limit: "*"` when there is none; `*` is infinity). */
function beforeLimits(version: string, events: OsvEvent[], order: VersionOrder): boolean {
  const limits = events.filter(e => e.limit !== undefined)
  if (limits.length === 0) return true
  return limits.some(e => e.limit!.includes('*') || order.compare(version, e.limit!) < 0)
}

/** IncludedInRange for one range whose order is known and where `version` is valid in it. */
export function inRange(version: string, range: OsvRange, order: VersionOrder): boolean {
  const events = sortedEvents(range, order)
  if (!beforeLimits(version, events, order)) return false
  let vulnerable = false
  for (const e of events) {
    if (e.introduced !== undefined) {
      if (e.introduced === '0' || order.compare(version, e.introduced) >= 0) vulnerable = true
    } else if (e.fixed !== undefined) {
      if (order.compare(version, e.fixed) >= 0) vulnerable = false
    } else if (e.last_affected !== undefined) {
      if (order.compare(version, e.last_affected) > 0) vulnerable = false
    }
  }
  return vulnerable
}

/** Is `version` in the entry's explicit `versions` (equal in the order where it can compare, else as text)? */
export function inVersions(
  version: string,
  versions: readonly string[],
  order: VersionOrder | undefined
): boolean {
  for (const v of versions) {
    if (v === version) return true
    if (order?.valid(v) && order.valid(version) && order.compare(v, version) === 0) return true
  }
  return false
}

/**
 * IsVulnerable for one affected entry: `order` is the ecosystem's (undefined for one gantry cannot order,
 * where only exact `versions` can match).
 */
export function affectsVersion(
  affected: OsvAffected,
  version: string,
  order: VersionOrder | undefined
): boolean {
  if (inVersions(version, affected.versions ?? [], order)) return true
  for (const range of affected.ranges ?? []) {
    const o = rangeOrder(range, order)
    if (o && o.valid(version) && inRange(version, range, o)) return true
  }
  return false
}

/**
 * The `fixed` versions of the entry's evaluable ranges that are above `version`, lowest first, without
 * duplicates (in the order's sense). What a report offers as the upgrade.
 */
export function fixedAbove(
  affected: OsvAffected,
  version: string,
  order: VersionOrder | undefined
): string[] {
  const out: { v: string; o: VersionOrder }[] = []
  for (const range of affected.ranges ?? []) {
    const o = rangeOrder(range, order)
    if (!o || !o.valid(version)) continue
    for (const e of range.events) {
      if (e.fixed === undefined || !o.valid(e.fixed) || o.compare(e.fixed, version) <= 0) continue
      if (!out.some(x => x.o.compare(x.v, e.fixed!) === 0)) out.push({ v: e.fixed, o })
    }
  }
  return out.sort((a, b) => a.o.compare(a.v, b.v)).map(x => x.v)
}
