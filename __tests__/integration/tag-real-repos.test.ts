// The tag core on repositories shaped as real ones are (issue 10): commit messages with control bytes, a file
// named HEAD, clones without tags, release candidates promoted, build metadata, reverted commits, gopkg.in
// and Prometheus-style Go modules (a real gopkg.in module from the Go proxy). Real git, no mocks.
import path from 'node:path'
import { tag } from '../../src/release/tag.js'
import { tagOptions } from '../../src/stages/tag.js'
import type { CiContext } from '../../src/model/ci-context.js'
import { UserError } from '../../src/util/errors.js'
import { ci } from '../helpers/ci.js'
import { testHost } from '../helpers/host.js'
import { Repo, cleanupRepos, goRepo } from '../helpers/git-fixture.js'
import { cleanupModules, moduleSource } from '../helpers/go-proxy.js'

afterAll(() => {
  cleanupRepos()
  cleanupModules()
})

async function run(dir: string, raw: Record<string, string> = {}, c: Partial<CiContext> = {}) {
  const host = testHost()
  const result = await tag(tagOptions({ 'working-directory': dir, ...raw }, '/'), ci(c), host)
  return { ...result, log: host.logger }
}

async function fails(p: Promise<unknown>): Promise<UserError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(err).toBeInstanceOf(UserError)
  return err as UserError
}

/** A bare repository to push to, as origin of `r`. */
function withOrigin(r: Repo): Repo {
  const origin = Repo.init('origin.git', { bare: true })
  r.git('remote', 'add', 'origin', origin.dir)
  r.git('push', '-q', 'origin', 'main', '--tags')
  return origin
}

/** A repository that is not a Go module (no /vN rule in the way). */
function plainRepo(): Repo {
  const r = Repo.init()
  r.commit('chore: init', { 'README.md': 'hello\n' })
  return r
}

test('a header with a lone CR is logged and reported escaped, never as raw control characters', async () => {
  const r = plainRepo()
  r.tag('v1.0.0')
  r.commit('fix: x\r::warning::pwned\r::add-mask::abc\n\nBREAKING CHANGE: footer makes it decisive')
  const res = await run(r.dir)
  expect(res.version).toBe('2.0.0')
  expect(res.reason).toContain('"fix: x\\r::warning::pwned\\r::add-mask::abc"')
  // eslint-disable-next-line no-control-regex
  for (const line of res.log.lines) expect(line.message).not.toMatch(/[\r\u0000-\u0008\u000b-\u001f]/)
  expect(res.changelog).not.toContain('\r')
})

test('a message holding byte 0x1e (the old record separator) is read whole', async () => {
  const r = goRepo()
  r.tag('v1.0.0')
  r.commit('feat: split\u001ebrain\n\nbody with \u001e too')
  r.commit('fix: after it')
  const res = await run(r.dir)
  expect([res.previousVersion, res.version]).toEqual(['1.0.0', '1.1.0'])
  expect(res.changelog).toContain('split\\u001ebrain')
  expect(res.changelog).toContain('after it')
})

test('a file named HEAD at the root does not make HEAD ambiguous', async () => {
  const r = goRepo()
  r.tag('v1.0.0')
  r.commit('feat: head file', { HEAD: 'not a revision\n' })
  const res = await run(r.dir, { 'push-tag': 'git', 'dry-run': 'true' })
  expect([res.previousVersion, res.version]).toEqual(['1.0.0', '1.1.0'])
})

describe('a full clone without tags', () => {
  test('the tags of origin are fetched before deciding; push-tag: git makes v1.2.0, not v0.1.0', async () => {
    const src = goRepo()
    src.tag('v1.0.0')
    src.commit('feat: a')
    src.tag('v1.1.0', { annotated: true })
    src.commit('feat: b')
    const origin = withOrigin(src)
    const c = Repo.clone(origin.dir, ['--no-tags'])
    expect(c.git('tag')).toBe('')
    const res = await run(c.dir, { 'push-tag': 'git' })
    expect([res.previousVersion, res.version, res.created]).toEqual(['1.1.0', '1.2.0', true])
    expect(res.log.text('info')).toMatch(/2 version tag\(s\) of origin are missing here .*fetching the tags/)
    expect(origin.git('tag')).toBe('v1.0.0\nv1.1.0\nv1.2.0')
  })

  test('an unreadable origin: a warning without push-tag, an error with push-tag: git', async () => {
    const src = goRepo()
    src.tag('v1.0.0')
    src.commit('feat: a')
    src.git('remote', 'add', 'origin', path.join(src.dir, 'gone'))
    const res = await run(src.dir)
    expect(res.version).toBe('1.1.0')
    expect(res.log.text('warn')).toMatch(/cannot read the tags of the remote origin .*local tags only/)
    const e = await fails(run(src.dir, { 'push-tag': 'git' }))
    expect(e.message).toMatch(/^push-tag: cannot read the tags of the remote origin/)
  })
})

