// The job summary of a scan as a small model — counts by severity, the top findings with their fixed
// versions, ignores and expired ignores — and its two renderings: markdown for the job summary page and
// plain text for a terminal. Every string in the model is already one safe line; the renderers escape
// markdown and keep any line from starting a workflow command.

import type { Severity } from '../model.js'
import { describeExpired } from '../ignore.js'
import { countBySeverity, findingSubject, findingWhere, sortedFindings, type ScanReport } from './report.js'
import { neutralizeCommands, safeText } from '../../util/safe-text.js'

export interface SummaryFinding {
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
    return safeText(`${name}${platforms.length ? ` (${platforms.join(', ')})` : ''}`, 300)
  })
  return {
    targets,
    ...(inv.os
      ? { os: safeText(`${inv.os.name ?? inv.os.family} ${inv.os.name ? '' : inv.os.version}`.trim(), 100) }
      : {}),
    packages: inv.packages.length,
    binaries: inv.binaries.length,
    total: findings.length,
    counts: countBySeverity(findings),
    top: findings.slice(0, n).map(f => ({
      severity: f.severity,
      id: safeText(f.id, 80),
      subject: safeText(findingSubject(f), 120),
      ...(f.installed || f.package
        ? { installed: safeText(f.installed ?? f.package?.version ?? '', 60) }
        : {}),
      fixed: safeText(f.fixed?.join(', ') ?? '', 80),
      title: safeText(f.title, 120),
      where: safeText(findingWhere(f), 160)
    })),
    more: Math.max(0, findings.length - n),
    ignored: report.ignored?.length ?? 0,
    expired: (report.expiredIgnores ?? []).map(describeExpired),
    notes: inv.notes.length
  }
}

const ORDER: Severity[] = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN']

/** Markdown for $GITHUB_STEP_SUMMARY: a counts table and a table of the top findings. */
export function summaryMarkdown(s: ScanSummary): string {
  const md = (t: string): string => t.replace(/([\\`*_{}[\]()#+!|<>~&])/g, '\\$1')
  const out: string[] = []
  out.push(`### Scan: ${md(s.targets.join('; ') || 'nothing scanned')}`, '')
  out.push(
    `${s.packages} packages${s.os ? ` on ${md(s.os)}` : ''}, ${s.binaries} Go binaries. ` +
      (s.total ? `**${s.total} findings**` : '**No findings.**') +
      (s.ignored ? ` ${s.ignored} ignored by the ignorefile.` : '')
  )
  out.push(
    '',
    `| ${ORDER.join(' | ')} |`,
    `|${ORDER.map(() => ' ---: ').join('|')}|`,
    `| ${ORDER.map(k => s.counts[k]).join(' | ')} |`
  )
  if (s.top.length) {
    out.push(
      '',
      '| Severity | ID | Package | Installed | Fixed in | Title |',
      '| --- | --- | --- | --- | --- | --- |'
    )
    for (const f of s.top)
      out.push(
        `| ${f.severity} | ${md(f.id)} | ${md(f.subject)} | ${md(f.installed ?? '')} | ${f.fixed ? md(f.fixed) : 'no fix'} | ${md(f.title)} |`
      )
    if (s.more) out.push('', `… and ${s.more} more (see the report).`)
  }
  if (s.expired.length)
    out.push('', '**Expired ignores** (they no longer apply):', '', ...s.expired.map(e => `- ${md(e)}`))
  if (s.notes) out.push('', `${s.notes} files were skipped or unreadable; the report's notes say which.`)
  return neutralizeCommands(out.join('\n') + '\n')
}

/** Plain text for a terminal or a log. */
export function summaryText(s: ScanSummary): string {
  const out: string[] = []
  out.push(
    `Scanned ${s.targets.join('; ') || 'nothing'}${s.os ? ` (${s.os})` : ''}: ${s.packages} packages, ${s.binaries} Go binaries.`
  )
  out.push(
    `Findings: ${s.total} (${ORDER.map(k => `${k}: ${s.counts[k]}`).join(', ')})${s.ignored ? `, ${s.ignored} ignored` : ''}.`
  )
  for (const f of s.top)
    out.push(
      `  ${f.severity.padEnd(8)} ${f.id} ${f.subject}${f.installed ? ` ${f.installed}` : ''} -> ${f.fixed || 'no fix'}: ${f.title}`
    )
  if (s.more) out.push(`  … and ${s.more} more.`)
  for (const e of s.expired) out.push(`Expired ignore: ${e}`)
  return neutralizeCommands(out.join('\n') + '\n')
}
