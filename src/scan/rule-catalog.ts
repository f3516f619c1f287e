// Every misconfiguration and secret rule in one list, for reporters (SARIF `tool.driver.rules` with help and
// relationships to Trivy/hadolint ids) and for docs: look a finding's rule up by its id.

import { DOCKERFILE_RULES } from './misconfig/rules.js'
import type { RuleInfo } from './rule.js'
import { SECRET_RULES } from './secret/rules.js'

const strip = ({ id, class: cls, severity, title, fix, description, equivalents }: RuleInfo): RuleInfo => ({
  id,
  class: cls,
  severity,
  title,
  fix,
  description,
  equivalents
})

/** Sorted by id: GANTRY-DF-001…, then GANTRY-SECRET-001…. */
export const SCAN_RULES: readonly RuleInfo[] = [...DOCKERFILE_RULES, ...SECRET_RULES].map(strip)

const byId = new Map(SCAN_RULES.map(r => [r.id, r]))

export function ruleById(id: string): RuleInfo | undefined {
  return byId.get(id)
}
