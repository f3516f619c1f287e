// The bundled tag action, run as a runner runs it (dist/tag/index.js with INPUT_*, GITHUB_* and an event
// payload at GITHUB_EVENT_PATH), on real git repositories: a tag push, a branch push, a pull request and a
// schedule event; push-tag: api goes to a local stand-in for GitHub's REST API (GitHub is unreachable here).
import { runAction, runCli } from '../helpers/run-action.js'
import { mapLimit } from '../../src/util/concurrency.js'
import { Repo, cleanupRepos, goRepo } from '../helpers/git-fixture.js'

afterAll(cleanupRepos)
import { startStandIn } from '../helpers/github-stand-in.js'

const repository = { default_branch: 'main', description: 'Says hello', license: { spdx_id: 'MIT' } }

function released(): { r: Repo; v11: string } {
  const r = goRepo()
  r.tag('v1.0.0')
  r.commit('feat: greet by name (#3)')
  r.tag('v1.1.0', { annotated: true })
  const v11 = r.head()
  r.commit('fix: trailing newline')
  return { r, v11 }
}

const lines = (s: string | undefined): string[] => (s ?? '').split('\n').filter(Boolean)

describe('actions/tag (dist bundle)', () => {
  test('tag push: the pushed tag is the version; floating tags, latest and labels', async () => {
    const { r, v11 } = released()
    r.git('checkout', '-q', '--detach', 'v1.1.0')
    const run = await runAction('tag', {
      cwd: r.dir,
      inputs: { images: 'ghcr.io/octo/hello\nlocalhost:5000/hello' },
      ref: 'refs/tags/v1.1.0',
      sha: v11,
      event: { name: 'push', payload: { ref: 'refs/tags/v1.1.0', repository } }
    })
    expect(run.code).toBe(0)
    expect([
      run.outputs.version,
      run.outputs['previous-version'],
      run.outputs.tag,
      run.outputs.created
    ]).toEqual(['1.1.0', '1.0.0', 'v1.1.0', 'false'])
    const names = ['1.1.0', '1.1', '1', 'latest', `sha-${v11.slice(0, 7)}`]
    expect(lines(run.outputs['tag-names'])).toEqual(names)
    expect(lines(run.outputs.tags)).toEqual([
      ...names.map(n => `ghcr.io/octo/hello:${n}`),
      ...names.map(n => `localhost:5000/hello:${n}`)
    ])
    expect(lines(run.outputs.labels)).toEqual([
      'org.opencontainers.image.created=2023-11-14T22:15:20Z',
      'org.opencontainers.image.description=Says hello',
      'org.opencontainers.image.licenses=MIT',
      `org.opencontainers.image.revision=${v11}`,
      'org.opencontainers.image.source=https://github.com/octo-org/hello',
      'org.opencontainers.image.title=hello',
      'org.opencontainers.image.url=https://github.com/octo-org/hello',
      'org.opencontainers.image.version=1.1.0'
    ])
    expect(run.outputs.annotations).toBe(run.outputs.labels)
    expect(JSON.parse(run.outputs.json)).toMatchObject({ source: 'ref', released: true, version: '1.1.0' })
    expect(run.outputs.changelog).toContain('[#3](https://github.com/octo-org/hello/issues/3)')
    expect(run.summary).toMatch(/1\.0\.0.*<b>1\.1\.0<\/b>.*the workflow runs on the tag v1\.1\.0/s)
  })

  test('branch push to the default branch: next version, branch, edge and sha tags only', async () => {
    const { r } = released()
    const run = await runAction('tag', {
      cwd: r.dir,
      inputs: { images: 'ghcr.io/octo/hello' },
      ref: 'refs/heads/main',
      sha: r.head(),
      event: { name: 'push', payload: { ref: 'refs/heads/main', repository } }
    })
    expect(run.code).toBe(0)
    expect([run.outputs.version, run.outputs['previous-version']]).toEqual(['1.1.1', '1.1.0'])
    expect(lines(run.outputs['tag-names'])).toEqual(['main', 'edge', `sha-${r.head().slice(0, 7)}`])
    expect(run.outputs.labels).toContain('org.opencontainers.image.version=main')
    expect(run.summary).toContain('no tag pushed')
  })

  test('a payload description with newlines adds no label lines (issue 9)', async () => {
    const { r } = released()
    const hostile = {
      ...repository,
      description:
        'Says hello\norg.opencontainers.image.source=https://evil.example\r\nfoo=bar\u2028::warning::x'
    }
    const run = await runAction('tag', {
      cwd: r.dir,
      inputs: { images: 'ghcr.io/octo/hello' },
      ref: 'refs/heads/main',
      sha: r.head(),
      event: { name: 'push', payload: { ref: 'refs/heads/main', repository: hostile } }
    })
    expect(run.code).toBe(0)
    const labels = run.outputs.labels.split('\n')
    // One line per label, each a known key; the description is one (escaped) line.
    expect(labels.map(l => l.split('=')[0])).toEqual([
      'org.opencontainers.image.created',
      'org.opencontainers.image.description',
      'org.opencontainers.image.licenses',
      'org.opencontainers.image.revision',
      'org.opencontainers.image.source',
      'org.opencontainers.image.title',
      'org.opencontainers.image.url',
      'org.opencontainers.image.version'
    ])
    expect(labels).toContain('org.opencontainers.image.source=https://github.com/octo-org/hello')
    expect(labels.find(l => l.startsWith('org.opencontainers.image.description='))).toMatch(
      /^org\.opencontainers\.image\.description=Says hello org\.opencontainers.*foo=bar.*::warning::x$/
    )
    expect(run.outputs.annotations).toBe(run.outputs.labels)
    expect(run.stdout.split('\n').some(l => l.trim().startsWith('::warning::x'))).toBe(false)
  })

  test('pull request: pr-<n> and sha', async () => {
    const { r } = released()
    r.git('checkout', '-q', '-b', 'feature/Add_Thing')
    r.commit('feat: thing')
    r.git('checkout', '-q', '--detach')
    const run = await runAction('tag', {
      cwd: r.dir,
      ref: 'refs/pull/7/merge',
      sha: r.head(),
      event: { name: 'pull_request', payload: { number: 7, pull_request: { number: 7 }, repository } }
    })
    expect(run.code).toBe(0)
    expect(run.outputs.version).toBe('1.2.0')
    expect(lines(run.outputs['tag-names'])).toEqual(['pr-7', `sha-${r.head().slice(0, 7)}`])
    expect(run.outputs.tags).toBe('')
  })

  test('schedule: nightly', async () => {
    const { r } = released()
    const run = await runAction('tag', {
      cwd: r.dir,
      inputs: { tags: 'type=schedule\ntype=sha,prefix=,format=long\ntype=raw,value=Build/{{branch}}' },
      ref: 'refs/heads/main',
      sha: r.head(),
      event: { name: 'schedule', payload: { schedule: '0 3 * * *' } }
    })
    expect(run.code).toBe(0)
    // Custom rules replace the defaults; placeholders expand; names are sanitised to Docker's grammar.
    expect(lines(run.outputs['tag-names'])).toEqual(['nightly', r.head(), 'Build-main'])
  })

  test('push-tag: api creates the tag through the (stand-in) GitHub API; the token is masked', async () => {
    const gh = await startStandIn('octo-org/hello')
    try {
      const { r } = released()
      const run = await runAction('tag', {
        cwd: r.dir,
        inputs: { 'push-tag': 'api', 'github-token': 'ghs_topsecret123', images: 'ghcr.io/octo/hello' },
        ref: 'refs/heads/main',
        sha: r.head(),
        env: { GITHUB_API_URL: gh.url },
        event: { name: 'push', payload: { ref: 'refs/heads/main', repository } }
      })
      expect(run.code).toBe(0)
      expect([run.outputs.version, run.outputs.created]).toEqual(['1.1.1', 'true'])
      expect(gh.refs.has('refs/tags/v1.1.1')).toBe(true)
      expect(lines(run.outputs['tag-names']).slice(0, 4)).toEqual(['1.1.1', '1.1', '1', 'latest'])
      const logged = run.log.split('\n').filter(l => !l.startsWith('::add-mask::'))
      expect(run.log).toContain('::add-mask::ghs_topsecret123')
      expect(logged.join('\n')).not.toContain('ghs_topsecret123')
    } finally {
      await gh.close()
    }
  })

  test('bad input: one ::error:: naming the input and the fix, no outputs, no stack', async () => {
    const { r } = released()
    const run = await runAction('tag', { cwd: r.dir, inputs: { version: '1.2', 'push-tag': 'git' } })
    expect(run.code).toBe(1)
    const errors = run.annotations.filter(a => a.level === 'error')
    expect(errors.map(e => e.message)).toEqual([
      expect.stringMatching(/^version: "1\.2" is not a semantic version.*Fix: /)
    ])
    expect(run.outputs.version).toBeUndefined()
    expect(run.log).not.toMatch(/at .*index\.js:\d+/)
    expect(r.git('tag')).toBe('v1.0.0\nv1.1.0')
  })

  test('every bad input exits 1 with the input named and the fix, and moves no tag', async () => {
    const { r } = released()
    const detached = Repo.init()
    detached.commit('initial import')
    detached.git('checkout', '-q', '--detach')
    const odd = goRepo()
    odd.tag('release-1.0')
    const cases: [string[], RegExp, Repo?][] = [
      [
        ['--version', '1.2', '--push-tag', 'git'],
        /^error: version: "1\.2" is not a semantic version.* Fix: /
      ],
      [['--version', 'v1.2.3.4'], /^error: version: "v1\.2\.3\.4" is not a semantic version/],
      [['--version', '1.2.3-'], /^error: version: "1\.2\.3-" is not a semantic version/],
      [
        ['--version', '1.0.5', '--push-tag', 'git'],
        /^error: version: 1\.0\.5 is not above the highest version reachable/
      ],
      [
        ['--version', '1.1.0', '--push-tag', 'git'],
        /^error: version: the tag v1\.1\.0 already exists on commit \w{12}, not on/
      ],
      [
        ['--tag-prefix', 'release-'],
        /^error: tag-prefix: no tag with the prefix "release-" is a semantic version/,
        odd
      ],
      [['--images', 'ghcr.io/Octo/hello'], /^error: images: .*upper-case.* Fix: write ghcr\.io\/octo\/hello/],
      [['--images', 'ghcr_io:99x/hello'], /^error: images: .*bad registry host/],
      [['--tags', 'type=semvar'], /^error: tags: rule "type=semvar": unknown type "semvar"/],
      [['--tags', 'type=sha,flavor=x'], /^error: tags: rule "type=sha,flavor=x": unknown key "flavor"/],
      [['--push-tag', 'api'], /^error: github-token: push-tag: api needs a token/],
      [['--push-tag', 'git'], /^error: version: HEAD is detached, no tag .* Fix: set version/, detached]
    ]
    const results = await mapLimit(cases, 3, ([args, , repo]) =>
      runCli(['tag', ...args], {
        cwd: (repo ?? r).dir,
        env: { GITHUB_TOKEN: undefined }
      })
    )
    results.forEach((res, i) => {
      expect([cases[i][0], res.code]).toEqual([cases[i][0], 1])
      expect(res.stderr.split('\n').filter(l => l.startsWith('error:'))).toEqual([
        expect.stringMatching(cases[i][1])
      ])
    })
    expect(r.git('tag')).toBe('v1.0.0\nv1.1.0')
    expect(detached.git('tag')).toBe('')
  })

  test('the CLI takes the same options', async () => {
    const { r } = released()
    const ok = await runCli(['tag', '--images', 'ghcr.io/octo/hello', '--prerelease', 'rc'], { cwd: r.dir })
    expect(ok.code).toBe(0)
    expect(JSON.parse(ok.stdout).version).toBe('1.1.1-rc.1')
    const bad = await runCli(['tag', '--images', 'ghcr.io/Octo/hello'], { cwd: r.dir })
    expect([bad.code, bad.stderr]).toEqual([
      1,
      expect.stringMatching(/error: images: .*upper-case.*Fix: write ghcr.io\/octo\/hello/)
    ])
  })
})
