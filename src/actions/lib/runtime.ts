// The runtime of every action: one call, runStage(stage), reads the stage's inputs (masking secrets before
// anything else), parses them, runs the stage, writes its outputs and its job summary, and in the post step
// (the same bundle, run again with STATE_*) runs the stage's post, whose failures are warnings. One error
// policy: a UserError becomes one ::error:: line and exit code 1; anything else is a bug, stack under debug.

import * as core from '@actions/core'
import { createHost } from '../../util/host.js'
import { describeFailure } from '../../util/errors.js'
import type { Annotation, Logger } from '../../util/logger.js'
import { formatDuration } from '../../util/format.js'
import { writeFenced } from '../../util/log-safe.js'
import { ciContextFromEnv } from '../../model/ci-context.js'
import { parseInputs, type InputSpecs, type RawInputs } from '../../runtime/inputs.js'
import { encodeOutputs } from '../../runtime/outputs.js'
import { renderHtml } from '../../runtime/summary.js'
import type { AnyStage, StageContext, StateStore } from '../../runtime/stage.js'
import { actionsCacheService } from './cache-service.js'

/** Set in the main step of a stage with a post step; the post run finds it in STATE_isPost. */
export const POST_MARKER = 'isPost'
const DEBUG_HINT = 're-run with ACTIONS_STEP_DEBUG=true for the stack'

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
    // Plain log text that might hold a workflow command (from git, a payload, a file) is fenced off.
    writeFenced(message, m => core.info(m))
  }
  debug(message: string): void {
    // ::debug:: escapes CR and LF in its data, so the message cannot end the command early.
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

/** Every input of a spec as the runner passes it; secrets are masked before anything else runs. */
export function readInputs(spec: InputSpecs): RawInputs {
  const raw: Record<string, string> = {}
  for (const [name, s] of Object.entries(spec)) {
    const value = core.getInput(name)
    if (s.kind === 'secret' && value) core.setSecret(value)
    raw[name] = value
  }
  return raw
}

function actionsState(): StateStore {
  return { get: k => core.getState(k) || undefined, set: (k, v) => core.saveState(k, v) }
}

function context(): StageContext {
  return {
    host: createHost({
      logger: new ActionsLogger(),
      env: process.env,
      tempRoot: process.env.RUNNER_TEMP || undefined
    }),
    ci: ciContextFromEnv(process.env, process.cwd()),
    state: actionsState(),
    cache: actionsCacheService(process.env),
    surface: 'action'
  }
}

async function main(stage: AnyStage, ctx: StageContext): Promise<void> {
  if (stage.post) ctx.state.set(POST_MARKER, 'true')
  const inputs = parseInputs(stage.inputs, readInputs(stage.inputs))
  const options = await stage.parse(inputs, {
    cwd: process.cwd(),
    ci: ctx.ci,
    env: process.env,
    surface: 'action'
  })
  const result = await stage.run(options, ctx)
  for (const [name, value] of encodeOutputs(stage.outputs, stage.output(result))) core.setOutput(name, value)
  await core.summary.addRaw(renderHtml(stage.report(result))).write()
  const gate = stage.gate?.(result)
  if (gate) {
    core.error(gate.message)
    process.exitCode = gate.exitCode
  }
}

/** Run a stage as an action: the main step, or its post step when the state says so. */
export async function runStage(stage: AnyStage): Promise<void> {
  const ctx = context()
  if (ctx.state.get(POST_MARKER) === 'true') {
    if (!stage.post) return
    try {
      await stage.post.run(ctx)
    } catch (err) {
      const f = describeFailure(err, DEBUG_HINT)
      if (f.stack) core.debug(f.stack)
      core.warning(`post step: ${f.message}`)
    }
    return
  }
  try {
    await main(stage, ctx)
  } catch (err) {
    const f = describeFailure(err, DEBUG_HINT)
    if (f.stack) core.debug(f.stack)
    core.setFailed(f.message)
    process.exitCode = 1
  }
}
