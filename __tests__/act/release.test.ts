// gantry's reusable release workflow (.github/workflows/release.yml) under act, called the way a user calls
// it: `uses: gantry-dev/gantry/.github/workflows/release.yml@v1` from a workflow in their repository, with
// act's --local-repository serving gantry-dev/gantry@v1 from this checkout (the workflow, actions/ and dist/).
// Jobs pass the dist folders and the per-platform digests through act's artifact server; images go to the
// rig's registries; tags go to `origin`, a bare repository on this machine. The scan job runs the real scan
// action offline against the shared/vulndb snapshot (db: <folder>): on examples/hello (no findings), and on a
// program linking golang.org/x/text v0.3.5 (GO-2021-0113 and more), once reporting only, once as a failing gate.
//
// What act cannot run here, and so this test does not (docs/release-workflow.md says the same):
// - actions/upload-artifact and actions/download-artifact cannot be fetched from github.com. The test maps
//   them to stand-ins (__tests__/fixtures/act-actions): NOT GitHub's actions, but a few lines over the
//   @actions/artifact client they are built on, speaking the same artifact protocol to act's server.
// - actions/setup-go cannot be fetched either: the caller passes setup-go: false and the host's Go is used.
// - github/codeql-action/upload-sarif needs GitHub's code scanning API: the caller passes upload-sarif: false.
// - db: auto downloads OSV exports from osv.dev: the caller passes db: the snapshot folder (act/scan.test.ts
//   runs db: auto against a local export server).
// - GitHub's REST API is unreachable: act's --env GITHUB_API_URL points github.api_url at the local stand-in
//   (__tests__/helpers/github-stand-in.ts, the one mock) for the runs with release: true, and the test reads
//   the release, its assets and notes there.
// - runs-on labels all mean this host (-P <label>=-self-hosted), so the native-runner grouping is checked by
//   which jobs ran with which targets, not by the machines they ran on.

import { execFile, execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cp, mkdtemp, readdir, symlink } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
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
import { rig, type Rig } from '../helpers/rig.js'
import { repoRoot } from '../helpers/run-action.js'
import { VULN_IDS } from '../helpers/vuln-go-app.js'
import { vulndbSnapshot } from '../helpers/vulndb.js'

const exec = promisify(execFile)
const ARM_RUNNER = 'ubuntu-24.04-arm'

/** A stand-in (README.md there) beside a node_modules link, so its imports resolve where act runs it. */
async function standIn(name: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `gantry-act-${name}-`))
  const fixtures = path.join(repoRoot, '__tests__/fixtures/act-actions')
  await cp(path.join(fixtures, name), dir, { recursive: true })
  await cp(path.join(fixtures, 'artifact-v4.mjs'), path.join(dir, 'artifact-v4.mjs'))
  await symlink(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'))
  return dir
}

let remotes: Record<string, string>

async function localRepositories(): Promise<Record<string, string>> {
  remotes ??= {
    'gantry-dev/gantry@v1': await gantryRepository(),
    'actions/upload-artifact@v6': await standIn('upload-artifact'),
    'actions/download-artifact@v7': await standIn('download-artifact'),
    'actions/setup-go@v6': await standIn('setup-go'),
    'github/codeql-action@v4': await standIn('codeql-action')
  }
  return remotes
}

/**
 * A user's repository: examples/hello (or the vulnerable program, vulnapp) with v1.3.0 and a feat commit, and
 * origin, a bare clone.
 */
async function userRepository(
  tagged: boolean,
  program: 'hello' | 'vulnapp'
): Promise<{ repo: ActRepo; origin: string }> {
  const repo = await makeActRepo({ workflows: ['release-caller.yml'], gantry: false })
  if (program === 'vulnapp') await useVulnApp(repo)
  repo.git(['tag', 'v1.3.0'])
  repo.git(['commit', '-q', '--allow-empty', '-m', 'feat(greet): greet by name'])
  if (tagged) repo.git(['tag', '-a', '-m', 'v1.4.0', 'v1.4.0'])
  const origin = await mkdtemp(path.join(os.tmpdir(), 'gantry-act-origin-'))
  execFileSync('git', ['clone', '-q', '--bare', repo.dir, origin])
  repo.git(['remote', 'add', 'origin', origin])
  return { repo, origin }
}

