// go-build's caches against a real cache service: act's cache server (the v1 protocol, as GitHub's runner
// spoke it and GHES still does). The first run saves GOCACHE in its post step; a second run on a fresh GOCACHE
// restores it, compiles nothing and says so, without ACTIONS_RUNTIME_TOKEN (v1 needs only ACTIONS_CACHE_URL);
// a run whose cache service is unreachable says "not saved", never "saved".

import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { expectSuccess, makeActRepo, pushEvent, runWorkflow, type WorkflowRun } from '../helpers/act.js'

const runs: Record<'first' | 'second' | 'unreachable', WorkflowRun> = {} as never
let scratch = ''

/** A port nothing listens on (bound, then closed): connections to it are refused at once. */
async function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer()
    s.on('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo
      s.close(() => resolve(port))
    })
  })
}

beforeAll(async () => {
  const repo = await makeActRepo({ workflows: ['cache.yml'] })
  scratch = await mkdtemp(path.join(os.tmpdir(), 'gantry-act-cache-'))
  const cacheDir = path.join(scratch, 'service')
  // @actions/cache versions an entry by its paths, so every run uses one GOCACHE path, emptied in between
  // as on a fresh runner.
  const gocache = path.join(scratch, 'gocache')
  const fresh = async (): Promise<void> => {
    await rm(gocache, { recursive: true, force: true })
    await mkdir(gocache)
  }
  const common = {
    workdir: repo.dir,
    cacheDir,
    eventPayload: pushEvent('refs/heads/main'),
    processEnv: { GOCACHE: gocache }
  }
  await fresh()
  runs.first = await runWorkflow('cache.yml', common)
  await fresh()
  // No artifact server: act then sets no ACTIONS_RUNTIME_TOKEN, as a runner without one.
  runs.second = await runWorkflow('cache.yml', { ...common, artifactServer: false })
  // GOCACHE keeps what the second run restored; the service is a closed port.
  runs.unreachable = await runWorkflow('cache.yml', {
    ...common,
    env: { ACTIONS_CACHE_URL: `http://127.0.0.1:${await closedPort()}/` }
  })
})

// The saved cache and the GOCACHE are tens of MB: not left behind in /tmp.
afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true })
})

test('the first run builds cold and saves GOCACHE in the post step', () => {
  expectSuccess(runs.first)
  const job = runs.first.job('build')[0]
  expect(job.step('build').log).toMatch(/linux\/amd64 .* cache miss \(\d+ packages compiled\)/)
  expect(job.step('build', 'Post').log).toMatch(
    /gobuild cache saved as gantry-go-v1-build-linux-x64-go[\d.]+-[0-9a-f]{12}-nosum \(new cache\)/
  )
  // The connect() audit follows act's children: the step's node process reached act's cache server.
  expect(runs.first.socketCalls.some(c => c.family === 'AF_INET' && c.address === '127.0.0.1')).toBe(true)
})

test('the second run restores it without ACTIONS_RUNTIME_TOKEN, compiles nothing and says so', () => {
  expectSuccess(runs.second)
  expect(runs.second.log).not.toMatch(/cache service is not available/)
  const job = runs.second.job('build')[0]
  const main = job.step('build').log
  expect(main).toMatch(/linux\/amd64 .* cache hit\n/)
  expect(main).not.toMatch(/packages compiled/)
  expect(runs.second.log).toMatch(
    /Summary - [\s\S]*<td>linux\/amd64<\/td><td>[^<]*<\/td><td>[^<]*<\/td><td>hit<\/td>/
  )
  expect(runs.second.log).toMatch(/GOCACHE: hit\./)
  expect(job.step('build', 'Post').log).toMatch(/gobuild cache not saved: exact key hit/)
})

test('an unreachable cache service: the post step reports "not saved" and never "saved"', () => {
  expectSuccess(runs.unreachable)
  const job = runs.unreachable.job('build')[0]
  expect(runs.unreachable.log).toMatch(/GOCACHE: miss\./)
  const post = runs.unreachable.log.slice(runs.unreachable.log.indexOf('Run Post ./actions/go-build'))
  expect(post).toMatch(/::warning::gobuild cache not saved: /)
  expect(post).not.toMatch(/cache saved/)
  expect(job.step('build', 'Post').result).toBe('success')
})
