// The one-step release (the root action.yml and `gantry release`), run as a runner runs it: the bundled
// dist/release and dist/cli in a child process, on real git repositories with a bare remote, the real Go
// toolchain, a real registry process, and the snapshot of Go's vulnerability database. GitHub's REST API
// cannot be reached here: the releases go to the local stand-in (__tests__/helpers/github-stand-in.ts),
// the one mock, and that is what it stands in for.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { cleanupRepos, goRepo, Repo } from '../helpers/git-fixture.js'
import { startRegistry, type RegistryProcess } from '../helpers/registry-process.js'
import { startStandIn, type StandIn } from '../helpers/github-stand-in.js'
import { startFaultProxy } from '../helpers/fault-proxy.js'
import { runAction, runCli } from '../helpers/run-action.js'
import { vulndbSnapshot } from '../helpers/vulndb.js'
import { VULN_MODULE, VULN_VERSION, vulnSource } from '../helpers/vuln-go-app.js'

let registry: RegistryProcess
let gh: StandIn
beforeAll(async () => {
  registry = await startRegistry()
  gh = await startStandIn('octo/hello')
})
afterAll(async () => {
  await registry.stop()
  await gh.close()
  cleanupRepos()
})

const db = () => path.join(vulndbSnapshot(), 'osv')

async function registryJson(p: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`http://${registry.host}/v2/${p}`, {
    headers: { accept: 'application/vnd.oci.image.index.v1+json, application/vnd.oci.image.manifest.v1+json' }
  })
  const text = await res.text()
  return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} }
}

async function tagsOf(repo: string): Promise<string[]> {
  const r = await registryJson(`${repo}/tags/list`)
  return r.status === 200 ? ((r.body.tags as string[] | null) ?? []).sort() : []
}

/** A Go module with v0.1.0 and a feature since, pushed to a bare remote (origin). */
function project(files: Record<string, string> = {}): { repo: Repo; origin: Repo } {
  const origin = Repo.init('origin.git', { bare: true })
  const repo = goRepo('example.com/hello')
  repo.commit('feat: hello', {
    'main.go': 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("hello") }\n',
    ...files
  })
  repo.tag('v0.1.0')
  repo.commit('feat: greet by name')
  repo.git('remote', 'add', 'origin', origin.dir)
  repo.git('push', '-q', 'origin', 'main', '--tags')
  return { repo, origin }
}

function remoteTags(origin: Repo): string[] {
  const out = origin.git('tag', '--list')
  return out ? out.split('\n').sort() : []
}

const common = (repo: string) => ({
  targets: 'linux/amd64,linux/arm64,windows/amd64',
  images: `${registry.host}/${repo}`,
  db: db(),
  cache: 'false'
})

