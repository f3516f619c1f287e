import { rfc3339 } from '../util/format.js'

// OCI labels and annotations (org.opencontainers.image.*). `created` is the commit time, so rebuilding the
// same commit gives the same labels; source and url come from the repository.

export interface LabelInput {
  version: string
  revision: string
  /** Commit time, seconds since the epoch. */
  created: number
  /** `https://github.com/owner/name`, when known. */
  repositoryUrl?: string
  title: string
  description?: string
  licenses?: string
}

/** The labels, in a fixed order; empty values are left out. */
export function ociLabels(i: LabelInput): [string, string][] {
  const entries: [string, string | undefined][] = [
    ['org.opencontainers.image.created', rfc3339(i.created)],
    ['org.opencontainers.image.description', i.description],
    ['org.opencontainers.image.licenses', i.licenses],
    ['org.opencontainers.image.revision', i.revision],
    ['org.opencontainers.image.source', i.repositoryUrl],
    ['org.opencontainers.image.title', i.title],
    ['org.opencontainers.image.url', i.repositoryUrl],
    ['org.opencontainers.image.version', i.version]
  ]
  return entries.filter((e): e is [string, string] => Boolean(e[1]))
}

/** `key=value` lines, as build tools take labels and annotations. */
export function keyValueLines(entries: readonly [string, string][]): string {
  return entries.map(([k, v]) => `${k}=${v}`).join('\n')
}
