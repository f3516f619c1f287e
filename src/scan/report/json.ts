// The json format: a stable, documented schema (schema/scan-report.schema.json, docs/scan-json.md) with a
// schemaVersion that changes only when a field is removed or changes meaning. Keys come in a fixed order
// and lists are sorted, so the same scan gives the same bytes.

import type { Finding, GoBinary, Location, Package } from '../model.js'
import { SEVERITIES } from '../model.js'
import { countBySeverity } from '../detect/filters.js'
import { sortedFindings, type ScanReport } from './report.js'

export const JSON_SCHEMA_VERSION = 1

/** The report as a plain object in the documented key order. */
export function jsonReportObject(report: ScanReport): Record<string, unknown> {
  const inv = report.inventory
  return clean({
    schemaVersion: JSON_SCHEMA_VERSION,
    tool: { name: report.tool.name, version: report.tool.version },
    createdAt: report.time,
    targets: inv.targets.map(t =>
      clean({ kind: t.kind, name: t.name, digest: t.digest, platform: t.platform })
    ),
    os: inv.os && clean({ family: inv.os.family, version: inv.os.version, name: inv.os.name }),
    severities: report.severities ?? [...SEVERITIES].reverse(),
    counts: countBySeverity(report.findings),
    findings: sortedFindings(report.findings).map(finding),
    ignored: (report.ignored ?? []).map(i =>
      clean({
        ...finding(i.finding),
        rule: clean({
          id: i.rule.id,
          file: i.rule.source.file,
          line: i.rule.source.line,
          statement: i.rule.statement
        })
      })
    ),
    expiredIgnores: (report.expiredIgnores ?? []).map(e =>
      clean({
        id: e.rule.id,
        file: e.rule.source.file,
        line: e.rule.source.line,
        expiredAt: e.rule.expiredAt,
        wouldMatch: e.wouldMatch
      })
    ),
    packages: inv.packages.map(pkg),
    binaries: inv.binaries.map(binary),
    notes: [...inv.notes]
  })
}

export function jsonReport(report: ScanReport): string {
  return `${JSON.stringify(jsonReportObject(report), null, 2)}\n`
}

function finding(f: Finding): Record<string, unknown> {
  return clean({
    class: f.class,
    id: f.id,
    aliases: [...f.aliases],
    severity: f.severity,
    score: f.score,
    vector: f.vector,
    title: f.title,
    description: f.description,
    package: f.package && clean({ ...f.package }),
    installed: f.installed,
    fixed: f.fixed && [...f.fixed],
    goPackages: f.goPackages?.map(g => ({ path: g.path, symbols: [...g.symbols] })),
    fix: f.fix,
    locations: f.locations.map(location),
    references: f.references && [...f.references]
  })
}

function location(l: Location): Record<string, unknown> {
  return clean({
    path: l.path,
    line: l.line,
    platform: l.platform,
    layer: l.layer && clean({ index: l.layer.index, digest: l.layer.digest, diffId: l.layer.diffId })
  })
}

function pkg(p: Package): Record<string, unknown> {
  return clean({
    kind: p.kind,
    ecosystem: p.ecosystem,
    name: p.name,
    version: p.version,
    purl: p.purl,
    main: p.main,
    source: p.source && { name: p.source.name, version: p.source.version },
    replace: p.replace && clean({ path: p.replace.path, version: p.replace.version }),
    replaces: p.replaces && { path: p.replaces.path, version: p.replaces.version },
    licenses: p.licenses && [...p.licenses],
    locations: p.locations.map(location)
  })
}

function binary(b: GoBinary): Record<string, unknown> {
  return clean({
    location: location(b.location),
    goVersion: b.goVersion,
    path: b.path,
    mainModule: b.mainModule,
    settings: Object.fromEntries(Object.entries(b.settings).sort(([a], [c]) => (a < c ? -1 : a > c ? 1 : 0)))
  })
}

/** Drop undefined values (JSON.stringify would too; this keeps the objects honest for schema checks). */
function clean<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T
}
