// Image tags: parses `tags:` rules (docker/metadata-action's syntax and global expressions, for users migrating
// from it) and evaluates them against the version decision and the event. A key a rule's type would ignore,
// or a placeholder nothing fills, is an error, never a silently odd tag. Tag names are sanitised to Docker's
// grammar (so build metadata's `+` becomes `-`) and cut to 128 characters.

import { UserError } from '../util/errors.js'
import { fullVersion, isStable, rcompare, type SemVer } from '../model/semver.js'
import type { VersionedTag } from './version.js'

/** Docker's tag grammar: [A-Za-z0-9_][A-Za-z0-9_.-]{0,127}. Anything else becomes '-'. */
export function sanitizeTag(raw: string): string {
  let t = raw.replace(/[^A-Za-z0-9_.-]/g, '-')
  t = t.replace(/^[.-]+/, '')
  return t.slice(0, 128)
}

export type RuleType = 'semver' | 'sha' | 'ref' | 'raw' | 'edge' | 'schedule'
const TYPES: readonly RuleType[] = ['semver', 'sha', 'ref', 'raw', 'edge', 'schedule']
const KEYS = [
  'type',
  'pattern',
  'value',
  'event',
  'prefix',
  'suffix',
  'enable',
  'branch',
  'format',
  'priority'
]

export interface TagRule {
  type: RuleType
  pattern?: string
  value?: string
  event?: 'branch' | 'tag' | 'pr'
  prefix: string
  suffix: string
  /** `true`, `false` or `{{is_default_branch}}` (metadata-action's expression). */
  enable: string
  branch?: string
  format?: 'short' | 'long'
  /** Written by the user (a `{{major}}` rule asked for explicitly applies while the major is 0). */
  explicit: boolean
  source: string
}

function ruleError(rule: string, what: string, fix: string): never {
  throw new UserError(`rule "${rule}": ${what}`, { input: 'tags', fix })
}

// The keys each type reads; any other key on that type would be silently ignored, so it is an error.
const TYPE_KEYS: Record<RuleType, readonly string[]> = {
  semver: ['pattern'],
  sha: ['format'],
  ref: ['event'],
  raw: ['value'],
  edge: ['branch'],
  schedule: ['pattern']
}
const COMMON_KEYS = ['type', 'prefix', 'suffix', 'enable', 'priority']

/**
 * metadata-action's global expressions, for prefix, suffix and value (and a schedule pattern): `{{branch}}`,
 * `{{tag}}`, `{{sha}}`, `{{base_ref}}`, `{{is_default_branch}}`, `{{is_not_default_branch}}`, and
 * `{{date 'FORMAT'}}` / `{{commit_date 'FORMAT'}}` with an optional `tz='Area/City'`.
 */
const GLOBAL =
  /\{\{\s*(branch|tag|sha|base_ref|is_default_branch|is_not_default_branch|date|commit_date)(?:\s+'([^']*)'(?:\s+tz='([^']*)')?)?\s*\}\}/g
const SEMVER_FIELDS = /\{\{\s*(version|major|minor|patch|raw)\s*\}\}/g

/** Check every `{{ }}` of a text against the expressions allowed there. */
function checkPlaceholders(rule: string, key: string, text: string, allowed: RegExp[], fix: string): void {
  let rest = text
  for (const re of allowed) rest = rest.replace(re, '')
  const unknown = /\{\{.*?\}\}/.exec(rest)?.[0] ?? (/\{\{|\}\}/.test(rest) ? rest : undefined)
  if (unknown) ruleError(rule, `unknown placeholder ${unknown} in ${key}.`, fix)
  for (const m of text.matchAll(GLOBAL)) {
    if ((m[1] === 'date' || m[1] === 'commit_date') && m[2] === undefined)
      ruleError(rule, `${m[0]} needs a format.`, "write {{date 'YYYYMMDD'}}.")
    if (m[2] !== undefined) dateFormatTokens(m[2], rule)
    if (m[3] !== undefined && !validTimeZone(m[3]))
      ruleError(rule, `unknown time zone "${m[3]}".`, "use an IANA zone name such as tz='Europe/Paris'.")
  }
}

const GLOBAL_FIX =
  "use {{branch}}, {{tag}}, {{sha}}, {{base_ref}}, {{is_default_branch}}, {{is_not_default_branch}} or {{date 'YYYYMMDD'}} (see docs/tag.md)."

