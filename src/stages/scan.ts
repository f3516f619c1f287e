// The scan stage (actions/scan, `gantry scan`): what an image (or binaries and folders) holds, the known
// vulnerabilities it carries, leaked secrets and Dockerfile pitfalls, in one pass over the layers; one
// exit-code gate over all of them whatever the format; SARIF, CycloneDX and a job summary; the SBOM attached
// to the image as an OCI referrer on request. `db: auto` keeps the OSV exports in the Actions cache: restored
// in the main step, saved by the post step when they changed.

import os from 'node:os'
import path from 'node:path'
import { defineStage, type StageContext } from '../runtime/stage.js'
import { parseInputs, type Inputs, type InputSpecs, type RawInputs } from '../runtime/inputs.js'
import type { OutputSpecs } from '../runtime/outputs.js'
import { UserError } from '../util/errors.js'
import { rfc3339 } from '../util/format.js'
import { parseJsonAs } from '../util/json.js'
import { oneLine } from '../util/log-safe.js'
import { registryClient } from '../oci/client.js'
import { SEVERITIES, type Severity } from '../scan/model.js'
import { parseScanImage } from '../scan/image-source.js'
import { displayPath, runScan, SCANNERS, type ScanOptions, type ScannerName } from '../scan/scan.js'
import { FORMATS } from '../scan/scan-files.js'
import type { DbCacheStore } from '../scan/vulndb/auto.js'
import { scanSummaryModel, summarize } from '../scan/report/summary.js'
import { attachSbom, type SbomAttachment } from '../scan/attach-sbom.js'
import { LOGIN_INPUTS, parseLogin, undoStepLogin, withStepLogin, type StepLogin } from './registry-login.js'
import type { ScanOutcome } from '../scan/scan.js'

const DEFAULT_IGNOREFILE = '.trivyignore'
const DEFAULT_DOCKERFILE = 'Dockerfile'

const inputs = {
  image: {
    kind: 'string',
    description:
      'The image to scan: a registry reference (ghcr.io/org/app:1.2.3, repo@sha256:…), oci:<layout folder or tar>[:tag] (also oci-layout://…), docker-archive:<docker save tar>, or docker:<ref> (saved from the Docker daemon).'
  },
  paths: {
    kind: 'list',
    description:
      'Binaries and folders in the workspace to scan instead of or beside the image (a go-build dist folder), one per line or comma-separated.'
  },
  platforms: {
    kind: 'list',
    description:
      'Platforms of the image to scan (linux/amd64, linux/arm/v7). Default: every platform in the image.'
  },
  severity: {
    kind: 'list',
    description:
      'Severities to report and gate on: UNKNOWN, LOW, MEDIUM, HIGH, CRITICAL. The filter applies to every format and to exit-code.',
    default: 'UNKNOWN,LOW,MEDIUM,HIGH,CRITICAL'
  },
  'exit-code': {
    kind: 'int',
    min: 0,
    max: 255,
    description:
      'The exit code when findings at those severities remain after ignores, in any format (0: never fail). The outputs and reports are written first.',
    default: '0'
  },
  'ignore-unfixed': {
    kind: 'bool',
    description: 'Leave out vulnerabilities that no released version fixes yet.',
    default: 'false'
  },
  ignorefile: {
    kind: 'string',
    description:
      'Ignore rules, relative to the workspace: plain .trivyignore (IDs, # comments, exp:YYYY-MM-DD) or .trivyignore.yaml (id, paths, purls, statement, expired_at). The default reads .trivyignore and .trivyignore.yaml when they exist; another file named here must exist.',
    default: DEFAULT_IGNOREFILE
  },
  format: {
    kind: 'enum',
    values: FORMATS,
    description: 'The report format: table, json (docs/scan-json.md), sarif (2.1.0) or cyclonedx (1.5 SBOM).',
    default: 'table'
  },
  output: {
    kind: 'string',
    description:
      'Write the report here (relative to the workspace). Default: a temporary file; its path is the report output. The table is logged in any case.'
  },
  db: {
    kind: 'list',
    commas: false,
    description:
      "The vulnerability database: auto (the OSV exports of the ecosystems found, refreshed daily), or folders, zips and files of OSV JSON read offline (Go's vulndb, an OSV all.zip), one per line.",
    default: 'auto'
  },
  'db-cache': {
    kind: 'bool',
    description:
      'db auto: keep the downloaded exports in the GitHub Actions cache (daily key, earlier days as restore keys); a stale copy is used with a warning when the download fails.',
    default: 'true'
  },
  'local-cache': {
    kind: 'bool',
    description:
      "Keep analysis results in the user's cache folder ($XDG_CACHE_HOME/gantry, else ~/.cache/gantry; private to the user, least recently used entries removed past 512 MiB each): what the analyzers found in each image layer, by layer digest (scan-layers/), so a later scan of an image sharing layers skips reading them, and an index of each db folder or zip (scan-db-index/), so a warm load parses only the records for the packages found. Matching against the database runs every time.",
    default: 'true'
  },
  scanners: {
    kind: 'list',
    description:
      'Scanners to run: vuln, secret, misconfig. Default: vuln and secret, and misconfig when the Dockerfile exists.'
  },
  dockerfile: {
    kind: 'string',
    description:
      'The Dockerfile the misconfig scanner checks (relative to the workspace); its findings are annotated on its lines. The default is checked when it exists; another file named here must exist.',
    default: DEFAULT_DOCKERFILE
  },
  'attach-sbom': {
    kind: 'bool',
    description:
      'Push the CycloneDX SBOM to the registry as an OCI referrer of the image (artifactType application/vnd.cyclonedx+json), with the sha256-<digest> tag for registries without the referrers API. Needs image in a registry.',
    default: 'false'
  },
  'registry-timeout': {
    kind: 'int',
    min: 1,
    max: 86400,
    description:
      'Seconds everything this step does with registries may take (reading the image, attaching the SBOM) before it fails; each request also has its own timeouts.',
    default: '90'
  },
  ...LOGIN_INPUTS
} as const satisfies InputSpecs

