// The job summary of a scan: a small model — counts by severity, the top findings with their fixed
// versions, ignores and expired ignores — whose strings are already one safe line each, and its mapping to
// the runtime's SummaryModel, which renders it as HTML and as terminal text (escaping as it goes).

import type { FindingClass, Severity } from '../model.js'
import { describeExpired } from '../ignore.js'
import { countBySeverity } from '../detect/filters.js'
import { findingSubject, findingWhere, sortedFindings, type ScanReport } from './report.js'
import type { SummaryModel } from '../../runtime/summary.js'
import { clipLine } from '../../util/log-safe.js'

export interface SummaryFinding {
  class: FindingClass
  severity: Severity
  id: string
  /** The package name, or the file for misconfigurations and secrets. */
  subject: string
  installed?: string
  /** Fixed versions joined with `, `; empty when there is no fix. */
  fixed: string
  title: string
  where: string
}

export interface ScanSummary {
  /** What was scanned: image names and paths, with platforms. */
  targets: string[]
  os?: string
  packages: number
  binaries: number
  total: number
  counts: Record<Severity, number>
  /** The most severe findings, at most `top`. */
  top: SummaryFinding[]
  /** Findings not listed in `top`. */
  more: number
  ignored: number
  /** One line per ignore rule past its date. */
  expired: string[]
  notes: number
}

export function summarize(report: ScanReport, opts: { top?: number } = {}): ScanSummary {
  const n = opts.top ?? 10
  const inv = report.inventory
  const findings = sortedFindings(report.findings)
  const names = [...new Set(inv.targets.map(t => t.name))]
  const targets = names.map(name => {
    const platforms = inv.targets.filter(t => t.name === name && t.platform).map(t => t.platform)
    return clipLine(`${name}${platforms.length ? ` (${platforms.join(', ')})` : ''}`, 300)
  })
  return {
    targets,
    ...(inv.os
      ? { os: clipLine(`${inv.os.name ?? inv.os.family} ${inv.os.name ? '' : inv.os.version}`.trim(), 100) }
      : {}),
    packages: inv.packages.length,
    binaries: inv.binaries.length,
    total: findings.length,
    counts: countBySeverity(findings),
    top: findings.slice(0, n).map(f => ({
      class: f.class,
      severity: f.severity,
      id: clipLine(f.id, 80),
      subject: clipLine(findingSubject(f), 120),
      ...(f.installed || f.package
        ? { installed: clipLine(f.installed ?? f.package?.version ?? '', 60) }
        : {}),
      fixed: clipLine(f.fixed?.join(', ') ?? '', 80),
      title: clipLine(f.title, 120),
      where: clipLine(findingWhere(f), 160)
    })),
    more: Math.max(0, findings.length - n),
    ignored: report.ignored?.length ?? 0,
    expired: (report.expiredIgnores ?? []).map(describeExpired),
    notes: inv.notes.length
  }
}

const ORDER: Severity[] = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN']

/**
 * The summary as the stage runtime renders it (HTML for the job summary, aligned text for a terminal):
 * the counts, the top findings with their fixed versions, ignores and expired ignores.
 */
export function scanSummaryModel(s: ScanSummary): SummaryModel {
  const facts: SummaryModel['facts'] = [
    { label: 'findings:', value: { bold: `${s.total}` } },
    { label: 'by severity:', value: ORDER.map(k => `${k} ${s.counts[k]}`).join(', ') },
    {
      label: 'inventory:',
      value: `${s.packages} packages${s.os ? ` on ${s.os}` : ''}, ${s.binaries} Go binaries`
    }
  ]
  if (s.ignored) facts.push({ label: 'ignored:', value: `${s.ignored} by the ignorefile` })
  const paragraphs = s.more ? [`… and ${s.more} more findings (see the report).`] : []
  if (!s.total) paragraphs.push('No findings.')
  const notes = [
    ...s.expired,
    ...(s.notes ? [`${s.notes} files were skipped or unreadable; the report's notes say which.`] : [])
  ]
  return {
    title: `Scan: ${s.targets.join('; ') || 'nothing scanned'}`,
    ...(s.top.length
      ? {
          table: {
            columns: ['Severity', 'ID', 'Package', 'Installed', 'Fixed in', 'Title'],
            rows: s.top.map(f => [
              { bold: f.severity },
              { code: f.id },
              f.subject,
              f.installed ?? '',
              f.fixed || (f.class === 'vulnerability' ? 'no fix' : '—'),
              f.title
            ])
          }
        }
      : {}),
    facts,
    ...(paragraphs.length ? { paragraphs } : {}),
    ...(notes.length ? { notes } : {})
  }
}
