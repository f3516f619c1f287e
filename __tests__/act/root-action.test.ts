// The root action (action.yml: the whole release in one step) under act, named the way a user names it —
// `uses: gantry-dev/gantry@v1`, with act's --local-repository serving this checkout's action.yml and dist/ —
// in a throwaway repository (examples/hello, v0.1.0 and a feat commit) with origin a bare repository on this
// machine. The image goes to a registry process of this test; the scan reads the shared/vulndb snapshot
// offline. GitHub's REST API cannot be reached here: act's --env GITHUB_API_URL points github.api_url (and so
// the action) at the local stand-in (__tests__/helpers/github-stand-in.ts), the one mock.
// Two runs: a branch push that releases 0.2.0 everywhere, and the vulnerable program (golang.org/x/text
// v0.3.5) with exit-code 1, where the gate fails the step and nothing leaves the machine.

import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {
  expectSuccess,
  gantryRepository,
  makeActRepo,
  pushEvent,
  runWorkflow,
  useVulnApp,
  type ActRepo,
  type WorkflowRun
} from '../helpers/act.js'
import { startStandIn, type StandIn } from '../helpers/github-stand-in.js'
import { startRegistry, type RegistryProcess } from '../helpers/registry-process.js'
import { VULN_IDS } from '../helpers/vuln-go-app.js'
import { vulndbSnapshot } from '../helpers/vulndb.js'

const REPOSITORY = 'octo-org/hello'

interface Outcome {
  run: WorkflowRun
  repo: ActRepo
  gh: StandIn
  image: string
  sha: string
}

let registry: RegistryProcess
const standIns: StandIn[] = []
let gantry: string

async function release(opts: { program: 'hello' | 'vulnapp'; exitCode: string }): Promise<Outcome> {
  const repo = await makeActRepo({ workflows: ['root-action.yml'], gantry: false })
  if (opts.program === 'vulnapp') await useVulnApp(repo)
  repo.git(['tag', 'v0.1.0'])
  repo.git(['commit', '-q', '--allow-empty', '-m', 'feat(greet): greet by name'])
  const origin = await mkdtemp(path.join(os.tmpdir(), 'gantry-act-origin-'))
  execFileSync('git', ['clone', '-q', '--bare', repo.dir, origin])
  repo.git(['remote', 'add', 'origin', origin])
  // A stand-in per run: both runs would release v0.2.0.
  const gh = await startStandIn(REPOSITORY)
  standIns.push(gh)
  const image = `${registry.host}/act-root/${opts.program}`
  const run = await runWorkflow('root-action.yml', {
    workdir: repo.dir,
    repository: REPOSITORY,
    env: { IMAGE: image, DB: vulndbSnapshot(), EXIT_CODE: opts.exitCode, GITHUB_API_URL: gh.url },
    localRepositories: { 'gantry-dev/gantry@v1': gantry },
    eventPayload: pushEvent('refs/heads/main')
  })
  return { run, repo, gh, image, sha: repo.git(['rev-parse', 'HEAD']) }
}

async function registryGet(p: string): Promise<{ status: number; body: Buffer }> {
  const res = await fetch(`http://${registry.host}/v2/${p}`, {
    headers: { accept: 'application/vnd.oci.image.index.v1+json, application/vnd.oci.image.manifest.v1+json' }
  })
  return { status: res.status, body: Buffer.from(await res.arrayBuffer()) }
}

async function tagsOf(repository: string): Promise<string[] | undefined> {
  const r = await registryGet(`${repository}/tags/list`)
  if (r.status === 404) return undefined
  return ((JSON.parse(r.body.toString()) as { tags: string[] | null }).tags ?? []).sort()
}

const repositoryOf = (image: string): string => image.slice(registry.host.length + 1)
const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex')

let pass: Outcome
let gate: Outcome

beforeAll(async () => {
  registry = await startRegistry()
  gantry = await gantryRepository()
  pass = await release({ program: 'hello', exitCode: '1' })
  gate = await release({ program: 'vulnapp', exitCode: '1' })
})

afterAll(async () => {
  await registry?.stop()
  for (const gh of standIns) await gh.close()
})

