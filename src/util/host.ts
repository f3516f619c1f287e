// The small host interface every core function takes: how to run programs, where to log, where to put
// temporary files, and the environment tools run in. Adapters and the CLI build one; tests build their own.

import { mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { createExec, type ExecFn } from './exec.js'
import type { Logger } from './logger.js'

export interface Host {
  exec: ExecFn
  logger: Logger
  /** Create a fresh, empty temporary directory. */
  tempDir(prefix?: string): Promise<string>
  /** The environment child tools run in (PATH, HOME, GOPATH, ...). Not a source of options. */
  env: Readonly<Record<string, string | undefined>>
  /** The clock, for durations only: outputs take their timestamps from commits. */
  now(): number
}

export function createHost(opts: {
  logger: Logger
  env: Readonly<Record<string, string | undefined>>
  tempRoot?: string
}): Host {
  const root = opts.tempRoot ?? os.tmpdir()
  return {
    exec: createExec(opts.env),
    logger: opts.logger,
    env: opts.env,
    tempDir: prefix => mkdtemp(path.join(root, `gantry-${prefix ?? 'tmp'}-`)),
    now: () => Date.now()
  }
}

/** The same host with more environment for the tools it runs (a step's DOCKER_CONFIG, say). */
export function withEnv(host: Host, extra: Readonly<Record<string, string>>): Host {
  const env = { ...host.env, ...extra }
  return {
    ...host,
    env,
    exec: (file, args, opts = {}) => host.exec(file, args, { ...opts, env: opts.env ?? env })
  }
}
