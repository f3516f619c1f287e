// The table format, for a terminal and a job log: a header naming what was scanned and the counts, then one
// aligned line per finding, most severe first, with the fixed versions. Untrusted text is escaped to one
// line and no line can start a workflow command.

import type { Finding } from '../model.js'
import { countBySeverity } from '../detect/filters.js'
import { findingSubject, findingWhere, sortedFindings, type ScanReport } from './report.js'
import { clipLine, neutralizeCommands } from '../../util/log-safe.js'

const TITLE_MAX = 80
const CELL_MAX = 60

export function tableReport(report: ScanReport): string {
  const lines: string[] = []
  const inv = report.inventory
  const targets = [...new Set(inv.targets.map(t => t.name))]
  const platforms = inv.targets.filter(t => t.platform).map(t => t.platform)
  const os = inv.os ? ` — ${inv.os.family} ${inv.os.version}`.trimEnd() : ''
  lines.push(
    `${clipLine(targets.join(', ') || 'nothing scanned', 200)}${platforms.length ? ` (${platforms.join(', ')})` : ''}${clipLine(os, 80)}`
  )
  lines.push(
    `${inv.packages.length} packages, ${inv.binaries.length} Go binaries. ` +
      `Findings: ${report.findings.length} (${Object.entries(countBySeverity(report.findings))
        .map(([s, n]) => `${s}: ${n}`)
        .join(', ')})`
  )
  if (report.ignored?.length) lines.push(`Ignored by the ignorefile: ${report.ignored.length}`)
  lines.push('')
  if (!report.findings.length) lines.push('No findings.')
  else lines.push(...table(sortedFindings(report.findings)))
  return neutralizeCommands(lines.join('\n') + '\n')
}

function table(findings: Finding[]): string[] {
  const head = ['SEVERITY', 'ID', 'PACKAGE', 'INSTALLED', 'FIXED', 'WHERE', 'TITLE']
  const rows = findings.map(f => [
    f.severity,
    clipLine(f.id, CELL_MAX),
    clipLine(findingSubject(f), CELL_MAX),
    clipLine(f.installed ?? f.package?.version ?? '', CELL_MAX) || '-',
    clipLine(f.fixed?.join(', ') ?? '', CELL_MAX) || (f.class === 'vulnerability' ? 'no fix' : '-'),
    clipLine(findingWhere(f), CELL_MAX),
    clipLine(f.title, TITLE_MAX)
  ])
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map(r => r[i].length)))
  // The last column is not padded: no trailing spaces in logs.
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd()
  return [line(head), ...rows.map(line)]
}
