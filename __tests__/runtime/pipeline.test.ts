// The pipeline runs stages in order with typed results in memory, skips by rule, and runs post steps at the
// end (last first) even when a stage fails; a post failure is a warning.
import { defineStage, memoryState, type ParseEnv, type StageContext } from '../../src/runtime/stage.js'
import { runPipeline } from '../../src/runtime/pipeline.js'
import { UserError } from '../../src/util/errors.js'
import { MemoryLogger } from '../../src/util/logger.js'
import { testHost } from '../helpers/host.js'
import { ci } from '../helpers/ci.js'

const events: string[] = []

const counter = defineStage({
  name: 'count',
  action: 'count',
  title: 't',
  description: 'd',
  summary: 's',
  inputs: { start: { kind: 'int', description: 'n', default: '1' } } as const,
  outputs: { n: { encode: 'text', description: 'n' } } as const,
  parse: i => ({ start: i.start }),
  run: async o => {
    events.push(`run count ${o.start}`)
    return { n: o.start + 1 }
  },
  output: r => ({ n: String(r.n) }),
  report: r => ({ title: `count ${r.n}` }),
  post: {
    if: 'always()',
    run: async () => {
      events.push('post count')
      throw new Error('logout failed')
    }
  }
})

const doubler = defineStage({
  name: 'double',
  action: 'double',
  title: 't',
  description: 'd',
  summary: 's',
  inputs: { n: { kind: 'int', description: 'n', default: '0' } } as const,
  outputs: {} as const,
  parse: i => ({ n: i.n }),
  run: async o => {
    events.push(`run double ${o.n}`)
    if (o.n > 100) throw new UserError('too big', { input: 'n', fix: 'smaller' })
    return { n: o.n * 2 }
  },
  output: () => ({}),
  report: r => ({ title: `double ${r.n}` }),
  post: { if: 'success()', run: async () => void events.push('post double') }
})

function context(): { ctx: StageContext; env: ParseEnv; logger: MemoryLogger } {
  const host = testHost()
  return {
    ctx: { host, ci: ci(), state: memoryState(), surface: 'pipeline' },
    env: { cwd: '/', ci: ci(), env: {}, surface: 'pipeline' },
    logger: host.logger as MemoryLogger
  }
}

beforeEach(() => {
  events.length = 0
})

test('results flow in memory; skip rules; posts last-first; a post failure is a warning', async () => {
  const { ctx, env, logger } = context()
  const r = await runPipeline(
    [
      { name: 'count', stage: counter, inputs: { start: '20' } },
      { name: 'skipped', stage: doubler, inputs: {}, skip: () => 'not asked for' },
      {
        name: 'double',
        stage: doubler,
        inputs: {},
        adjust: (o, s) => ({ ...o, n: s.result<{ n: number }>('count').n })
      }
    ],
    ctx,
    env
  )
  expect(events).toEqual(['run count 20', 'run double 21', 'post double', 'post count'])
  expect(r.results.get('double')).toEqual({ n: 42 })
  expect(r.skipped).toEqual([{ step: 'skipped', reason: 'not asked for' }])
  expect(r.reports.map(x => x.report.title)).toEqual(['count 21', 'double 42'])
  expect(logger.text('warn')).toMatch(/^count clean-up: logout failed \(this is a gantry bug/)
})

test('a failing stage stops the pipeline; only always() posts of the stages that started run', async () => {
  const { ctx, env } = context()
  await expect(
    runPipeline(
      [
        { name: 'count', stage: counter, inputs: { start: '200' } },
        {
          name: 'double',
          stage: doubler,
          inputs: {},
          adjust: (o, s) => ({ ...o, n: s.result<{ n: number }>('count').n })
        },
        { name: 'never', stage: counter, inputs: {} }
      ],
      ctx,
      env
    )
  ).rejects.toThrow(/^n: too big/)
  expect(events).toEqual(['run count 200', 'run double 201', 'post count'])
})

const gated = defineStage({
  name: 'gated',
  action: 'gated',
  title: 't',
  description: 'd',
  summary: 's',
  inputs: {} as const,
  outputs: {} as const,
  parse: () => ({}),
  run: async () => {
    events.push('run gated')
    return { findings: 2 }
  },
  output: () => ({}),
  report: r => ({ title: `gated ${r.findings}` }),
  gate: r => (r.findings ? { exitCode: 3, message: `${r.findings} findings` } : undefined)
})

test('a failed gate stops the pipeline with the results so far; always() posts run, once per stage', async () => {
  const { ctx } = context()
  const r = await runPipeline(
    [
      { name: 'first', stage: counter, options: { start: 4 } },
      { name: 'again', stage: counter, options: { start: 5 } },
      { name: 'double', stage: doubler, options: { n: 1 } },
      { name: 'gate', stage: gated, options: {} },
      { name: 'never', stage: doubler, options: { n: 1 } }
    ],
    ctx
  )
  // doubler's success() post does not run after a failed gate; counter's always() post runs once.
  expect(events).toEqual(['run count 4', 'run count 5', 'run double 1', 'run gated', 'post count'])
  expect(r.stopped).toEqual({ step: 'gate', gate: { exitCode: 3, message: '2 findings' } })
  expect([...r.results.keys()]).toEqual(['first', 'again', 'double', 'gate'])
  expect(r.reports.map(x => x.report.title)).toEqual(['count 5', 'count 6', 'double 2', 'gated 2'])
})

test('pipes with raw inputs need a ParseEnv (a bug otherwise)', async () => {
  const { ctx } = context()
  await expect(runPipeline([{ name: 'count', stage: counter, inputs: {} }], ctx)).rejects.toThrow(
    /step count has raw inputs and no ParseEnv/
  )
})
