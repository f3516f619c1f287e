// A workspace for scan-stage tests and a way to run the stage on it in-process: a Go executable (synthetic, with
// the build info of a binary linking golang.org/x/text v0.3.5), a file holding a fake GitHub token, a Dockerfile
// with known pitfalls, and a small OSV database of hand-written records in the shapes Go's database uses (the
// ids are made up; the ranges follow GO-2021-0113 and an unfixed entry). Running the stage in-process goes
// through the same parse/run/output/report/gate the action and the CLI use.

import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { renderHtml } from '../../src/runtime/summary.js'
import { memoryState, type StageContext } from '../../src/runtime/stage.js'
import { encodeOutputs } from '../../src/runtime/outputs.js'
import { scanOptions, scanStage, type ScanStageResult } from '../../src/stages/scan.js'
import type { RawInputs } from '../../src/runtime/inputs.js'
import { ci } from './ci.js'
import { FakeSecrets } from './fake-secrets.js'
import { testHost } from './host.js'
import { syntheticElf } from './synthetic-exe.js'

export const TOKEN = new FakeSecrets(1234).github('ghp_')

export const MODINFO = [
  'path\texample.com/scanme/cmd/app',
  'mod\texample.com/scanme\t(devel)\t',
  'dep\tgolang.org/x/text\tv0.3.5\th1:i6eZZ+zk0SOf0xgBpEpPD18qWcJda6q1sxt3S0kzyUQ=',
  'dep\tgithub.com/example/nofix\tv1.0.0\t',
  'build\tGOOS=linux',
  'build\tGOARCH=amd64',
  ''
].join('\n')

export const APP = syntheticElf({ version: 'go1.22.3', modinfo: MODINFO })

/** A record fixed in 0.3.7, with a CVSS v3.1 vector (HIGH, 7.5). */
export const FIXED_RECORD = {
  schema_version: '1.3.1',
  id: 'GO-9999-0001',
  modified: '2024-01-01T00:00:00Z',
  aliases: ['CVE-9999-0001'],
  summary: 'Out-of-bounds read in golang.org/x/text/language',
  severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H' }],
  affected: [
    {
      package: { name: 'golang.org/x/text', ecosystem: 'Go' },
      ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '0.3.7' }] }]
    }
  ]
}

/** A record no version fixes (MEDIUM). */
export const UNFIXED_RECORD = {
  schema_version: '1.3.1',
  id: 'GO-9999-0002',
  modified: '2024-01-01T00:00:00Z',
  summary: 'Nothing fixes this',
  severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:L/I:L/A:N' }],
  affected: [
    {
      package: { name: 'github.com/example/nofix', ecosystem: 'Go' },
      ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }] }]
    }
  ]
}

export const DOCKERFILE = `FROM alpine:latest
RUN apk add curl
COPY dist/app /usr/local/bin/app
CMD /usr/local/bin/app
`

export interface ScanWorkspace {
  dir: string
  db: string
}

/** A fresh workspace: dist/app, dist/.env (the token), Dockerfile, osv/ (the two records). */
export async function scanWorkspace(opts: { dockerfile?: string | false } = {}): Promise<ScanWorkspace> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'gantry-scan-ws-'))
  await mkdir(path.join(dir, 'dist'))
  await writeFile(path.join(dir, 'dist', 'app'), APP, { mode: 0o755 })
  await writeFile(path.join(dir, 'dist', 'deploy.env'), `REGION=eu\nGITHUB_TOKEN=${TOKEN}\n`)
  if (opts.dockerfile !== false) await writeFile(path.join(dir, 'Dockerfile'), opts.dockerfile ?? DOCKERFILE)
  const db = path.join(dir, 'osv')
  await mkdir(db)
  await writeFile(path.join(db, 'GO-9999-0001.json'), JSON.stringify(FIXED_RECORD))
  await writeFile(path.join(db, 'GO-9999-0002.json'), JSON.stringify(UNFIXED_RECORD))
  return { dir, db }
}

export interface StageRun {
  result: ScanStageResult
  outputs: Record<string, string>
  summary: string
  gate?: { exitCode: number; message: string }
  log: string
  ctx: StageContext
}

/** Run the scan stage in-process on `cwd` with raw inputs, as the action would. */
export async function runScanStage(
  raw: RawInputs,
  cwd: string,
  env: Record<string, string | undefined> = {},
  ctxOver: Partial<StageContext> = {}
): Promise<StageRun> {
  const host = testHost({ DOCKER_CONFIG: path.join(cwd, '.docker'), ...env })
  const ctx: StageContext = {
    host,
    ci: ci({ workspace: cwd }),
    state: memoryState(),
    surface: 'cli',
    ...ctxOver
  }
  // The layer cache (and db auto's folder) go under the workspace unless the test names a home.
  const cacheEnv = env.HOME || env.XDG_CACHE_HOME ? env : { ...env, XDG_CACHE_HOME: path.join(cwd, '.cache') }
  const result = await scanStage.run(scanOptions(raw, cwd, cacheEnv), ctx)
  return {
    result,
    outputs: Object.fromEntries(encodeOutputs(scanStage.outputs, scanStage.output(result))),
    summary: renderHtml(scanStage.report(result)),
    gate: scanStage.gate?.(result),
    log: host.logger.lines.map(l => `${l.level}: ${l.message}`).join('\n'),
    ctx
  }
}
