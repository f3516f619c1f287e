// The YAML the docs show, checked against what it names, so the guides cannot drift from the actions: every
// ```yaml block of README.md and docs/ parses; every `uses: <owner>/gantry/actions/<name>@…` names an action
// that exists and passes only its inputs; every `uses: <owner>/gantry/.github/workflows/<file>@…` passes only
// that workflow's inputs and secrets; a block headed `# gantry.yml` is a valid gantry.yml. The reusable
// workflow's own steps get the same check, and docs/release-workflow.md's tables must list its inputs (with
// their defaults), secrets and outputs.

import { existsSync, readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { load as loadYaml } from 'js-yaml'
import { parseConfig } from '../../src/config/file.js'
import { repoRoot } from '../helpers/run-action.js'

// Actions the docs use before they are on main, with the inputs their issue lists. The test 'pending actions'
// fails once actions/<name>/action.yml exists, so an entry cannot outlive the wait: remove it then.
const PENDING: Record<string, string[]> = {}

const GANTRY_USES =
  /^(?:<owner>|gantry-dev)\/gantry(?:\/actions\/(?<action>[a-z0-9-]+)|\/\.github\/workflows\/(?<workflow>[a-z0-9-]+\.ya?ml)|(?<root>))@\S+$/

interface Block {
  file: string
  line: number
  text: string
}

function markdownFiles(): string[] {
  const docs = path.join(repoRoot, 'docs')
  const guides = path.join(docs, 'guides')
  return [
    path.join(repoRoot, 'README.md'),
    ...readdirSync(docs)
      .filter(f => f.endsWith('.md'))
      .map(f => path.join(docs, f)),
    ...(existsSync(guides) ? readdirSync(guides).filter(f => f.endsWith('.md')) : []).map(f =>
      path.join(guides, f)
    )
  ].sort()
}

function yamlBlocks(file: string): Block[] {
  const lines = readFileSync(file, 'utf8').split('\n')
  const out: Block[] = []
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() !== '```yaml') continue
    const start = i + 1
    let end = start
    while (end < lines.length && lines[end].trim() !== '```') end++
    out.push({
      file: path.relative(repoRoot, file),
      line: start + 1,
      text: lines.slice(start, end).join('\n')
    })
    i = end
  }
  return out
}

function actionInputs(name: string): string[] | undefined {
  const file =
    name === '' ? path.join(repoRoot, 'action.yml') : path.join(repoRoot, 'actions', name, 'action.yml')
  if (!existsSync(file)) return PENDING[name]
  const action = loadYaml(readFileSync(file, 'utf8')) as { inputs?: Record<string, unknown> }
  return Object.keys(action.inputs ?? {})
}

interface WorkflowCall {
  inputs: Record<string, { default?: unknown; type?: string }>
  secrets: Record<string, unknown>
  outputs: Record<string, unknown>
}

function workflowCall(file: string): WorkflowCall | undefined {
  const p = path.join(repoRoot, '.github/workflows', file)
  if (!existsSync(p)) return undefined
  const w = loadYaml(readFileSync(p, 'utf8')) as { on?: { workflow_call?: Partial<WorkflowCall> } }
  const call = w.on?.workflow_call
  if (!call) return undefined
  return { inputs: call.inputs ?? {}, secrets: call.secrets ?? {}, outputs: call.outputs ?? {} }
}

/** Every object in a parsed YAML value, depth first. */
function* objects(value: unknown): Generator<Record<string, unknown>> {
  if (Array.isArray(value)) for (const v of value) yield* objects(v)
  else if (value && typeof value === 'object') {
    yield value as Record<string, unknown>
    for (const v of Object.values(value)) yield* objects(v)
  }
}

const keys = (v: unknown): string[] => (v && typeof v === 'object' ? Object.keys(v) : [])

/** What is wrong with the gantry `uses:` in a parsed YAML value (an empty list when nothing). */
function problems(doc: unknown, where: string): string[] {
  const out: string[] = []
  for (const o of objects(doc)) {
    if (typeof o.uses !== 'string' || !/gantry/.test(o.uses)) continue
    const m = GANTRY_USES.exec(o.uses)
    if (!m) {
      out.push(
        `${where}: ${o.uses} is not <owner>/gantry@<ref>, <owner>/gantry/actions/<name>@<ref> or a gantry workflow`
      )
      continue
    }
    if (m.groups!.action !== undefined || m.groups!.root !== undefined) {
      const action = m.groups!.action ?? ''
      const inputs = actionInputs(action)
      if (!inputs) out.push(`${where}: no action ${action ? `actions/${action}` : 'action.yml at the root'}`)
      else
        for (const k of keys(o.with))
          if (!inputs.includes(k)) out.push(`${where}: ${action || 'the root action'} has no input ${k}`)
    } else {
      const call = workflowCall(m.groups!.workflow)
      if (!call) out.push(`${where}: no reusable workflow .github/workflows/${m.groups!.workflow}`)
      else {
        for (const k of keys(o.with))
          if (!(k in call.inputs)) out.push(`${where}: the workflow has no input ${k}`)
        if (o.secrets !== 'inherit')
          for (const k of keys(o.secrets))
            if (!(k in call.secrets)) out.push(`${where}: the workflow has no secret ${k}`)
      }
    }
  }
  return out
}