const outputs = {
  findings: { encode: 'text', description: 'How many findings remain after the filters and ignores.' },
  counts: {
    encode: 'json',
    description: 'JSON object of findings by severity: CRITICAL, HIGH, MEDIUM, LOW, UNKNOWN (all present).'
  },
  report: {
    encode: 'text',
    description: 'Absolute path of the report in format (output, or a temporary file).'
  },
  sarif: {
    encode: 'text',
    description: 'Absolute path of the SARIF 2.1.0 file (for github/codeql-action/upload-sarif).'
  },
  sbom: { encode: 'text', description: 'Absolute path of the CycloneDX 1.5 SBOM.' },
  'sbom-referrer': {
    encode: 'text',
    description: 'attach-sbom: repo@digest of the SBOM artifact manifest pushed as a referrer of the image.'
  },
  passed: { encode: 'bool', description: 'true when no finding remains (the gate would not fire).' }
} as const satisfies OutputSpecs

export interface ScanStageOptions extends ScanOptions {
  dbCache: boolean
  registryTimeoutMs: number
  login?: StepLogin
}

export interface ScanStageResult extends ScanOutcome {
  attached?: SbomAttachment
}

const STATE_DB = 'dbCache'
const DB_STATE = {
  type: 'object',
  properties: { dir: { type: 'string', minLength: 1 }, key: { type: 'string', minLength: 1 } },
  required: ['dir', 'key']
} as const

function severities(list: string[]): Severity[] {
  const out = new Set<Severity>()
  for (const s of list) {
    const v = s.toUpperCase() as Severity
    if (!SEVERITIES.includes(v))
      throw new UserError(`"${oneLine(s)}" is not a severity.`, {
        input: 'severity',
        fix: `write some of ${SEVERITIES.join(', ')}.`
      })
    out.add(v)
  }
  if (!out.size)
    throw new UserError('names no severity.', {
      input: 'severity',
      fix: `write some of ${SEVERITIES.join(', ')}.`
    })
  return SEVERITIES.filter(s => out.has(s))
}