function splitRule(text: string): Record<string, string> {
  const fields: Record<string, string> = {}
  if (!text.includes('=')) return { type: 'raw', value: text }
  for (const part of text.split(',')) {
    const eq = part.indexOf('=')
    if (eq <= 0)
      ruleError(text, `"${part}" is not key=value.`, 'write rules as key=value pairs separated by commas.')
    const key = part.slice(0, eq).trim()
    if (!KEYS.includes(key))
      ruleError(text, `unknown key "${key}".`, `use the keys ${KEYS.join(', ')} (see docs/tag.md).`)
    fields[key] = part.slice(eq + 1).trim()
  }
  return fields
}

/** The checks of one type's own keys. */
function checkTypeKeys(text: string, type: RuleType, fields: Record<string, string>): void {
  for (const key of Object.keys(fields))
    if (!COMMON_KEYS.includes(key) && !TYPE_KEYS[type].includes(key))
      ruleError(
        text,
        type === 'semver' && key === 'value'
          ? 'type=semver takes the version from the version decision; value= would be ignored.'
          : `type=${type} does not read ${key}=, so it would be ignored.`,
        type === 'semver' && key === 'value'
          ? 'drop value= and set the version input instead (or use type=raw,value=...).'
          : `drop ${key}= (type=${type} reads ${[...TYPE_KEYS[type], 'prefix', 'suffix', 'enable'].join(', ')}).`
      )
  if (type === 'semver' && !fields.pattern)
    ruleError(
      text,
      'type=semver needs a pattern.',
      'add pattern={{version}}, {{major}}.{{minor}} or {{major}}.'
    )
  if (type === 'semver')
    checkPlaceholders(
      text,
      'the pattern',
      fields.pattern!,
      [SEMVER_FIELDS],
      'use {{version}}, {{major}}, {{minor}}, {{patch}} or {{raw}}.'
    )
  if (type === 'schedule' && fields.pattern)
    checkPlaceholders(text, 'the pattern', fields.pattern, [GLOBAL], GLOBAL_FIX)
  if (type === 'raw' && !fields.value) ruleError(text, 'type=raw needs a value.', 'add value=<tag>.')
  if (type === 'ref' && !['branch', 'tag', 'pr'].includes(fields.event ?? ''))
    ruleError(text, 'type=ref needs event=branch, event=tag or event=pr.', 'add event=branch (or tag, pr).')
  if (fields.format && !['short', 'long'].includes(fields.format))
    ruleError(text, `format "${fields.format}" is unknown.`, 'use format=short or format=long.')
}

/** Parse metadata-action style rules (`type=semver,pattern={{major}}.{{minor}}`); a bare word is type=raw. */
export function parseRule(text: string): TagRule {
  const fields = splitRule(text)
  const type = fields.type as RuleType
  if (!TYPES.includes(type))
    ruleError(text, `unknown type "${fields.type ?? ''}".`, `use one of type=${TYPES.join(', type=')}.`)
  checkTypeKeys(text, type, fields)
  for (const key of ['prefix', 'suffix', 'value'])
    if (fields[key] !== undefined) checkPlaceholders(text, `${key}=`, fields[key], [GLOBAL], GLOBAL_FIX)
  const enable = (fields.enable ?? 'true').replace(/\s/g, '')
  if (!['true', 'false', '{{is_default_branch}}', '{{is_not_default_branch}}'].includes(enable))
    ruleError(
      text,
      `enable "${fields.enable}" is not understood.`,
      'use enable=true, enable=false, enable={{is_default_branch}} or enable={{is_not_default_branch}}.'
    )
  return {
    type,
    pattern: fields.pattern,
    value: fields.value,
    event: fields.event as TagRule['event'],
    prefix: fields.prefix ?? (type === 'sha' ? 'sha-' : type === 'ref' && fields.event === 'pr' ? 'pr-' : ''),
    suffix: fields.suffix ?? '',
    enable,
    branch: fields.branch,
    format: fields.format as TagRule['format'],
    explicit: true,
    source: text
  }
}

// ---- dates (moment-style formats, the subset tags need) ---------------------------------------------------

