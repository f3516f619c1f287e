// The step-scoped registry login the image and scan stages share: the three inputs, their checks, the login
// in the main step (kept in the state) and the logout in the post step (or at the end of the CLI command).

import type { StageContext } from '../runtime/stage.js'
import { UserError } from '../util/errors.js'
import { parseJsonAs } from '../util/json.js'
import { login, logout } from '../oci/login.js'
import type { LoginState } from '../oci/docker-config.js'

/** The login inputs, spread into a stage's inputs. */
export const LOGIN_INPUTS = {
  registry: {
    kind: 'string',
    description:
      'Log in to this registry for the step (logged out in the post step). Default: none; the Docker config is used as it is.'
  },
  username: {
    kind: 'string',
    description: 'Username for registry.'
  },
  password: {
    kind: 'secret',
    description: 'Password or token for registry (masked).'
  }
} as const

export interface StepLogin {
  registry: string
  username: string
  password: string
}

/** The login the inputs ask for, or undefined; half a login is a UserError naming the missing input. */
export function parseLogin(i: {
  registry: string
  username: string
  password: string
}): StepLogin | undefined {
  const { registry, username, password } = i
  if ((username || password) && !(username && password))
    throw new UserError('username and password go together.', {
      input: username ? 'password' : 'username',
      fix: 'set both, or neither to use the Docker config as it is.'
    })
  if (username && !registry)
    throw new UserError('username and password need the registry to log in to.', {
      input: 'registry',
      fix: 'set registry (e.g. ghcr.io).'
    })
  return registry && username && password ? { registry, username, password } : undefined
}

const STATE_LOGIN = 'login'

const LOGIN_STATE = {
  type: 'object',
  properties: { dir: { type: 'string', minLength: 1 }, key: { type: 'string', minLength: 1 } },
  required: ['dir', 'key']
} as const

/** Log in for the step and keep what to undo for the post step. */
export async function stepLogin(creds: StepLogin | undefined, ctx: StageContext): Promise<void> {
  if (creds) ctx.state.set(STATE_LOGIN, JSON.stringify(await login(ctx.host, creds)))
}

/** The post step's half: restore the Docker config the login changed. */
export async function undoStepLogin(ctx: StageContext): Promise<void> {
  const saved = ctx.state.get(STATE_LOGIN)
  if (saved) await logout(ctx.host, parseJsonAs<LoginState>(saved, LOGIN_STATE, 'the saved login state'))
}