const blocks = markdownFiles().flatMap(yamlBlocks)

test('the docs have YAML to check, the guides included', () => {
  expect(blocks.filter(b => b.file.startsWith('docs/guides/')).length).toBeGreaterThanOrEqual(6)
})

test.each(blocks.map(b => [`${b.file}:${b.line}`, b] as const))('%s parses and names real inputs', (_, b) => {
  const doc = loadYaml(b.text)
  expect(problems(doc, `${b.file}:${b.line}`)).toEqual([])
  if (b.text.startsWith('# gantry.yml'))
    expect(() => parseConfig(b.text, `${b.file}:${b.line}`)).not.toThrow()
})

test('the checks catch what they are for', () => {
  const doc = loadYaml(`
steps:
  - uses: <owner>/gantry/actions/image@v1
    with: { push: true, pusj: true }
  - uses: <owner>/gantry/actions/nope@v1
  - uses: gantry-dev/gantry/.github/workflows/release.yml@v1
    with: { images: x, imagez: y }
    secrets: { token: x, tokn: y }
  - uses: <owner>/gantry@v1
    with: { push: true, puhs: true }
  - uses: <owner>/gantry/cmd@v1
`)
  expect(problems(doc, 'x')).toEqual([
    'x: image has no input pusj',
    'x: no action actions/nope',
    'x: the workflow has no input imagez',
    'x: the workflow has no secret tokn',
    'x: the root action has no input puhs',
    'x: <owner>/gantry/cmd@v1 is not <owner>/gantry@<ref>, <owner>/gantry/actions/<name>@<ref> or a gantry workflow'
  ])
  expect(() => parseConfig('build:\n  targetz: [linux/amd64]\n', 'x')).toThrow(/targetz/)
})

test('pending actions are not on main yet (remove an entry from PENDING when its action lands)', () => {
  for (const name of Object.keys(PENDING))
    expect(existsSync(path.join(repoRoot, 'actions', name, 'action.yml'))).toBe(false)
})

describe('the reusable workflow', () => {
  const file = path.join(repoRoot, '.github/workflows/release.yml')
  const workflow = loadYaml(readFileSync(file, 'utf8')) as { jobs: Record<string, { steps?: unknown[] }> }
  const call = workflowCall('release.yml')!

  test("its steps pass gantry's actions only their inputs, at @v1", () => {
    expect(problems(workflow, '.github/workflows/release.yml')).toEqual([])
    const uses = [...objects(workflow)].map(o => o.uses).filter((u): u is string => typeof u === 'string')
    const gantry = uses.filter(u => u.includes('/gantry/'))
    expect(gantry.length).toBeGreaterThan(5)
    for (const u of gantry) expect(u).toMatch(/^gantry-dev\/gantry\/actions\/[a-z-]+@v1$/)
  })

  const doc = readFileSync(path.join(repoRoot, 'docs/release-workflow.md'), 'utf8')
  /** The rows of the markdown table under a heading: first cell (without backticks) -> second cell. */
  const table = (heading: string): Map<string, string> => {
    const section = doc.split(`\n## ${heading}\n`)[1]?.split('\n## ')[0] ?? ''
    const rows = new Map<string, string>()
    for (const line of section.split('\n')) {
      const cells = line.split('|').map(c => c.trim())
      if (cells.length < 4 || !/^`[a-z-]+`$/.test(cells[1])) continue
      rows.set(cells[1].slice(1, -1), cells[2].replace(/`/g, ''))
    }
    return rows
  }

  test('docs/release-workflow.md lists every input with its default', () => {
    const rows = table('Inputs')
    expect([...rows.keys()]).toEqual(Object.keys(call.inputs))
    for (const [name, spec] of Object.entries(call.inputs))
      expect([name, rows.get(name)]).toEqual([name, String(spec.default ?? '')])
  })

  test('docs/release-workflow.md lists every secret and output', () => {
    expect([...table('Secrets').keys()]).toEqual(Object.keys(call.secrets))
    expect([...table('Outputs').keys()]).toEqual(Object.keys(call.outputs))
  })
})

test('README links every guide', () => {
  const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8')
  for (const f of readdirSync(path.join(repoRoot, 'docs/guides')).filter(x => x.endsWith('.md')))
    expect(readme).toContain(`(docs/guides/${f})`)
})
