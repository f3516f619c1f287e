// The changelog of a release in markdown: the commits since the previous version, grouped by type
// (breaking changes first), each linked to its commit and its issues when the repository is known.

import { conventional, sectionOf, type ParsedCommit } from './commits.js'
import { rfc3339 } from '../util/format.js'

export interface ChangelogInput {
  version: string
  tag: string
  previousTag?: string
  commits: readonly ParsedCommit[]
  /** Release date, seconds since the epoch (the commit time). */
  time: number
  /** `https://github.com/owner/name`, for links. */
  repositoryUrl?: string
}

const SECTION_ORDER = ['Features', 'Bug Fixes', 'Performance Improvements', 'Reverts']

function line(c: ParsedCommit, url?: string): string {
  const scope = c.scope ? `**${c.scope}:** ` : ''
  let text = c.subject ?? c.header
  if (url)
    text = text.replace(
      /(^|[\s(])#(\d+)\b/g,
      (_m, pre: string, n: string) => `${pre}[#${n}](${url}/issues/${n})`
    )
  const sha = c.sha.slice(0, 7)
  return `* ${scope}${text} (${url ? `[${sha}](${url}/commit/${c.sha})` : sha})`
}

export async function changelog(i: ChangelogInput): Promise<string> {
  const { types } = await conventional()
  const url = i.repositoryUrl
  const date = rfc3339(i.time).slice(0, 10)
  const title =
    url && i.previousTag ? `[${i.version}](${url}/compare/${i.previousTag}...${i.tag})` : i.version
  const out = [`## ${title} (${date})`, '']
  const breaking = i.commits.filter(c => c.breaking)
  if (breaking.length) {
    out.push('### ⚠ BREAKING CHANGES', '')
    for (const c of breaking)
      for (const note of c.notes.length ? c.notes : [c.subject ?? c.header])
        out.push(`* ${c.scope ? `**${c.scope}:** ` : ''}${note.split('\n')[0]}`)
    out.push('')
  }
  const sections = new Map<string, ParsedCommit[]>()
  const other: ParsedCommit[] = []
  for (const c of i.commits) {
    if (c.type === undefined) {
      if (!/^Merge (pull request|branch|remote-tracking)/.test(c.header)) other.push(c)
      continue
    }
    const s = sectionOf(c.type, types)
    if (!s) continue
    sections.set(s, [...(sections.get(s) ?? []), c])
  }
  for (const s of SECTION_ORDER) {
    const list = sections.get(s)
    if (!list) continue
    out.push(`### ${s}`, '', ...list.map(c => line(c, url)), '')
  }
  if (other.length) out.push('### Other Changes', '', ...other.map(c => line(c, url)), '')
  if (out.length === 2) out.push('No notable changes.', '')
  return out.join('\n').trimEnd() + '\n'
}
