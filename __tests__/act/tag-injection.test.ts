// Workflow-command injection under act: a commit header with `\r::warning::pwned` and `\r::add-mask::abc`,
// logged by the tag action and by the CLI in a run: step. No warning or mask may come of it, and no raw CR may
// reach the log (act splits lines at LF only; a GitHub runner also splits at CR, see the integration tier).
import { expectSuccess, makeActRepo, runWorkflow } from '../helpers/act.js'

test('a hostile commit header is logged escaped and executes nothing', async () => {
  const repo = await makeActRepo({ workflows: ['tag-injection.yml'] })
  repo.git(['tag', 'v1.0.0'])
  // Not a Go module from here on, so Go's /vN rule for the 2.0.0 this makes stays out of the way.
  repo.git(['rm', '-q', 'go.mod'])
  repo.git([
    'commit',
    '-q',
    '-m',
    'fix: x\r::warning::pwned\r::add-mask::abc\n\nBREAKING CHANGE: makes the header decisive'
  ])
  const run = await runWorkflow('tag-injection.yml', {
    workdir: repo.dir,
    event: 'pull_request',
    eventPayload: {
      number: 7,
      pull_request: { number: 7, base: { ref: 'main' } },
      repository: { default_branch: 'main', full_name: 'octo-org/hello' }
    }
  })
  expectSuccess(run)
  // The action masks its github-token input; nothing else may be masked or warned about.
  const injected = run.entries.filter(
    e => (e.command === 'add-mask' && e.arg === 'abc') || (e.command === 'warning' && /pwned/.test(e.msg))
  )
  expect(injected).toEqual([])
  const job = run.job('tag')[0]
  for (const id of ['tag', 'cli']) {
    const step = job.step(id)
    expect(step.result).toBe('success')
    expect(step.log).not.toContain('\r')
  }
  expect(job.step('tag').log).toContain('fix: x\\r::warning::pwned\\r::add-mask::abc')
  expect(job.step('after').log).toContain('abc is still shown')
  expect(run.log).not.toMatch(/\r::(warning|add-mask)/)
})