describe('the root action', () => {
  let p: { repo: Repo; origin: Repo }
  let first: Awaited<ReturnType<typeof runAction>>
  beforeAll(async () => {
    p = project()
    first = await runAction('release', {
      cwd: p.repo.dir,
      repository: 'octo/hello',
      sha: p.repo.head(),
      env: { GITHUB_API_URL: gh.url },
      inputs: {
        ...common('octo/hello'),
        push: 'true',
        'push-tag': 'git',
        release: 'true',
        'github-token': 'ghs_stand_in_token'
      }
    })
  })

  test('builds, scans, pushes by digest, tags git and the image, and releases the archives', async () => {
    expect(first.log).not.toMatch(/::error/)
    expect(first.code).toBe(0)
    const o = first.outputs
    expect([o.version, o.tag, o['tag-created'], o.pushed, o.passed]).toEqual([
      '0.2.0',
      'v0.2.0',
      'true',
      'true',
      'true'
    ])
    // The git tag is on the remote, at the commit released.
    expect(remoteTags(p.origin)).toEqual(['v0.1.0', 'v0.2.0'])
    expect(p.origin.git('rev-parse', 'v0.2.0^{commit}')).toBe(p.repo.head())
    // The image: two linux platforms (windows has no image), every tag naming the scanned digest.
    expect(Object.keys(JSON.parse(o.platforms) as object).sort()).toEqual(['linux/amd64', 'linux/arm64'])
    expect(await tagsOf('octo/hello')).toEqual([
      '0.2',
      '0.2.0',
      'latest',
      'main',
      `sha-${p.repo.head().slice(0, 7)}`
    ])
    const index = await registryJson('octo/hello/manifests/0.2.0')
    expect(index.status).toBe(200)
    expect(o.refs.split('\n').every(r => r.endsWith(`@${o.digest}`))).toBe(true)
    // Blobs and manifests go up once, in the push step; the image-tags step only writes the tags.
    expect(first.log.match(/blobs? uploaded/g)).toHaveLength(1)
    expect(first.log.match(/^tagged /gm)).toHaveLength(5)
    // The release: archives of all three targets and the checksums, notes from the changelog.
    const [release] = [...gh.releases.values()]
    expect(release.tag_name).toBe('v0.2.0')
    expect(release.body).toMatch(/greet by name/)
    expect(release.assets.map(a => a.name).sort()).toEqual([
      'hello_0.2.0_checksums.txt',
      'hello_0.2.0_linux_amd64_v1.tar.gz',
      'hello_0.2.0_linux_arm64_v8.0.tar.gz',
      'hello_0.2.0_windows_amd64_v1.zip'
    ])
    expect(o['release-url']).toBe('https://github.com/octo/hello/releases/tag/v0.2.0')
    // One summary for the run: a row per step, the scan's findings after it.
    expect(first.summary.match(/<h3>gantry release 0\.2\.0<\/h3>/g)).toHaveLength(1)
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
      expect(first.summary).toContain(`<td>${step}</td>`)
    expect(first.summary).toMatch(/<h3>Scan: /)
  })

  test('a re-run on the same commit changes nothing and duplicates nothing', async () => {
    const again = await runAction('release', {
      cwd: p.repo.dir,
      repository: 'octo/hello',
      sha: p.repo.head(),
      env: { GITHUB_API_URL: gh.url },
      inputs: {
        ...common('octo/hello'),
        push: 'true',
        'push-tag': 'git',
        release: 'true',
        'github-token': 'ghs_stand_in_token'
      }
    })
    expect(again.code).toBe(0)
    expect(again.outputs.version).toBe('0.2.0')
    // Reproducible: the same digest; the registry already has every blob.
    expect(again.outputs.digest).toBe(first.outputs.digest)
    expect(again.log).toMatch(/0 blobs uploaded \(0 bytes\), 0 mounted, 5 already there/)
    expect(again.log).toMatch(/git-tag: skipped \(v0\.2\.0 is on this commit already\)/)
    expect(gh.releases.size).toBe(1)
    const assets = JSON.parse(JSON.stringify([...gh.releases.values()][0].assets.map(a => a.name)))
    expect(assets).toHaveLength(4)
    expect(again.summary).toMatch(/0 uploaded, 4 kept/)
  })
})

test('a scan gate that fails: nothing is pushed, no tag is made, and the summary says why', async () => {
  const src = await vulnSource()
  const origin = Repo.init('origin.git', { bare: true })
  const repo = Repo.init('vulnapp')
  for (const f of ['go.mod', 'go.sum', 'main.go'])
    execFileSync('cp', [path.join(src.dir, f), path.join(repo.dir, f)])
  repo.git('add', '.')
  repo.commit('feat: parse language tags')
  repo.tag('v1.0.0')
  repo.commit('fix: nothing much')
  repo.git('remote', 'add', 'origin', origin.dir)
  repo.git('push', '-q', 'origin', 'main', '--tags')
  const run = await runAction('release', {
    cwd: repo.dir,
    repository: 'octo/hello',
    sha: repo.head(),
    env: { GITHUB_API_URL: gh.url },
    inputs: {
      ...common('octo/vulnapp'),
      targets: 'linux/amd64',
      'exit-code': '3',
      severity: 'UNKNOWN,LOW,MEDIUM,HIGH,CRITICAL',
      push: 'true',
      'push-tag': 'git',
      release: 'true',
      'github-token': 'ghs_stand_in_token'
    }
  })
  expect(run.code).toBe(3)
  expect(run.outputs.passed).toBe('false')
  expect(Number(run.outputs.findings)).toBeGreaterThan(0)
  expect(run.outputs.pushed).toBe('false')
  expect(run.outputs.digest).toMatch(/^sha256:/)
  // Nothing left the machine: no repository in the registry, no git tag, no release.
  expect((await registryJson('octo/vulnapp/tags/list')).status).toBe(404)
  expect(remoteTags(origin)).toEqual(['v1.0.0'])
  expect([...gh.releases.values()].filter(r => r.tag_name === 'v1.0.1')).toEqual([])
  expect(run.annotations.find(a => a.level === 'error')?.message).toMatch(
    /Nothing was pushed, and no git tag or image tag was written/
  )
  expect(run.summary).toContain(`${VULN_MODULE}`)
  expect(run.summary).toMatch(/<td>push<\/td><td>not run: the scan gate failed<\/td>/)
  expect(run.summary).toContain(VULN_VERSION)
})

