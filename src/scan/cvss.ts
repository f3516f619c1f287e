// CVSS base scores (v3.0, v3.1, v4.0) for the vectors OSV records carry, and the qualitative severity of a
// score. Vectors come from untrusted records, so they are validated here against the metric tables of the
// FIRST specifications before anything scores them; the arithmetic (v3's formula, v4's macrovector lookup
// and interpolation) is ae-cvss-calculator's, checked in the tests against the FIRST calculator's results.

import * as cvssModule from 'ae-cvss-calculator'
import type { Severity } from './model.js'

export type CvssVersion = '3.0' | '3.1' | '4.0'

export interface CvssScore {
  version: CvssVersion
  /** The vector as given (trimmed). */
  vector: string
  /** The base score (CVSS-B for v4), 0.0–10.0 with one decimal. */
  score: number
  severity: Severity
}

// The package is a UMD bundle flagged __esModule: Node's ESM loader exposes it only as the default export,
// while bundlers (ncc) expose its named exports and no default. Take whichever this runtime gives.
type CvssLib = typeof cvssModule
const namespace = cvssModule as CvssLib & { default?: CvssLib }
const cvssLib: CvssLib =
  typeof namespace.Cvss4P0 === 'function' ? namespace : (namespace.default ?? namespace)

type MetricTable = Record<string, readonly string[]>

// Base metrics (mandatory) and the other groups (optional), with their allowed values: CVSS v3.1
// specification §2–§4 and §6 (v3.0 has the same table), CVSS v4.0 specification §2–§4 and Table 23.
const V3_BASE: MetricTable = {
  AV: ['N', 'A', 'L', 'P'],
  AC: ['L', 'H'],
  PR: ['N', 'L', 'H'],
  UI: ['N', 'R'],
  S: ['U', 'C'],
  C: ['H', 'L', 'N'],
  I: ['H', 'L', 'N'],
  A: ['H', 'L', 'N']
}
const V3_OPTIONAL: MetricTable = {
  E: ['X', 'U', 'P', 'F', 'H'],
  RL: ['X', 'O', 'T', 'W', 'U'],
  RC: ['X', 'U', 'R', 'C'],
  CR: ['X', 'L', 'M', 'H'],
  IR: ['X', 'L', 'M', 'H'],
  AR: ['X', 'L', 'M', 'H'],
  MAV: ['X', 'N', 'A', 'L', 'P'],
  MAC: ['X', 'L', 'H'],
  MPR: ['X', 'N', 'L', 'H'],
  MUI: ['X', 'N', 'R'],
  MS: ['X', 'U', 'C'],
  MC: ['X', 'N', 'L', 'H'],
  MI: ['X', 'N', 'L', 'H'],
  MA: ['X', 'N', 'L', 'H']
}
const V4_BASE: MetricTable = {
  AV: ['N', 'A', 'L', 'P'],
  AC: ['L', 'H'],
  AT: ['N', 'P'],
  PR: ['N', 'L', 'H'],
  UI: ['N', 'P', 'A'],
  VC: ['H', 'L', 'N'],
  VI: ['H', 'L', 'N'],
  VA: ['H', 'L', 'N'],
  SC: ['H', 'L', 'N'],
  SI: ['H', 'L', 'N'],
  SA: ['H', 'L', 'N']
}
const V4_OPTIONAL: MetricTable = {
  E: ['X', 'A', 'P', 'U'],
  CR: ['X', 'H', 'M', 'L'],
  IR: ['X', 'H', 'M', 'L'],
  AR: ['X', 'H', 'M', 'L'],
  MAV: ['X', 'N', 'A', 'L', 'P'],
  MAC: ['X', 'L', 'H'],
  MAT: ['X', 'N', 'P'],
  MPR: ['X', 'N', 'L', 'H'],
  MUI: ['X', 'N', 'P', 'A'],
  MVC: ['X', 'H', 'L', 'N'],
  MVI: ['X', 'H', 'L', 'N'],
  MVA: ['X', 'H', 'L', 'N'],
  MSC: ['X', 'H', 'L', 'N'],
  MSI: ['X', 'S', 'H', 'L', 'N'],
  MSA: ['X', 'S', 'H', 'L', 'N'],
  S: ['X', 'N', 'P'],
  AU: ['X', 'N', 'Y'],
  R: ['X', 'A', 'U', 'I'],
  V: ['X', 'D', 'C'],
  RE: ['X', 'L', 'M', 'H'],
  U: ['X', 'Clear', 'Green', 'Amber', 'Red']
}

const TABLES: Record<CvssVersion, { base: MetricTable; optional: MetricTable }> = {
  '3.0': { base: V3_BASE, optional: V3_OPTIONAL },
  '3.1': { base: V3_BASE, optional: V3_OPTIONAL },
  '4.0': { base: V4_BASE, optional: V4_OPTIONAL }
}

export interface CvssVector {
  version: CvssVersion
  /** Every metric in the vector, in the order given. */
  metrics: Map<string, string>
  /** The base metrics alone, in the specification's order: what the base score is computed from. */
  baseVector: string
}

/**
 * Parse and validate a vector (`CVSS:3.1/AV:N/AC:L/...`): a known version prefix, every base metric present,
 * no metric twice, no unknown metric or value. Undefined when any of that fails.
 */
export function parseCvssVector(text: string): CvssVector | undefined {
  const parts = text.trim().split('/')
  const head = /^CVSS:(3\.0|3\.1|4\.0)$/.exec(parts[0] ?? '')
  if (!head || parts.length < 2) return undefined
  const version = head[1] as CvssVersion
  const table = TABLES[version]
  const metrics = new Map<string, string>()
  for (const part of parts.slice(1)) {
    const m = /^([A-Z]{1,3}):([A-Za-z]{1,5})$/.exec(part)
    if (!m || metrics.has(m[1])) return undefined
    const allowed = table.base[m[1]] ?? table.optional[m[1]]
    if (!allowed?.includes(m[2])) return undefined
    metrics.set(m[1], m[2])
  }
  const base = Object.keys(table.base)
  if (!base.every(k => metrics.has(k))) return undefined
  const baseVector = [`CVSS:${version}`, ...base.map(k => `${k}:${metrics.get(k)}`)].join('/')
  return { version, metrics, baseVector }
}

/**
 * The qualitative rating of a score (CVSS v3.1 §5 and v4.0 §6 share it): 0.1–3.9 LOW, 4.0–6.9 MEDIUM,
 * 7.0–8.9 HIGH, 9.0–10.0 CRITICAL. CVSS calls 0.0 "None"; gantry's severities have no NONE, and a scored
 * vector is a known, minimal severity rather than an unknown one, so 0.0 is LOW.
 */
export function severityOfScore(score: number): Severity {
  if (score >= 9) return 'CRITICAL'
  if (score >= 7) return 'HIGH'
  if (score >= 4) return 'MEDIUM'
  return 'LOW'
}

/** Score a vector: its base score and severity, or undefined when the vector is not valid. */
export function scoreCvss(vector: string): CvssScore | undefined {
  const parsed = parseCvssVector(vector)
  if (!parsed) return undefined
  const Calculator =
    parsed.version === '4.0' ? cvssLib.Cvss4P0 : parsed.version === '3.1' ? cvssLib.Cvss3P1 : cvssLib.Cvss3P0
  const score = new Calculator(parsed.baseVector).calculateScores().base
  if (typeof score !== 'number' || !Number.isFinite(score) || score < 0 || score > 10) return undefined
  return { version: parsed.version, vector: vector.trim(), score, severity: severityOfScore(score) }
}
