// Several stages in one process, GoReleaser's pipes in shape: a readable list of named steps, each with a
// skip rule and the stage's options built from the raw inputs and the typed results of the steps before it
// (passed in memory, never through strings). Post steps (cache save, logout) run once at the end, last
// stage first, under their conditions as in a job, and their failures are warnings. The root action and
// `gantry release` are such a list.

import { describeFailure, UserError } from '../util/errors.js'
import { parseInputs, type RawInputs } from './inputs.js'
import type { SummaryModel } from './summary.js'
import type { AnyStage, ParseEnv, Stage, StageContext } from './stage.js'

/** What a step can read: every earlier step's result, by step name. */
export interface PipelineState {
  readonly results: ReadonlyMap<string, unknown>
  /** The result of an earlier step; throws (a bug) when it did not run. */
  result<T>(step: string): T
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface Pipe<Options = any, Result = any> {
  /** The step's name in logs and summaries, and the key of its result. */
  name: string
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  stage: Stage<any, any, Options, Result>
  /** The raw inputs of this stage (the pipeline's inputs under the stage's option names). */
  inputs: RawInputs
  /** Adjust the parsed options with earlier results (a version, the artifacts of the build). */
  adjust?(options: Options, state: PipelineState): Options | Promise<Options>
  /** A reason to skip the step, or undefined to run it. */
  skip?(state: PipelineState): string | undefined
}

export interface PipelineResult {
  results: Map<string, unknown>
  skipped: { step: string; reason: string }[]
  reports: { step: string; report: SummaryModel }[]
}

/** Parse a stage's raw inputs into its options, as every front end does. */
export async function stageOptions<Options>(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  stage: Stage<any, any, Options, unknown>,
  raw: RawInputs,
  env: ParseEnv
): Promise<Options> {
  return stage.parse(parseInputs(stage.inputs, raw), env)
}

function state(results: Map<string, unknown>): PipelineState {
  return {
    results,
    result<T>(step: string): T {
      if (!results.has(step)) throw new Error(`pipeline: step ${step} has no result`)
      return results.get(step) as T
    }
  }
}

/** Run the pipes in order; the first failure stops the pipeline (posts still run). */
export async function runPipeline(
  pipes: readonly Pipe[],
  ctx: StageContext,
  env: ParseEnv
): Promise<PipelineResult> {
  const out: PipelineResult = { results: new Map(), skipped: [], reports: [] }
  const started: AnyStage[] = []
  const s = state(out.results)
  let failed = true
  try {
    for (const pipe of pipes) {
      const reason = pipe.skip?.(s)
      if (reason) {
        ctx.host.logger.info(`${pipe.name}: skipped (${reason})`)
        out.skipped.push({ step: pipe.name, reason })
        continue
      }
      let options = await stageOptions(pipe.stage, pipe.inputs, env)
      if (pipe.adjust) options = await pipe.adjust(options, s)
      started.push(pipe.stage)
      const result = await ctx.host.logger.group(pipe.name, () => pipe.stage.run(options, ctx))
      out.results.set(pipe.name, result)
      out.reports.push({ step: pipe.name, report: pipe.stage.report(result) })
      // A failed gate (the scan's exit-code) stops the pipeline as a failed step would.
      const gate = pipe.stage.gate?.(result)
      if (gate) throw new UserError(gate.message, { input: pipe.name })
    }
    failed = false
  } finally {
    // As in a job: `success()` posts (cache saves) only after a success, `always()` posts (logouts) always.
    for (const stage of started.reverse())
      if (stage.post && (stage.post.if === 'always()' || !failed))
        await stage.post.run(ctx).catch((err: unknown) => {
          const f = describeFailure(err, 'run with debug logging for the stack')
          if (f.stack) ctx.host.logger.debug(f.stack)
          ctx.host.logger.warn(`${stage.name} clean-up: ${f.message}`)
        })
  }
  return out
}