interface Release {
  run: WorkflowRun
  repo: ActRepo
  origin: string
  /** The Docker config act's process (and so every host-mode step) was given. */
  dockerConfig: string
  sha: string
}

async function release(opts: {
  tagged: boolean
  /** The Go program released (default examples/hello). */
  program?: 'hello' | 'vulnapp'
  vars: Record<string, string>
  secrets?: Record<string, string>
  /** The GitHub API stand-in the run's github.api_url points at (release: true). */
  gh?: StandIn
}): Promise<Release> {
  const { repo, origin } = await userRepository(opts.tagged, opts.program ?? 'hello')
  const dockerConfig = await mkdtemp(path.join(os.tmpdir(), 'gantry-act-docker-'))
  const run = await runWorkflow('release-caller.yml', {
    workdir: repo.dir,
    vars: opts.vars,
    secrets: opts.secrets,
    localRepositories: await localRepositories(),
    runnerLabels: [ARM_RUNNER],
    processEnv: { DOCKER_CONFIG: dockerConfig },
    ...(opts.gh ? { env: { GITHUB_API_URL: opts.gh.url } } : {}),
    eventPayload: pushEvent(opts.tagged ? 'refs/tags/v1.4.0' : 'refs/heads/main')
  })
  return { run, repo, origin, dockerConfig, sha: repo.git(['rev-parse', 'HEAD']) }
}

async function skopeo(args: string[]): Promise<string> {
  return (await exec('skopeo', ['--insecure-policy', ...args], { maxBuffer: 32 << 20 })).stdout
}

/** The digest of what a reference names, from its raw manifest (an index of any platforms). */
async function digestOf(ref: string, creds?: string): Promise<string> {
  const { stdout } = await exec(
    'skopeo',
    ['inspect', '--tls-verify=false', ...(creds ? ['--creds', creds] : []), '--raw', `docker://${ref}`],
    { encoding: 'buffer', maxBuffer: 32 << 20 }
  )
  return `sha256:${createHash('sha256').update(stdout).digest('hex')}`
}

async function tagsOf(repository: string, creds?: string): Promise<string[]> {
  try {
    const out = await skopeo([
      'list-tags',
      '--tls-verify=false',
      ...(creds ? ['--creds', creds] : []),
      `docker://${repository}`
    ])
    return ((JSON.parse(out) as { Tags?: string[] }).Tags ?? []).sort()
  } catch {
    return [] // the repository does not exist: nothing was pushed under a tag
  }
}

let r: Rig
const unique = Date.now().toString(36)
const standIns: StandIn[] = []

async function standInApi(): Promise<StandIn> {
  const gh = await startStandIn('octo-org/hello')
  standIns.push(gh)
  return gh
}

afterAll(async () => {
  for (const gh of standIns) await gh.close()
})

const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex')