const DATE_TOKEN = /\[[^\]]*\]|YYYY|YY|MM|M|DD|D|HH|H|hh|h|mm|m|ss|s|SSS|[A-Za-z]+|[^A-Za-z[]+/g

function dateFormatTokens(format: string, rule: string): string[] {
  const tokens = format.match(DATE_TOKEN) ?? []
  for (const t of tokens)
    if (/^[A-Za-z]+$/.test(t) && !/^(YYYY|YY|MM|M|DD|D|HH|H|hh|h|mm|m|ss|s|SSS)$/.test(t))
      ruleError(
        rule,
        `the date format token "${t}" is not supported.`,
        'use YYYY, YY, MM, M, DD, D, HH, H, hh, h, mm, m, ss, s and SSS; put literal letters in [brackets].'
      )
  return tokens
}

function validTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz })
    return true
  } catch {
    return false
  }
}

/** A time (seconds) in a moment-style format, in a time zone (UTC by default). */
export function formatDate(seconds: number, format: string, tz = 'UTC'): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit'
    })
      .formatToParts(new Date(seconds * 1000))
      .map(p => [p.type, p.value])
  )
  const h24 = Number(parts.hour)
  const h12 = h24 % 12 || 12
  const values: Record<string, string> = {
    YYYY: parts.year,
    YY: parts.year.slice(-2),
    MM: parts.month,
    M: String(Number(parts.month)),
    DD: parts.day,
    D: String(Number(parts.day)),
    HH: String(h24).padStart(2, '0'),
    H: String(h24),
    hh: String(h12).padStart(2, '0'),
    h: String(h12),
    mm: parts.minute,
    m: String(Number(parts.minute)),
    ss: parts.second,
    s: String(Number(parts.second)),
    SSS: '000'
  }
  return dateFormatTokens(format, format)
    .map(t => (t.startsWith('[') ? t.slice(1, -1) : (values[t] ?? t)))
    .join('')
}

/** gantry's rules when `tags` is empty. */
export function defaultRules(): TagRule[] {
  return [
    'type=semver,pattern={{version}}',
    'type=semver,pattern={{major}}.{{minor}}',
    'type=semver,pattern={{major}}',
    'type=ref,event=branch',
    'type=edge',
    'type=ref,event=pr',
    'type=schedule',
    'type=sha'
  ].map(r => ({ ...parseRule(r), explicit: false }))
}

export interface TagContext {
  version: SemVer
  tag: string
  /** Version tags may be applied: the version is released at HEAD or was given explicitly. */
  versioned: boolean
  /** Every version tag with the prefix (to rank this version against). */
  tags: readonly VersionedTag[]
  latest: 'auto' | 'true' | 'false'
  eventName: string
  /** The branch being built, when there is one. */
  branch?: string
  defaultBranch?: string
  pullRequest?: number
  /** The pull request's base branch, on pull_request events. */
  baseRef?: string
  /** The pushed tag (refs/tags/...), when the run is on one. */
  refTag?: string
  sha: string
  /** Commit time, seconds since the epoch: what {{date}} and {{commit_date}} render. */
  time: number
}

export interface ImageTags {
  names: string[]
  /** Why each version-related tag was given or held back, for the summary. */
  notes: string[]
}

/** A semver pattern filled; build metadata stays in {{version}} (the sanitiser turns its `+` into `-`). */
function fill(pattern: string, v: SemVer, raw: string): string {
  return pattern.replace(SEMVER_FIELDS, (_m, k: string) =>
    k === 'version' ? fullVersion(v) : k === 'raw' ? raw : String(v[k as 'major' | 'minor' | 'patch'])
  )
}

/** The global expressions filled from the context (metadata-action's meaning; dates are the commit's). */
function expand(text: string, c: TagContext): string {
  const isDefault = c.branch !== undefined && c.branch === c.defaultBranch
  return text.replace(GLOBAL, (_m, name: string, format: string | undefined, tz: string | undefined) => {
    switch (name) {
      case 'branch':
        return c.branch ?? ''
      case 'tag':
        return c.refTag ?? (c.versioned ? c.tag : '')
      case 'sha':
        return c.sha.slice(0, 7)
      case 'base_ref':
        return c.baseRef ?? ''
      case 'is_default_branch':
        return String(isDefault)
      case 'is_not_default_branch':
        return String(!isDefault)
      default:
        return formatDate(c.time, format ?? 'YYYYMMDD', tz || 'UTC')
    }
  })
}

/** Is `v` the highest version among the tags (and itself) whose line matches `same`? */
function highestIn(
  v: SemVer,
  tags: readonly VersionedTag[],
  same: (o: SemVer) => boolean,
  stableOnly: boolean
): boolean {
  return !tags.some(
    t => same(t.version) && (!stableOnly || isStable(t.version)) && rcompare(t.version, v) < 0
  )
}