describe('promoting a release candidate', () => {
  function candidates(): { r: Repo; rc2: string } {
    const r = goRepo()
    r.tag('v1.3.0')
    r.commit('feat: search')
    r.tag('v1.4.0-rc.1')
    r.commit('fix: search crash')
    r.tag('v1.4.0-rc.2')
    return { r, rc2: r.head() }
  }

  test('a v1.4.0 tag push on the rc.2 commit: previous is 1.3.0 and the changelog has every change', async () => {
    const { r } = candidates()
    r.tag('v1.4.0')
    const res = await run(r.dir, {}, { ref: 'refs/tags/v1.4.0' })
    expect([res.previousVersion, res.version, res.previousTag]).toEqual(['1.3.0', '1.4.0', 'v1.3.0'])
    expect(res.changelog).toContain('search crash')
    expect(res.changelog).toContain('* search (')
    expect(res.changelog).not.toContain('No notable changes')
  })

  test('the version input, and auto after more commits, promote from 1.3.0 too', async () => {
    const { r } = candidates()
    const input = await run(r.dir, { version: '1.4.0', 'push-tag': 'git', 'dry-run': 'true' })
    expect([input.previousVersion, input.version]).toEqual(['1.3.0', '1.4.0'])
    expect(input.changelog).toContain('search crash')
    r.commit('docs: release notes')
    const auto = await run(r.dir)
    expect([auto.previousVersion, auto.version]).toEqual(['1.3.0', '1.4.0'])
    expect(auto.changelog).toContain('search crash')
  })

  test('the next candidate still counts from the previous candidate', async () => {
    const { r } = candidates()
    r.commit('fix: more')
    const res = await run(r.dir, { prerelease: 'rc' })
    expect([res.previousVersion, res.version]).toEqual(['1.4.0-rc.2', '1.4.0-rc.3'])
  })
})

describe('build metadata', () => {
  test('version: 1.2.3+build.5 keeps it in the version and the git tag; image tags get a -', async () => {
    const r = goRepo()
    r.tag('v1.2.2')
    const origin = withOrigin(r)
    r.commit('fix: x')
    const res = await run(r.dir, { version: '1.2.3+build.5', 'push-tag': 'git' })
    expect([res.version, res.tag, res.created]).toEqual(['1.2.3+build.5', 'v1.2.3+build.5', true])
    expect(origin.git('tag')).toContain('v1.2.3+build.5')
    expect(res.tagNames.slice(0, 4)).toEqual(['1.2.3-build.5', '1.2', '1', 'latest'])
    expect(res.labels).toContainEqual(['org.opencontainers.image.version', '1.2.3+build.5'])
  })

  test('a v1.1.0+build.5 tag on HEAD: the tag output names that tag', async () => {
    const r = goRepo()
    r.tag('v1.0.0')
    r.commit('feat: x')
    r.tag('v1.1.0+build.5')
    const res = await run(r.dir)
    expect([res.version, res.tag, res.source]).toEqual(['1.1.0+build.5', 'v1.1.0+build.5', 'head-tag'])
    expect(r.tagCommit(res.tag)).toBe(r.head())
  })
})

test.each([
  ['-v', /starts with "-"/],
  ['x.lock/v', /the part "x\.lock" ends with "\.lock"/],
  ['a//v', /empty part/],
  ['v:', /contains ":"/]
])('tag-prefix %j is refused up front with git check-ref-format rules', (prefix, rule) => {
  const r = goRepo()
  expect(() => tagOptions({ 'working-directory': r.dir, 'tag-prefix': prefix }, '/')).toThrow(
    new RegExp(
      `^tag-prefix: "${prefix.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}" cannot start a tag name: git refuses .*${rule.source}`
    )
  )
})

