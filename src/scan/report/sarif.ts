// SARIF 2.1.0 for GitHub code scanning: one run per image (and one for files in the workspace), each with
// its own automationDetails category so uploads for different images never clash; a rule per finding id
// with `security-severity` from its score; every result located — the go.mod line that chose a Go
// module's version when the module is in the workspace, the Dockerfile's FROM line for base-image OS
// packages, the path inside the image otherwise — and trimmed to code scanning's limits with warnings.

import { createHash } from 'node:crypto'
import { gzipSync } from 'node:zlib'
import { DockerfileParser } from 'dockerfile-ast'
import type * as Sarif from 'sarif'
import type { Finding, GoBinary, Location, Severity } from '../model.js'
import { parseGoMod, type GoMod } from '../../model/gomod.js'
import { imageRepository, sortedFindings, type ScanReport } from './report.js'
import { UserError } from '../../util/errors.js'
import { formatBytes } from '../../util/format.js'
import { clipLine } from '../../util/log-safe.js'

/** GitHub code scanning's documented upload limits. */
export const SARIF_LIMITS = {
  resultsPerRun: 25_000,
  runsPerFile: 20,
  locationsPerResult: 1_000,
  gzippedBytes: 10 * 1024 * 1024
}

export interface SarifOptions {
  /** The workspace's go.mod files: path relative to the workspace (forward slashes) and contents. */
  goMods?: { path: string; text: string }[]
  /** The Dockerfile the image was built from, relative to the workspace. */
  dockerfile?: { path: string; text: string }
  /**
   * How many of the image's bottom layers come from the base image; OS packages added above them are not
   * the FROM line's. Unknown: every OS package is taken to come from the base image.
   */
  baseLayers?: number
  /** Prefix of the automationDetails categories. */
  categoryPrefix?: string
  /** Override the limits (tests). */
  limits?: Partial<typeof SARIF_LIMITS>
}

export interface SarifResult {
  log: Sarif.Log
  json: string
  /** Trimming to code scanning's limits, and anything else a user should know about the upload. */
  warnings: string[]
}

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'
const DEFAULT_SCORE: Record<Severity, number | undefined> = {
  CRITICAL: 9.5,
  HIGH: 8.0,
  MEDIUM: 5.5,
  LOW: 2.0,
  UNKNOWN: undefined
}
const LEVEL: Record<Severity, Sarif.Result.level> = {
  CRITICAL: 'error',
  HIGH: 'error',
  MEDIUM: 'warning',
  LOW: 'note',
  UNKNOWN: 'note'
}

interface RunPlan {
  category: string
  name: string
  findings: Finding[]
}

