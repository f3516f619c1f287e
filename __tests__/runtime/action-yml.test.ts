// Every action.yml is generated from its stage and loadable by a runner: the committed files are what the
// stages generate, run on node24 from the committed bundle, and hold no expression outside input defaults.
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { load as loadYaml } from 'js-yaml'
import { STAGES } from '../../src/stages/index.js'
import { actionYmlPath, renderActionYml } from '../../src/runtime/action-yml.js'
import { generatedFiles } from '../../src/cli/generate.js'
import { defineStage } from '../../src/runtime/stage.js'
import { repoRoot } from '../helpers/run-action.js'

interface ActionYml {
  inputs?: Record<string, { description: string; default?: string | boolean | number; required?: boolean }>
  outputs?: Record<string, { description: string }>
  runs: { using: string; main: string; post?: string; 'post-if'?: string }
  [key: string]: unknown
}

// (__tests__/actions/action-yml-expressions.test.ts checks every committed action.yml is loadable.)
test('generation refuses an expression outside an input default', () => {
  const bad = defineStage({
    ...STAGES[0],
    inputs: { x: { kind: 'string', description: 'one of ${{ matrix.x }}' } }
  })
  expect(() => renderActionYml(bad)).toThrow(/actions\/plan input x contains \$\{\{ \}\}/)
})

test('the committed generated files are current (regenerate: node dist/cli/index.js generate)', async () => {
  for (const g of generatedFiles()) {
    const committed = await readFile(path.join(repoRoot, g.file), 'utf8')
    expect([g.file, committed]).toEqual([g.file, g.text])
  }
})

test('the one-step release is the root action; every other stage has its folder under actions/', () => {
  expect(STAGES.filter(s => s.root).map(s => actionYmlPath(s))).toEqual(['action.yml'])
  expect(STAGES.filter(s => !s.root).map(s => actionYmlPath(s))).toEqual(
    STAGES.filter(s => !s.root).map(s => `actions/${s.action}/action.yml`)
  )
})

describe.each(STAGES.map(s => [actionYmlPath(s), s] as const))('%s', (file, stage) => {
  let action: ActionYml
  beforeAll(async () => {
    action = loadYaml(await readFile(path.join(repoRoot, file), 'utf8')) as ActionYml
  })
  test('runs on node24 from the committed bundle; a post step when the stage has one', () => {
    expect(action.runs.using).toBe('node24')
    expect(action.runs.main).toBe(`${stage.root ? '' : '../../'}dist/${stage.action}/index.js`)
    expect(action.runs.post).toBe(stage.post ? action.runs.main : undefined)
  })
  test('inputs and outputs match the stage', () => {
    expect(Object.keys(action.inputs ?? {})).toEqual(Object.keys(stage.inputs))
    for (const [name, opt] of Object.entries<{ default?: string }>(stage.inputs)) {
      const d = action.inputs![name].default
      expect([name, d === undefined ? '' : String(d)]).toEqual([name, opt.default ?? ''])
    }
    expect(Object.keys(action.outputs ?? {})).toEqual(Object.keys(stage.outputs))
  })
})