describe('reverted commits', () => {
  test('a feat! and its revert cancel out, as in semantic-release', async () => {
    const r = plainRepo()
    r.tag('v1.0.0')
    const bad = r.commit('feat!: drop the config file', { 'config.go': 'package main\n' })
    r.git('revert', '--no-edit', bad)
    const only = await run(r.dir, { 'push-tag': 'git', 'dry-run': 'true' })
    expect(only.version).toBe('1.0.0')
    expect(only.tagAction).toMatch(/nothing to release/)
    r.commit('fix: typo')
    const res = await run(r.dir)
    expect([res.version, res.bump]).toEqual(['1.0.1', 'patch'])
    expect(res.changelog).not.toContain('drop the config file')
  })

  test('a revert of a revert brings the original back', async () => {
    const r = plainRepo()
    r.tag('v1.0.0')
    const feat = r.commit('feat: colours', { 'colours.go': 'package main\n' })
    r.git('revert', '--no-edit', feat)
    r.git('revert', '--no-edit', 'HEAD')
    expect((await run(r.dir)).version).toBe('1.1.0')
  })
})

describe('Go module paths', () => {
  test('gopkg.in/yaml.v3 (from the Go proxy) carries its major as .v3', async () => {
    const dir = moduleSource('gopkg.in/yaml.v3', 'v3.0.1')
    const r = new Repo(dir)
    r.git('init', '-q', '-b', 'main')
    r.git('add', '-A')
    r.git('commit', '-qm', 'chore: import yaml.v3')
    r.tag('v3.0.1')
    r.commit('feat: new decoder option')
    const ok = await run(dir, { 'push-tag': 'git', 'dry-run': 'true' })
    expect([ok.previousVersion, ok.version]).toEqual(['3.0.1', '3.1.0'])
    r.commit('feat!: new API')
    const e = await fails(run(dir, { 'push-tag': 'git', 'dry-run': 'true' }))
    expect(e.message).toMatch(
      /gopkg\.in path names its major version as \.vN.*Fix: change go\.mod to `module gopkg\.in\/yaml\.v4`/
    )
  })

  test('a Go application tagging v2+ without /vN: a warning unless a tag is made', async () => {
    const r = goRepo('github.com/prometheus/prometheus')
    r.tag('v2.53.0')
    r.commit('feat: native histograms')
    const res = await run(r.dir)
    expect(res.version).toBe('2.54.0')
    expect(res.log.text('warn')).toMatch(/needs the module path to end in \/v2.*Fix: change go\.mod/)
    r.tag('v2.54.0')
    const pushed = await run(r.dir, {}, { ref: 'refs/tags/v2.54.0' })
    expect(pushed.version).toBe('2.54.0')
    r.commit('fix: y')
    const e = await fails(run(r.dir, { 'push-tag': 'git', 'dry-run': 'true' }))
    expect(e.message).toMatch(/^tag-prefix: version 2\.x needs the module path to end in \/v2/)
  })
})

test('image tag rules: placeholders expand, unknown ones and ignored keys are errors', async () => {
  const r = goRepo()
  r.tag('v1.0.0')
  r.commit('fix: x')
  const res = await run(
    r.dir,
    { tags: 'type=raw,value={{branch}}-{{sha}}\ntype=sha,prefix={{branch}}-' },
    { ref: 'refs/heads/feature/x' }
  )
  const short = r.head().slice(0, 7)
  expect(res.tagNames).toEqual([`feature-x-${short}`])
  expect(() => tagOptions({ 'working-directory': r.dir, tags: 'type=raw,value={{brnch}}' }, '/')).toThrow(
    /^tags: rule "type=raw,value=\{\{brnch\}\}": unknown placeholder/
  )
  expect(() =>
    tagOptions({ 'working-directory': r.dir, tags: 'type=semver,pattern={{version}},value=1.0.0' }, '/')
  ).toThrow(/value= would be ignored/)
})
