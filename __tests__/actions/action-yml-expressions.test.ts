// Every action.yml must load in a workflow engine: the runner's action.yml schema (which act enforces the same
// way, its pkg/schema/action_schema.json) evaluates `${{ }}` only in an input's `default` for node actions,
// plus `outputs.*.value` and the steps for composite actions, and `runs.args`/`runs.env` for docker ones.
// Anywhere else — a description, for instance — the whole action fails to load ("expressions are not
// allowed here"), in every workflow that uses it.

import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { load as loadYaml } from 'js-yaml'
import { repoRoot } from '../helpers/run-action.js'

type Yaml = unknown

/** Every string value with its path (a.b.0.c) where `${{` appears. */
function expressions(value: Yaml, at: string[] = []): string[] {
  if (typeof value === 'string') return value.includes('${{') ? [at.join('.')] : []
  if (Array.isArray(value)) return value.flatMap((v, i) => expressions(v, [...at, String(i)]))
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => expressions(v, [...at, k]))
  return []
}

/** Where the schema allows an expression, by the action's runs.using. */
function expressionAllowed(where: string, using: string): boolean {
  const p = where.split('.')
  if (p[0] === 'inputs' && p.length === 3 && p[2] === 'default') return true
  if (using === 'composite')
    return (p[0] === 'outputs' && p.length === 3 && p[2] === 'value') || (p[0] === 'runs' && p[1] === 'steps')
  if (using === 'docker') return p[0] === 'runs' && (p[1] === 'args' || p[1] === 'env')
  return false
}

async function actionFiles(): Promise<string[]> {
  const dirs = await readdir(path.join(repoRoot, 'actions'))
  const files = dirs.map(d => path.join('actions', d, 'action.yml'))
  if (existsSync(path.join(repoRoot, 'action.yml'))) files.push('action.yml')
  return files.filter(f => existsSync(path.join(repoRoot, f))).sort()
}

test('there are action.yml files to check', async () => {
  expect((await actionFiles()).length).toBeGreaterThanOrEqual(4)
})

test('no action.yml holds ${{ }} where the runner does not evaluate it', async () => {
  const bad: string[] = []
  for (const f of await actionFiles()) {
    const doc = loadYaml(await readFile(path.join(repoRoot, f), 'utf8')) as { runs?: { using?: string } }
    const using = String(doc.runs?.using ?? '')
    for (const where of expressions(doc)) if (!expressionAllowed(where, using)) bad.push(`${f}: ${where}`)
  }
  expect(bad).toEqual([])
})

test('the check finds an expression in a description and allows it in a default', () => {
  const doc = {
    inputs: {
      target: { description: 'the platform (${{ matrix.platform }})', default: '${{ github.token }}' }
    },
    runs: { using: 'node24' }
  }
  expect(expressions(doc).filter(w => !expressionAllowed(w, 'node24'))).toEqual(['inputs.target.description'])
  expect(expressionAllowed('outputs.x.value', 'node24')).toBe(false)
  expect(expressionAllowed('outputs.x.value', 'composite')).toBe(true)
})