describe('a tag push: native-runner groups, images by digest, merge, scan gate, release (anonymous registry)', () => {
  let rel: Release
  let image: string
  let gh: StandIn

  beforeAll(async () => {
    r = rig()
    image = `${r.registry}/act-release-${unique}/hello`
    gh = await standInApi()
    rel = await release({
      tagged: true,
      gh,
      vars: {
        RUNNERS: JSON.stringify({ arm64: ARM_RUNNER }),
        IMAGE: image,
        BASE: r.base,
        PUSH: 'true',
        PUSH_TAG: 'git',
        SCAN: 'true',
        EXIT_CODE: '1',
        DB: vulndbSnapshot(),
        RELEASE: 'true'
      }
    })
  })

  test('every job succeeds; the workflow outputs reach the caller', () => {
    expectSuccess(rel.run)
    const ids = rel.run.jobs.map(j => j.id).sort()
    expect(ids).toEqual([
      'build',
      'build',
      'image',
      'image',
      'merge',
      'plan',
      'release',
      'release',
      'report',
      'scan'
    ])
    for (const j of rel.run.jobs.filter(x => x.id !== 'release' || x.steps.length))
      expect(j.result).toBe('success')
    const out = rel.run.job('report')[0].step('outputs').outputs
    expect(out.version).toBe('1.4.0')
    expect(out.tag).toBe('v1.4.0')
    expect(out.released).toBe('true')
    expect(out.digest).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(out['release-url']).toBe('https://github.com/octo-org/hello/releases/tag/v1.4.0')
  })

  test('the gate (exit-code 1) scans the merged digest and passes: hello has no findings', () => {
    const digest = rel.run.job('merge')[0].step('merge').outputs.digest
    const scan = rel.run.job('scan')[0]
    expect(scan.result).toBe('success')
    const out = scan.step('scan').outputs
    expect([out.findings, out.passed]).toEqual(['0', 'true'])
    expect(JSON.parse(out.counts)).toEqual({ CRITICAL: 0, HIGH: 0, MEDIUM: 0, LOW: 0, UNKNOWN: 0 })
    expect(out.report).toBe(out.sarif)
    expect(scan.step('scan').log).toContain(digest)
    const caller = rel.run.job('report')[0].step('outputs').outputs
    expect([caller.findings, caller.passed]).toEqual(['0', 'true'])
  })

  test('plan groups the targets by runner: arm64 on its own runner, the rest on runs-on', () => {
    const plan = rel.run.job('plan')[0]
    const builds = JSON.parse(plan.step('groups').outputs.builds) as {
      include: { group: string; runner: string; targets: string }[]
    }
    expect(builds.include).toEqual([
      { group: '1', runner: 'ubuntu-latest', label: 'ubuntu-latest', targets: 'linux/amd64,windows/amd64' },
      { group: '2', runner: ARM_RUNNER, label: ARM_RUNNER, targets: 'linux/arm64' }
    ])
    const images = JSON.parse(plan.step('groups').outputs.images) as { include: unknown[] }
    expect(images.include).toEqual([
      { platform: 'linux/amd64', id: 'linux_amd64_v1', group: '1' },
      { platform: 'linux/arm64', id: 'linux_arm64_v8.0', group: '2' }
    ])
    const jobs = rel.run.job('build')
    expect(jobs.map(j => [j.matrix.runner, j.matrix.targets]).sort()).toEqual([
      [ARM_RUNNER, 'linux/arm64'],
      ['ubuntu-latest', 'linux/amd64,windows/amd64']
    ])
  })

  test('each build job builds its group with the released version and uploads its dist folder', async () => {
    for (const job of rel.run.job('build')) {
      const build = job.step('build').outputs
      expect(build.version).toBe('1.4.0')
      const manifest = JSON.parse(build.artifacts) as { artifacts: { kind: string; platform?: string }[] }
      const built = manifest.artifacts.filter(a => a.kind === 'binary').map(a => a.platform)
      expect(built.join(',')).toBe(job.matrix.targets)
    }
    // act's artifact server keeps each upload as <run>/<name>/<name>.zip.
    const runs = await readdir(path.join(rel.run.dir, 'artifacts'))
    const stored = (await readdir(path.join(rel.run.dir, 'artifacts', runs[0]))).sort()
    expect(stored).toEqual([
      'gantry-digest-linux_amd64_v1',
      'gantry-digest-linux_arm64_v8.0',
      'gantry-dist-1',
      'gantry-dist-2'
    ])
  })

  test('each image job pushes its platform by digest, from the dist its group built', () => {
    const jobs = rel.run.job('image')
    expect(jobs.map(j => j.matrix.platform).sort()).toEqual(['linux/amd64', 'linux/arm64'])
    for (const job of jobs) {
      const out = job.step('image').outputs
      expect(out.refs).toBe(`${image}@${out.digest}`)
      expect(Object.keys(JSON.parse(out.platforms) as object)).toEqual([job.matrix.platform])
    }
  })

  test('merge pushes the index by digest only; release tags that same digest, every tag', async () => {
    const merge = rel.run.job('merge')[0]
    const digest = merge.step('merge').outputs.digest
    expect(merge.step('merge').outputs.refs).toBe(`${image}@${digest}`)
    const perPlatform = rel.run.job('image').map(j => j.step('image').outputs.refs)
    expect(merge.step('digests').outputs.refs.split('\n')).toEqual([...perPlatform].sort())

    const tagged = rel.run.job('release').find(j => j.steps.length)!
    expect(tagged.step('image').outputs.digest).toBe(digest)
    const names = ['1', '1.4', '1.4.0', 'latest', 'sha-' + rel.sha.slice(0, 7)]
    expect(await tagsOf(image)).toEqual(names.sort())
    for (const n of names) expect(await digestOf(`${image}:${n}`)).toBe(digest)
    expect(rel.run.job('report')[0].step('outputs').outputs.refs.split('\n').sort()).toEqual(
      names.map(n => `${image}:${n}@${digest}`).sort()
    )
    const index = JSON.parse(
      await skopeo(['inspect', '--tls-verify=false', '--raw', `docker://${image}@${digest}`])
    ) as {
      manifests: { platform: { os: string; architecture: string } }[]
    }
    expect(index.manifests.map(m => `${m.platform.os}/${m.platform.architecture}`)).toEqual([
      'linux/amd64',
      'linux/arm64'
    ])
    const config = JSON.parse(
      await skopeo(['inspect', '--tls-verify=false', '--override-arch', 'arm64', `docker://${image}:1.4.0`])
    ) as { Labels: Record<string, string>; Architecture: string }
    expect(config.Architecture).toBe('arm64')
    expect(config.Labels['org.opencontainers.image.version']).toBe('1.4.0')
    expect(config.Labels['org.opencontainers.image.revision']).toBe(rel.sha)
  })

  test("the GitHub release: both groups' archives, one checksums file of all of them, the changelog as notes", () => {
    const releases = [...gh.releases.values()]
    expect(releases.map(x => [x.tag_name, x.name, x.prerelease])).toEqual([['v1.4.0', 'v1.4.0', false]])
    const [made] = releases
    expect(made.body).toMatch(/greet by name/)
    expect(made.assets.map(a => a.name).sort()).toEqual([
      'hello_1.4.0_checksums.txt',
      'hello_1.4.0_linux_amd64_v1.tar.gz',
      'hello_1.4.0_linux_arm64_v8.0.tar.gz',
      'hello_1.4.0_windows_amd64_v1.zip'
    ])
    // Group 1 built linux/amd64 and windows/amd64, group 2 linux/arm64: the checksums file covers all three.
    const archives = made.assets.filter(a => !a.name.endsWith('_checksums.txt'))
    const sums = made.assets.find(a => a.name.endsWith('_checksums.txt'))!.content.toString()
    expect(sums).toBe(
      archives
        .map(a => `${sha256(a.content)}  ${a.name}\n`)
        .sort((x, y) => (x.slice(66) < y.slice(66) ? -1 : 1))
        .join('')
    )
    const step = rel.run
      .job('release')
      .find(j => j.steps.length)!
      .step('github-release')
    expect(step.result).toBe('success')
    expect(JSON.parse(step.outputs.assets)).toEqual({
      uploaded: [
        'hello_1.4.0_linux_amd64_v1.tar.gz',
        'hello_1.4.0_windows_amd64_v1.zip',
        'hello_1.4.0_linux_arm64_v8.0.tar.gz',
        'hello_1.4.0_checksums.txt'
      ],
      kept: [],
      replaced: []
    })
    // act's github.token (the workflow's default token) reached the API.
    expect(gh.requests.every(q => q.auth?.startsWith('Bearer dummy-'))).toBe(true)
  })

  test('the pushed tag is the release: nothing new is tagged in git', () => {
    const tag = rel.run
      .job('release')
      .find(j => j.steps.length)!
      .step('tag').outputs
    expect(tag.version).toBe('1.4.0')
    expect(tag.created).toBe('false')
    expect(rel.repo.git(['ls-remote', '--tags', 'origin'])).toContain('refs/tags/v1.4.0')
  })
})

