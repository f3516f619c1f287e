// The step-scoped registry login the image and scan stages share: the three inputs, their checks, and the
// login itself — a private Docker config holding the credentials (src/oci/login.ts), which the step's work
// sees through DOCKER_CONFIG and which is removed when the work ends; the post step (or the end of the CLI
// command) removes it too when the step was killed. The runner's state names the folder, never a credential.

import type { StageContext } from '../runtime/stage.js'
import { UserError } from '../util/errors.js'
import { withEnv, type Host } from '../util/host.js'
import { parseJsonAs } from '../util/json.js'
import { login, logout, type LoginState } from '../oci/login.js'

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
    description:
      'Password or token for registry (masked). The CLI takes it from --password-stdin or GANTRY_PASSWORD, never from its arguments.'
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
  properties: { dir: { type: 'string', minLength: 1 }, registry: { type: 'string', minLength: 1 } },
  required: ['dir', 'registry']
} as const

/** Run `work` logged in (when `creds` are given): its host sees the private Docker config, removed after. */
export async function withStepLogin<T>(
  creds: StepLogin | undefined,
  ctx: StageContext,
  work: (host: Host) => Promise<T>
): Promise<T> {
  if (!creds) return work(ctx.host)
  const state = await login(ctx.host, creds)
  // The state names the private config folder only: no credential is kept in the runner's state file.
  ctx.state.set(STATE_LOGIN, JSON.stringify(state))
  try {
    return await work(withEnv(ctx.host, { DOCKER_CONFIG: state.dir }))
  } finally {
    await logout(ctx.host, state)
  }
}

/** The post step's half: remove the private config should the main step have been killed before it did. */
export async function undoStepLogin(ctx: StageContext): Promise<void> {
  const saved = ctx.state.get(STATE_LOGIN)
  if (saved) await logout(ctx.host, parseJsonAs<LoginState>(saved, LOGIN_STATE, 'the saved login state'))
}