export function sarifReport(report: ScanReport, opts: SarifOptions = {}): SarifResult {
  const limits = { ...SARIF_LIMITS, ...opts.limits }
  const warnings: string[] = []
  const prefix = opts.categoryPrefix ?? 'gantry-scan'
  const mods: { path: string; mod: GoMod }[] = []
  for (const m of opts.goMods ?? []) {
    try {
      mods.push({ path: m.path, mod: parseGoMod(m.text, m.path) })
    } catch (err) {
      // A go.mod Go itself would refuse only loses its locations; the report still goes out.
      warnings.push(
        `SARIF: ${m.path} is not read for locations: ${err instanceof UserError ? err.detail : (err as Error).message}`
      )
    }
  }
  const from = opts.dockerfile && fromLine(opts.dockerfile.text)
  const binaries = report.inventory.binaries

  // One run per image, one for files in the workspace; a finding is split between them by its locations.
  const plans: RunPlan[] = []
  const images = [...new Set(report.inventory.targets.filter(t => t.kind === 'image').map(t => t.name))]
  const imageRun: RunPlan | undefined = images.length
    ? { category: `${prefix}/image/${imageRepository(images[0])}`, name: images.join(', '), findings: [] }
    : undefined
  if (images.length > 1)
    warnings.push(`SARIF: ${images.length} images in one scan share one run (${imageRun!.category}).`)
  if (imageRun) plans.push(imageRun)
  const hasPaths = report.inventory.targets.some(t => t.kind === 'path')
  const fileRun: RunPlan = { category: `${prefix}/files`, name: 'workspace files', findings: [] }
  for (const f of sortedFindings(report.findings)) {
    // The Dockerfile's findings belong to the image built from it: all three scanners in the image's run.
    if (imageRun && f.class === 'misconfig') {
      imageRun.findings.push(f)
      continue
    }
    const inImage = f.locations.filter(l => l.layer || l.platform)
    const inFiles = f.locations.filter(l => !(l.layer || l.platform))
    if (imageRun && inImage.length) imageRun.findings.push({ ...f, locations: inImage })
    if (!imageRun) fileRun.findings.push(f)
    else if (inFiles.length || !f.locations.length) fileRun.findings.push({ ...f, locations: inFiles })
  }
  if (hasPaths || fileRun.findings.length || !plans.length) plans.push(fileRun)
  if (plans.length > limits.runsPerFile) {
    warnings.push(
      `SARIF: ${plans.length} runs, more than code scanning's ${limits.runsPerFile} per file; the last ${plans.length - limits.runsPerFile} were dropped.`
    )
    plans.length = limits.runsPerFile
  }

  let keep = plans.map(p => Math.min(p.findings.length, limits.resultsPerRun))
  plans.forEach((p, i) => {
    if (p.findings.length > keep[i])
      warnings.push(
        `SARIF: run ${p.category} has ${p.findings.length} results, more than code scanning's ${limits.resultsPerRun}; the ${p.findings.length - keep[i]} least severe were dropped.`
      )
  })
  const build = (): Sarif.Log => ({
    $schema: SCHEMA,
    version: '2.1.0',
    runs: plans.map((p, i) =>
      run(report, p, p.findings.slice(0, keep[i]), mods, from, opts, binaries, limits, warnings)
    )
  })
  let log = build()
  let json = JSON.stringify(log)
  // Over the size limit: drop the least severe half of each run's results until it fits.
  for (let size = gzipSync(json).length; size > limits.gzippedBytes && keep.some(k => k > 0);) {
    const before = keep.reduce((a, b) => a + b, 0)
    keep = keep.map(k => Math.floor(k / 2))
    log = build()
    json = JSON.stringify(log)
    const after = keep.reduce((a, b) => a + b, 0)
    warnings.push(
      `SARIF: ${formatBytes(size)} gzipped is more than code scanning's ${formatBytes(limits.gzippedBytes)}; kept the ${after} most severe of ${before} results.`
    )
    size = gzipSync(json).length
  }
  return { log, json: `${JSON.stringify(log, null, 2)}\n`, warnings: dedupe(warnings) }
}

function dedupe(xs: string[]): string[] {
  return [...new Set(xs)]
}