describe('a branch push: the version from the commits, a registry login, a reporting scan, the git tag made', () => {
  let rel: Release
  let image: string
  let creds: string

  beforeAll(async () => {
    r = rig()
    image = `${r.authRegistry}/act-release-${unique}/login`
    creds = `${r.authUser}:${r.authPassword}`
    rel = await release({
      tagged: false,
      program: 'vulnapp',
      vars: {
        IMAGE: image,
        BASE: r.base,
        PLATFORMS: 'linux/arm64',
        PUSH: 'true',
        PUSH_TAG: 'git',
        REGISTRY: r.authRegistry,
        USERNAME: r.authUser,
        SCAN: 'true',
        EXIT_CODE: '0',
        DB: vulndbSnapshot()
      },
      secrets: { REGISTRY_PASSWORD: r.authPassword }
    })
  })

  test('one build job for every target, one image job for the chosen platform', () => {
    expectSuccess(rel.run)
    expect(rel.run.job('build').map(j => j.matrix.targets)).toEqual(['linux/amd64,linux/arm64,windows/amd64'])
    expect(rel.run.job('image').map(j => j.matrix.platform)).toEqual(['linux/arm64'])
  })

  test('exit-code 0 only reports: the scan reads the private digest through the login, its findings reach the caller', () => {
    const digest = rel.run.job('merge')[0].step('merge').outputs.digest
    const scan = rel.run.job('scan')[0]
    expect(scan.result).toBe('success')
    const out = scan.step('scan').outputs
    expect(Number(out.findings)).toBeGreaterThanOrEqual(VULN_IDS.length)
    expect(out.passed).toBe('false')
    for (const id of VULN_IDS) expect(scan.step('scan').log).toContain(id)
    expect(scan.step('scan').log).toContain(digest)
    const caller = rel.run.job('report')[0].step('outputs').outputs
    expect([caller.findings, caller.passed]).toEqual([out.findings, 'false'])
    // The release went on: the tags are checked below.
    expect(rel.run.job('release').find(j => j.steps.length)!.result).toBe('success')
  })

  test('feat since v1.3.0 makes 1.4.0; the release job pushes v1.4.0 to origin at the commit', () => {
    const tag = rel.run
      .job('release')
      .find(j => j.steps.length)!
      .step('tag').outputs
    expect(tag.version).toBe('1.4.0')
    expect(tag.created).toBe('true')
    expect(rel.repo.git(['ls-remote', 'origin', 'refs/tags/v1.4.0^{}']).split('\t')[0]).toBe(rel.sha)
    // Every job built and labelled 1.4.0: plan decided it (a dry run of the release job's tag step).
    for (const job of rel.run.job('build')) expect(job.step('build').outputs.version).toBe('1.4.0')
  })

  test('the image is pushed and tagged through the login; the logins stay out of the shared Docker config', async () => {
    const tagged = rel.run.job('release').find(j => j.steps.length)!
    const digest = rel.run.job('merge')[0].step('merge').outputs.digest
    const names = tagged.step('tag').outputs['tag-names'].split('\n')
    expect(names).toEqual(expect.arrayContaining(['1.4.0', 'latest', 'main']))
    expect(await tagsOf(image, creds)).toEqual([...names].sort())
    for (const n of names) expect(await digestOf(`${image}:${n}`, creds)).toBe(digest)
    // Anonymous reads are refused: the pushes above went through the login.
    expect(await tagsOf(image)).toEqual([])
    expect(await readdir(rel.dockerConfig)).toEqual([])
    expect(rel.run.log).not.toContain(r.authPassword)
  })
})