/** The tag a semver rule gives, or undefined (with a note when it is held back). */
function semverTag(rule: TagRule, c: TagContext, notes: string[]): string | undefined {
  if (!c.versioned) return undefined
  const p = rule.pattern!
  const v = c.version
  const usesVersion = /\{\{\s*(version|raw|patch)\s*\}\}/.test(p)
  if (!usesVersion) {
    // Floating tags (1.4, 1) name a line: only stable versions, only the highest of that line.
    if (!isStable(v)) {
      notes.push(`${fill(p, v, c.tag)}: not given to the prerelease ${fullVersion(v)}`)
      return undefined
    }
    const hasMinor = /\{\{\s*minor\s*\}\}/.test(p)
    if (!hasMinor && v.major === 0 && !rule.explicit) return undefined
    const same = hasMinor
      ? (o: SemVer) => o.major === v.major && o.minor === v.minor
      : (o: SemVer) => o.major === v.major
    if (!highestIn(v, c.tags, same, true)) {
      notes.push(`${fill(p, v, c.tag)}: held back, a higher version of that line exists`)
      return undefined
    }
  }
  return fill(p, v, c.tag)
}

/** The tag one rule gives in this context, before prefix and suffix; undefined for none. */
function ruleTag(rule: TagRule, c: TagContext, notes: string[]): string | undefined {
  switch (rule.type) {
    case 'semver':
      return semverTag(rule, c, notes)
    case 'sha':
      return rule.format === 'long' ? c.sha : c.sha.slice(0, 7)
    case 'ref':
      if (rule.event === 'branch' && c.branch && c.pullRequest === undefined && !c.refTag) return c.branch
      if (rule.event === 'tag') return c.refTag
      if (rule.event === 'pr' && c.pullRequest !== undefined) return String(c.pullRequest)
      return undefined
    case 'edge': {
      const target = rule.branch ?? c.defaultBranch
      return c.branch && c.branch === target && c.pullRequest === undefined && !c.refTag ? 'edge' : undefined
    }
    case 'schedule':
      return c.eventName === 'schedule' ? expand(rule.pattern ?? 'nightly', c) : undefined
    case 'raw':
      return expand(rule.value!, c)
  }
}

/**
 * latest: auto, as metadata-action gives it only to rules that name a version (type=semver, type=ref,event=tag),
 * never to type=raw, sha or branch rules alone; and, unlike metadata-action, only to the highest stable version.
 */
function wantsLatest(
  rules: readonly TagRule[],
  c: TagContext,
  enabled: (r: TagRule) => boolean,
  notes: string[]
): boolean {
  if (c.latest === 'true') return true
  if (c.latest === 'false' || !c.versioned) return false
  const v = c.version
  if (!rules.some(r => enabled(r) && (r.type === 'semver' || (r.type === 'ref' && r.event === 'tag')))) {
    notes.push('latest: no type=semver or type=ref,event=tag rule (set latest: true to add it)')
    return false
  }
  if (!isStable(v)) notes.push(`latest: not given to the prerelease ${fullVersion(v)}`)
  else if (!highestIn(v, c.tags, () => true, true))
    notes.push(`latest: held back, ${c.tags.find(t => isStable(t.version))?.name} is higher`)
  else return true
  return false
}

export function evaluateTags(rules: readonly TagRule[], c: TagContext): ImageTags {
  const names: string[] = []
  const notes: string[] = []
  const isDefault = c.branch !== undefined && c.branch === c.defaultBranch
  const enabled = (r: TagRule): boolean =>
    r.enable === 'true' ||
    (r.enable === '{{is_default_branch}}' && isDefault) ||
    (r.enable === '{{is_not_default_branch}}' && !isDefault)
  // latest sits after the version tags, before branch and sha tags.
  let afterVersions = 0
  for (const rule of rules) {
    if (!enabled(rule)) continue
    const name = ruleTag(rule, c, notes)
    // An empty expansion (value={{branch}} on a tag push) gives no tag, as in metadata-action.
    if (!name) continue
    const t = sanitizeTag(expand(rule.prefix, c) + name + expand(rule.suffix, c))
    if (!t || names.includes(t)) continue
    names.push(t)
    if (rule.type === 'semver' || (rule.type === 'ref' && rule.event === 'tag')) afterVersions = names.length
  }
  if (wantsLatest(rules, c, enabled, notes) && !names.includes('latest'))
    names.splice(afterVersions, 0, 'latest')
  return { names, notes }
}
