// OCI labels and annotations (org.opencontainers.image.*): the one label set the tag and image stages both
// write. `created` is the commit time, so rebuilding the same commit gives the same labels; source and url
// come from the repository, description and licenses from the event payload (made one line: payload text
// must not add label lines).

import { rfc3339 } from '../util/format.js'
import { oneLine } from '../util/log-safe.js'
import type { CiContext } from './ci-context.js'
import { byKey } from '../util/compare.js'

export interface LabelInput {
  version?: string
  revision?: string
  /** Commit time, seconds since the epoch. */
  created?: number
  /** `https://github.com/owner/name`, when known. */
  repositoryUrl?: string
  title?: string
  description?: string
  licenses?: string
}

/** The labels, in a fixed order; empty values are left out; every value is one line. */
export function ociLabels(i: LabelInput): [string, string][] {
  const entries: [string, string | undefined][] = [
    ['org.opencontainers.image.created', i.created === undefined ? undefined : rfc3339(i.created)],
    ['org.opencontainers.image.description', i.description],
    ['org.opencontainers.image.licenses', i.licenses],
    ['org.opencontainers.image.revision', i.revision],
    ['org.opencontainers.image.source', i.repositoryUrl],
    ['org.opencontainers.image.title', i.title],
    ['org.opencontainers.image.url', i.repositoryUrl],
    ['org.opencontainers.image.version', i.version]
  ]
  return entries.filter((e): e is [string, string] => Boolean(e[1])).map(([k, v]) => [k, oneLine(v)])
}

/** What the CI context says about the repository: its URL, and description and license from the payload. */
export function repositoryLabels(
  ci: CiContext
): Pick<LabelInput, 'repositoryUrl' | 'description' | 'licenses'> {
  const repo = ci.payload.repository as
    { description?: unknown; license?: { spdx_id?: unknown } | null } | undefined
  const description = typeof repo?.description === 'string' ? repo.description : undefined
  const spdx = typeof repo?.license?.spdx_id === 'string' ? repo.license.spdx_id : undefined
  return {
    repositoryUrl: ci.repository ? `${ci.serverUrl}/${ci.repository}` : undefined,
    description: description?.replace(/[\r\n]+/g, ' ').trim() || undefined,
    licenses: spdx && spdx !== 'NOASSERTION' ? spdx : undefined
  }
}

/** Later entries win; sorted by key. */
export function mergeLabels(
  base: readonly [string, string][],
  user: readonly [string, string][]
): [string, string][] {
  const m = new Map(base)
  for (const [k, v] of user) m.set(k, v)
  return [...m.entries()].sort(byKey(([k]) => k))
}

/** `key=value` lines, as build tools take labels and annotations. */
export function keyValueLines(entries: readonly [string, string][]): string {
  return entries.map(([k, v]) => `${k}=${v}`).join('\n')
}
