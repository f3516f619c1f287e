// What a misconfiguration or secret rule is, for the checks that apply it and for the reporters that describe
// it (SARIF `rules` with help text and `relationships`, the docs table, ignore files written for other tools).

import type { Finding, FindingClass, Location, Severity } from './model.js'

/** The same check in another tool: Trivy (DS-0001), hadolint (DL3007) or BuildKit's build checks. */
export interface RuleEquivalent {
  tool: 'trivy' | 'hadolint' | 'buildkit'
  id: string
  /** Where the other tool's check differs from ours, in a few words. */
  note?: string
}

export interface RuleInfo {
  /** Stable: GANTRY-DF-001, GANTRY-SECRET-001. Never reused for another check. */
  id: string
  class: Exclude<FindingClass, 'vulnerability'>
  severity: Severity
  /** Short, as a table row or a SARIF rule name reads it. */
  title: string
  /** One line: what to change. */
  fix: string
  /** Why it matters, in two or three sentences (SARIF help, docs). */
  description: string
  equivalents: RuleEquivalent[]
}

/**
 * The ids another tool's ignore file may name for this rule: Trivy's `DS-0001`, its older `AVD-DS-0001` and
 * `DS001` spellings, hadolint's `DL3007`. A finding carries them as aliases so `.trivyignore` entries apply.
 */
export function ruleAliases(rule: RuleInfo): string[] {
  const out: string[] = []
  for (const e of rule.equivalents) {
    out.push(e.id)
    const ds = /^DS-0(\d{3})$/.exec(e.id)
    if (e.tool === 'trivy' && ds) out.push(`AVD-${e.id}`, `DS${ds[1]}`)
  }
  return out
}

/** A finding for `rule` at `location`; `title` and `description` refine the rule's for this occurrence. */
export function ruleFinding(
  rule: RuleInfo,
  location: Location,
  extra: { title?: string; description?: string; match?: string } = {}
): Finding {
  const f: Finding = {
    class: rule.class,
    id: rule.id,
    aliases: ruleAliases(rule),
    severity: rule.severity,
    title: extra.title ?? rule.title,
    description: extra.description ?? rule.description,
    fix: rule.fix,
    locations: [location]
  }
  if (extra.match !== undefined) f.match = extra.match
  return f
}

/** The order a file's rule findings are listed in: by line, column, then rule id. */
export function byLine(a: Finding, b: Finding): number {
  const la = a.locations[0]
  const lb = b.locations[0]
  return (
    (la?.line ?? 0) - (lb?.line ?? 0) ||
    (la?.column ?? 0) - (lb?.column ?? 0) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  )
}
