// The assets of a GitHub release from one or several dist folders (one per build job when the reusable
// workflow splits the build over runners): archives of every folder, each checked, and one checksums file —
// the folders' own when there is one, else their lines combined, the same bytes go-build writes for the whole
// set. Dist folders are laid out with go-build's own writers (src/go/dist-files.ts, src/model/artifacts.ts).

import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { writeChecksums } from '../../src/go/dist-files.js'
import { writeArtifacts, type Artifact } from '../../src/model/artifacts.js'
import { parsePlatform } from '../../src/model/target.js'
import { localParseEnv } from '../../src/runtime/stage.js'
import { githubReleaseOptions, releaseAssets } from '../../src/stages/github-release.js'
import { sha256Hex } from '../../src/util/digest.js'
import { UserError } from '../../src/util/errors.js'

const root = await mkdtemp(path.join(os.tmpdir(), 'gantry-release-assets-'))
let temps = 0
const tempDir = async (): Promise<string> => {
  temps++
  return mkdtemp(path.join(root, 'combined-'))
}

/** A dist folder as go-build writes it: an archive per platform, the checksums file, artifacts.json. */
async function dist(
  name: string,
  platforms: string[],
  opts: { version?: string; content?: (p: string) => string } = {}
): Promise<string> {
  const dir = await mkdtemp(path.join(root, `${name}-`))
  const version = opts.version ?? '1.4.0'
  const archives: Artifact[] = []
  for (const p of platforms) {
    const target = parsePlatform(p)
    const file = `hello_${version}_${p.replaceAll('/', '_')}.tar.gz`
    const text = opts.content?.(p) ?? `archive of ${p}`
    await writeFile(path.join(dir, file), text)
    archives.push({
      kind: 'archive',
      target,
      path: file,
      sha256: sha256Hex(text),
      size: text.length,
      format: 'tar.gz'
    })
  }
  const sums = await writeChecksums(dir, `hello_${version}_checksums.txt`, archives)
  return writeArtifacts(dir, {
    schemaVersion: 1,
    project: {
      module: 'example.com/hello',
      version,
      commit: 'c0ffee'.padEnd(40, '0'),
      date: '2026-03-04T05:06:07Z',
      goVersion: 'go1.26.8'
    },
    artifacts: [...archives, sums.artifact]
  })
}

const names = (assets: { name?: string; file: string }[]): string[] =>
  assets.map(a => a.name ?? path.basename(a.file))

test('one dist folder: its archives and its own checksums file', async () => {
  temps = 0
  const file = await dist('one', ['linux/amd64', 'linux/arm64'])
  const assets = await releaseAssets([file], tempDir)
  expect(names(assets)).toEqual([
    'hello_1.4.0_linux_amd64.tar.gz',
    'hello_1.4.0_linux_arm64.tar.gz',
    'hello_1.4.0_checksums.txt'
  ])
  expect(assets[2].file).toBe(path.join(path.dirname(file), 'hello_1.4.0_checksums.txt'))
  expect(temps).toBe(0)
})

test('two dist folders of one build: every archive, one checksums file as one build of all would write', async () => {
  const groups = [await dist('g1', ['linux/amd64', 'windows/amd64']), await dist('g2', ['linux/arm64'])]
  const all = await dist('all', ['linux/amd64', 'linux/arm64', 'windows/amd64'])
  const assets = await releaseAssets(groups, tempDir)
  expect(names(assets)).toEqual([
    'hello_1.4.0_linux_amd64.tar.gz',
    'hello_1.4.0_windows_amd64.tar.gz',
    'hello_1.4.0_linux_arm64.tar.gz',
    'hello_1.4.0_checksums.txt'
  ])
  const combined = assets[3].file
  expect(path.dirname(combined)).not.toBe(path.dirname(groups[0]))
  expect(await readFile(combined, 'utf8')).toBe(
    await readFile(path.join(path.dirname(all), 'hello_1.4.0_checksums.txt'), 'utf8')
  )
  expect((await readFile(combined, 'utf8')).split('\n').filter(Boolean)).toHaveLength(3)
})

test.each([
  [
    'folders of two builds',
    async () => [await dist('a', ['linux/amd64']), await dist('b', ['linux/arm64'], { version: '1.5.0' })],
    /^artifacts: the artifacts\.json files are of different builds: example\.com\/hello@1\.4\.0 .* and example\.com\/hello@1\.5\.0 /
  ],
  [
    'one archive name with two contents',
    async () => [
      await dist('a', ['linux/amd64']),
      await dist('b', ['linux/amd64'], { content: () => 'another build' })
    ],
    /^artifacts: two dist folders list different sha256 sums for hello_1\.4\.0_linux_amd64\.tar\.gz\./
  ],
  [
    'the same folder twice',
    async () => {
      const a = await dist('a', ['linux/amd64'])
      return [a, a]
    },
    /^artifacts: two assets would both be named hello_1\.4\.0_linux_amd64\.tar\.gz\./
  ],
  [
    'a checksums file changed after the build',
    async () => {
      const a = await dist('a', ['linux/amd64'])
      const sums = path.join(path.dirname(a), 'hello_1.4.0_checksums.txt')
      const text = await readFile(sums, 'utf8')
      await writeFile(
        sums,
        text.replace(/^./, c => (c === '0' ? '1' : '0'))
      )
      return [a, await dist('b', ['linux/arm64'])]
    },
    /^artifacts: hello_1\.4\.0_checksums\.txt does not match the sha256 artifacts\.json lists\./
  ]
])('refused: %s', async (_what, make, message) => {
  const files = await make()
  const err = await releaseAssets(files, tempDir).catch((e: unknown) => e)
  expect(err).toBeInstanceOf(UserError)
  expect((err as UserError).message).toMatch(message)
})

test('the artifacts input: one path per line, resolved against the working directory; none is no assets', () => {
  const env = localParseEnv('/work/repo', { env: { GITHUB_TOKEN: 'ghs_x' }, surface: 'cli' })
  env.ci.repository = 'octo/hello'
  const parse = (artifacts: string) => githubReleaseOptions({ tag: 'v1.4.0', artifacts }, env).artifacts
  expect(parse('gantry-dist-1/artifacts.json\n  gantry-dist-2/artifacts.json\n')).toEqual([
    '/work/repo/gantry-dist-1/artifacts.json',
    '/work/repo/gantry-dist-2/artifacts.json'
  ])
  expect(parse('a,b/artifacts.json')).toEqual(['/work/repo/a,b/artifacts.json'])
  expect(parse('')).toEqual(['/work/repo/dist/artifacts.json'])
  expect(parse('none')).toEqual([])
})
