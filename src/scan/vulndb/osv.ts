// OSV records (ossf/osv-schema, "Open Source Vulnerability format") as gantry reads them: the types of the
// fields the matcher uses and a JSON Schema that checks them, so a record from a file or a zip is either a
// typed OsvRecord or a reason to skip it. Fields gantry does not use are kept but not checked.

import { describeErrors, validator } from '../../util/json.js'

export type OsvRangeType = 'SEMVER' | 'ECOSYSTEM' | 'GIT' | (string & {})

/** One event of a range: the schema allows exactly one of these per object. */
export interface OsvEvent {
  introduced?: string
  fixed?: string
  last_affected?: string
  limit?: string
}

export interface OsvRange {
  type: OsvRangeType
  repo?: string
  events: OsvEvent[]
}

export interface OsvSeverity {
  /** CVSS_V2, CVSS_V3, CVSS_V4, Ubuntu, ... */
  type: string
  score: string
}

export interface OsvAffected {
  package?: { ecosystem: string; name: string; purl?: string }
  severity?: OsvSeverity[]
  ranges?: OsvRange[]
  versions?: string[]
  /** Go: `imports[]{path, symbols, goos, goarch}`; read through goImports(). */
  ecosystem_specific?: Record<string, unknown>
  database_specific?: Record<string, unknown>
}

export interface OsvRecord {
  schema_version?: string
  id: string
  modified: string
  published?: string
  withdrawn?: string
  aliases?: string[]
  related?: string[]
  upstream?: string[]
  summary?: string
  details?: string
  severity?: OsvSeverity[]
  affected?: OsvAffected[]
  references?: { type?: string; url: string }[]
  /** GHSA: `severity` (LOW, MODERATE, HIGH, CRITICAL), `cwe_ids`; Go: `url`, `review_status`. */
  database_specific?: Record<string, unknown>
}

const str = { type: 'string' } as const
const strings = { type: 'array', items: str } as const
const severity = {
  type: 'array',
  items: { type: 'object', required: ['type', 'score'], properties: { type: str, score: str } }
} as const

// Ids become finding ids, file names in reports and ignore-file keys: a conservative character set keeps
// them printable and free of path separators and line breaks (every OSV database's ids fit).
const ID_PATTERN = '^[A-Za-z0-9][A-Za-z0-9._:+-]{0,127}$'

/** The JSON Schema of the fields gantry reads (a subset of ossf/osv-schema's validation/schema.json). */
export const OSV_RECORD_SCHEMA = {
  type: 'object',
  required: ['id', 'modified'],
  properties: {
    schema_version: str,
    id: { type: 'string', pattern: ID_PATTERN },
    modified: str,
    published: str,
    withdrawn: str,
    aliases: strings,
    related: strings,
    upstream: strings,
    summary: str,
    details: str,
    severity,
    affected: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          package: {
            type: 'object',
            required: ['ecosystem', 'name'],
            properties: { ecosystem: str, name: str, purl: str }
          },
          severity,
          ranges: {
            type: 'array',
            items: {
              type: 'object',
              required: ['type', 'events'],
              properties: {
                type: str,
                repo: str,
                events: {
                  type: 'array',
                  items: {
                    type: 'object',
                    minProperties: 1,
                    properties: { introduced: str, fixed: str, last_affected: str, limit: str }
                  }
                }
              }
            }
          },
          versions: strings,
          ecosystem_specific: { type: 'object' },
          database_specific: { type: 'object' }
        }
      }
    },
    references: {
      type: 'array',
      items: { type: 'object', required: ['url'], properties: { type: str, url: str } }
    },
    database_specific: { type: 'object' }
  }
} as const

/** Go's `ecosystem_specific.imports` entries. */
export interface GoImport {
  path: string
  symbols?: string[]
  goos?: string[]
  goarch?: string[]
}

const GO_IMPORTS_SCHEMA = {
  type: 'array',
  items: {
    type: 'object',
    required: ['path'],
    properties: { path: str, symbols: strings, goos: strings, goarch: strings }
  }
} as const

export type ParsedRecord = { ok: true; record: OsvRecord } | { ok: false; reason: string }

/** Parse and validate one OSV record from JSON text; a reason (never an exception) when it is not one. */
export function parseOsvRecord(text: string): ParsedRecord {
  const json = parseOsvJson(text)
  return json.ok ? checkOsvRecord(json.data) : json
}

/** The JSON value of a record's text, not yet checked; a reason when it is not JSON. */
export function parseOsvJson(text: string): { ok: true; data: unknown } | { ok: false; reason: string } {
  try {
    return { ok: true, data: JSON.parse(text) as unknown }
  } catch (err) {
    return { ok: false, reason: `not JSON (${(err as Error).message.split('\n')[0]})` }
  }
}

/** Check a parsed JSON value against the OSV record schema. */
export function checkOsvRecord(data: unknown): ParsedRecord {
  const valid = validator<OsvRecord>(OSV_RECORD_SCHEMA)
  if (!valid(data)) return { ok: false, reason: describeErrors(valid.errors).slice(0, 3).join('; ') }
  return { ok: true, record: data }
}

/**
 * The (ecosystem, name) pairs an unchecked record's `affected` entries name, to decide whether it is worth
 * checking; undefined when it lacks a required field (`id`, `modified`) or `affected` does not have the
 * shape to tell: then it is checked, and skipped with a reason. Entries without a package name nothing.
 */
export function namedPackages(data: unknown): { ecosystem: string; name: string }[] | undefined {
  const rec = data as { id?: unknown; modified?: unknown; affected?: unknown } | null
  if (typeof rec?.id !== 'string' || typeof rec.modified !== 'string') return undefined
  const affected = rec.affected
  if (affected === undefined) return []
  if (!Array.isArray(affected)) return undefined
  const out: { ecosystem: string; name: string }[] = []
  for (const a of affected as unknown[]) {
    const pkg = (a as { package?: unknown } | null)?.package
    if (pkg === undefined) continue
    const { ecosystem, name } = (pkg ?? {}) as { ecosystem?: unknown; name?: unknown }
    if (typeof ecosystem !== 'string' || typeof name !== 'string') return undefined
    out.push({ ecosystem, name })
  }
  return out
}

/** Go's imports of one affected entry; empty when there are none or they do not have the documented shape. */
export function goImports(affected: OsvAffected): GoImport[] {
  const raw = affected.ecosystem_specific?.imports
  if (raw === undefined) return []
  const valid = validator<GoImport[]>(GO_IMPORTS_SCHEMA)
  return valid(raw) ? raw : []
}

/** GHSA's own rating in `database_specific.severity`, in gantry's words (MODERATE is MEDIUM). */
export function databaseSeverity(record: OsvRecord): 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL' | undefined {
  const raw = record.database_specific?.severity
  if (typeof raw !== 'string') return undefined
  switch (raw.trim().toUpperCase()) {
    case 'LOW':
      return 'LOW'
    case 'MODERATE':
    case 'MEDIUM':
      return 'MEDIUM'
    case 'HIGH':
      return 'HIGH'
    case 'CRITICAL':
      return 'CRITICAL'
    default:
      return undefined
  }
}
