// The severity of one finding from the records behind it: a CVSS v4 vector (scored) if any record has one,
// else a CVSS v3 vector, else the database's own rating (GHSA's `database_specific.severity`), else UNKNOWN.
// Among several vectors of the same version the highest score wins: aliases describe one vulnerability, and
// the gate should not depend on which database was read first.

import { scoreCvss, type CvssScore } from '../cvss.js'
import { SEVERITIES, type Severity } from '../model.js'
import { databaseSeverity, type OsvAffected, type OsvRecord, type OsvSeverity } from '../vulndb/osv.js'

export interface SeverityPick {
  severity: Severity
  score?: number
  vector?: string
  /** The record the severity came from. */
  from?: string
}

export interface SeveritySource {
  record: OsvRecord
  /** The affected entries that matched the package: their own `severity` comes before the record's. */
  affected?: readonly OsvAffected[]
}

const TYPES = ['CVSS_V4', 'CVSS_V3'] as const

function vectorsOf(source: SeveritySource, type: (typeof TYPES)[number]): OsvSeverity[] {
  const own = (source.affected ?? []).flatMap(a => a.severity ?? []).filter(s => s.type === type)
  return own.length ? own : (source.record.severity ?? []).filter(s => s.type === type)
}

/** Pick the severity of a finding from its records (matched ones and those its aliases name). */
export function pickSeverity(sources: readonly SeveritySource[]): SeverityPick {
  for (const type of TYPES) {
    let best: { s: CvssScore; from: string } | undefined
    for (const source of sources)
      for (const v of vectorsOf(source, type)) {
        const s = scoreCvss(v.score)
        // CVSS_V3 entries must hold v3 vectors (and V4 v4): a mislabelled vector is not trusted.
        if (!s || (type === 'CVSS_V4') !== (s.version === '4.0')) continue
        if (!best || s.score > best.s.score) best = { s, from: source.record.id }
      }
    if (best)
      return { severity: best.s.severity, score: best.s.score, vector: best.s.vector, from: best.from }
  }
  let rated: SeverityPick | undefined
  for (const source of sources) {
    const r = databaseSeverity(source.record)
    if (r && (!rated || SEVERITIES.indexOf(r) > SEVERITIES.indexOf(rated.severity)))
      rated = { severity: r, from: source.record.id }
  }
  return rated ?? { severity: 'UNKNOWN' }
}
