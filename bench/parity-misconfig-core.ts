// Parity driver for the Dockerfile rules (bundled by bench/parity-misconfig.mjs): reads the Dockerfiles in
// argv[2] and Trivy's JSON report on the same folder (argv[3]), checks that every issue Trivy reports that a
// gantry rule covers is reported by gantry too, on a line Trivy's issue spans, and explains each difference.
// Prints the agreement table; writes it as Markdown to argv[4]; exits 1 when a covered Trivy issue is missed
// without a known reason (a bug).

import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { checkDockerfile } from '../src/scan/misconfig/check-dockerfile.js'
import {
  finalStage,
  lineOf,
  parseDockerfile,
  stageChain,
  type ParsedDockerfile
} from '../src/scan/misconfig/dockerfile.js'
import { DOCKERFILE_RULES } from '../src/scan/misconfig/rules.js'
import { runCommands } from '../src/scan/misconfig/shell.js'
import type { Finding } from '../src/scan/model.js'

const [dir, trivyReport, markdownOut] = process.argv.slice(2)

interface TrivyIssue {
  file: string
  id: string
  title: string
  start: number
  end: number
}

/** DS-0002, AVD-DS-0002 and DS002 are one check. */
const normalize = (id: string) => {
  const m = /DS-?0*(\d+)$/.exec(id)
  return m ? `DS-${m[1].padStart(4, '0')}` : id
}

function readTrivy(file: string): TrivyIssue[] {
  const report = JSON.parse(readFileSync(file, 'utf8')) as {
    Results?: {
      Target: string
      Misconfigurations?: {
        ID: string
        Title: string
        Status: string
        CauseMetadata?: { StartLine?: number; EndLine?: number }
      }[]
    }[]
  }
  const out: TrivyIssue[] = []
  for (const r of report.Results ?? [])
    for (const m of r.Misconfigurations ?? []) {
      if (m.Status !== 'FAIL') continue
      out.push({
        file: path.basename(r.Target),
        id: normalize(m.ID),
        title: m.Title,
        start: m.CauseMetadata?.StartLine ?? 0,
        end: m.CauseMetadata?.EndLine ?? 0
      })
    }
  return out
}

/** Which gantry rules cover a Trivy check, from the rule catalog's equivalents. */
const covering = new Map<string, string[]>()
for (const r of DOCKERFILE_RULES)
  for (const e of r.equivalents)
    if (e.tool === 'trivy') covering.set(e.id, [...(covering.get(e.id) ?? []), r.id])

const spans = (issue: TrivyIssue, f: Finding) => {
  const line = f.locations[0].line ?? 0
  const end = f.locations[0].endLine ?? line
  return issue.start === 0 || (line <= issue.end && end >= issue.start)
}

/** Why gantry does not report a covered Trivy issue, when that is by design. */
function explainMissing(df: ParsedDockerfile, issue: TrivyIssue): string | undefined {
  const shipped = new Set(stageChain(finalStage(df)))
  const stage = [...df.stages].reverse().find(s => lineOf(s.from) <= issue.start)
  const ins = stage?.instructions.find(i => lineOf(i) === issue.start)
  const text = ins
    ? df.text.slice(df.lineStarts[issue.start - 1], df.lineStarts[issue.end] ?? df.text.length)
    : ''
  if ((issue.id === 'DS-0025' || issue.id === 'DS-0029') && stage && !shipped.has(stage))
    return 'in a build stage: its package cache is discarded with the stage, not in the image'
  if (
    issue.id === 'DS-0025' &&
    ins &&
    runCommands(df, ins).some(
      c => c.program === 'rm' && c.words.some(w => w.text.startsWith('/var/cache/apk'))
    )
  )
    return 'the same RUN removes /var/cache/apk: nothing is left in the layer'
  if (issue.id === 'DS-0005' && /\.(tgz|tbz2?|txz|tzst|tar\.\w+)\b/.test(text))
    return 'ADD extracts this archive: COPY would not'
  if (issue.id === 'DS-0002' && /distroless\/[^\s]*nonroot|cgr\.dev\/chainguard\/static/.test(df.text))
    return 'the base image already runs as a non-root user (distroless :nonroot, Chainguard static)'
  if (issue.id === 'DS-0031' && /\b(KEY|AUTH|USR|PSW)\b/.test(text))
    return 'a name gantry does not take for a secret (KEY, AUTH, USR or PSW alone)'
  return undefined
}