function scanners(list: string[]): ScannerName[] | undefined {
  if (!list.length) return undefined
  const out = new Set<ScannerName>()
  for (const s of list) {
    const v = (s.toLowerCase() === 'vulnerability' ? 'vuln' : s.toLowerCase()) as ScannerName
    if (!SCANNERS.includes(v))
      throw new UserError(`"${oneLine(s)}" is not a scanner.`, {
        input: 'scanners',
        fix: `write some of ${SCANNERS.join(', ')}.`
      })
    out.add(v)
  }
  return SCANNERS.filter(s => out.has(s))
}

/** A file input: the default name may be missing, any other name the user gave must exist. */
function workspaceFile(workspace: string, given: string, fallback: string): ScanOptions['dockerfile'] {
  const file = path.resolve(workspace, given || fallback)
  return { file, display: displayPath(workspace, file), explicit: !!given && given !== fallback }
}

function parseScan(
  i: Inputs<typeof inputs>,
  env: { cwd: string; env: Readonly<Record<string, string | undefined>> }
): ScanStageOptions {
  const workspace = env.cwd
  const epoch = env.env.SOURCE_DATE_EPOCH?.trim()
  const db =
    i.db.length === 1 && i.db[0].toLowerCase() === 'auto' ? 'auto' : i.db.map(d => path.resolve(workspace, d))
  if (db !== 'auto' && !db.length)
    throw new UserError('names no database.', {
      input: 'db',
      fix: 'write auto, or paths to OSV folders or zips.'
    })
  const picked = scanners(i.scanners)
  const cacheRoot = env.env.XDG_CACHE_HOME || path.join(env.env.HOME || os.homedir(), '.cache')
  return {
    ...(i.image ? { image: parseScanImage(i.image, workspace) } : {}),
    paths: i.paths,
    platforms: i.platforms,
    severities: severities(i.severity),
    exitCode: i['exit-code'],
    ignoreUnfixed: i['ignore-unfixed'],
    ignoreFiles:
      i.ignorefile === DEFAULT_IGNOREFILE
        ? [DEFAULT_IGNOREFILE, `${DEFAULT_IGNOREFILE}.yaml`].map(f => workspaceFile(workspace, '', f))
        : [workspaceFile(workspace, i.ignorefile, '')],
    format: i.format,
    ...(i.output ? { output: path.resolve(workspace, i.output) } : {}),
    db,
    dbCache: i['db-cache'],
    dbCacheDir: path.join(cacheRoot, 'gantry', 'osv'),
    ...(env.env.GANTRY_OSV_URL ? { dbBaseUrl: env.env.GANTRY_OSV_URL } : {}),
    ...(i['local-cache']
      ? {
          layerCacheDir: path.join(cacheRoot, 'gantry', 'scan-layers'),
          dbIndexDir: path.join(cacheRoot, 'gantry', 'scan-db-index')
        }
      : {}),
    ...(picked ? { scanners: picked } : {}),
    dockerfile: workspaceFile(workspace, i.dockerfile, DEFAULT_DOCKERFILE),
    attachSbom: i['attach-sbom'],
    registryTimeoutMs: i['registry-timeout'] * 1000,
    login: parseLogin(i),
    workspace,
    ...(epoch && /^\d+$/.test(epoch) ? { time: rfc3339(Number(epoch) * 1000) } : {})
  }
}

/** db auto in an action: restore through the Actions cache now, and leave the save to the post step. */
function dbStore(o: ScanStageOptions, ctx: StageContext): DbCacheStore | undefined {
  const cache = ctx.cache
  if (o.db !== 'auto' || !o.dbCache || !cache) return undefined
  const available = cache.availability()
  if (!available.ok) {
    ctx.host.logger.warn(
      `the GitHub Actions cache service is not available here (${available.missing} is not set), so the vulnerability database is downloaded and not cached.`
    )
    return undefined
  }
  return {
    restore: async (dir, key, restoreKeys) => {
      const hit = await cache.restore([dir], key, restoreKeys)
      ctx.host.logger.info(`vulndb cache: ${!hit ? 'miss' : hit === key ? 'hit' : `partial (${hit})`}`)
      return hit
    },
    save: async (dir, key) => ctx.state.set(STATE_DB, JSON.stringify({ dir, key }))
  }
}

