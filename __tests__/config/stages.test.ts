// The action.yml files and the stage specs must agree: same inputs, same defaults.
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { load as loadYaml } from 'js-yaml'
import { STAGES } from '../../src/config/stages/index.js'
import { buildSchema } from '../../src/config/file.js'
import { repoRoot } from '../helpers/run-action.js'

interface ActionYml {
  inputs?: Record<string, { default?: string | boolean | number; required?: boolean }>
  runs: { using: string; main: string; post?: string }
}

describe.each(STAGES.map(s => [s.action, s] as const))('actions/%s/action.yml', (_name, stage) => {
  let action: ActionYml
  beforeAll(async () => {
    action = loadYaml(
      await readFile(path.join(repoRoot, 'actions', stage.action, 'action.yml'), 'utf8')
    ) as ActionYml
  })
  test('runs on node24 from the committed bundle', () => {
    expect(action.runs.using).toBe('node24')
    expect(action.runs.main).toBe(`../../dist/${stage.action}/index.js`)
  })
  test('inputs match the stage spec', () => {
    expect(Object.keys(action.inputs ?? {})).toEqual(Object.keys(stage.spec))
    for (const [name, opt] of Object.entries(stage.spec)) {
      const d = action.inputs![name].default
      expect([name, d === undefined ? '' : String(d)]).toEqual([name, opt.default ?? ''])
    }
  })
})

test('schema/gantry.schema.json is current (regenerate with: node dist/cli/index.js schema > schema/gantry.schema.json)', async () => {
  const committed = JSON.parse(await readFile(path.join(repoRoot, 'schema/gantry.schema.json'), 'utf8'))
  expect(committed).toEqual(buildSchema())
})
