// GitHub releases through the REST API, against the local stand-in for GitHub's API (GitHub cannot be
// reached here; the stand-in is the only mock, and it says so). A release is made once and kept in step:
// re-runs upload nothing twice, changed assets are replaced, a cancelled run is finished by the next.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { publishRelease } from '../../src/release/github-release.js'
import { startStandIn, type StandIn } from '../helpers/github-stand-in.js'
import { testHost } from '../helpers/host.js'

let gh: StandIn
let dir: string
beforeAll(async () => {
  gh = await startStandIn('octo/hello')
  dir = await mkdtemp(path.join(os.tmpdir(), 'gantry-release-'))
  await writeFile(path.join(dir, 'hello_1.0.0_linux_amd64.tar.gz'), 'archive one')
  await writeFile(path.join(dir, 'hello_1.0.0_checksums.txt'), 'sums')
})
afterAll(async () => {
  await gh.close()
  await rm(dir, { recursive: true, force: true })
})

const api = () => ({
  apiUrl: gh.url,
  repository: 'octo/hello',
  token: 'ghs_x',
  retry: { baseDelayMs: 1, maxDelayMs: 1 }
})
const input = (body = 'notes') => ({
  tag: 'v1.0.0',
  name: 'v1.0.0',
  body,
  prerelease: false,
  assets: [
    { file: path.join(dir, 'hello_1.0.0_linux_amd64.tar.gz') },
    { file: path.join(dir, 'hello_1.0.0_checksums.txt') }
  ]
})

test('creates the release with its assets; a re-run changes nothing; new notes and a changed file are updated', async () => {
  const first = await publishRelease(api(), input(), testHost())
  expect([first.created, first.uploaded, first.kept]).toEqual([
    true,
    ['hello_1.0.0_linux_amd64.tar.gz', 'hello_1.0.0_checksums.txt'],
    []
  ])
  const again = await publishRelease(api(), input(), testHost())
  expect([again.created, again.uploaded, again.kept, again.replaced]).toEqual([
    false,
    [],
    ['hello_1.0.0_linux_amd64.tar.gz', 'hello_1.0.0_checksums.txt'],
    []
  ])
  await writeFile(path.join(dir, 'hello_1.0.0_checksums.txt'), 'other sums')
  const changed = await publishRelease(api(), input('better notes'), testHost())
  expect(changed.replaced).toEqual(['hello_1.0.0_checksums.txt'])
  const [release] = [...gh.releases.values()]
  expect(gh.releases.size).toBe(1)
  expect(release.body).toBe('better notes')
  expect(release.assets.map(a => [a.name, a.content.toString()])).toEqual([
    ['hello_1.0.0_linux_amd64.tar.gz', 'archive one'],
    ['hello_1.0.0_checksums.txt', 'other sums']
  ])
})

test('an upload that keeps failing is a UserError on release; the next run finishes without duplicates', async () => {
  gh.releases.clear()
  gh.failUploads = 100
  await expect(publishRelease(api(), input(), testHost())).rejects.toThrow(
    /^release: uploading hello_1.0.0_linux_amd64.tar.gz to the release failed/
  )
  gh.failUploads = 0
  const rerun = await publishRelease(api(), input(), testHost())
  expect(rerun.created).toBe(false)
  const [release] = [...gh.releases.values()]
  expect(release.assets.map(a => a.name)).toEqual([
    'hello_1.0.0_linux_amd64.tar.gz',
    'hello_1.0.0_checksums.txt'
  ])
})
