// Creating the tag: push-tag git against a real bare remote (including two concurrent runs and a pre-push
// hook that rejects), and push-tag api against a local stand-in for GitHub's REST API (see
// github-stand-in.ts: GitHub itself cannot be reached from the tests).
import { chmodSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { tag } from '../../src/release/tag.js'
import { tagOptions } from '../../src/stages/tag.js'
import { UserError } from '../../src/util/errors.js'
import { testHost } from '../helpers/host.js'
import { runCli } from '../helpers/run-action.js'
import { Repo, cleanupRepos, goRepo } from '../helpers/git-fixture.js'

afterAll(cleanupRepos)
import { ci } from '../helpers/ci.js'
import { startStandIn, type StandIn } from '../helpers/github-stand-in.js'

/** A source repo (v1.0.0 + a feat) pushed to a bare remote; returns the remote. */
function remoteWithRelease(): { remote: Repo; head: string } {
  const src = goRepo()
  src.tag('v1.0.0', { annotated: true })
  const head = src.commit('feat: new flag')
  const remote = Repo.init('remote.git', { bare: true })
  src.git('remote', 'add', 'origin', remote.dir)
  src.git('push', '-q', 'origin', 'main', '--tags')
  return { remote, head }
}

const gitOpts = (dir: string, extra: Record<string, string> = {}) =>
  tagOptions({ 'working-directory': dir, 'push-tag': 'git', ...extra }, '/')

describe('push-tag: git (real bare remote)', () => {
  test('creates a reproducible annotated tag; a second run finds it and succeeds', async () => {
    const { remote, head } = remoteWithRelease()
    const c = Repo.clone(remote.dir)
    const first = await tag(gitOpts(c.dir), ci(), testHost())
    expect([first.version, first.created, first.released]).toEqual(['1.1.0', true, true])
    expect(first.tagNames.slice(0, 4)).toEqual(['1.1.0', '1.1', '1', 'latest'])
    expect(remote.tagCommit('v1.1.0')).toBe(head)
    expect(remote.git('cat-file', '-t', 'v1.1.0')).toBe('tag')
    // Tagger date = the commit time, so every run makes the same tag object.
    expect(remote.git('for-each-ref', '--format=%(taggerdate:raw)', 'refs/tags/v1.1.0')).toBe(
      `${c.git('log', '-1', '--format=%ct')} +0000`
    )
    const again = await tag(gitOpts(Repo.clone(remote.dir).dir), ci(), testHost())
    expect([again.created, again.version]).toEqual([false, '1.1.0'])
    expect(again.tagAction).toMatch(/HEAD|already exists/)
  })

  test('two concurrent runs on the same commit both succeed', async () => {
    const { remote, head } = remoteWithRelease()
    const [a, b] = [Repo.clone(remote.dir), Repo.clone(remote.dir)]
    const runs = await Promise.all(
      [a, b].map(c => runCli(['tag', '--push-tag', 'git'], { cwd: c.dir, env: { GITHUB_REF: undefined } }))
    )
    for (const r of runs) expect([r.code, r.stderr]).toEqual([0, expect.stringContaining('1.1.0')])
    const outs = runs.map(r => JSON.parse(r.stdout) as { version: string; tag: string; created: string })
    expect(outs.map(o => o.tag)).toEqual(['v1.1.0', 'v1.1.0'])
    // Exactly one run made the tag; the other found it (before pushing, or as the push's answer).
    expect(outs.map(o => o.created).sort()).toEqual(['false', 'true'])
    expect(remote.tagCommit('v1.1.0')).toBe(head)
  })

  test('a tag on another commit fails and is left as it is', async () => {
    const { remote } = remoteWithRelease()
    const other = Repo.clone(remote.dir)
    other.git('checkout', '-q', '-b', 'side', 'v1.0.0')
    const sideCommit = other.commit('fix: side')
    other.tag('v1.2.0', { annotated: true })
    other.git('push', '-q', 'origin', 'v1.2.0')
    const c = Repo.clone(remote.dir)
    const err = await tag(gitOpts(c.dir, { version: '1.2.0' }), ci(), testHost()).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(UserError)
    expect((err as Error).message).toMatch(
      /^version: the tag v1\.2\.0 already exists on commit [0-9a-f]{12}, not on/
    )
    expect(remote.tagCommit('v1.2.0')).toBe(sideCommit)
    expect(c.tagCommit('v1.2.0')).toBe(sideCommit) // fetched by the clone, not moved
  })

  test('a tag made on the remote between our read and our push, on another commit, fails the compare-and-set', async () => {
    const { remote } = remoteWithRelease()
    const c = Repo.clone(remote.dir)
    const other = Repo.clone(remote.dir)
    other.git('checkout', '-q', '-b', 'side', 'v1.0.0')
    const sideCommit = other.commit('fix: side')
    other.git('push', '-q', 'origin', 'side')
    // Another run wins the race: its tag lands on the remote while ours is being pushed.
    const hook = path.join(c.dir, '.git/hooks/pre-push')
    writeFileSync(
      hook,
      `#!/bin/sh\ngit --git-dir='${remote.dir}' update-ref refs/tags/v1.1.0 ${sideCommit}\n`
    )
    chmodSync(hook, 0o755)
    const err = await tag(gitOpts(c.dir), ci(), testHost()).catch((e: unknown) => e)
    expect((err as Error).message).toMatch(/^version: the tag v1\.1\.0 already exists on commit/)
    expect(remote.tagCommit('v1.1.0')).toBe(sideCommit)
    expect(c.tagCommit('v1.1.0')).toBe('') // ours was made for the push and removed again
  })

  test('a rejecting pre-push hook fails the step and leaves no tag behind', async () => {
    const { remote } = remoteWithRelease()
    const c = Repo.clone(remote.dir)
    const hook = path.join(c.dir, '.git/hooks/pre-push')
    writeFileSync(hook, '#!/bin/sh\necho "tags are pushed by the release job only" >&2\nexit 1\n')
    chmodSync(hook, 0o755)
    const err = await tag(gitOpts(c.dir), ci(), testHost()).catch((e: unknown) => e)
    expect((err as Error).message).toMatch(/^push-tag: pushing v1\.1\.0 to origin failed: .*release job only/)
    expect(c.tagCommit('v1.1.0')).toBe('')
    expect(remote.tagCommit('v1.1.0')).toBe('')
  })

  test('a single remote not named origin is used', async () => {
    const { remote, head } = remoteWithRelease()
    const c = Repo.clone(remote.dir, ['--origin', 'upstream'])
    expect((await tag(gitOpts(c.dir), ci(), testHost())).created).toBe(true)
    expect(remote.tagCommit('v1.1.0')).toBe(head)
  })

  test('dry-run changes nothing', async () => {
    const { remote } = remoteWithRelease()
    const c = Repo.clone(remote.dir)
    const r = await tag(gitOpts(c.dir, { 'dry-run': 'true' }), ci(), testHost())
    expect(r.tagAction).toMatch(/^dry run: would create v1\.1\.0/)
    expect([c.tagCommit('v1.1.0'), remote.tagCommit('v1.1.0')]).toEqual(['', ''])
  })
})

describe('push-tag: api (local stand-in for the GitHub REST API)', () => {
  let gh: StandIn
  let repo: Repo
  let head: string
  beforeAll(async () => {
    gh = await startStandIn()
    repo = goRepo()
    repo.tag('v1.0.0')
    head = repo.commit('fix: a bug')
  })
  afterAll(() => gh.close())
  beforeEach(() => {
    gh.refs.clear()
    gh.tagObjects.clear()
    gh.requests.length = 0
    gh.fail5xx = 0
    gh.beforeCreateRef = undefined
  })
  const run = () =>
    tag(
      {
        ...tagOptions(
          { 'working-directory': repo.dir, 'push-tag': 'api', 'github-token': 'ghs_secret' },
          '/'
        ),
        apiRetry: { baseDelayMs: 1, maxDelayMs: 1 }
      },
      ci({ repository: 'octo/hello', apiUrl: gh.url }),
      testHost()
    )

  test('creates the tag object (tagger date = commit time) and the ref; a rerun is a no-op', async () => {
    const r = await run()
    expect([r.version, r.created]).toEqual(['1.0.1', true])
    const [obj] = [...gh.tagObjects.values()]
    expect(obj).toMatchObject({ tag: 'v1.0.1', object: head, message: 'Release v1.0.1' })
    expect(obj.tagger.date).toBe(
      new Date(Number(repo.git('log', '-1', '--format=%ct')) * 1000).toISOString().replace('.000', '')
    )
    expect(gh.refs.get('refs/tags/v1.0.1')?.type).toBe('tag')
    expect(gh.requests.every(q => q.auth === 'Bearer ghs_secret')).toBe(true)
    const again = await run()
    expect([again.created, again.tagAction]).toEqual([
      false,
      'v1.0.1 already exists on GitHub at this commit'
    ])
  })

  test('a concurrent run creating the same ref first (HTTP 422) is success on the same commit', async () => {
    gh.beforeCreateRef = ref => gh.refs.set(ref, { type: 'commit', sha: head })
    const r = await run()
    expect([r.created, r.tagAction]).toEqual([false, 'v1.0.1 was created by a concurrent run at this commit'])
  })

  test('a ref on another commit fails without touching it', async () => {
    gh.refs.set('refs/tags/v1.0.1', { type: 'commit', sha: 'f'.repeat(40) })
    await expect(run()).rejects.toThrow(/^version: the tag v1\.0\.1 already exists on commit ffffffffffff/)
    expect(gh.refs.get('refs/tags/v1.0.1')?.sha).toBe('f'.repeat(40))
    expect(gh.requests.filter(q => q.method === 'POST')).toHaveLength(0)
  })

  test('HTTP 5xx answers are retried (bounded)', async () => {
    gh.fail5xx = 2
    expect((await run()).created).toBe(true)
    gh.refs.clear()
    gh.fail5xx = 100
    await expect(run()).rejects.toThrow(/HTTP 502/)
    expect(gh.requests.length).toBeLessThan(12)
  })
})