describe('without push: each platform is built, nothing leaves the runner', () => {
  let rel: Release
  let image: string

  beforeAll(async () => {
    r = rig()
    image = `${r.registry}/act-release-${unique}/nopush`
    rel = await release({ tagged: true, vars: { IMAGE: image, BASE: r.base, PUSH: 'false' } })
  })

  test('the image jobs build, merge, scan and release are skipped, no tag is written', async () => {
    expectSuccess(rel.run)
    const jobs = rel.run.job('image')
    expect(jobs.map(j => j.matrix.platform).sort()).toEqual(['linux/amd64', 'linux/arm64'])
    for (const job of jobs) {
      expect(job.step('image').outputs.digest).toMatch(/^sha256:/)
      expect(job.step('image').outputs.refs ?? '').toBe('')
    }
    const ran = new Set(rel.run.jobs.filter(j => j.steps.length).map(j => j.id))
    for (const skipped of ['merge', 'scan']) expect(ran.has(skipped)).toBe(false)
    expect(rel.run.job('release').every(j => !j.steps.length)).toBe(true)
    expect(await tagsOf(image)).toEqual([])
  })
})

describe('bad input stops the plan job with one error naming the input', () => {
  const bad = async (vars: Record<string, string>): Promise<WorkflowRun> =>
    (await release({ tagged: true, vars: { BASE: rig().base, ...vars } })).run

  test('a platform that is not a linux target', async () => {
    const run = await bad({ IMAGE: `${rig().registry}/act-release-${unique}/bad`, PLATFORMS: 'linux/386' })
    expect(run.code).not.toBe(0)
    expect(run.log).toMatch(
      /platforms: linux\/386 is not among the linux targets \(linux\/amd64, linux\/arm64\)\. Fix: add it to targets, or leave it out of platforms\./
    )
    expect(run.jobs.filter(j => j.steps.length).map(j => j.id)).toEqual(['plan'])
  })

  test('push: true with no images', async () => {
    const run = await bad({ PUSH: 'true' })
    expect(run.code).not.toBe(0)
    expect(run.log).toMatch(/images: push is true but images is empty\. Fix: set images/)
    expect(run.jobs.filter(j => j.steps.length).map(j => j.id)).toEqual(['plan'])
  })
})

