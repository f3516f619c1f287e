// The tag core against real git repositories built in temp folders (no mocks): version decisions on two
// release lines, prereleases, Go submodules and the /vN rule, shallow clones, and image tags.
import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { tag, type TagOptions } from '../../src/release/tag.js'
import { tagOptions } from '../../src/stages/tag.js'
import type { CiContext } from '../../src/model/ci-context.js'
import { ci } from '../helpers/ci.js'
import { UserError } from '../../src/util/errors.js'
import { testHost } from '../helpers/host.js'
import { Repo, cleanupRepos, goRepo, twoLines } from '../helpers/git-fixture.js'

afterAll(cleanupRepos)

function opts(dir: string, raw: Record<string, string> = {}): TagOptions {
  return tagOptions({ 'working-directory': dir, ...raw }, '/')
}

async function run(dir: string, raw: Record<string, string> = {}, c: Partial<CiContext> = {}) {
  return tag(opts(dir, raw), ci(c), testHost())
}

async function fails(p: Promise<unknown>): Promise<UserError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(err).toBeInstanceOf(UserError)
  return err as UserError
}

describe('version decision on two release lines', () => {
  let r: Repo
  beforeAll(() => {
    r = twoLines()
  })

  test('main: the highest reachable tag bumped by the commits since it', async () => {
    const res = await run(r.dir, { images: 'ghcr.io/octo/hello' })
    expect([res.previousVersion, res.version, res.source, res.bump]).toEqual([
      '2.1.0',
      '2.1.1',
      'commits',
      'patch'
    ])
    expect(res.reason).toMatch(/1 commit since v2\.1\.0 \(1 fix\).*"fix: typo in help"/)
    // Not released at HEAD: no version tags, the branch and sha only.
    expect(res.tagNames).toEqual(['main', `sha-${r.head().slice(0, 7)}`])
    expect(res.tags).toEqual(res.tagNames.map(n => `ghcr.io/octo/hello:${n}`))
    expect(res.changelog).toContain('### Bug Fixes')
  })

  test('a dry-run release on main gets floating tags and latest', async () => {
    const res = await run(r.dir, { 'push-tag': 'git', 'dry-run': 'true' })
    expect(res.tagNames.slice(0, 4)).toEqual(['2.1.1', '2.1', '2', 'latest'])
    expect(res.tagAction).toMatch(/dry run: would create v2\.1\.1/)
    expect(r.tagCommit('v2.1.1')).toBe('')
  })

  test('release-1.x: previous is the highest reachable (v1.1.0), not v2.1.0; a patch never takes latest', async () => {
    r.git('checkout', '-q', 'release-1.x')
    try {
      const res = await run(r.dir, { 'push-tag': 'git', 'dry-run': 'true' })
      expect([res.previousVersion, res.version]).toEqual(['1.1.0', '1.1.1'])
      expect(res.tagNames).toContain('1.1')
      expect(res.tagNames).toContain('1')
      expect(res.tagNames).not.toContain('latest')
      expect(res.notes.join('\n')).toMatch(/latest: held back, v2\.1\.0 is higher/)
    } finally {
      r.git('checkout', '-q', 'main')
    }
  })

  test('prereleases rank rc.10 above rc.2; prerelease: rc continues the numbering; no latest for an rc', async () => {
    r.git('checkout', '-q', 'next')
    try {
      const rc = await run(r.dir, { prerelease: 'rc', 'push-tag': 'git', 'dry-run': 'true' })
      expect([rc.previousVersion, rc.version]).toEqual(['3.0.0-rc.10', '3.0.0-rc.11'])
      expect(rc.tagNames[0]).toBe('3.0.0-rc.11')
      expect(rc.tagNames).not.toContain('latest')
      expect(rc.tagNames).not.toContain('3')
      // Without prerelease the candidate line is promoted to its release.
      const final = await run(r.dir)
      expect(final.version).toBe('3.0.0')
    } finally {
      r.git('checkout', '-q', 'main')
    }
  })

  test('a version tag on HEAD is the version; a tag push of an old-line patch gets no latest', async () => {
    r.git('checkout', '-q', 'v2.0.0')
    try {
      const res = await run(r.dir)
      expect([res.source, res.version, res.previousVersion, res.released]).toEqual([
        'head-tag',
        '2.0.0',
        '1.1.0',
        true
      ])
      // 2.0 is still the highest of its line; 2 and latest belong to 2.1.0.
      expect(res.tagNames).toEqual(['2.0.0', '2.0', `sha-${r.head().slice(0, 7)}`])
      expect(res.notes).toEqual([
        '2: held back, a higher version of that line exists',
        'latest: held back, v2.1.0 is higher'
      ])
    } finally {
      r.git('checkout', '-q', 'main')
    }
  })

  test('bump and version inputs', async () => {
    // A major bump of this /v2 module needs /v3 first: an error when the tag would be made.
    const e = await fails(run(r.dir, { bump: 'major', 'push-tag': 'git', 'dry-run': 'true' }))
    expect(e.message).toMatch(/version 3\.x needs the module path to end in \/v3/)
    expect((await run(r.dir, { bump: 'minor' })).version).toBe('2.2.0')
    expect((await run(r.dir, { bump: 'none' })).version).toBe('2.1.0')
    const v = await run(r.dir, { version: 'v2.5.0' })
    expect([v.version, v.source, v.tag]).toEqual(['2.5.0', 'input', 'v2.5.0'])
    expect(v.tagNames.slice(0, 4)).toEqual(['2.5.0', '2.5', '2', 'latest'])
  })

  test('a version at or below the highest reachable one is refused with push-tag', async () => {
    const e = await fails(run(r.dir, { version: '2.0.5', 'push-tag': 'git' }))
    expect(e.message).toMatch(
      /^version: 2\.0\.5 is not above the highest version reachable from HEAD \(v2\.1\.0\)/
    )
  })
})