function run(
  report: ScanReport,
  plan: RunPlan,
  findings: Finding[],
  mods: { path: string; mod: GoMod }[],
  from: number | undefined,
  opts: SarifOptions,
  binaries: GoBinary[],
  limits: typeof SARIF_LIMITS,
  warnings: string[]
): Sarif.Run {
  const rules: Sarif.ReportingDescriptor[] = []
  const ruleIndex = new Map<string, number>()
  const results: Sarif.Result[] = []
  for (const f of findings) {
    let index = ruleIndex.get(f.id)
    if (index === undefined) {
      index = rules.length
      ruleIndex.set(f.id, index)
      rules.push(rule(f))
    } else raiseScore(rules[index], f)
    const primary = workspaceLocation(f, mods, from, opts, binaries)
    let related = f.locations.map(l => located(l, describe(l)))
    if (related.length > limits.locationsPerResult) {
      warnings.push(
        `SARIF: ${f.id} was found in ${related.length} places; only the first ${limits.locationsPerResult} are listed.`
      )
      related = related.slice(0, limits.locationsPerResult)
    }
    const first = primary ?? related[0] ?? physical('.', undefined, true, undefined)
    const result: Sarif.Result = {
      ruleId: f.id,
      ruleIndex: index,
      level: LEVEL[f.severity],
      message: { text: message(f) },
      locations: [first],
      partialFingerprints: { 'gantryFinding/v1': fingerprint(f) }
    }
    const others = primary ? related : related.slice(1)
    if (others.length) result.relatedLocations = others.map((l, i) => ({ ...l, id: i + 1 }))
    results.push(result)
  }
  return {
    tool: {
      driver: {
        name: report.tool.name,
        version: report.tool.version,
        ...(/^\d+\.\d+\.\d+/.test(report.tool.version) ? { semanticVersion: report.tool.version } : {}),
        rules
      }
    },
    automationDetails: {
      id: `${plan.category}/`,
      description: { text: `gantry scan of ${clipLine(plan.name, 200)}` }
    },
    results
  }
}

function rule(f: Finding): Sarif.ReportingDescriptor {
  const score = f.score ?? DEFAULT_SCORE[f.severity]
  const title = clipLine(f.title, 300)
  const text = clipLine(f.description ?? f.title, 4000)
  const refs = f.references ?? []
  return {
    id: f.id,
    name: f.id,
    shortDescription: { text: title || f.id },
    fullDescription: { text: text || f.id },
    ...(refs[0] ? { helpUri: refs[0] } : {}),
    help: {
      text: [text, f.aliases.length ? `Aliases: ${f.aliases.join(', ')}` : '', ...refs]
        .filter(Boolean)
        .join('\n'),
      markdown: [
        `**${f.id}**${f.aliases.length ? ` (${f.aliases.join(', ')})` : ''}: ${mdEscape(title)}`,
        text && text !== title ? mdEscape(text) : '',
        refs.length ? refs.map(r => `- ${r}`).join('\n') : ''
      ]
        .filter(Boolean)
        .join('\n\n')
    },
    defaultConfiguration: { level: LEVEL[f.severity] },
    properties: {
      tags: ['security', f.class, f.severity],
      precision: 'very-high',
      ...(score !== undefined ? { 'security-severity': score.toFixed(1) } : {})
    }
  }
}

/** The same id found in several packages: the rule carries the highest score. */
function raiseScore(r: Sarif.ReportingDescriptor, f: Finding): void {
  const score = f.score ?? DEFAULT_SCORE[f.severity]
  const props = r.properties as Record<string, unknown>
  const have = props['security-severity'] === undefined ? -1 : Number(props['security-severity'])
  if (score !== undefined && score > have) props['security-severity'] = score.toFixed(1)
}

