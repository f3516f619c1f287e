// Conventional commits: parse messages with the conventionalcommits preset's parser options (the parser's
// own defaults miss `feat!:`), and derive the bump they call for.

import { CommitParser, type Commit } from 'conventional-commits-parser'
import createPreset, { DEFAULT_COMMIT_TYPES } from 'conventional-changelog-conventionalcommits'

export type Bump = 'major' | 'minor' | 'patch' | 'none'

export interface ParsedCommit {
  sha: string
  /** Committer time, seconds since the epoch. */
  time: number
  header: string
  type?: string
  scope?: string
  subject?: string
  breaking: boolean
  /** Texts of BREAKING CHANGE notes. */
  notes: string[]
  /** Issue and pull request numbers referenced (`#12`). */
  references: string[]
}

export interface RawCommit {
  sha: string
  time: number
  message: string
}

let parser: CommitParser | undefined

function getParser(): CommitParser {
  const preset = createPreset() as { parser: ConstructorParameters<typeof CommitParser>[0] }
  parser ??= new CommitParser(preset.parser)
  return parser
}

export function parseCommit(raw: RawCommit): ParsedCommit {
  const c: Commit = getParser().parse(raw.message)
  const notes = c.notes.filter(n => /^BREAKING[ -]CHANGE$/i.test(n.title)).map(n => n.text)
  return {
    sha: raw.sha,
    time: raw.time,
    header: c.header ?? raw.message.split('\n')[0],
    type: c.type ? c.type.toLowerCase() : undefined,
    scope: c.scope ?? undefined,
    subject: c.subject ?? undefined,
    breaking: notes.length > 0,
    notes,
    references: [...new Set(c.references.filter(r => !r.owner && !r.repository).map(r => r.issue))]
  }
}

export function isConventional(c: ParsedCommit): boolean {
  return c.type !== undefined
}

/** The bump one commit calls for: breaking → major, feat → minor, fix/perf → patch, else none. */
export function commitBump(c: ParsedCommit): Bump {
  if (c.breaking) return 'major'
  if (c.type === 'feat' || c.type === 'feature') return 'minor'
  if (c.type === 'fix' || c.type === 'perf' || c.type === 'revert') return 'patch'
  return 'none'
}

const ORDER: Bump[] = ['none', 'patch', 'minor', 'major']

export function maxBump(a: Bump, b: Bump): Bump {
  return ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b
}

/** The changelog section of a type, or undefined for hidden types (docs, chore, ...). */
export function sectionOf(type: string | undefined): string | undefined {
  const entry = DEFAULT_COMMIT_TYPES.find(t => t.type === type)
  return entry && entry.effect !== 'hidden' ? entry.section : undefined
}
