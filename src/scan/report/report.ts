// What every reporter formats: the inventory, the findings left after ignores, what was ignored and which
// ignores expired. Reporters only format (no I/O): they return strings and objects.

import type { Finding, Inventory, Severity } from '../model.js'
import { SEVERITIES } from '../model.js'
import type { IgnoreOutcome } from '../ignore.js'
import { parseRef, repositoryName } from '../../model/image-ref.js'
import { compareStrings } from '../../util/compare.js'

export interface ScanReport {
  tool: { name: string; version: string }
  inventory: Inventory
  /** Findings after ignores and the severity filter: what the gate counts. */
  findings: Finding[]
  ignored?: IgnoreOutcome['ignored']
  expiredIgnores?: IgnoreOutcome['expired']
  /** The severities asked for (`severity` input), lowest first. */
  severities?: Severity[]
  /** RFC 3339 time of the scanned commit, for outputs that carry a timestamp; omitted when absent. */
  time?: string
}

const RANK = new Map(SEVERITIES.map((s, i) => [s, i]))

/** Most severe first, then by id, package and first location: the order every report lists findings in. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    (RANK.get(b.severity) ?? 0) - (RANK.get(a.severity) ?? 0) ||
    (b.score ?? 0) - (a.score ?? 0) ||
    compareStrings(a.id, b.id) ||
    compareStrings(a.package?.name ?? '', b.package?.name ?? '') ||
    compareStrings(a.package?.version ?? '', b.package?.version ?? '') ||
    compareStrings(a.locations[0]?.path ?? '', b.locations[0]?.path ?? '')
  )
}

export function sortedFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings)
}

/**
 * The repository an image name refers to, without tag or digest: `ghcr.io/org/app` from
 * `ghcr.io/org/app:1.2@sha256:…`, the layout path from `oci:dist/image:tag`.
 */
export function imageRepository(name: string): string {
  const transport = /^(oci|oci-archive|docker-archive|docker):(.*)$/.exec(name)
  const rest = transport ? transport[2] : name
  if (!transport || transport[1] === 'docker') {
    try {
      return repositoryName(parseRef(rest, 'image'))
    } catch {
      // Not a registry reference after all: fall through to the plain form.
    }
  }
  const noDigest = rest.replace(/@sha256:[a-f0-9]{64}$/, '')
  const bare =
    /:[\w][\w.-]{0,127}$/.test(noDigest) && !noDigest.endsWith('/')
      ? noDigest.replace(/:[^:/]*$/, '')
      : noDigest
  return transport ? `${transport[1]}:${bare}` : bare
}

/** The one-line name of a finding's package or file, for tables and summaries. */
export function findingSubject(f: Finding): string {
  if (f.package) return f.package.name
  const l = f.locations[0]
  return l ? `${l.path}${l.line ? `:${l.line}` : ''}` : ''
}

/** Where a finding was found, short: the first location and how many more. */
export function findingWhere(f: Finding): string {
  const l = f.locations[0]
  if (!l) return ''
  const more = f.locations.length > 1 ? ` (+${f.locations.length - 1})` : ''
  return `${l.platform ? `${l.platform} ` : ''}${l.path}${l.line ? `:${l.line}` : ''}${more}`
}
