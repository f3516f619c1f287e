// Workflow-command injection from a commit message (reachable from a fork's pull request): a header with a
// lone CR, made decisive by a BREAKING CHANGE footer. The bundled action and the CLI (which a workflow may run
// in a `run:` step) are run as a runner runs them, and their output is read the way a GitHub runner reads it
// (lines split at CR too; ::stop-commands:: honoured): no command from the commit may execute.
import { runAction, runCli } from '../helpers/run-action.js'
import { runnerCommands } from '../helpers/runner-commands.js'
import { Repo, cleanupRepos } from '../helpers/git-fixture.js'

afterAll(cleanupRepos)

const HEADER = 'fix: x\r::warning::pwned\r::add-mask::abc\r::stop-commands::never'

function hostile(): Repo {
  const r = Repo.init()
  r.commit('chore: init', { 'README.md': 'hello\n' })
  r.tag('v1.0.0')
  r.commit(`${HEADER}\n\nBREAKING CHANGE: this footer makes the header the decisive commit`)
  return r
}

function injected(output: string): string[] {
  return runnerCommands(output)
    .filter(c => c.data.includes('pwned') || c.command === 'add-mask' || c.data === 'never')
    .map(c => c.line)
}

test('the action logs and reports the header escaped; the runner would execute none of it', async () => {
  const r = hostile()
  const run = await runAction('tag', { cwd: r.dir, event: { name: 'pull_request', payload: {} } })
  expect(run.code).toBe(0)
  expect(injected(run.log)).toEqual([])
  expect(run.log).not.toContain('\r')
  expect(run.stdout).toContain('fix: x\\r::warning::pwned\\r::add-mask::abc')
  expect(run.annotations.filter(a => a.message.includes('pwned'))).toEqual([])
  const json = JSON.parse(run.outputs.json) as { reason: string }
  expect(json.reason).toContain('\\r::warning::pwned')
  expect(run.summary).not.toContain('\r')
})

test('the CLI in a run: step prints nothing the runner would execute', async () => {
  const r = hostile()
  const cli = await runCli(['tag'], { cwd: r.dir, env: { GITHUB_REF: undefined } })
  expect(cli.code).toBe(0)
  expect(injected(cli.stdout + cli.stderr)).toEqual([])
  expect(cli.stderr).toContain('fix: x\\r::warning::pwned')
  expect(cli.stderr).not.toContain('\r')
})