function mdEscape(s: string): string {
  return s.replace(/([\\`*_{}[\]()#+!|<>])/g, '\\$1')
}

function message(f: Finding): string {
  const ids = [f.id, ...f.aliases].join(', ')
  const where = f.locations.length
    ? ` Found in ${f.locations.slice(0, 3).map(describe).join('; ')}${f.locations.length > 3 ? ` and ${f.locations.length - 3} more` : ''}.`
    : ''
  if (f.package) {
    const fixed = f.fixed?.length ? ` Fixed in ${f.fixed.join(', ')}.` : ' No fixed version yet.'
    return clipLine(
      `${f.package.name} ${f.installed ?? f.package.version} is affected by ${ids}: ${f.title}.${fixed}${where}`,
      2000
    )
  }
  return clipLine(`${ids}: ${f.title}.${f.fix ? ` ${f.fix}` : ''}${where}`, 2000)
}

function describe(l: Location): string {
  const bits = [l.platform, l.layer ? `layer ${l.layer.index + 1}` : undefined].filter(Boolean)
  return `${l.path}${l.line ? `:${l.line}` : ''}${bits.length ? ` (${bits.join(', ')})` : ''}`
}

/**
 * A finding's own place: a file in the workspace (no layer or platform: a Dockerfile line, a file in
 * `paths`) is relative to %SRCROOT% with its exact region, so code scanning shows the line; a path inside an
 * image is a plain relative URI.
 */
function located(l: Location, text: string): Sarif.Location {
  const workspace = !l.layer && !l.platform
  const loc = physical(l.path, l.line, workspace, text)
  const region = loc.physicalLocation!.region!
  if (l.endLine !== undefined && l.endLine !== l.line) region.endLine = l.endLine
  if (l.column !== undefined) region.startColumn = l.column
  if (l.endColumn !== undefined) region.endColumn = l.endColumn
  return loc
}

function physical(
  path: string,
  line: number | undefined,
  workspace: boolean,
  text: string | undefined
): Sarif.Location {
  return {
    physicalLocation: {
      artifactLocation: { uri: uri(path), ...(workspace ? { uriBaseId: '%SRCROOT%' } : {}) },
      region: { startLine: line ?? 1 }
    },
    ...(text ? { message: { text: clipLine(text, 500) } } : {})
  }
}

/** A relative URI reference: each path segment percent-encoded, so spaces, `#` and `?` stay part of the path. */
function uri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/') || '.'
}

function fingerprint(f: Finding): string {
  return createHash('sha256')
    .update(
      [
        f.class,
        f.id,
        f.package?.purl ?? '',
        ...f.locations.map(l => `${l.platform ?? ''}:${l.path}:${l.line ?? ''}`)
      ].join('\n')
    )
    .digest('hex')
}

/** The 1-based line of the last FROM (the stage the image is), or undefined when there is none. */
function fromLine(text: string): number | undefined {
  const froms = DockerfileParser.parse(text).getFROMs()
  const last = froms.at(-1)
  return last ? last.getRange().start.line + 1 : undefined
}

/** The workspace file and line responsible for a finding, when there is one. */
function workspaceLocation(
  f: Finding,
  mods: { path: string; mod: GoMod }[],
  from: number | undefined,
  opts: SarifOptions,
  binaries: GoBinary[]
): Sarif.Location | undefined {
  const p = f.package
  if (!p) return undefined
  if (p.kind === 'apk' || p.kind === 'dpkg') {
    if (!opts.dockerfile || from === undefined) return undefined
    const fromBase =
      opts.baseLayers === undefined || f.locations.some(l => (l.layer?.index ?? Infinity) < opts.baseLayers!)
    return fromBase
      ? physical(opts.dockerfile.path, from, true, 'the base image (FROM) these packages come from')
      : undefined
  }
  if (!mods.length) return undefined
  // The go.mod of the main module of a binary the package was found in; else any go.mod that names it.
  const mains = new Set(
    f.locations
      .map(
        l => binaries.find(b => b.location.path === l.path && b.location.platform === l.platform)?.mainModule
      )
      .filter((m): m is string => !!m)
  )
  const own = mods.filter(m => m.mod.module && mains.has(m.mod.module.path))
  // stdlib is the toolchain of the binary's own module; a dependency may be named by any go.mod.
  const ordered = p.kind === 'go-stdlib' ? (own.length || mods.length > 1 ? own : mods) : [...own, ...mods]
  for (const m of ordered) {
    const line = moduleLine(p.kind, p.name, m.mod)
    if (line) return physical(m.path, line, true, `${p.name} ${p.version}`.trim())
  }
  return undefined
}

function moduleLine(kind: string, name: string, m: GoMod): number | undefined {
  if (kind === 'go-stdlib') return m.module ? (m.toolchainLine ?? m.goLine) : undefined
  if (m.module?.path === name) return m.module.line
  // A replaced module: the replace directive chose what was linked (either side may name the package).
  return (
    m.replace.find(r => r.old.path === name || r.new.path === name)?.line ??
    m.require.find(r => r.path === name)?.line
  )
}