/** Why gantry reports something Trivy does not, for rules both have. */
function explainExtra(df: ParsedDockerfile, f: Finding): string {
  const line = f.locations[0].line ?? 0
  const text = df.text.split(/\r?\n/)[line - 1] ?? ''
  const base = df.stages.find(s => lineOf(s.from) === line)?.base
  const ref = base?.kind === 'image' ? base.ref : ''
  if (f.id === 'GANTRY-DF-001' && /:\d+\//.test(ref))
    return `${ref} has a registry port and no tag: Trivy takes the port for a tag`
  if (f.id === 'GANTRY-DF-001' && /\$/.test(text))
    return 'base from an ARG: gantry expands the global ARG defaults'
  if (f.id === 'GANTRY-DF-003' && /\.tgz|\.tbz|\.txz/.test(text)) return 'ADD of a compressed tar'
  if (f.id === 'GANTRY-DF-002') return 'Trivy accepts a USER in any stage; gantry looks at the final stage'
  if (f.id === 'GANTRY-DF-012')
    return 'Trivy accepts a HEALTHCHECK in any stage; gantry looks at the final stage'
  if (f.id === 'GANTRY-DF-007' || f.id === 'GANTRY-DF-008')
    return 'Trivy checks the final stage only; a literal secret in any stage is in the Dockerfile'
  return 'gantry-only (no reason recorded)'
}

const files = readdirSync(dir)
  .filter(f => /\.?dockerfile$/i.test(f))
  .sort()
const trivy = readTrivy(trivyReport)
interface Row {
  trivy: number
  both: number
  explained: number
  missed: number
  extra: number
}
const rows = new Map<string, Row>()
const row = (id: string) => {
  if (!rows.has(id)) rows.set(id, { trivy: 0, both: 0, explained: 0, missed: 0, extra: 0 })
  return rows.get(id) as Row
}
const notCovered = new Map<string, number>()
const differences: string[] = []
let bugs = 0

for (const file of files) {
  const text = readFileSync(path.join(dir, file), 'utf8')
  const df = parseDockerfile(text, file)
  const ours = checkDockerfile(text, { path: file, platforms: 2 })
  const used = new Set<Finding>()
  for (const issue of trivy.filter(t => t.file === file)) {
    const rules = covering.get(issue.id)
    if (!rules) {
      notCovered.set(`${issue.id} ${issue.title}`, (notCovered.get(`${issue.id} ${issue.title}`) ?? 0) + 1)
      continue
    }
    const r = row(issue.id)
    r.trivy++
    const match = ours.find(f => rules.includes(f.id) && spans(issue, f))
    if (match) {
      r.both++
      used.add(match)
      continue
    }
    const why = explainMissing(df, issue)
    const where = `${file}:${issue.start || '-'}`
    if (why) {
      r.explained++
      differences.push(`Trivy only  ${issue.id.padEnd(8)} ${where.padEnd(32)} ${why}`)
    } else {
      r.missed++
      bugs++
      differences.push(`MISSED      ${issue.id.padEnd(8)} ${where.padEnd(32)} ${issue.title} (a gantry bug)`)
    }
  }
  for (const f of ours) {
    if (used.has(f)) continue
    const trivyIds = (DOCKERFILE_RULES.find(r => r.id === f.id)?.equivalents ?? []).filter(
      e => e.tool === 'trivy'
    )
    if (!trivyIds.length) continue
    // Counted once per rule, under its first Trivy equivalent.
    const id = trivyIds[0].id
    if (trivy.some(t => t.file === file && t.id === id && spans(t, f))) continue
    row(id).extra++
    differences.push(
      `gantry only ${f.id} ${`${file}:${f.locations[0].line}`.padEnd(32)} ${explainExtra(df, f)}`
    )
  }
}

const table = [
  '| Trivy check | gantry rule | Trivy issues | gantry reports too | by design (explained) | missed (bugs) | gantry only |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  ...[...covering.keys()].sort().map(id => {
    const r = rows.get(id) ?? { trivy: 0, both: 0, explained: 0, missed: 0, extra: 0 }
    return `| ${id} | ${(covering.get(id) ?? []).join(', ')} | ${r.trivy} | ${r.both} | ${r.explained} | ${r.missed} | ${r.extra} |`
  })
]
const uncovered = [...notCovered.entries()].sort().map(([k, n]) => `${k} (${n})`)
const totalTrivy = [...rows.values()].reduce((a, r) => a + r.trivy, 0)
const totalBoth = [...rows.values()].reduce((a, r) => a + r.both, 0)
const summary =
  `${files.length} Dockerfiles; Trivy reported ${totalTrivy} issues that a gantry rule covers: gantry reports ` +
  `${totalBoth} of them on the same lines, ${totalTrivy - totalBoth - bugs} differ by design, ${bugs} missed.`

console.log(table.join('\n'))
console.log('')
console.log(summary)
console.log('')
console.log('Differences:')
for (const d of differences) console.log(`  ${d}`)
console.log('')
console.log(`Trivy checks with no gantry rule: ${uncovered.join('; ') || 'none'}`)

writeFileSync(
  markdownOut,
  [
    summary,
    '',
    ...table,
    '',
    'Differences (each by design unless marked MISSED):',
    '',
    '```',
    ...differences,
    '```',
    '',
    `Trivy checks with no gantry rule (not compared): ${uncovered.join('; ') || 'none'}.`
  ].join('\n')
)
process.exitCode = bugs ? 1 : 0
