// The two finding filters the scan options name: `ignore-unfixed` and `severity`. Pure functions over
// findings, so the gate, the reports and the outputs all see the same list.

import type { Finding, Severity } from '../model.js'

/** Drop vulnerabilities no version fixes yet (misconfigurations and secrets are kept). */
export function ignoreUnfixed(findings: readonly Finding[]): Finding[] {
  return findings.filter(f => f.class !== 'vulnerability' || (f.fixed?.length ?? 0) > 0)
}

/** Keep the findings whose severity is one of `severities`. */
export function filterSeverity(findings: readonly Finding[], severities: Iterable<Severity>): Finding[] {
  const keep = new Set(severities)
  return findings.filter(f => keep.has(f.severity))
}

/**
 * Findings per severity, every severity present (0 when none), most severe first: the key order of the
 * `counts` output and the json report.
 */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { CRITICAL: 0, HIGH: 0, MEDIUM: 0, LOW: 0, UNKNOWN: 0 }
  for (const f of findings) counts[f.severity]++
  return counts
}