describe('a branch push: the whole release in one step', () => {
  test('the job passes; the outputs reach a later step', () => {
    expectSuccess(pass.run)
    const [job] = pass.run.job('release')
    expect(job.result).toBe('success')
    expect(job.step('gantry').result).toBe('success')
    const out = job.step('after').outputs
    expect(out).toMatchObject({
      version: '0.2.0',
      tag: 'v0.2.0',
      pushed: 'true',
      passed: 'true',
      findings: '0',
      outcome: 'success',
      'release-url': `https://github.com/${REPOSITORY}/releases/tag/v0.2.0`
    })
    expect(out.digest).toMatch(/^sha256:[0-9a-f]{64}$/)
  })

  test('every image tag is in the registry and names the scanned digest', async () => {
    const out = pass.run.job('release')[0].step('after').outputs
    const names = ['0.2', '0.2.0', 'edge', 'latest', 'main', `sha-${pass.sha.slice(0, 7)}`]
    expect(await tagsOf(repositoryOf(pass.image))).toEqual(names)
    for (const n of names) {
      const m = await registryGet(`${repositoryOf(pass.image)}/manifests/${n}`)
      expect(m.status).toBe(200)
      expect(`sha256:${sha256(m.body)}`).toBe(out.digest)
    }
    expect(out.refs.split('\n').sort()).toEqual(names.map(n => `${pass.image}:${n}@${out.digest}`).sort())
    const index = JSON.parse(
      (await registryGet(`${repositoryOf(pass.image)}/manifests/0.2.0`)).body.toString()
    ) as {
      manifests: { platform: { os: string; architecture: string } }[]
    }
    expect(index.manifests.map(m => `${m.platform.os}/${m.platform.architecture}`)).toEqual([
      'linux/amd64',
      'linux/arm64'
    ])
  })

  test('the git tag v0.2.0 is on origin, at the commit released', () => {
    const peeled = pass.repo.git(['ls-remote', 'origin', 'refs/tags/v0.2.0^{}'])
    expect(peeled.split('\t')[0]).toBe(pass.sha)
  })

  test('the GitHub release has the archives, a checksums file that matches them, and the changelog', () => {
    const releases = [...pass.gh.releases.values()]
    expect(releases.map(r => [r.tag_name, r.name, r.prerelease])).toEqual([['v0.2.0', 'v0.2.0', false]])
    const [rel] = releases
    expect(rel.body).toMatch(/greet by name/)
    const names = rel.assets.map(a => a.name).sort()
    expect(names).toEqual([
      'hello_0.2.0_checksums.txt',
      'hello_0.2.0_linux_amd64_v1.tar.gz',
      'hello_0.2.0_linux_arm64_v8.0.tar.gz',
      'hello_0.2.0_windows_amd64_v1.zip'
    ])
    const sums = rel.assets.find(a => a.name.endsWith('_checksums.txt'))!.content.toString()
    const archives = rel.assets.filter(a => !a.name.endsWith('_checksums.txt'))
    expect(sums).toBe(
      archives
        .map(a => `${sha256(a.content)}  ${a.name}\n`)
        .sort((x, y) => (x.slice(66) < y.slice(66) ? -1 : 1))
        .join('')
    )
    // The token act gives github.token reached the API (the stand-in refuses requests without one).
    expect(pass.gh.requests.every(r => r.auth?.startsWith('Bearer dummy-'))).toBe(true)
  })

  test('the job summary has one gantry release table, a row per step', () => {
    const summary = pass.run.job('release')[0].step('gantry').summary
    expect(summary.match(/<h3>gantry release 0\.2\.0<\/h3>/g)).toHaveLength(1)
    for (const step of [
      'plan',
      'tag',
      'build',
      'image',
      'scan',
      'push',
      'git-tag',
      'image-tags',
      'github-release'
    ])
      expect(summary).toContain(`<td>${step}</td>`)
  })
})

describe('a failing scan gate (exit-code 1, golang.org/x/text v0.3.5)', () => {
  test('the step fails after writing its outputs; a later step reads them', () => {
    expect(gate.run.code).not.toBe(0)
    const [job] = gate.run.job('release')
    expect(job.result).toBe('failure')
    expect(job.step('gantry').result).toBe('failure')
    const out = job.step('after').outputs
    expect(out).toMatchObject({ version: '0.2.0', pushed: 'false', passed: 'false', outcome: 'failure' })
    expect(Number(out.findings)).toBeGreaterThanOrEqual(VULN_IDS.length)
    expect(out.digest).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(out['release-url']).toBe('')
    expect(gate.run.log).toMatch(/::error::.*Nothing was pushed, and no git tag or image tag was written\./)
    const summary = job.step('gantry').summary
    for (const id of VULN_IDS) expect(summary).toContain(id)
    expect(summary).toMatch(/<td>push<\/td><td>not run: the scan gate failed<\/td>/)
  })

  test('nothing is in the registry, origin has no new tag, there is no release', async () => {
    expect(await tagsOf(repositoryOf(gate.image))).toBeUndefined()
    const catalog = JSON.parse((await registryGet('_catalog')).body.toString()) as { repositories: string[] }
    expect(catalog.repositories).toEqual([repositoryOf(pass.image)])
    expect(gate.repo.git(['ls-remote', '--tags', 'origin']).split('\n')).toEqual([
      expect.stringMatching(/\trefs\/tags\/v0\.1\.0$/)
    ])
    expect(gate.gh.releases.size).toBe(0)
    expect(gate.gh.requests).toEqual([])
  })
})