describe('conventional commits', () => {
  test('feat!: and a BREAKING CHANGE footer bump the major; major-zero bumps the minor under 1.0', async () => {
    const r = Repo.init() // no go.mod: the /vN rule does not apply
    r.commit('feat: start')
    r.tag('v1.2.3')
    r.commit('feat(api)!: remove old endpoint')
    expect((await run(r.dir)).version).toBe('2.0.0')
    const z = goRepo()
    z.tag('v0.3.1')
    z.commit('fix: parse flags\n\nBREAKING CHANGE: -x is gone')
    expect((await run(z.dir)).version).toBe('0.4.0')
    expect((await run(z.dir, { 'major-zero': 'false' })).version).toBe('1.0.0')
    const changelog = (await run(z.dir)).changelog
    expect(changelog).toMatch(/### ⚠ BREAKING CHANGES\n\n\* -x is gone/)
  })

  test('no tag at all: 0.1.0; chore-only commits still make a patch', async () => {
    const r = goRepo()
    const first = await run(r.dir)
    expect([first.version, first.source, first.previousVersion]).toEqual(['0.1.0', 'initial', ''])
    r.tag('v0.1.0')
    r.commit('docs: readme')
    expect((await run(r.dir)).version).toBe('0.1.1')
  })

  test('a detached HEAD with no tags and no conventional commits fails with the fix', async () => {
    const s = Repo.init()
    s.commit('initial import')
    s.commit('more work')
    s.git('checkout', '-q', '--detach')
    const e = await fails(run(s.dir))
    expect(e.message).toMatch(/^version: HEAD is detached, no tag with the prefix "v".*Fix: set version/)
  })

  test('links in the changelog when the repository is known', async () => {
    const r = goRepo()
    r.tag('v1.0.0')
    const sha = r.commit('feat: shiny (#12)')
    const res = await run(r.dir, {}, { repository: 'octo/hello' })
    expect(res.changelog).toContain('## [1.1.0](https://github.com/octo/hello/compare/v1.0.0...v1.1.0)')
    expect(res.changelog).toContain(
      `* shiny ([#12](https://github.com/octo/hello/issues/12)) ([${sha.slice(0, 7)}](https://github.com/octo/hello/commit/${sha}))`
    )
    expect(Object.fromEntries(res.labels)).toMatchObject({
      'org.opencontainers.image.source': 'https://github.com/octo/hello',
      'org.opencontainers.image.created': '2023-11-14T22:15:20Z',
      'org.opencontainers.image.title': 'hello'
    })
  })
})

test('merges: a tag reached through a merge is the previous version, and the merged commits count', async () => {
  const r = goRepo()
  r.tag('v1.0.0', { annotated: true })
  r.git('checkout', '-q', '-b', 'hotfix')
  r.commit('fix: urgent')
  r.tag('v1.0.1') // lightweight
  r.git('checkout', '-q', 'main')
  r.commit('feat: on main')
  r.git('merge', '-q', '--no-ff', '-m', 'Merge branch hotfix', 'hotfix')
  const res = await run(r.dir, {}, { repository: 'octo/hello' })
  expect([res.previousVersion, res.version]).toEqual(['1.0.1', '1.1.0'])
  expect(res.changelog).toContain('on main')
  expect(res.changelog).not.toContain('Merge branch')
})

describe('Go modules', () => {
  test('a submodule with tools/v tags counts only its own tags and commits', async () => {
    const r = goRepo()
    r.tag('v1.4.0')
    r.commit('feat: tools', { 'tools/go.mod': 'module example.com/hello/tools\n\ngo 1.24\n' })
    r.tag('tools/v0.2.0')
    r.commit('feat: root only', { 'root.txt': 'x' })
    r.commit('fix: tools only', { 'tools/x.go': 'package tools\n' })
    const res = await run(path.join(r.dir, 'tools'), { 'tag-prefix': 'tools/v' })
    expect([res.previousVersion, res.version, res.tag]).toEqual(['0.2.0', '0.2.1', 'tools/v0.2.1'])
    expect(res.changelog).not.toContain('root only')
    const root = await run(r.dir)
    expect(root.version).toBe('1.5.0')
    const h = testHost()
    await tag(opts(path.join(r.dir, 'tools')), ci(), h)
    expect(h.logger.text('warn')).toMatch(
      /versioned by tags named tools\/vX\.Y\.Z, but tag-prefix is "v": set tag-prefix: tools\/v/
    )
  })

  test('v2+ needs a /vN module path', async () => {
    const r = goRepo('example.com/hello')
    r.tag('v1.0.0')
    r.commit('feat!: break everything')
    const e = await fails(run(r.dir, { 'push-tag': 'git', 'dry-run': 'true' }))
    expect(e.message).toMatch(
      /module path to end in \/v2.*Fix: change go.mod to `module example.com\/hello\/v2`/
    )
    r.commit('fix: module path', { 'go.mod': 'module example.com/hello/v2\n\ngo 1.24\n' })
    expect((await run(r.dir, { 'push-tag': 'git', 'dry-run': 'true' })).version).toBe('2.0.0')
  })
})

describe('shallow clones', () => {
  test('a depth-1 clone is deepened from origin and gives the same answer', async () => {
    const r = twoLines()
    const c = Repo.clone(`file://${r.dir}`, ['--depth', '1', '--no-tags', '--branch', 'main'])
    expect(c.git('rev-parse', '--is-shallow-repository')).toBe('true')
    const res = await run(c.dir)
    expect([res.previousVersion, res.version]).toEqual(['2.1.0', '2.1.1'])
    expect(c.git('rev-parse', '--is-shallow-repository')).toBe('false')
  })

  test('a shallow clone that cannot be deepened fails with fetch-depth: 0', async () => {
    const r = twoLines()
    const c = Repo.clone(`file://${r.dir}`, ['--depth', '1', '--branch', 'main'])
    c.git('remote', 'set-url', 'origin', path.join(r.dir, 'gone'))
    const e = await fails(run(c.dir))
    expect(e.message).toMatch(/^working-directory: the repository is a shallow clone.*fetch-depth: 0/)
  })
})

describe('bad input', () => {
  let r: Repo
  beforeAll(() => {
    r = goRepo()
    r.tag('v1.0.0')
  })
  test.each([
    [{ version: '1.2' }, /^version: "1\.2" is not a semantic version/],
    [{ version: 'v1.2.3.4' }, /^version: "v1\.2\.3\.4" is not a semantic version/],
    [{ version: '1.2.3-' }, /^version: "1\.2\.3-" is not a semantic version/],
    [
      { images: 'ghcr.io/Octo/hello' },
      /^images: "ghcr.io\/Octo\/hello" is not a valid image name: .*upper-case letters.*Fix: write ghcr.io\/octo\/hello/
    ],
    [
      { images: 'bad_host.io:x/hello' },
      /^images: .* "bad_host.io:x" is not a registry host \(a bad registry host/
    ],
    [
      { tags: 'type=semvar,pattern={{version}}' },
      /^tags: rule "type=semvar,pattern=\{\{version\}\}": unknown type "semvar"/
    ],
    [{ tags: 'type=sha,flavor=short' }, /^tags: rule "type=sha,flavor=short": unknown key "flavor"/],
    [{ 'push-tag': 'api' }, /^github-token: push-tag: api needs a token/],
    [{ bump: 'huge' }, /^bump: "huge" is not one of/]
  ])('%j', (raw, message) => {
    expect(() => opts(r.dir, raw as Record<string, string>)).toThrow(message)
  })

  test('a prefix whose tags do not parse', async () => {
    const s = goRepo()
    s.tag('release-1.0')
    s.tag('release-2')
    const e = await fails(run(s.dir, { 'tag-prefix': 'release-' }))
    expect(e.message).toMatch(
      /^tag-prefix: no tag with the prefix "release-" is a semantic version.*release-1\.0, release-2/
    )
    const none = await fails(run(r.dir, { 'tag-prefix': 'none' }))
    expect(none.message).toMatch(/found v1\.0\.0/)
  })
})

test('tag-prefix none uses bare versions', async () => {
  const r = goRepo()
  r.tag('1.0.0')
  r.commit('feat: x')
  const res = await run(r.dir, { 'tag-prefix': 'none' })
  expect([res.tag, res.previousVersion]).toEqual(['1.1.0', '1.0.0'])
  expect(execFileSync('git', ['tag'], { cwd: r.dir, encoding: 'utf8' }).trim()).toBe('1.0.0')
})
