// The table format, for a terminal and a job log: a header naming what was scanned and the counts, then one
// aligned line per finding, most severe first, with the fixed versions. Untrusted text is escaped to one
// line and no line can start a workflow command.

import type { Finding } from '../model.js'
import { countBySeverity, findingSubject, findingWhere, sortedFindings, type ScanReport } from './report.js'
import { neutralizeCommands, safeText } from '../../util/safe-text.js'

const TITLE_MAX = 80
const CELL_MAX = 60

export function tableReport(report: ScanReport): string {
  const lines: string[] = []
  const inv = report.inventory
  const targets = [...new Set(inv.targets.map(t => t.name))]
  const platforms = inv.targets.filter(t => t.platform).map(t => t.platform)
  const os = inv.os ? ` — ${inv.os.family} ${inv.os.version}`.trimEnd() : ''
  lines.push(
    `${safeText(targets.join(', ') || 'nothing scanned', 200)}${platforms.length ? ` (${platforms.join(', ')})` : ''}${safeText(os, 80)}`
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
    safeText(f.id, CELL_MAX),
    safeText(findingSubject(f), CELL_MAX),
    safeText(f.installed ?? f.package?.version ?? '', CELL_MAX) || '-',
    safeText(f.fixed?.join(', ') ?? '', CELL_MAX) || (f.class === 'vulnerability' ? 'no fix' : '-'),
    safeText(findingWhere(f), CELL_MAX),
    safeText(f.title, TITLE_MAX)
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
