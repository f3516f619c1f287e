// The scan on the rig's real parts: the vulnerable Go program (golang.org/x/text v0.3.5) built into a 4-platform
// image by `gantry image --engine oci --push` on the rig's busybox base and registry, scanned by reference with
// `gantry scan`; then pulled into the rig's dockerd (20.10, whose `docker save` writes the legacy format) and
// scanned as a docker-archive and straight from the daemon as docker:<ref>.

import { execFile } from 'node:child_process'
import { mkdtemp, readdir, readFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { indexTar } from '../../src/oci/tar-index.js'
import { runCli } from '../helpers/run-action.js'
import { rig, type Rig } from '../helpers/rig.js'
import { buildVulnDist, VULN_IDS } from '../helpers/vuln-go-app.js'
import { vulndbSnapshot } from '../helpers/vulndb.js'

const exec = promisify(execFile)
const PLATFORMS = ['linux/386', 'linux/amd64', 'linux/arm/v7', 'linux/arm64']
const DB = path.join(vulndbSnapshot(), 'osv')

let r: Rig
let ws: string
let ref: string
let env: Record<string, string>

const docker = async (args: string[]): Promise<string> =>
  (await exec('docker', args, { env: { ...process.env, ...env }, maxBuffer: 64 << 20 })).stdout

interface Outputs {
  findings: string
  report: string
}

async function scan(
  image: string,
  extra: string[] = []
): Promise<{ code: number; outputs: Outputs; ids: string[]; stderr: string }> {
  const out = path.join(ws, `report-${Math.random().toString(36).slice(2)}.json`)
  const res = await runCli(
    [
      'scan',
      '--image',
      image,
      '--db',
      DB,
      '--format',
      'json',
      '--output',
      out,
      '--scanners',
      'vuln',
      ...extra
    ],
    {
      cwd: ws,
      env
    }
  )
  if (res.code !== 0 && res.code !== 5) throw new Error(`gantry scan exited ${res.code}: ${res.stderr}`)
  const report = JSON.parse(await readFile(out, 'utf8')) as {
    findings: { id: string; package?: { name: string }; locations: { platform?: string }[] }[]
  }
  const ids = report.findings.filter(f => f.package?.name === 'golang.org/x/text').map(f => f.id)
  return { code: res.code, outputs: JSON.parse(res.stdout) as Outputs, ids, stderr: res.stderr }
}

beforeAll(async () => {
  r = rig()
  ws = await mkdtemp(path.join(os.tmpdir(), 'gantry-rig-scan-'))
  env = {
    DOCKER_HOST: r.dockerHost,
    DOCKER_CONFIG: await mkdtemp(path.join(os.tmpdir(), 'gantry-rig-dcfg-')),
    TMPDIR: ws
  }
  const dist = await buildVulnDist(PLATFORMS, path.join(ws, 'dist'))
  ref = `${r.registry}/scan-${Date.now().toString(36)}/vulnapp:1`
  const built = await runCli(
    [
      'image',
      '--engine',
      'oci',
      '--artifacts',
      dist.artifacts,
      '--base',
      r.base,
      '--images',
      ref.replace(/:1$/, ''),
      '--tags',
      '1',
      '--push'
    ],
    { cwd: ws, env }
  )
  if (built.code !== 0) throw new Error(built.stderr)
}, 300_000)

test('the image in the rig registry: every platform, the gate', async () => {
  const s = await scan(ref, ['--exit-code', '5'])
  expect(s.code).toBe(5)
  expect(s.ids).toEqual(expect.arrayContaining(VULN_IDS))
}, 120_000)

test('docker save of dockerd 20.10 (the legacy format) and docker:<ref> find the same', async () => {
  await docker(['pull', '--platform', 'linux/arm64', ref])
  const tar = path.join(ws, 'saved.tar')
  await docker(['save', '-o', tar, ref])
  const names = [...(await indexTar(tar)).keys()]
  expect(names).toContain('manifest.json')
  expect(names.some(n => /^[a-f0-9]{64}\/layer\.tar$/.test(n))).toBe(true)

  const archive = await scan(`docker-archive:${tar}`)
  expect(archive.ids).toEqual(expect.arrayContaining(VULN_IDS))
  const daemon = await scan(`docker:${ref}`)
  expect(daemon.ids.sort()).toEqual(archive.ids.sort())
  expect(daemon.outputs.findings).toBe(archive.outputs.findings)
  // The tar docker save wrote for the scan is gone.
  expect((await readdir(ws)).filter(n => n.startsWith('gantry-docker-save-'))).toEqual([])

  const missing = await runCli(['scan', '--image', `docker:${r.registry}/no/such:image`, '--db', DB], {
    cwd: ws,
    env
  })
  expect(missing.code).toBe(1)
  expect(missing.stderr).toMatch(/error: image: docker save .* failed: /)
}, 180_000)
