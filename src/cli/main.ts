#!/usr/bin/env node
// The gantry CLI: the same core as the actions, with the same option names, run locally.

import { existsSync } from 'node:fs'
import path from 'node:path'
import { COMMANDS } from './commands/index.js'
import { parseCommandArgs, usage } from './args.js'
import { configOptions, loadConfig, CONFIG_FILES, buildSchema } from '../config/file.js'
import { ciContextFromEnv } from '../model/ci-context.js'
import { createHost } from '../util/host.js'
import { ConsoleLogger } from '../util/logger.js'
import { isUserError, UserError } from '../util/errors.js'

function topUsage(): string {
  const width = Math.max(...COMMANDS.map(c => c.stage.name.length))
  return [
    'gantry <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map(c => `  ${c.stage.name.padEnd(width)}  ${c.summary}`),
    `  ${'schema'.padEnd(width)}  print the JSON Schema of gantry.yml`,
    '',
    'Run gantry <command> --help for its options. Options may also come from gantry.yml.'
  ].join('\n')
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(topUsage() + '\n')
    return name ? 0 : 2
  }
  if (name === 'schema') {
    process.stdout.write(JSON.stringify(buildSchema(), null, 2) + '\n')
    return 0
  }
  const command = COMMANDS.find(c => c.stage.name === name)
  const verbose =
    rest.some(a => a === '--verbose' || a === '-v' || a === '--verbose=true') ||
    process.env.GANTRY_DEBUG === '1'
  const logger = new ConsoleLogger(verbose)
  try {
    if (!command)
      throw new UserError(`unknown command "${name}".`, {
        input: 'command line',
        fix: `use one of ${COMMANDS.map(c => c.stage.name).join(', ')}.`
      })
    // Inside the try: a bad flag is a UserError printed like every other one.
    const args = parseCommandArgs(command.stage.spec, rest)
    if (args.help) {
      process.stdout.write(usage(name, command.stage.spec, command.summary) + '\n')
      return 0
    }
    const cwd = process.cwd()
    const configPath = args.config ?? CONFIG_FILES.map(f => path.join(cwd, f)).find(f => existsSync(f))
    const config = configPath ? await loadConfig(configPath) : undefined
    const options = { ...configOptions(config, command.stage), ...args.options }
    for (const [key, opt] of Object.entries(command.stage.spec))
      if (opt.secret && options[key]) logger.mask(options[key]!)
    const host = createHost({ logger, env: process.env })
    await command.run(options, {
      host,
      ci: ciContextFromEnv(process.env, cwd),
      cwd,
      stdout: t => process.stdout.write(t)
    })
    return 0
  } catch (err) {
    if (isUserError(err)) {
      logger.error(err.describe())
      return 1
    }
    const e = err instanceof Error ? err : new Error(String(err))
    logger.error(`${e.message} (this is a gantry bug; run with --verbose for the stack)`)
    logger.debug(e.stack ?? '')
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
