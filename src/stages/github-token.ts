// The GitHub token a stage was given: the github-token input in an action (whose spec default is the
// runner's `${{ github.token }}`, left unexpanded outside a runner), or GITHUB_TOKEN for the CLI.

import type { ParseEnv } from '../runtime/stage.js'

/** The token, or '' when there is none. */
export function githubToken(given: string, env: ParseEnv): string {
  const input = given.startsWith('${{') ? '' : given
  return input || (env.surface === 'action' ? '' : (env.env.GITHUB_TOKEN ?? ''))
}
