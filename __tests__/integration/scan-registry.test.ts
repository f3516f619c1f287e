// The scan stage on real parts, no dockerd: a real Go program linking golang.org/x/text v0.3.5 (built here with
// the installed Go for four platforms), scanned as files and as a 4-platform image the oci engine pushed to
// docker-registry processes of the test's own, against the shared/vulndb snapshot; the SBOM attached as an
// OCI referrer through the tag schema (distribution 2.8 has no referrers API) and through the referrers API
// (go-containerregistry's registry), read back as discovery tools read it; the image stage's `sbom: true`; and
// the registry failures: a missing image, one that needs credentials, a read-only registry refusing the SBOM.

import { cp, mkdtemp, readFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { image } from '../../src/image/index.js'
import type { ImageResult } from '../../src/image/spec.js'
import { parseRepository, type Repository } from '../../src/model/image-ref.js'
import { registryClient } from '../../src/oci/client.js'
import { login } from '../../src/oci/login.js'
import { CYCLONEDX_JSON, listReferrers, referrersTag } from '../../src/oci/referrers.js'
import { imageOptions } from '../../src/stages/image.js'
import { UserError } from '../../src/util/errors.js'
import { withEnv, type Host } from '../../src/util/host.js'
import { ci } from '../helpers/ci.js'
import { testHost } from '../helpers/host.js'
import type { HelloDist } from '../helpers/prebuilt.js'
import { startReferrersRegistry, type ReferrersRegistry } from '../helpers/referrers-registry.js'
import { startRegistry, type RegistryProcess } from '../helpers/registry-process.js'
import { runScanStage } from '../helpers/scan-workspace.js'
import { buildVulnDist, VULN_IDS } from '../helpers/vuln-go-app.js'
import { vulndbSnapshot } from '../helpers/vulndb.js'

const PLATFORMS = ['linux/386', 'linux/amd64', 'linux/arm/v7', 'linux/arm64']
const DB = path.join(vulndbSnapshot(), 'osv')
const USER = 'scanner'
const PASSWORD = 'pw-' + Math.random().toString(36).slice(2)

let dist: HelloDist
let ws: string
let reg: RegistryProcess
let auth: RegistryProcess
let refs: ReferrersRegistry

/** Build and push the vulnerable program with the oci engine; the image result. */
async function push(
  host: string,
  repo: string,
  extra: Record<string, string> = {},
  env = {}
): Promise<ImageResult> {
  let h: Host = testHost({ DOCKER_CONFIG: await mkdtemp(path.join(os.tmpdir(), 'gantry-dcfg-')), ...env })
  // The core pushes with the Docker config it is given: a login's private config, as the stage's step login.
  if (extra.username) {
    const state = await login(h, { registry: host, username: extra.username, password: extra.password })
    h = withEnv(h, { DOCKER_CONFIG: state.dir })
  }
  const o = imageOptions(
    {
      artifacts: dist.artifacts,
      engine: 'oci',
      images: `${host}/${repo}`,
      tags: '1',
      push: 'true',
      ...extra
    },
    ws
  )
  return image(o, ci(), h)
}

const repoOf = (host: string, repo: string): Repository => parseRepository(`${host}/${repo}`)
const unique = (name: string): string => `scan/${name}-${Math.random().toString(36).slice(2, 8)}`

beforeAll(async () => {
  ws = await mkdtemp(path.join(os.tmpdir(), 'gantry-scan-reg-'))
  dist = await buildVulnDist(PLATFORMS, path.join(ws, 'dist'))
  reg = await startRegistry()
  auth = await startRegistry({ kind: 'htpasswd', user: USER, password: PASSWORD })
  refs = await startReferrersRegistry()
}, 300_000)

afterAll(async () => {
  await Promise.all([reg?.stop(), auth?.stop(), refs?.stop()])
})

test('the dist folder as files: the binaries of every platform carry the x/text entries', async () => {
  const run = await runScanStage({ paths: 'dist', db: DB, format: 'json' }, ws)
  const xtext = run.result.report.findings.filter(f => f.package?.name === 'golang.org/x/text')
  expect(xtext.map(f => f.id)).toEqual(expect.arrayContaining(VULN_IDS))
  const f = xtext.find(x => x.id === 'GO-2021-0113')!
  expect(f.installed).toBe('v0.3.5')
  expect(f.fixed).toEqual(['v0.3.7'])
  expect(f.locations.map(l => l.path).sort()).toEqual([
    'dist/vulnapp_linux_386_sse2/vulnapp',
    'dist/vulnapp_linux_amd64_v1/vulnapp',
    'dist/vulnapp_linux_arm64_v8.0/vulnapp',
    'dist/vulnapp_linux_arm_7/vulnapp'
  ])
})

test('the same program as an OCI layout the oci engine wrote (its oci-layout output)', async () => {
  const h = testHost({ DOCKER_CONFIG: await mkdtemp(path.join(os.tmpdir(), 'gantry-dcfg-')) })
  const built = await image(
    imageOptions({ artifacts: dist.artifacts, engine: 'oci', tags: '1', output: 'layout' }, ws),
    ci(),
    h
  )
  expect(built.layout).toBe(path.join(ws, 'layout'))
  const run = await runScanStage({ image: 'oci:layout:1', db: DB, format: 'sarif' }, ws)
  const f = run.result.report.findings.find(x => x.id === 'GO-2021-0113')!
  expect(f.locations.map(l => l.platform)).toEqual(PLATFORMS)
  expect(run.result.report.inventory.targets[0]).toEqual({
    kind: 'image',
    name: 'oci:layout:1',
    digest: built.digest
  })
})

test('a 4-platform image in a registry: findings per platform, the gate, the SBOM through the tag schema', async () => {
  const repo = unique('app')
  const pushed = await push(reg.host, repo)
  const ref = `${reg.host}/${repo}:1`
  const run = await runScanStage({ image: ref, db: DB, 'exit-code': '4', 'attach-sbom': 'true' }, ws)
  const f = run.result.report.findings.find(x => x.id === 'GO-2021-0113')!
  expect(f.locations.map(l => `${l.platform} ${l.path}`)).toEqual(
    PLATFORMS.map(p => `${p} usr/local/bin/vulnapp`)
  )
  expect(run.gate?.exitCode).toBe(4)
  expect(run.result.report.inventory.targets[0]).toEqual({ kind: 'image', name: ref, digest: pushed.digest })

  // Distribution 2.8 has no referrers API: the SBOM is listed in the sha256-<digest> tag's index.
  expect(run.result.attached).toMatchObject({ via: 'tag-schema', tag: referrersTag(pushed.digest) })
  expect(run.outputs['sbom-referrer']).toBe(`${reg.host}/${repo}@${run.result.attached!.digest}`)
  const client = registryClient(testHost())
  const found = await listReferrers(client, repoOf(reg.host, repo), pushed.digest, CYCLONEDX_JSON)
  expect(found.via).toBe('tag-schema')
  expect(found.manifests.map(d => d.digest)).toEqual([run.result.attached!.digest])
  const manifest = JSON.parse(
    (await client.getManifest(repoOf(reg.host, repo), found.manifests[0].digest)).bytes.toString()
  )
  expect(manifest).toMatchObject({
    artifactType: CYCLONEDX_JSON,
    config: { mediaType: 'application/vnd.oci.empty.v1+json', size: 2 },
    subject: { digest: pushed.digest, mediaType: 'application/vnd.oci.image.index.v1+json' }
  })
  const sbom = await client.getBlob(repoOf(reg.host, repo), manifest.layers[0].digest)
  expect(sbom.toString()).toBe(await readFile(run.outputs.sbom, 'utf8'))
  expect(JSON.parse(sbom.toString()).components.map((c: { name: string }) => c.name)).toContain(
    'golang.org/x/text'
  )
  // The image is what it was: the tag still names the same index.
  expect((await client.headManifest(repoOf(reg.host, repo), '1'))?.digest).toBe(pushed.digest)

  // A second attachment joins the same index rather than replacing it.
  const again = await runScanStage({ image: ref, db: DB, 'attach-sbom': 'true', severity: 'CRITICAL' }, ws)
  const both = await listReferrers(client, repoOf(reg.host, repo), pushed.digest, CYCLONEDX_JSON)
  expect(both.manifests.map(d => d.digest).sort()).toEqual(
    [...new Set([run.result.attached!.digest, again.result.attached!.digest])].sort()
  )
}, 180_000)

test('a registry with the referrers API lists the SBOM itself', async () => {
  const repo = unique('api')
  const pushed = await push(refs.host, repo)
  const run = await runScanStage({ image: `${refs.host}/${repo}:1`, db: DB, 'attach-sbom': 'true' }, ws)
  const client = registryClient(testHost())
  const found = await listReferrers(client, repoOf(refs.host, repo), pushed.digest, CYCLONEDX_JSON)
  expect(found.via).toBe('referrers-api')
  expect(found.manifests.map(d => d.digest)).toContain(run.result.attached!.digest)
}, 180_000)

test('the image stage with sbom: true attaches the same kind of SBOM after the push', async () => {
  const repo = unique('img')
  const pushed = await push(reg.host, repo, { sbom: 'true' })
  expect(pushed.sboms).toEqual([
    expect.stringMatching(new RegExp(`^${reg.host}/${repo}@sha256:[a-f0-9]{64}$`))
  ])
  const found = await listReferrers(
    registryClient(testHost()),
    repoOf(reg.host, repo),
    pushed.digest,
    CYCLONEDX_JSON
  )
  expect(found.manifests.map(d => `${reg.host}/${repo}@${d.digest}`)).toEqual(pushed.sboms)
  await expect(push(reg.host, unique('nopush'), { sbom: 'true', push: 'false' })).rejects.toMatchObject({
    input: 'sbom'
  })
}, 180_000)

test('a registry that refuses the push: a clear error naming attach-sbom, the image untouched', async () => {
  const repo = unique('ro')
  const pushed = await push(reg.host, repo)
  const dir = await mkdtemp(path.join(os.tmpdir(), 'gantry-registry-ro-'))
  await cp(path.join(reg.dir, 'data'), path.join(dir, 'data'), { recursive: true })
  const ro = await startRegistry({ kind: 'none' }, { readOnly: true, dir })
  try {
    const err = await runScanStage(
      { image: `${ro.host}/${repo}:1`, db: DB, 'attach-sbom': 'true' },
      ws
    ).catch(e => e)
    expect(err).toBeInstanceOf(UserError)
    expect(err).toMatchObject({ input: 'attach-sbom' })
    expect((err as Error).message).toMatch(/attach the SBOM to .* The image itself was not changed\./)
    const client = registryClient(testHost())
    expect((await client.headManifest(repoOf(ro.host, repo), '1'))?.digest).toBe(pushed.digest)
    expect(await client.headManifest(repoOf(ro.host, repo), referrersTag(pushed.digest))).toBeUndefined()
  } finally {
    await ro.stop()
  }
}, 180_000)

test('an image that does not exist, and one that needs credentials', async () => {
  const missing = await runScanStage({ image: `${reg.host}/${unique('none')}:1`, db: DB }, ws).catch(e => e)
  expect(missing).toBeInstanceOf(UserError)
  expect(missing).toMatchObject({ input: 'image' })
  expect((missing as Error).message).toMatch(/has no such (repository|image)/)

  const repo = unique('private')
  const cfg = await mkdtemp(path.join(os.tmpdir(), 'gantry-dcfg-'))
  await push(
    auth.host,
    repo,
    { registry: auth.host, username: USER, password: PASSWORD },
    { DOCKER_CONFIG: cfg }
  )
  const denied = await runScanStage({ image: `${auth.host}/${repo}:1`, db: DB }, ws).catch(e => e)
  expect(denied).toBeInstanceOf(UserError)
  expect(denied).toMatchObject({ input: 'image' })
  expect((denied as Error).message).toMatch(/refused access \(HTTP 401/)
  // The step login (the same inputs as the image stage) makes it readable, and its post step logs out.
  const ok = await runScanStage(
    { image: `${auth.host}/${repo}:1`, db: DB, registry: auth.host, username: USER, password: PASSWORD },
    ws
  )
  expect(ok.result.report.findings.map(f => f.id)).toEqual(expect.arrayContaining(VULN_IDS))
  expect(ok.log).not.toContain(PASSWORD)
}, 180_000)
