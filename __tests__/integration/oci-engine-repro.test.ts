// Reproducible images: one commit of examples/hello cloned into two folders, built by the go-build action
// with a fresh GOCACHE each, then made into images by the image action's oci engine (no daemon) into
// two OCI layouts: the same index digest, the same manifests, byte-identical blobs.
import { execFileSync } from 'node:child_process'
import { cp, mkdtemp, readFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { listFiles } from '../../src/util/fs.js'
import { repoRoot, runAction } from '../helpers/run-action.js'

test('two clones, fresh caches, two folders: the same image digest, byte-identical layouts', async () => {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'gantry-oci-repro-'))
  const origin = path.join(tmp, 'origin')
  await cp(path.join(repoRoot, 'examples/hello'), origin, {
    recursive: true,
    filter: src => !src.includes(`${path.sep}dist`)
  })
  const gitEnv = {
    ...process.env,
    GIT_AUTHOR_NAME: 'test',
    GIT_AUTHOR_EMAIL: 'test@example.com',
    GIT_COMMITTER_NAME: 'test',
    GIT_COMMITTER_EMAIL: 'test@example.com',
    GIT_AUTHOR_DATE: '2024-05-01T12:00:00Z',
    GIT_COMMITTER_DATE: '2024-05-01T12:00:00Z'
  }
  const git = (cwd: string, ...args: string[]): string =>
    execFileSync('git', args, { cwd, env: gitEnv, encoding: 'utf8' }).trim()
  git(origin, 'init', '-q', '-b', 'main')
  git(origin, 'add', '-A')
  git(origin, 'commit', '-q', '-m', 'hello')
  const sha = git(origin, 'rev-parse', 'HEAD')

  const results: { digest: string; layout: string; platforms: string }[] = []
  for (const name of ['a', 'deeper/folder/b']) {
    const clone = path.join(tmp, name)
    execFileSync('git', ['clone', '-q', origin, clone])
    // Fresh caches: GOCACHE, and the user cache folder (the oci engine's layer cache among them).
    const env = {
      GOCACHE: path.join(tmp, `gocache-${path.basename(name)}`),
      XDG_CACHE_HOME: path.join(tmp, `cache-${path.basename(name)}`),
      SOURCE_DATE_EPOCH: undefined
    }
    const build = await runAction('go-build', {
      inputs: { targets: 'linux/amd64\nlinux/arm/v7' },
      cwd: clone,
      sha,
      env
    })
    if (build.code !== 0) throw new Error(build.log)
    const img = await runAction('image', {
      inputs: {
        artifacts: path.join(build.outputs.dist, 'artifacts.json'),
        output: 'image-layout',
        tags: '1.0.0'
      },
      cwd: clone,
      sha,
      env
    })
    if (img.code !== 0) throw new Error(img.log)
    expect(img.log).toMatch(/engine oci/)
    results.push({
      digest: img.outputs.digest,
      layout: img.outputs['oci-layout'],
      platforms: img.outputs.platforms
    })
  }
  const [a, b] = results
  expect(a.layout).not.toBe(b.layout)
  expect(a.digest).toMatch(/^sha256:[a-f0-9]{64}$/)
  expect(b.digest).toBe(a.digest)
  expect(b.platforms).toBe(a.platforms)
  const files = await listFiles(a.layout)
  expect(await listFiles(b.layout)).toEqual(files)
  // index + 2 manifests + 2 configs + the shared CA layer + 2 binary layers, plus index.json and oci-layout.
  expect(files.filter(f => f.startsWith('blobs/'))).toHaveLength(8)
  for (const f of files) {
    const [x, y] = await Promise.all([readFile(path.join(a.layout, f)), readFile(path.join(b.layout, f))])
    expect([f, x.equals(y)]).toEqual([f, true])
  }
})