test('a push that fails half-way leaves no tag; the re-run finishes it without sending anything twice', async () => {
  const p = project()
  const proxy = await startFaultProxy(registry.host)
  try {
    // The first run loses the registry after the blobs: manifests fail, as when a job is cancelled mid-push.
    proxy.rules.push({ method: 'PUT', path: /\/manifests\//, fault: { kind: 'reset' } })
    const args = [
      'release',
      '--working-directory',
      p.repo.dir,
      '--targets',
      'linux/amd64,linux/arm64',
      '--db',
      db(),
      '--push',
      '--push-tag',
      'git',
      '--registry-timeout',
      '5'
    ]
    const env = { GITHUB_REF: '', GITHUB_EVENT_NAME: '' }
    const cut = await runCli([...args, '--images', `${proxy.host}/octo/cut`], { cwd: p.repo.dir, env })
    expect(cut.code).not.toBe(0)
    expect(cut.stderr).toMatch(/error: images: .*Nothing was tagged/)
    expect(await tagsOf('octo/cut')).toEqual([])
    expect(remoteTags(p.origin)).toEqual(['v0.1.0'])
    proxy.rules.length = 0
    const rerun = await runCli([...args, '--images', `${proxy.host}/octo/cut`], { cwd: p.repo.dir, env })
    expect(rerun.stderr).not.toMatch(/error:/)
    expect(rerun.code).toBe(0)
    // Every blob was there from the cut run: only manifests and tags are sent.
    expect(rerun.stderr).toMatch(/: 0 blobs uploaded \(0 bytes\), 0 mounted, 5 already there/)
    expect(await tagsOf('octo/cut')).toEqual([
      '0.2',
      '0.2.0',
      'latest',
      'main',
      `sha-${p.repo.head().slice(0, 7)}`
    ])
    expect(remoteTags(p.origin)).toEqual(['v0.1.0', 'v0.2.0'])
    const blobPuts = proxy.log.filter(l => /^(PUT|PATCH) \/v2\/octo\/cut\/blobs\//.test(l))
    const uploads = new Set(blobPuts)
    expect(blobPuts.length).toBe(uploads.size)
  } finally {
    await proxy.stop()
  }
})

describe('bad input changes nothing', () => {
  let p: { repo: Repo; origin: Repo }
  let work: string
  beforeAll(async () => {
    p = project()
    work = await mkdtemp(path.join(os.tmpdir(), 'gantry-release-bad-'))
    await writeFile(path.join(work, 'placeholder'), '')
  })
  afterAll(() => rm(work, { recursive: true, force: true }))

  const cli = (args: string[], env: Record<string, string | undefined> = {}) =>
    runCli(['release', '--working-directory', p.repo.dir, '--db', db(), ...args], {
      cwd: p.repo.dir,
      env: {
        GITHUB_REF: '',
        GITHUB_EVENT_NAME: '',
        GITHUB_TOKEN: undefined,
        GITHUB_REPOSITORY: undefined,
        ...env
      }
    })

  test.each([
    [['--push'], /^error: images: push: true needs somewhere to push the image\. Fix: set images/m, {}],
    [['--release', '--push-tag', 'git'], /^error: github-token: a GitHub release needs a token\./m, {}],
    [
      ['--release', '--push-tag', 'git'],
      /^error: github-token: a GitHub release needs the repository \(owner\/name\)\./m,
      { GITHUB_TOKEN: 'ghs_x' }
    ],
    [
      ['--targets', 'linux/amd64', '--platforms', 'linux/arm64'],
      /^error: platforms: linux\/arm64 is not one of the targets \(linux\/amd64\)\. Fix: add linux\/arm64 to targets/m,
      {}
    ],
    [
      ['--release', '--images', `${'127.0.0.1:9'}/x`],
      /^error: push-tag: a GitHub release needs the git tag v0\.2\.0, and push-tag is false\./m,
      { GITHUB_TOKEN: 'ghs_x', GITHUB_REPOSITORY: 'octo/hello' }
    ],
    [['--severity', 'SEVERE'], /^error: severity: "SEVERE" is not a severity\./m, {}],
    [['--platforms', 'linux/amd64/v9/x'], /^error: platforms: /m, {}]
    // Every row has all three values: jest takes a test function with more parameters than the row has
    // values for a done-callback test, and waits for the callback.
  ] as [string[], RegExp, Record<string, string>][])('%j', async (args, message, env) => {
    const r = await cli(args, env)
    expect(r.stderr).toMatch(message)
    expect(r.code).not.toBe(0)
    // Nothing half-done: no dist folder, no tag.
    expect(existsSync(path.join(p.repo.dir, 'dist'))).toBe(false)
    expect(remoteTags(p.origin)).toEqual(['v0.1.0'])
  })
})
