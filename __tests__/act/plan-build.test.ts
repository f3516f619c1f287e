// plan -> fromJSON(needs.plan.outputs.matrix) -> go-build per target, run by a real workflow engine (act):
// the actions load under act's action.yml schema, plan's matrix output fans out into one job per target,
// and each job builds exactly its target with the version it was given.

import { execFileSync } from 'node:child_process'
import { mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { artifactPath, readArtifacts } from '../../src/model/artifacts.js'
import { expectSuccess, makeActRepo, pushEvent, runWorkflow, type WorkflowRun } from '../helpers/act.js'

let run: WorkflowRun
let out: string
let sha: string

beforeAll(async () => {
  const repo = await makeActRepo({ workflows: ['plan-build.yml'] })
  sha = repo.git(['rev-parse', 'HEAD'])
  out = await mkdtemp(path.join(os.tmpdir(), 'gantry-act-out-'))
  run = await runWorkflow('plan-build.yml', {
    workdir: repo.dir,
    env: { GANTRY_ACT_OUT: out },
    eventPayload: pushEvent('refs/heads/main')
  })
})

test('the workflow succeeds: act loads plan and go-build (no expression in an action.yml field it rejects)', () => {
  expectSuccess(run)
  expect(run.log).not.toMatch(/expressions are not allowed/)
})

test("plan's matrix output becomes one build job per target", () => {
  const plan = run.job('plan')[0]
  expect(plan.result).toBe('success')
  const matrix = JSON.parse(plan.step('plan').outputs.matrix) as { include: { platform: string }[] }
  expect(matrix.include.map(e => e.platform).sort()).toEqual(['linux/amd64', 'linux/arm64', 'windows/amd64'])
  expect(plan.step('plan').outputs.platforms).toBe('linux/amd64,linux/arm64')

  const builds = run.job('build')
  expect(builds.map(b => b.matrix.platform).sort()).toEqual(['linux/amd64', 'linux/arm64', 'windows/amd64'])
  for (const b of builds) expect(b.result).toBe('success')
})

test('each job builds its own target, with the version input and the commit, and passes outputs on', async () => {
  for (const b of run.job('build')) {
    const platform = String(b.matrix.platform)
    expect(b.step('build').outputs.version).toBe('1.2.3')
    expect(b.step('keep').log).toContain(
      `built ${platform} as 1.2.3; image platforms linux/amd64,linux/arm64`
    )
    const { manifest, dir } = await readArtifacts(path.join(out, String(b.matrix.id), 'artifacts.json'))
    expect(manifest.project.version).toBe('1.2.3')
    expect(manifest.project.commit).toBe(sha)
    const binaries = manifest.artifacts.filter(a => a.kind === 'binary')
    expect(binaries.map(a => a.platform)).toEqual([platform])
    expect(binaries[0].path.endsWith('.exe')).toBe(platform.startsWith('windows/'))
    if (platform === 'linux/amd64' && process.arch === 'x64') {
      const printed = execFileSync(artifactPath(dir, binaries[0]), { encoding: 'utf8' })
      expect(printed).toContain(`hello 1.2.3 (commit ${sha}, built 2026-03-04T05:06:07Z, linux/amd64`)
    }
  }
})
