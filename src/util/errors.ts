// UserError is the one error type that means "the input is wrong": it carries what was wrong and how to fix
// it. Adapters print it as ::error:: without a stack and exit 1; anything else is a bug.

export class UserError extends Error {
  /** The input, option or file at fault (e.g. `targets`, `working-directory`), when there is one. */
  readonly input?: string
  /** What was wrong, without the input name. */
  readonly detail: string
  /** One sentence on how to fix it. */
  readonly fix?: string

  /** The message reads "<input>: <detail> Fix: <fix>". */
  constructor(detail: string, opts: { input?: string; fix?: string; cause?: unknown } = {}) {
    const head = opts.input ? `${opts.input}: ${detail}` : detail
    const fix = opts.fix ? ` ${opts.fix.startsWith('Fix:') ? opts.fix : `Fix: ${opts.fix}`}` : ''
    super(head + fix, opts.cause === undefined ? undefined : { cause: opts.cause })
    this.name = 'UserError'
    this.input = opts.input
    this.detail = detail
    this.fix = opts.fix
  }

  /** The message as printed to users. */
  describe(): string {
    return this.message
  }
}

export function isUserError(err: unknown): err is UserError {
  return err instanceof UserError
}

/** How a failure is reported: a UserError as it is; anything else as a bug, with its stack for debug logs. */
export interface Failure {
  message: string
  bug: boolean
  stack?: string
}

/**
 * The one error policy of every front end (action, CLI, pipeline): a UserError is printed as it is, anything
 * else is a gantry bug, reported with `debugHint` (how to see the stack on that front end).
 */
export function describeFailure(err: unknown, debugHint: string): Failure {
  if (isUserError(err)) return { message: err.describe(), bug: false }
  const e = isErrorLike(err) ? err : new Error(String(err))
  return { message: `${e.message} (this is a gantry bug; ${debugHint})`, bug: true, stack: e.stack }
}

/**
 * An Error from any realm: errors Node's own modules raise are not `instanceof Error` inside a vm context
 * (jest runs the sources in one), so checks that walk causes use this rather than instanceof.
 */
export function isErrorLike(e: unknown): e is Error & { code?: string; cause?: unknown } {
  return (
    e instanceof Error || (typeof e === 'object' && e !== null && typeof (e as Error).message === 'string')
  )
}
