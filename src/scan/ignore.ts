// The `ignorefile`: Trivy's two forms. Plain `.trivyignore` is one id per line with `#` comments and an
// optional `exp:YYYY-MM-DD`; `.trivyignore.yaml` has `vulnerabilities`, `misconfigurations` and `secrets`
// lists of entries with `id`, `paths` (globs), `purls`, `statement` and `expired_at`. A rule matches a
// finding by its id or any alias; paths narrow it to those locations, purls to those packages. From its
// expiry date on (00:00 UTC, as Trivy compares) a rule stops applying, and that is reported.

import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { CORE_SCHEMA, EVENT_ID, getScalarValue, load, parseEvents, type Event } from 'js-yaml'
import type { Finding, FindingClass, Location } from './model.js'
import { parsePurl } from './purl.js'
import { UserError } from '../util/errors.js'
import { clipLine, oneLine } from '../util/log-safe.js'

export interface IgnoreRule {
  /** The finding class it applies to; plain-form rules apply to every class. */
  applies: FindingClass | 'any'
  id: string
  /** Globs over location paths (`usr/local/bin/*`, `**\/go.mod`). */
  paths?: string[]
  purls?: string[]
  statement?: string
  /** YYYY-MM-DD. */
  expiredAt?: string
  /** Where the rule was written, for messages. */
  source: { file: string; line?: number }
}

const INPUT = 'ignorefile'
const YAML_LISTS: Record<string, FindingClass> = {
  vulnerabilities: 'vulnerability',
  misconfigurations: 'misconfig',
  secrets: 'secret'
}

/**
 * Read the ignore file; a missing file is no rules unless it was asked for by name (`required`). The form
 * follows the extension: `.yaml`/`.yml` is the YAML form, anything else the plain one.
 */
export async function readIgnoreFile(
  file: string,
  opts: { display?: string; required: boolean }
): Promise<{ rules: IgnoreRule[]; warnings: string[] }> {
  const display = opts.display ?? file
  const text = await readFile(file, 'utf8').catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT' && !opts.required) return undefined
    throw new UserError(`cannot read ${display}: ${err.code === 'ENOENT' ? 'no such file' : err.message}.`, {
      input: INPUT,
      fix: 'point it at a .trivyignore or .trivyignore.yaml file in the workspace, or leave it empty.'
    })
  })
  if (text === undefined) return { rules: [], warnings: [] }
  return parseIgnoreFile(text, display)
}

export function parseIgnoreFile(text: string, file: string): { rules: IgnoreRule[]; warnings: string[] } {
  const ext = path.extname(file).toLowerCase()
  return ext === '.yaml' || ext === '.yml'
    ? parseYaml(text, file)
    : { rules: parsePlain(text, file), warnings: [] }
}

/** `ID [exp:YYYY-MM-DD]` per line; other words on the line are ignored, as Trivy ignores them. */
function parsePlain(text: string, file: string): IgnoreRule[] {
  const rules: IgnoreRule[] = []
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim()
    if (!line || line.startsWith('#')) return
    const [id, ...rest] = line.split(/\s+/)
    const rule: IgnoreRule = { applies: 'any', id, source: { file, line: i + 1 } }
    const exp = rest.find(w => w.startsWith('exp:'))
    if (exp !== undefined) rule.expiredAt = checkDate(exp.slice(4), file, i + 1, 'exp:YYYY-MM-DD')
    rules.push(rule)
  })
  return rules
}

function checkDate(value: string, file: string, line: number | undefined, form: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  const ok = m && new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])).toISOString().startsWith(value)
  if (!ok)
    throw new UserError(
      `${file}${line ? ` line ${line}` : ''}: "${clipLine(value, 60)}" is not a date (expected ${form}).`,
      { input: INPUT, fix: `write the expiry as ${form}, e.g. 2025-12-31, or remove it.` }
    )
  return value
}

