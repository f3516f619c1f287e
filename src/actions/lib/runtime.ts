// What every action adapter shares: a Logger backed by @actions/core, the host, reading a stage's inputs,
// writing outputs, and the one place errors are turned into ::error:: and an exit code.

import * as core from '@actions/core'
import { createHost, type Host } from '../../util/host.js'
import { isUserError } from '../../util/errors.js'
import type { Annotation, Logger } from '../../util/logger.js'
import { formatDuration } from '../../util/format.js'
import type { RawOptions, StageSpec } from '../../config/options.js'
import { ciContextFromEnv, type CiContext } from '../../model/ci-context.js'

function props(where?: Annotation): core.AnnotationProperties | undefined {
  if (!where) return undefined
  return {
    file: where.file,
    startLine: where.line,
    endLine: where.endLine ?? where.line,
    startColumn: where.column,
    title: where.title
  }
}

export class ActionsLogger implements Logger {
  info(message: string): void {
    core.info(message)
  }
  debug(message: string): void {
    core.debug(message)
  }
  warn(message: string, where?: Annotation): void {
    core.warning(message, props(where))
  }
  error(message: string, where?: Annotation): void {
    core.error(message, props(where))
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    const start = Date.now()
    return core.group(name, async () => {
      try {
        return await fn()
      } finally {
        core.info(`${name}: ${formatDuration(Date.now() - start)}`)
      }
    })
  }
  mask(secret: string): void {
    if (secret) core.setSecret(secret)
  }
}

export function actionHost(): Host {
  return createHost({
    logger: new ActionsLogger(),
    env: process.env,
    tempRoot: process.env.RUNNER_TEMP || undefined
  })
}

/** Read every input of a stage spec; secrets are masked before anything else runs. */
export function readInputs(spec: StageSpec): RawOptions {
  const raw: Record<string, string> = {}
  for (const [name, opt] of Object.entries(spec)) {
    const value = core.getInput(name)
    if (opt.secret && value) core.setSecret(value)
    raw[name] = value
  }
  return raw
}

export function ciContext(): CiContext {
  return ciContextFromEnv(process.env, process.cwd())
}

/** Set outputs; objects and arrays are written as JSON. */
export function setOutputs(outputs: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(outputs)) {
    if (value === undefined) continue
    core.setOutput(name, typeof value === 'string' ? value : JSON.stringify(value))
  }
}

/**
 * Run an action's main function. A UserError becomes one ::error:: line naming the input and the fix, and
 * exit code 1, with no stack; anything else is a bug: the stack goes to the debug log and the step fails.
 */
export async function run(main: () => Promise<void>): Promise<void> {
  try {
    await main()
  } catch (err) {
    if (isUserError(err)) {
      core.setFailed(err.describe())
    } else {
      const e = err instanceof Error ? err : new Error(String(err))
      core.debug(e.stack ?? e.message)
      core.setFailed(`${e.message} (this is a gantry bug; re-run with ACTIONS_STEP_DEBUG=true for the stack)`)
    }
    process.exitCode = 1
  }
}
