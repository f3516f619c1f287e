#!/usr/bin/env node
// The gantry CLI: every stage of src/stages as a command with the same option names as the actions, options
// from flags over an optional gantry.yml; secrets from stdin or the environment only. A stage's post step
// (logout, ...) runs when the command ends, and on SIGINT/SIGTERM before the process exits.
// Start-up counts (a warm `gantry build` is a few hundred ms): the commands come from the stage catalog, and
// a command loads only its own stage, gantry.yml's parser only when there is a file, generate only when run.

import { existsSync } from 'node:fs'
import path from 'node:path'
import { parseCommandArgs, readSecrets, usage } from './args.js'
import { CONFIG_FILES } from '../config/config-files.js'
import { ciContextFromEnv } from '../model/ci-context.js'
import { createHost } from '../util/host.js'
import { ConsoleLogger } from '../util/logger.js'
import { describeFailure, UserError } from '../util/errors.js'
import { stageOptions } from '../runtime/pipeline.js'
import { outputsObject } from '../runtime/outputs.js'
import { renderText } from '../runtime/summary.js'
import { memoryState, type AnyStage, type StageContext } from '../runtime/stage.js'
import { STAGE_CATALOG, catalogEntry } from '../stages/catalog.js'

const DEBUG_HINT = 'run with --verbose for the stack'

function topUsage(): string {
  const width = Math.max(...STAGE_CATALOG.map(c => c.name.length), 'schema'.length)
  return [
    'gantry <command> [options]',
    '',
    'Commands:',
    ...STAGE_CATALOG.map(c => `  ${c.name.padEnd(width)}  ${c.summary}`),
    `  ${'schema'.padEnd(width)}  print the JSON Schema of gantry.yml`,
    '',
    'Run gantry <command> --help for its options. Options may also come from gantry.yml.'
  ].join('\n')
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

/** Run the stage's post step once: at the end of the command, or when a signal stops it. */
function postOnce(stage: AnyStage, ctx: StageContext, logger: ConsoleLogger): () => Promise<void> {
  let done: Promise<void> | undefined
  return () =>
    (done ??= stage.post
      ? stage.post.run(ctx).catch((err: unknown) => {
          const f = describeFailure(err, DEBUG_HINT)
          if (f.stack) logger.debug(f.stack)
          logger.warn(`clean-up: ${f.message}`)
        })
      : Promise.resolve())
}

/** Run `fn`; SIGINT or SIGTERM runs the clean-up, then exits 130 or 143 (a login never outlives the command). */
async function withSignals<T>(
  cleanUp: () => Promise<void>,
  logger: ConsoleLogger,
  fn: () => Promise<T>
): Promise<T> {
  const onSignal = (signal: NodeJS.Signals): void => {
    logger.warn(`${signal}: stopping after the clean-up`)
    void cleanUp().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143))
  }
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
  try {
    return await fn()
  } finally {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
}

async function runCommand(stage: AnyStage, argv: string[], logger: ConsoleLogger): Promise<number> {
  const args = parseCommandArgs(stage.inputs, argv)
  if (args.help) {
    process.stdout.write(usage(stage.name, stage.inputs, stage.summary) + '\n')
    return 0
  }
  const cwd = process.cwd()
  const configPath = args.config ?? CONFIG_FILES.map(f => path.join(cwd, f)).find(f => existsSync(f))
  const file = configPath ? await import('../config/file.js') : undefined
  const config = configPath ? await file?.loadConfig(configPath) : undefined
  const secrets = await readSecrets(stage.inputs, args, process.env, readStdin)
  for (const value of Object.values(secrets)) logger.mask(value)
  const raw = { ...file?.configOptions(config, stage), ...args.options, ...secrets }
  if (process.env.GITHUB_TOKEN) logger.mask(process.env.GITHUB_TOKEN)
  const ci = ciContextFromEnv(process.env, cwd)
  const options = await stageOptions(stage, raw, { cwd, ci, env: process.env, surface: 'cli' })
  const ctx: StageContext = {
    host: createHost({ logger, env: process.env }),
    ci,
    state: memoryState(),
    surface: 'cli'
  }
  const cleanUp = postOnce(stage, ctx, logger)
  try {
    const gate = await withSignals(cleanUp, logger, async () => {
      const result = await stage.run(options, ctx)
      logger.info(renderText(stage.report(result)))
      process.stdout.write(JSON.stringify(outputsObject(stage.outputs, stage.output(result)), null, 2) + '\n')
      return stage.gate?.(result)
    })
    if (gate) {
      logger.error(gate.message)
      return gate.exitCode
    }
  } finally {
    await cleanUp()
  }
  return 0
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(topUsage() + '\n')
    return name ? 0 : 2
  }
  if (name === 'schema') {
    const { buildSchema } = await import('../config/file.js')
    process.stdout.write(JSON.stringify(buildSchema(), null, 2) + '\n')
    return 0
  }
  const verbose =
    rest.some(a => a === '--verbose' || a === '-v' || a === '--verbose=true') ||
    process.env.GANTRY_DEBUG === '1'
  const logger = new ConsoleLogger(verbose)
  try {
    if (name === 'generate') return await (await import('./generate.js')).generate(rest, logger)
    const entry = catalogEntry(name)
    if (!entry)
      throw new UserError(`unknown command "${name}".`, {
        input: 'command line',
        fix: `use one of ${STAGE_CATALOG.map(s => s.name).join(', ')}.`
      })
    return await runCommand(await entry.load(), rest, logger)
  } catch (err) {
    const f = describeFailure(err, DEBUG_HINT)
    logger.error(f.message)
    if (f.stack) logger.debug(f.stack)
    return 1
  }
}

main(process.argv.slice(2)).then(
  code => {
    process.exitCode = code
  },
  (err: unknown) => {
    process.stderr.write(`${String(err)}\n`)
    process.exitCode = 1
  }
)