function parseYaml(text: string, file: string): { rules: IgnoreRule[]; warnings: string[] } {
  // An empty file (or only comments) ignores nothing; the parser calls it an error.
  if (!text.split('\n').some(l => l.trim() && !l.trim().startsWith('#'))) return { rules: [], warnings: [] }
  let doc: unknown
  try {
    // The core schema keeps dates as strings, so a bad one is reported rather than rolled over by Date.
    doc = load(text, { schema: CORE_SCHEMA, filename: file })
  } catch (err) {
    throw new UserError(`${file} is not valid YAML: ${clipLine((err as Error).message, 300)}`, {
      input: INPUT,
      fix: 'fix the YAML (see the .trivyignore.yaml format: vulnerabilities, misconfigurations and secrets lists).'
    })
  }
  const bad = (what: string): UserError =>
    new UserError(`${file}: ${what}`, {
      input: INPUT,
      fix: 'each of vulnerabilities, misconfigurations and secrets is a list of entries with an id (and optional paths, purls, statement, expired_at).'
    })
  if (doc === null || doc === undefined) return { rules: [], warnings: [] }
  if (typeof doc !== 'object' || Array.isArray(doc)) throw bad('the top level is not a mapping.')
  const linesOf = keyLines(text, file)
  const rules: IgnoreRule[] = []
  const warnings: string[] = []
  for (const [key, list] of Object.entries(doc as Record<string, unknown>)) {
    const applies = YAML_LISTS[key]
    if (!applies) {
      warnings.push(
        `${file}: "${clipLine(key, 60)}" is not supported (only vulnerabilities, misconfigurations and secrets); it is ignored.`
      )
      continue
    }
    if (list === null) continue
    if (!Array.isArray(list)) throw bad(`${key} is not a list.`)
    const lines = linesOf(key)
    list.forEach((entry: unknown, i) => {
      const where = `${key}[${i}]`
      if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
        throw bad(`${where} is not a mapping.`)
      const e = entry as Record<string, unknown>
      const line = lines.id.shift()
      if (typeof e.id !== 'string' || !e.id) throw bad(`${where} has no id.`)
      const rule: IgnoreRule = { applies, id: e.id, source: { file, ...(line ? { line } : {}) } }
      for (const k of ['paths', 'purls'] as const) {
        if (e[k] === undefined || e[k] === null) continue
        if (!Array.isArray(e[k]) || !e[k].every(x => typeof x === 'string'))
          throw bad(`${where}.${k} is not a list of strings.`)
        rule[k] = e[k] as string[]
      }
      if (typeof e.statement === 'string') rule.statement = e.statement
      if (e.expired_at !== undefined && e.expired_at !== null) {
        const expLine = lines.expired.shift()
        rule.expiredAt = checkDate(String(e.expired_at), file, expLine, 'expired_at: YYYY-MM-DD')
      }
      rules.push(rule)
    })
  }
  return { rules, warnings }
}

/**
 * 1-based lines of the `id` and `expired_at` values of the entries of each list, in document order (the
 * order the loaded entries come in), from the parser's events: js-yaml's loaded values carry no positions.
 */
function keyLines(text: string, file: string): (list: string) => { id: number[]; expired: number[] } {
  const lists = new Map<string, { id: number[]; expired: number[] }>()
  const get = (list: string): { id: number[]; expired: number[] } => {
    let l = lists.get(list)
    if (!l) lists.set(list, (l = { id: [], expired: [] }))
    return l
  }
  let events: Event[]
  try {
    events = parseEvents(text, { filename: file })
  } catch {
    return get
  }
  const lineAt = (offset: number): number => text.slice(0, offset).split('\n').length
  // Open documents and collections; for a mapping, whether the next node is a key and the last key seen.
  const stack: { map: boolean; key: boolean; last?: string }[] = []
  for (const ev of events) {
    const t = stack.at(-1)
    if (ev.type === EVENT_ID.DOCUMENT) stack.push({ map: false, key: false })
    else if (ev.type === EVENT_ID.MAPPING || ev.type === EVENT_ID.SEQUENCE) {
      if (t?.map) t.key = !t.key
      stack.push({ map: ev.type === EVENT_ID.MAPPING, key: true })
    } else if (ev.type === EVENT_ID.POP) stack.pop()
    else if (t?.map) {
      if (t.key) t.last = ev.type === EVENT_ID.SCALAR ? getScalarValue(text, ev) : undefined
      else if (stack.length === 4 && ev.type === EVENT_ID.SCALAR && stack[1].last !== undefined) {
        // document > top mapping > list > entry: one of an entry's own values.
        const lines = get(stack[1].last)
        if (t.last === 'id') lines.id.push(lineAt(ev.valueStart))
        if (t.last === 'expired_at') lines.expired.push(lineAt(ev.valueStart))
      }
      t.key = !t.key
    }
  }
  return get
}

