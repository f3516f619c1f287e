// Image tags: parses `tags:` rules (docker/metadata-action's syntax, for
// users migrating from it) and evaluates them against the version decision and the event. Tag names are
// sanitised to Docker's grammar and cut to 128 characters.

import { UserError } from '../util/errors.js'
import { isStable, rcompare, type SemVer } from '../model/semver.js'
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

/** Parse metadata-action style rules (`type=semver,pattern={{major}}.{{minor}}`); a bare word is type=raw. */
export function parseRule(text: string): TagRule {
  const fields: Record<string, string> = {}
  if (!text.includes('=')) {
    fields.type = 'raw'
    fields.value = text
  } else
    for (const part of text.split(',')) {
      const eq = part.indexOf('=')
      if (eq <= 0)
        ruleError(text, `"${part}" is not key=value.`, 'write rules as key=value pairs separated by commas.')
      const key = part.slice(0, eq).trim()
      if (!KEYS.includes(key))
        ruleError(text, `unknown key "${key}".`, `use the keys ${KEYS.join(', ')} (see docs/tag.md).`)
      fields[key] = part.slice(eq + 1).trim()
    }
  const type = fields.type as RuleType
  if (!TYPES.includes(type))
    ruleError(text, `unknown type "${fields.type ?? ''}".`, `use one of type=${TYPES.join(', type=')}.`)
  if (type === 'semver' && !fields.pattern)
    ruleError(
      text,
      'type=semver needs a pattern.',
      'add pattern={{version}}, {{major}}.{{minor}} or {{major}}.'
    )
  if (type === 'semver' && /\{\{(?!\s*(?:version|major|minor|patch|raw)\s*\}\})/.test(fields.pattern!))
    ruleError(
      text,
      'unknown placeholder in the pattern.',
      'use {{version}}, {{major}}, {{minor}}, {{patch}} or {{raw}}.'
    )
  if (type === 'raw' && !fields.value) ruleError(text, 'type=raw needs a value.', 'add value=<tag>.')
  if (type === 'ref' && !['branch', 'tag', 'pr'].includes(fields.event ?? ''))
    ruleError(text, 'type=ref needs event=branch, event=tag or event=pr.', 'add event=branch (or tag, pr).')
  if (fields.format && !['short', 'long'].includes(fields.format))
    ruleError(text, `format "${fields.format}" is unknown.`, 'use format=short or format=long.')
  const enable = fields.enable ?? 'true'
  if (!['true', 'false', '{{is_default_branch}}', '{{ is_default_branch }}'].includes(enable))
    ruleError(
      text,
      `enable "${enable}" is not understood.`,
      'use enable=true, enable=false or enable={{is_default_branch}}.'
    )
  return {
    type,
    pattern: fields.pattern,
    value: fields.value,
    event: fields.event as TagRule['event'],
    prefix: fields.prefix ?? (type === 'sha' ? 'sha-' : type === 'ref' && fields.event === 'pr' ? 'pr-' : ''),
    suffix: fields.suffix ?? '',
    enable: enable.replace(/\s/g, ''),
    branch: fields.branch,
    format: fields.format as TagRule['format'],
    explicit: true,
    source: text
  }
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
  /** The pushed tag (refs/tags/...), when the run is on one. */
  refTag?: string
  sha: string
}

export interface ImageTags {
  names: string[]
  /** Why each version-related tag was given or held back, for the summary. */
  notes: string[]
}

function fill(pattern: string, v: SemVer, raw: string): string {
  return pattern.replace(/\{\{\s*(version|major|minor|patch|raw)\s*\}\}/g, (_m, k: string) =>
    k === 'version' ? v.version : k === 'raw' ? raw : String(v[k as 'major' | 'minor' | 'patch'])
  )
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

export function evaluateTags(rules: readonly TagRule[], c: TagContext): ImageTags {
  const names: string[] = []
  const notes: string[] = []
  const isDefault = c.branch !== undefined && c.branch === c.defaultBranch
  const add = (rule: TagRule, name: string): void => {
    const t = sanitizeTag(rule.prefix + name + rule.suffix)
    if (t && !names.includes(t)) names.push(t)
  }
  const v = c.version
  const stable = isStable(v)
  for (const rule of rules) {
    if (rule.enable === 'false' || (rule.enable === '{{is_default_branch}}' && !isDefault)) continue
    switch (rule.type) {
      case 'semver': {
        if (!c.versioned) continue
        const p = rule.pattern!
        const usesVersion = /\{\{\s*(version|raw)\s*\}\}/.test(p) || /\{\{\s*patch\s*\}\}/.test(p)
        if (!usesVersion) {
          // Floating tags (1.4, 1) name a line: only stable versions, only the highest of that line.
          if (!stable) {
            notes.push(`${fill(p, v, c.tag)}: not given to the prerelease ${v.version}`)
            continue
          }
          const hasMinor = /\{\{\s*minor\s*\}\}/.test(p)
          if (!hasMinor && v.major === 0 && !rule.explicit) continue
          const same = hasMinor
            ? (o: SemVer) => o.major === v.major && o.minor === v.minor
            : (o: SemVer) => o.major === v.major
          if (!highestIn(v, c.tags, same, true)) {
            notes.push(`${fill(p, v, c.tag)}: held back, a higher version of that line exists`)
            continue
          }
        }
        add(rule, fill(p, v, c.tag))
        break
      }
      case 'sha':
        add(rule, rule.format === 'long' ? c.sha : c.sha.slice(0, 7))
        break
      case 'ref':
        if (rule.event === 'branch' && c.branch && c.pullRequest === undefined && !c.refTag)
          add(rule, c.branch)
        if (rule.event === 'tag' && c.refTag) add(rule, c.refTag)
        if (rule.event === 'pr' && c.pullRequest !== undefined) add(rule, String(c.pullRequest))
        break
      case 'edge': {
        const target = rule.branch ?? c.defaultBranch
        if (c.branch && c.branch === target && c.pullRequest === undefined && !c.refTag) add(rule, 'edge')
        break
      }
      case 'schedule':
        if (c.eventName === 'schedule') add(rule, rule.pattern ?? 'nightly')
        break
      case 'raw':
        add(rule, rule.value!)
        break
    }
  }
  // latest: auto only for the highest stable version among all tags, and only when the version is tagged.
  let latest = false
  if (c.latest === 'true') latest = true
  else if (c.latest === 'auto' && c.versioned) {
    if (!stable) notes.push(`latest: not given to the prerelease ${v.version}`)
    else if (!highestIn(v, c.tags, () => true, true))
      notes.push(`latest: held back, ${c.tags.find(t => isStable(t.version))?.name} is higher`)
    else latest = true
  }
  if (latest && !names.includes('latest')) {
    // latest sits after the version tags, before branch and sha tags.
    const at = names.findIndex(n => !/^\d/.test(n))
    names.splice(at < 0 ? names.length : at, 0, 'latest')
  }
  return { names, notes }
}
