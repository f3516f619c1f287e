// The shape of a CLI command. Each lives in src/cli/commands/<name>.ts and is listed in commands/index.ts.

import type { RawOptions } from '../config/options.js'
import type { StageInfo } from '../config/stages/index.js'
import type { CiContext } from '../model/ci-context.js'
import type { Host } from '../util/host.js'

export interface CommandContext {
  host: Host
  ci: CiContext
  cwd: string
  /** Machine-readable output (JSON) goes here; logs go to the host's logger (stderr). */
  stdout: (text: string) => void
}

export interface Command {
  stage: StageInfo
  summary: string
  run(options: RawOptions, ctx: CommandContext): Promise<void>
}
