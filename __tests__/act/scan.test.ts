// go-build -> image -> scan under act: the vulnerable Go program (golang.org/x/text v0.3.5) built by go-build,
// pushed by the image action's oci engine to the rig's registry, scanned by the scan action with db: auto
// against a local OSV export server (GANTRY_OSV_URL) and act's cache server. With an ignore file listing the
// program's known vulnerabilities the step passes; without it the exit-code gate fails the job, after the
// step's outputs are written (a later `if: failure()` step reads them). The post step saves the database.

import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { makeActRepo, pushEvent, runWorkflow, type WorkflowRun } from '../helpers/act.js'
import { zipBuffer } from '../helpers/osv.js'
import { rig } from '../helpers/rig.js'
import { vulnSource } from '../helpers/vuln-go-app.js'
import { vulndbSnapshot } from '../helpers/vulndb.js'

let run: WorkflowRun
let server: Server
let ids: string[]
let downloads = 0

beforeAll(async () => {
  // The export: every record of the snapshot that names golang.org/x/text.
  const osv = path.join(vulndbSnapshot(), 'osv')
  const entries: { name: string; data: Buffer }[] = []
  for (const f of (await readdir(osv)).sort()) {
    const data = await readFile(path.join(osv, f))
    if (data.includes('"golang.org/x/text"')) entries.push({ name: f, data })
  }
  ids = entries.map(e => e.name.replace(/\.json$/, ''))
  const zip = await zipBuffer(entries)
  server = createServer((req, res) => {
    if (req.url !== '/Go/all.zip') return res.writeHead(404).end()
    downloads++
    res.writeHead(200, { 'content-length': zip.length }).end(zip)
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))

  // The repository: the vulnerable program instead of examples/hello, and the ignore file.
  const repo = await makeActRepo({ workflows: ['scan.yml'] })
  for (const name of await readdir(repo.dir))
    if (!['.git', '.github', 'actions', 'dist'].includes(name))
      await rm(path.join(repo.dir, name), { recursive: true })
  const src = await vulnSource()
  for (const f of ['go.mod', 'go.sum', 'main.go'])
    await writeFile(path.join(repo.dir, f), await readFile(path.join(src.dir, f)))
  await writeFile(
    path.join(repo.dir, 'scan.trivyignore'),
    `# reviewed: language.Parse only sees our own tags\n${ids.join('\n')}\n`
  )
  repo.git(['add', '-A'])
  repo.git(['commit', '-qm', 'feat: vulnapp'])
  const image = `${rig().registry}/act-scan-${Date.now().toString(36)}/vulnapp`
  run = await runWorkflow('scan.yml', {
    workdir: repo.dir,
    env: { IMAGE: image, GANTRY_OSV_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}` },
    eventPayload: pushEvent('refs/heads/main')
  })
}, 900_000)

afterAll(() => new Promise<void>(resolve => server.close(() => resolve())))

test('with the ignore file the scan passes; without it the gate fails the job after writing the outputs', () => {
  expect(run.code).not.toBe(0)
  const job = run.job('release')[0]
  expect(job.step('image').result).toBe('success')
  const pass = job.step('scan-pass')
  expect([pass.result, pass.outputs.passed, pass.outputs.findings]).toEqual(['success', 'true', '0'])
  const fail = job.step('scan-fail')
  expect(fail.result).toBe('failure')
  expect(Number(fail.outputs.findings)).toBeGreaterThanOrEqual(2)
  // act turns the ::error:: line into an annotation: it is in act's log, not the step's output.
  expect(run.log).toMatch(
    /::error::\d+ findings at UNKNOWN, LOW, MEDIUM, HIGH, CRITICAL remain after ignores .*: exit code 1\./
  )
  expect(fail.log).toContain('GO-2021-0113')
  expect(job.step('after').log).toContain(`gate fired with ${fail.outputs.findings} findings, passed=false`)
})

test('db: auto downloads once, and the post step saves it to the cache server', () => {
  const job = run.job('release')[0]
  expect(downloads).toBe(1)
  expect(job.step('scan-pass').log).toContain('vulndb cache: miss')
  expect(job.step('scan-pass', 'Post').log).toMatch(
    /vulndb cache saved as gantry-osv-v1-Go-\d{4}-\d{2}-\d{2}/
  )
})
