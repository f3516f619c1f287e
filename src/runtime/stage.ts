// A stage is a value: its name, its inputs and outputs (declared, from which action.yml, the CLI's flags,
// gantry.yml's schema and the docs tables are generated), a parser from inputs to typed options, the run
// itself, an optional post step, and a summary. One runtime runs it as an action (src/actions/lib/runtime.ts),
// as a CLI command (src/cli/main.ts), or as one step of the pipeline (./pipeline.ts). Modelled on
// GoReleaser's pipes and actions/cache's state provider.

import type { Host } from '../util/host.js'
import type { CiContext } from '../model/ci-context.js'
import type { Inputs, InputSpecs } from './inputs.js'
import type { OutputSpecs, OutputValues } from './outputs.js'
import type { SummaryModel } from './summary.js'

/** Where a stage runs: which front end called it. */
export type Surface = 'action' | 'cli' | 'pipeline'

/** What `parse` may read besides the inputs: never process.env directly. */
export interface ParseEnv {
  /** The directory relative inputs resolve against (the step's working directory). */
  cwd: string
  ci: CiContext
  /** The environment the front end was started with (SOURCE_DATE_EPOCH, GITHUB_TOKEN for the CLI). */
  env: Readonly<Record<string, string | undefined>>
  surface: Surface
}

/** Values the main step keeps for its post step (GITHUB_STATE in an action, memory elsewhere). */
export interface StateStore {
  get(key: string): string | undefined
  set(key: string, value: string): void
}

/** The GitHub Actions cache, as the stages use it. */
export interface CacheService {
  /** Whether the service can be used here (over which protocol), and if not, which variable is missing. */
  availability(): { ok: true; protocol?: string } | { ok: false; missing: string; protocol?: string }
  /** Restore the first key that matches; the key restored, or undefined on a miss. */
  restore(paths: string[], key: string, restoreKeys: string[]): Promise<string | undefined>
  /** Save; `saved: false` with the reason when the service refused or failed (never a false "saved"). */
  save(paths: string[], key: string): Promise<{ saved: boolean; reason?: string }>
}

export interface StageContext {
  host: Host
  ci: CiContext
  state: StateStore
  /** Absent where there is no Actions cache (the CLI: local Go caches are warm already). */
  cache?: CacheService
  surface: Surface
}

/** A failed gate: the exit code the step ends with and the one line saying why. */
export interface StageGate {
  exitCode: number
  message: string
}

export interface Stage<S extends InputSpecs, O extends OutputSpecs, Options, Result> {
  /** The CLI command and the gantry.yml section: `build`. */
  name: string
  /** The folder under actions/: `go-build`. */
  action: string
  /** action.yml's name and description; `summary` is the CLI's one-line help. */
  title: string
  description: string
  summary: string
  branding?: { icon: string; color: string }
  inputs: S
  outputs: O
  /** Typed options from parsed inputs; throws UserError naming the input. Reads nothing but `env`. */
  parse(inputs: Inputs<S>, env: ParseEnv): Options | Promise<Options>
  run(options: Options, ctx: StageContext): Promise<Result>
  output(result: Result): OutputValues<O>
  /** The job summary (and the CLI's closing lines). */
  report(result: Result): SummaryModel
  /**
   * A gate checked after the outputs and the summary are written (the scan's exit-code): a result that fails
   * it ends the step with `exitCode` and `message`, the outputs still set for later steps.
   */
  gate?(result: Result): StageGate | undefined
  /**
   * Clean-up after the job's later steps (cache save, logout): `if` is action.yml's post-if. Failures are
   * reported as warnings, never fail the job.
   */
  post?: { if: 'always()' | 'success()'; run(ctx: StageContext): Promise<void> }
}

/** Any stage, for lists of stages of different types. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyStage = Stage<any, any, any, any>

/** Declare a stage; the identity function that lets TypeScript infer the spec types. */
export function defineStage<S extends InputSpecs, O extends OutputSpecs, Options, Result>(
  stage: Stage<S, O, Options, Result>
): Stage<S, O, Options, Result> {
  return stage
}

/** A ParseEnv outside any CI run: the CLI's view with no GITHUB_* context (tests, benchmarks). */
export function localParseEnv(cwd: string, over: Partial<ParseEnv> = {}): ParseEnv {
  return {
    cwd,
    ci: over.ci ?? {
      eventName: '',
      ref: '',
      sha: '',
      repository: '',
      serverUrl: 'https://github.com',
      apiUrl: 'https://api.github.com',
      workspace: cwd,
      payload: {}
    },
    env: over.env ?? {},
    surface: over.surface ?? 'action'
  }
}

/** A StateStore in memory, for the CLI and the pipeline (post runs in the same process). */
export function memoryState(): StateStore {
  const m = new Map<string, string>()
  return { get: k => m.get(k), set: (k, v) => void m.set(k, v) }
}
