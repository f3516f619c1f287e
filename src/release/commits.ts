// Conventional commits: parse messages with the conventionalcommits preset's parser options (the parser's
// own defaults miss `feat!:`), cancel reverted commits against their reverts, and derive the bump. Every
// text kept from a message is one line with control characters escaped (log-safe's oneLine): commit
// messages come from anyone who can open a pull request, and these texts reach logs, outputs and summaries.

import type { Commit, CommitParser } from 'conventional-commits-parser'
import { oneLine } from '../util/log-safe.js'

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
  /** The commit this one reverts (`This reverts commit <sha>.`), full or abbreviated. */
  reverts?: string
}

export interface RawCommit {
  sha: string
  time: number
  message: string
}

type CommitTypes = readonly { type: string; section?: string; hidden?: boolean; effect?: string }[]

interface Conventional {
  parser: CommitParser
  types: CommitTypes
}

let loaded: Promise<Conventional> | undefined

/**
 * The parser with the preset's options, and the preset's commit types (for changelog sections), loaded on
 * first use: a CLI start that reads no commits (gantry build) does not load them.
 */
export function conventional(): Promise<Conventional> {
  loaded ??= (async () => {
    const [{ CommitParser: Parser }, preset] = await Promise.all([
      import('conventional-commits-parser'),
      import('conventional-changelog-conventionalcommits')
    ])
    const options = preset.default() as { parser: ConstructorParameters<typeof Parser>[0] }
    return { parser: new Parser(options.parser), types: preset.DEFAULT_COMMIT_TYPES as CommitTypes }
  })()
  return loaded
}

/** Parse commit messages (see parseCommit). */
export async function parseCommits(raws: readonly RawCommit[]): Promise<ParsedCommit[]> {
  const { parser } = await conventional()
  return raws.map(r => parseCommit(r, parser))
}

export function parseCommit(raw: RawCommit, parser: CommitParser): ParsedCommit {
  const c: Commit = parser.parse(raw.message)
  const notes = c.notes.filter(n => /^BREAKING[ -]CHANGE$/i.test(n.title)).map(n => oneLine(n.text))
  const text = (s: string | null | undefined): string | undefined => (s ? oneLine(s) : undefined)
  const hash = c.revert?.hash
  return {
    sha: raw.sha,
    time: raw.time,
    header: oneLine(c.header ?? raw.message.split('\n')[0]),
    type: c.type ? oneLine(c.type.toLowerCase()) : undefined,
    scope: text(c.scope),
    subject: text(c.subject),
    breaking: notes.length > 0,
    notes,
    references: [...new Set(c.references.filter(r => !r.owner && !r.repository).map(r => oneLine(r.issue)))],
    reverts: hash && /^[0-9a-f]{7,64}$/i.test(hash) ? hash.toLowerCase() : undefined
  }
}

/**
 * Drop every commit reverted in the list together with its revert (`git revert` writes `Revert "<header>"`
 * and `This reverts commit <sha>.`), as semantic-release does: a `feat!:` and its revert make no release.
 * Newest first, so a revert of a revert cancels first and the original stays. A revert of a commit outside
 * the list stays (it undoes something released).
 */
export function cancelReverts(commits: readonly ParsedCommit[]): ParsedCommit[] {
  const dropped = new Set<string>()
  for (const c of commits) {
    if (!c.reverts || dropped.has(c.sha)) continue
    const target = commits.find(o => o !== c && !dropped.has(o.sha) && o.sha.startsWith(c.reverts!))
    if (!target) continue
    dropped.add(c.sha)
    dropped.add(target.sha)
  }
  return commits.filter(c => !dropped.has(c.sha))
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
export function sectionOf(type: string | undefined, types: CommitTypes): string | undefined {
  const entry = types.find(t => t.type === type)
  return entry && entry.effect !== 'hidden' ? entry.section : undefined
}
