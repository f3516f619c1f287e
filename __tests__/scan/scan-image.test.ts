// The scan stage on images that need no registry or daemon: an OCI layout (two platforms) whose secret file is
// deleted by a later layer, a legacy `docker save` tar (docker-archive:), and hostile layers. One pass finds
// the vulnerability, the deleted secret (it is still in the image) and the Dockerfile's pitfalls, and the
// SARIF holds all three scanners in the image's one run.

import { mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { readFile } from 'node:fs/promises'
import tar from 'tar-stream'
import type * as Sarif from 'sarif'
import { sha256Digest } from '../../src/util/digest.js'
import { UserError } from '../../src/util/errors.js'
import { FakeSecrets } from '../helpers/fake-secrets.js'
import { layer, tarOf, writeLayout, type BuiltLayer } from '../helpers/image-layers.js'
import { sarifValidator } from '../helpers/scan-schemas.js'
import { APP, runScanStage, scanWorkspace, type ScanWorkspace } from '../helpers/scan-workspace.js'

const fake = new FakeSecrets(77)
const AWS_ID = fake.awsKeyId()
const AWS_SECRET = fake.awsSecret()
const CREDENTIALS = `[default]\naws_access_key_id = ${AWS_ID}\naws_secret_access_key = ${AWS_SECRET}\n`

let ws: ScanWorkspace

beforeAll(async () => {
  ws = await scanWorkspace()
})

async function appLayers(): Promise<BuiltLayer[]> {
  return [
    await layer([
      { name: 'etc/os-release', data: 'ID=alpine\nVERSION_ID=3.20.3\nPRETTY_NAME="Alpine Linux v3.20"\n' },
      { name: 'usr/local/bin/app', data: APP, mode: 0o755 },
      { name: 'root/.aws/credentials', data: CREDENTIALS }
    ]),
    await layer([{ name: 'root/.aws/.wh.credentials', data: '' }])
  ]
}

describe('an OCI layout', () => {
  test('one pass: the vulnerability per platform, the deleted secret once, the Dockerfile rules; one SARIF run', async () => {
    const layout = path.join(ws.dir, 'layout')
    const layers = await appLayers()
    await writeLayout(layout, [
      { platform: 'linux/amd64', layers },
      { platform: 'linux/arm64', layers }
    ])
    const run = await runScanStage({ image: 'oci:layout', db: ws.db, 'exit-code': '1' }, ws.dir)
    const r = run.result.report
    expect(r.inventory.targets.map(t => t.platform ?? '(index)')).toEqual([
      '(index)',
      'linux/amd64',
      'linux/arm64'
    ])
    const vuln = r.findings.find(f => f.id === 'GO-9999-0001')!
    expect(vuln.locations.map(l => `${l.platform} ${l.path} ${l.layer?.index}`)).toEqual([
      'linux/amd64 usr/local/bin/app 0',
      'linux/arm64 usr/local/bin/app 0'
    ])
    // The credentials file is deleted by layer 2, yet it is in layer 1 of the image: both AWS rules find it,
    // each once, seen from both platforms.
    const secrets = r.findings.filter(f => f.class === 'secret')
    expect(secrets.map(f => f.id).sort()).toEqual(['GANTRY-SECRET-002', 'GANTRY-SECRET-003'])
    for (const s of secrets)
      expect(s.locations.map(l => `${l.platform} ${l.path}:${l.line} layer ${l.layer?.index}`)).toEqual([
        `linux/amd64 root/.aws/credentials:${s.id === 'GANTRY-SECRET-002' ? 2 : 3} layer 0`,
        `linux/arm64 root/.aws/credentials:${s.id === 'GANTRY-SECRET-002' ? 2 : 3} layer 0`
      ])
    expect(r.findings.some(f => f.class === 'misconfig')).toBe(true)
    // The platform count reaches the Dockerfile rules: two platforms is a multi-platform build.
    expect(run.gate?.exitCode).toBe(1)

    const sarif = JSON.parse(await readFile(run.outputs.sarif, 'utf8')) as Sarif.Log
    ;(await sarifValidator())(sarif)
    expect(sarif.runs.map(x => x.automationDetails?.id)).toEqual(['gantry-scan/image/oci:layout/'])
    const classes = new Set(
      sarif.runs[0].results!.map(x => sarif.runs[0].tool.driver.rules![x.ruleIndex!].properties!.tags![1])
    )
    expect(classes).toEqual(new Set(['vulnerability', 'misconfig', 'secret']))
    for (const text of [
      await readFile(run.outputs.sarif, 'utf8'),
      await readFile(run.outputs.report, 'utf8'),
      run.log
    ])
      expect(text).not.toContain(AWS_SECRET.slice(0, 20))
  })

  test('platforms narrows the scan; a platform the image lacks is an error naming platforms', async () => {
    const run = await runScanStage(
      { image: 'oci-layout://layout', db: ws.db, platforms: 'linux/arm64' },
      ws.dir
    )
    expect(run.result.report.inventory.targets.filter(t => t.platform).map(t => t.platform)).toEqual([
      'linux/arm64'
    ])
    await expect(
      runScanStage({ image: 'oci:layout', db: ws.db, platforms: 'linux/s390x' }, ws.dir)
    ).rejects.toMatchObject({ input: 'platforms' })
  })

  test('a truncated gzip layer is one error naming the layer', async () => {
    const good = await layer([{ name: 'usr/local/bin/app', data: APP, mode: 0o755 }])
    const blob = good.blob.subarray(0, Math.floor(good.blob.length / 2))
    const cut: BuiltLayer = { ...good, blob, digest: sha256Digest(blob) }
    const dir = await mkdtemp(path.join(os.tmpdir(), 'gantry-scan-cut-'))
    await writeLayout(dir, [{ platform: 'linux/amd64', layers: [cut] }])
    const err = await runScanStage({ image: `oci:${dir}`, db: ws.db }, ws.dir).catch(e => e)
    expect(err).toBeInstanceOf(UserError)
    expect(err).toMatchObject({ input: 'image' })
    expect((err as Error).message).toMatch(/layer 1 \(sha256:[a-f0-9]{64}\) of linux\/amd64 is cut short/)
  })

  test('"../" names and links out of the root: skipped or resolved inside the image, never on the host', async () => {
    const hostile = await layer([
      { name: '../../../tmp/escape', data: `token = "${fake.github('ghp_')}"\n` },
      { name: 'etc/os-release', type: 'symlink', linkname: '/../../../../etc/os-release' },
      { name: 'lib/apk/db/installed', type: 'symlink', linkname: '../../../../../etc/passwd' },
      { name: 'usr/local/bin/app', data: APP, mode: 0o755 }
    ])
    const dir = await mkdtemp(path.join(os.tmpdir(), 'gantry-scan-hostile-'))
    await writeLayout(dir, [{ platform: 'linux/amd64', layers: [hostile] }])
    const run = await runScanStage({ image: `oci:${dir}`, db: ws.db, scanners: 'vuln,secret' }, ws.dir)
    const inv = run.result.report.inventory
    expect(inv.notes).toEqual([
      expect.stringContaining('entry "../../../tmp/escape" climbs out of the image root')
    ])
    expect(inv.os).toBeUndefined()
    expect(inv.packages.filter(p => p.kind === 'apk')).toEqual([])
    expect(run.result.report.findings.map(f => f.id).sort()).toEqual(['GO-9999-0001', 'GO-9999-0002'])
  })
})

/** A tar as `docker save` of Docker 20.10 writes it: manifest.json, <id>.json, <layer id>/layer.tar. */
async function legacyArchive(
  file: string,
  layers: Buffer[],
  opts: { linkSecond?: string; config?: Record<string, unknown>; names?: string[] } = {}
): Promise<void> {
  const config = Buffer.from(
    JSON.stringify({
      os: 'linux',
      architecture: 'arm',
      variant: 'v7',
      rootfs: { type: 'layers', diff_ids: layers.map(l => sha256Digest(l)) },
      ...opts.config
    })
  )
  const id = sha256Digest(config).slice(7)
  const names = opts.names ?? layers.map((_, i) => `${String(i).repeat(64)}/layer.tar`)
  const pack = tar.pack()
  const chunks: Buffer[] = []
  const done = (async () => {
    for await (const c of pack) chunks.push(c as Buffer)
  })()
  const add = (name: string, data: Buffer): void => void pack.entry({ name, size: data.length }, data)
  add(
    'manifest.json',
    Buffer.from(JSON.stringify([{ Config: `${id}.json`, RepoTags: ['app:1'], Layers: names }]))
  )
  add(`${id}.json`, config)
  layers.forEach((l, i) => {
    if (i === 1 && opts.linkSecond !== undefined)
      pack.entry({ name: names[i], type: 'symlink', linkname: opts.linkSecond })
    else add(names[i], l)
  })
  pack.finalize()
  await done
  await writeFile(file, Buffer.concat(chunks))
}

describe('a docker-archive', () => {
  test('the legacy format: layers verified by diff ID, a repeated layer stored as a symlink', async () => {
    const app = await tarOf([{ name: 'usr/local/bin/app', data: APP, mode: 0o755 }])
    const file = path.join(ws.dir, 'saved.tar')
    await legacyArchive(file, [app, app], { linkSecond: `../${'0'.repeat(64)}/layer.tar` })
    const run = await runScanStage({ image: 'docker-archive:saved.tar', db: ws.db, scanners: 'vuln' }, ws.dir)
    const v = run.result.report.findings.find(f => f.id === 'GO-9999-0001')!
    expect(v.locations.map(l => `${l.platform} ${l.path} ${l.layer?.index}`)).toEqual([
      'linux/arm/v7 usr/local/bin/app 1'
    ])
  })

  test.each([
    ['a link out of the archive', { linkSecond: '../../etc/passwd' }, 'points outside the archive'],
    ['an absolute link', { linkSecond: '/etc/passwd' }, 'links to the absolute path /etc/passwd'],
    [
      'a layer name with ..',
      { names: ['../outside/layer.tar', 'b/layer.tar'] },
      'points outside the archive'
    ],
    ['a config that is no image', { config: { os: 7 } }, 'does not have the expected shape']
  ])('%s is refused', async (_what, opts, message) => {
    const a = await tarOf([{ name: 'a', data: 'a' }])
    const file = path.join(ws.dir, `bad-${Math.random().toString(36).slice(2)}.tar`)
    await legacyArchive(file, [a, a], opts)
    const err = await runScanStage({ image: `docker-archive:${file}`, db: ws.db }, ws.dir).catch(e => e)
    expect(err).toBeInstanceOf(UserError)
    expect(err).toMatchObject({ input: 'image' })
    expect((err as Error).message).toContain(message)
  })

  test('a layer that is not what the config says fails while it is read', async () => {
    const a = await tarOf([{ name: 'a', data: 'a' }])
    const b = await tarOf([{ name: 'b', data: 'b' }])
    const file = path.join(ws.dir, 'swapped.tar')
    await legacyArchive(file, [a], { config: { rootfs: { type: 'layers', diff_ids: [sha256Digest(b)] } } })
    const err = await runScanStage({ image: `docker-archive:${file}`, db: ws.db }, ws.dir).catch(e => e)
    expect(err).toBeInstanceOf(UserError)
    expect((err as Error).message).toContain(`is not ${sha256Digest(b)}`)
  })
})