export interface IgnoreOutcome {
  /** What remains: findings no rule matched, and findings with only some locations ignored. */
  findings: Finding[]
  ignored: { finding: Finding; rule: IgnoreRule }[]
  /** Rules past their date: they applied to nothing, and would have matched this many findings. */
  expired: { rule: IgnoreRule; wouldMatch: number }[]
}

/** Whether a rule is past its expiry on `today`: from 00:00 UTC of the date on, as Trivy compares. */
export function isExpired(rule: IgnoreRule, today: Date): boolean {
  if (!rule.expiredAt) return false
  const [y, m, d] = rule.expiredAt.split('-').map(Number)
  return today.getTime() >= Date.UTC(y, m - 1, d)
}

export function applyIgnores(
  findings: readonly Finding[],
  rules: readonly IgnoreRule[],
  today: Date
): IgnoreOutcome {
  const active = rules.filter(r => !isExpired(r, today))
  const expired = rules.filter(r => isExpired(r, today)).map(rule => ({ rule, wouldMatch: 0 }))
  const out: IgnoreOutcome = { findings: [], ignored: [], expired }
  for (const finding of findings) {
    for (const e of expired) if (matchLocations(e.rule, finding).length) e.wouldMatch++
    let remaining = finding.locations
    let rule: IgnoreRule | undefined
    for (const r of active) {
      const hit = matchLocations(r, { ...finding, locations: remaining })
      if (!hit.length) continue
      rule ??= r
      remaining = remaining.filter(l => !hit.includes(l))
      if (!remaining.length) break
    }
    if (!rule) out.findings.push(finding)
    else if (!remaining.length || !finding.locations.length) out.ignored.push({ finding, rule })
    else {
      const gone = finding.locations.filter(l => !remaining.includes(l))
      out.ignored.push({ finding: { ...finding, locations: gone }, rule })
      out.findings.push({ ...finding, locations: remaining })
    }
  }
  return out
}

/**
 * The locations of a finding a rule ignores: all of them when it has no paths, those whose path matches
 * one of its globs otherwise; none when the id, the class or the package does not match.
 */
function matchLocations(rule: IgnoreRule, f: Finding): Location[] {
  if (rule.applies !== 'any' && rule.applies !== f.class) return []
  const id = rule.id.toUpperCase()
  if (f.id.toUpperCase() !== id && !f.aliases.some(a => a.toUpperCase() === id)) return []
  if (rule.purls?.length && !(f.package && rule.purls.some(p => purlMatches(p, f.package!.purl)))) return []
  // A finding without locations (a summary-level one) is matched whole.
  if (!rule.paths?.length) return f.locations.length ? f.locations : [{ path: '' }]
  return f.locations.filter(l => rule.paths!.some(g => path.posix.matchesGlob(l.path, g) || l.path === g))
}

/**
 * A rule's purl matches a package's when type, namespace and name agree, and the version and each
 * qualifier the rule gives agree too (a purl without a version matches every version).
 */
export function purlMatches(pattern: string, purl: string): boolean {
  const want = parsePurl(pattern)
  const have = parsePurl(purl)
  if (!want || !have) return false
  if (want.type !== have.type || want.name !== have.name || (want.namespace ?? '') !== (have.namespace ?? ''))
    return false
  if (want.version !== undefined && want.version !== have.version) return false
  return Object.entries(want.qualifiers).every(([k, v]) => have.qualifiers[k] === v)
}

/** One line per expired rule, for warnings. */
export function describeExpired(e: IgnoreOutcome['expired'][number]): string {
  const r = e.rule
  const where = `${r.source.file}${r.source.line ? ` line ${r.source.line}` : ''}`
  const n = e.wouldMatch
  return oneLine(
    `${where}: the ignore for ${r.id} expired on ${r.expiredAt}; it no longer applies${n ? ` (${n} finding${n === 1 ? '' : 's'} reported again)` : ''}.`
  )
}