/** The post step: save the database folder when the main step refreshed it, then log out. */
async function post(ctx: StageContext): Promise<void> {
  try {
    const saved = ctx.state.get(STATE_DB)
    if (saved && ctx.cache) {
      const { dir, key } = parseJsonAs<{ dir: string; key: string }>(
        saved,
        DB_STATE,
        'the saved database cache state'
      )
      const r = await ctx.cache.save([dir], key)
      if (r.saved) ctx.host.logger.info(`vulndb cache saved as ${key}`)
      else ctx.host.logger.warn(`vulndb cache not saved: ${r.reason ?? 'the save failed'}`)
    }
  } finally {
    await undoStepLogin(ctx)
  }
}

/** The table in the log, and annotations on the workspace files at fault (Dockerfile lines, files in paths). */
function logFindings(r: ScanOutcome, ctx: StageContext): void {
  for (const line of r.files.table.trimEnd().split('\n')) ctx.host.logger.info(line)
  let annotated = 0
  for (const f of r.report.findings) {
    if (f.class === 'vulnerability') continue
    for (const l of f.locations) {
      if (l.layer || l.platform || !l.line || annotated >= 50) continue
      annotated++
      ctx.host.logger.warn(
        `${f.id} (${f.severity}): ${f.title}.${f.fix ? ` ${f.fix}` : ''}${f.match ? ` Found: ${f.match}` : ''}`,
        {
          file: l.path,
          line: l.line,
          ...(l.endLine ? { endLine: l.endLine } : {}),
          ...(l.column && (!l.endLine || l.endLine === l.line) ? { column: l.column } : {}),
          title: f.id
        }
      )
    }
  }
}

async function runScanStage(o: ScanStageOptions, ctx: StageContext): Promise<ScanStageResult> {
  if (o.attachSbom && o.image?.kind !== 'registry')
    throw new UserError('needs image to be a registry reference: the SBOM is attached in the registry.', {
      input: 'attach-sbom',
      fix: 'scan the image from its registry (ghcr.io/org/app:tag), or set attach-sbom: false.'
    })
  return withStepLogin(o.login, ctx, async host => {
    const client = registryClient(host, { operationTimeoutMs: o.registryTimeoutMs })
    const r = await runScan(o, { host, client, dbStore: dbStore(o, ctx) })
    logFindings(r, ctx)
    if (!o.attachSbom || !r.subject) return r
    return { ...r, attached: await attachSbom(client, r.subject, r.sbom, host, o.time) }
  })
}

export const scanStage = defineStage({
  name: 'scan',
  action: 'scan',
  title: 'gantry scan',
  description:
    'Scan an image or binaries for known vulnerabilities (OSV), leaked secrets and Dockerfile pitfalls in one pass; one exit-code gate in every format; SARIF, CycloneDX, and the SBOM attached to the image.',
  summary: 'scan an image or paths: vulnerabilities, secrets, Dockerfile rules; SARIF, SBOM, one gate',
  branding: { icon: 'shield', color: 'blue' },
  inputs,
  outputs,
  parse: (i, env) => parseScan(i, env),
  run: runScanStage,
  output: r => ({
    findings: `${r.report.findings.length}`,
    counts: r.counts,
    report: r.files.report,
    sarif: r.files.sarif,
    sbom: r.files.sbom,
    'sbom-referrer': r.attached?.ref ?? '',
    passed: r.report.findings.length === 0
  }),
  report: r => {
    const model = scanSummaryModel(summarize(r.report))
    const notes = [...(model.notes ?? []), ...r.notes]
    const facts = [...(model.facts ?? [])]
    facts.push({ label: 'scanners:', value: r.scanners.join(', ') })
    if (r.attached) facts.push({ label: 'SBOM:', value: [{ code: r.attached.ref }, ` (${r.attached.via})`] })
    return { ...model, facts, ...(notes.length ? { notes } : {}) }
  },
  gate: r => r.gate,
  post: { if: 'always()', run: post }
})

/** The scan stage's options from raw input strings, as the action would parse them (tests, benchmarks). */
export function scanOptions(
  raw: RawInputs,
  cwd: string,
  env: Record<string, string | undefined> = {}
): ScanStageOptions {
  return parseScan(parseInputs(inputs, raw), { cwd, env })
}