describe('a failed scan gate: nothing is tagged, no git tag is made, nothing is released', () => {
  let rel: Release
  let image: string
  let gh: StandIn

  beforeAll(async () => {
    r = rig()
    image = `${r.registry}/act-release-${unique}/gate`
    gh = await standInApi()
    rel = await release({
      tagged: false,
      program: 'vulnapp',
      gh,
      vars: {
        IMAGE: image,
        BASE: r.base,
        PUSH: 'true',
        PUSH_TAG: 'git',
        SCAN: 'true',
        SEVERITY: 'UNKNOWN,LOW,MEDIUM,HIGH,CRITICAL',
        EXIT_CODE: '1',
        DB: vulndbSnapshot(),
        RELEASE: 'true'
      }
    })
  })

  test('the scan job fails on the findings after writing its outputs; release and the caller stop', () => {
    expect(rel.run.code).not.toBe(0)
    const scan = rel.run.job('scan')[0]
    expect(scan.result).toBe('failure')
    const out = scan.step('scan').outputs
    expect(scan.step('scan').result).toBe('failure')
    expect(Number(out.findings)).toBeGreaterThanOrEqual(VULN_IDS.length)
    expect(out.passed).toBe('false')
    for (const id of VULN_IDS) expect(scan.step('scan').log).toContain(id)
    expect(rel.run.log).toMatch(
      /::error::\d+ findings at UNKNOWN, LOW, MEDIUM, HIGH, CRITICAL remain after ignores .*: exit code 1\./
    )
    for (const id of ['plan', 'build', 'image', 'merge'])
      for (const j of rel.run.job(id)) expect(j.result).toBe('success')
    // The release job (and the caller's report job after it) never started a step.
    expect(rel.run.job('release').every(j => !j.steps.length)).toBe(true)
    expect(rel.run.jobs.filter(j => j.id === 'report' && j.steps.length)).toEqual([])
  })

  test('the merged index is in the registry by digest only, origin has no new tag, there is no release', async () => {
    expect(gh.requests).toEqual([])
    const digest = rel.run.job('merge')[0].step('merge').outputs.digest
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(await digestOf(`${image}@${digest}`)).toBe(digest)
    expect(await tagsOf(image)).toEqual([])
    expect(rel.repo.git(['ls-remote', '--tags', 'origin']).split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(/\trefs\/tags\/v1\.3\.0$/)
    ])
  })
})
