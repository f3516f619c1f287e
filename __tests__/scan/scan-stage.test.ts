// The scan stage on a workspace (paths: a Go executable, a file with a fake token; the Dockerfile; a small OSV
// folder), in-process through parse/run/output/report/gate: one exit-code gate over the three scanners that
// fires on exactly the filtered findings in every format (trivy-action's SARIF bug), ignores with and without
// expiry, ignore-unfixed, secrets redacted everywhere, and bad input, each one a UserError naming its input.

import { mkdir, readFile, truncate, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type * as Sarif from 'sarif'
import { UserError } from '../../src/util/errors.js'
import { scanOptions } from '../../src/stages/scan.js'
import { DockerfileSyntaxError } from '../../src/scan/misconfig/dockerfile.js'
import { FakeSecrets, deterministicBytes } from '../helpers/fake-secrets.js'
import { runScanStage, scanWorkspace, TOKEN, type ScanWorkspace } from '../helpers/scan-workspace.js'
import { sarifValidator, scanJsonValidator, cyclonedxValidator, type Check } from '../helpers/scan-schemas.js'

let ws: ScanWorkspace
let sarifOk: Check
let jsonOk: Check
let cdxOk: Check

beforeAll(async () => {
  ws = await scanWorkspace()
  sarifOk = await sarifValidator()
  jsonOk = await scanJsonValidator()
  cdxOk = await cyclonedxValidator()
})

const base = (): Record<string, string> => ({ paths: 'dist', db: ws.db })
const FORMATS = ['table', 'json', 'sarif', 'cyclonedx'] as const

/** How many findings the written report holds, read back in its own format. */
async function reportCount(format: (typeof FORMATS)[number], file: string): Promise<number | undefined> {
  const text = await readFile(file, 'utf8')
  if (format === 'json') return (JSON.parse(text) as { findings: unknown[] }).findings.length
  if (format === 'sarif')
    return (JSON.parse(text) as Sarif.Log).runs.reduce((n, r) => n + r.results!.length, 0)
  if (format === 'table') return Number(/Findings: (\d+)/.exec(text)?.[1])
  return undefined
}

describe('the gate', () => {
  test.each(FORMATS)(
    'format %s: every scanner counts, exit-code is the code, reports agree',
    async format => {
      const run = await runScanStage({ ...base(), format, 'exit-code': '7' }, ws.dir)
      const ids = run.result.report.findings.map(f => `${f.class}:${f.id}`).sort()
      expect(ids).toEqual([
        'misconfig:GANTRY-DF-001',
        'misconfig:GANTRY-DF-002',
        'misconfig:GANTRY-DF-004',
        'misconfig:GANTRY-DF-009',
        'misconfig:GANTRY-DF-012',
        'secret:GANTRY-SECRET-005',
        'vulnerability:GO-9999-0001',
        'vulnerability:GO-9999-0002'
      ])
      expect(run.gate?.exitCode).toBe(7)
      expect(run.gate?.message).toMatch(/^8 findings .* exit code 7\.$/)
      expect(run.outputs.findings).toBe('8')
      expect(run.outputs.passed).toBe('false')
      expect(JSON.parse(run.outputs.counts)).toEqual({ CRITICAL: 1, HIGH: 2, MEDIUM: 3, LOW: 2, UNKNOWN: 0 })
      expect(run.outputs.report).toBe(run.result.files.report)
      const n = await reportCount(format, run.outputs.report)
      if (n !== undefined) expect(n).toBe(8)
      sarifOk(JSON.parse(await readFile(run.outputs.sarif, 'utf8')))
      cdxOk(JSON.parse(await readFile(run.outputs.sbom, 'utf8')))
    }
  )

  test.each(FORMATS)('format %s: the severity filter applies to the gate and to the report', async format => {
    const run = await runScanStage({ ...base(), format, 'exit-code': '2', severity: 'critical' }, ws.dir)
    expect(run.result.report.findings.map(f => f.id)).toEqual(['GANTRY-SECRET-005'])
    expect(run.gate).toEqual({ exitCode: 2, message: expect.stringMatching(/^1 finding at CRITICAL remain/) })
    const n = await reportCount(format, run.outputs.report)
    if (n !== undefined) expect(n).toBe(1)
    // The SARIF file of every format carries only what the gate counted (trivy-action drops the filter there).
    const sarif = JSON.parse(await readFile(run.outputs.sarif, 'utf8')) as Sarif.Log
    expect(sarif.runs.flatMap(r => r.results!.map(x => x.ruleId))).toEqual(['GANTRY-SECRET-005'])
  })

  test.each(FORMATS)('format %s: nothing at the severities asked for passes', async format => {
    const run = await runScanStage({ ...base(), format, 'exit-code': '9', severity: 'UNKNOWN' }, ws.dir)
    expect(run.gate).toBeUndefined()
    expect(run.outputs.passed).toBe('true')
    expect(run.outputs.findings).toBe('0')
    const n = await reportCount(format, run.outputs.report)
    if (n !== undefined) expect(n).toBe(0)
  })

  test('exit-code 0 never fires; output writes the report where asked', async () => {
    const out = path.join(ws.dir, 'reports', 'scan.json')
    const run = await runScanStage({ ...base(), format: 'json', output: 'reports/scan.json' }, ws.dir)
    expect(run.gate).toBeUndefined()
    expect(run.outputs.report).toBe(out)
    jsonOk(JSON.parse(await readFile(out, 'utf8')))
  })

  test('ignore-unfixed drops the vulnerability nothing fixes, and nothing else', async () => {
    const all = await runScanStage(base(), ws.dir)
    const run = await runScanStage({ ...base(), 'ignore-unfixed': 'true' }, ws.dir)
    expect(all.result.report.findings.map(f => f.id)).toContain('GO-9999-0002')
    expect(run.result.report.findings.map(f => f.id).sort()).toEqual(
      all.result.report.findings
        .map(f => f.id)
        .filter(id => id !== 'GO-9999-0002')
        .sort()
    )
  })
})

describe('ignores', () => {
  test('plain .trivyignore by id or alias, found by default; an expired one applies no more and says so', async () => {
    await writeFile(
      path.join(ws.dir, '.trivyignore'),
      '# reviewed\nCVE-9999-0001 exp:2999-01-01\nGANTRY-DF-012\n'
    )
    try {
      const run = await runScanStage({ ...base(), 'exit-code': '1', severity: 'HIGH' }, ws.dir)
      expect(run.result.report.findings.map(f => f.id).sort()).toEqual(['GANTRY-DF-002'])
      expect(run.result.report.ignored!.map(i => i.finding.id)).toEqual(['GO-9999-0001'])
      await writeFile(path.join(ws.dir, '.trivyignore'), 'GO-9999-0001 exp:2001-02-03\n')
      const expired = await runScanStage({ ...base(), 'exit-code': '1', severity: 'HIGH' }, ws.dir)
      expect(expired.result.report.findings.map(f => f.id).sort()).toEqual(['GANTRY-DF-002', 'GO-9999-0001'])
      expect(expired.gate?.exitCode).toBe(1)
      const note =
        '.trivyignore line 1: the ignore for GO-9999-0001 expired on 2001-02-03; it no longer applies (1 finding reported again).'
      expect(expired.log).toContain(`warn: ${note}`)
      expect(expired.summary).toContain(note)
    } finally {
      await writeFile(path.join(ws.dir, '.trivyignore'), '')
    }
  })

  test('the YAML form with paths and expired_at, named by ignorefile', async () => {
    await writeFile(
      path.join(ws.dir, 'ignore.yaml'),
      [
        'vulnerabilities:',
        '  - id: GO-9999-0002',
        '    paths: ["dist/*"]',
        '    statement: not reachable',
        '    expired_at: 2999-12-31',
        'secrets:',
        '  - id: GANTRY-SECRET-005',
        '    paths: ["elsewhere/*"]',
        'misconfigurations:',
        '  - id: DS-0002',
        '    expired_at: 2000-01-01',
        ''
      ].join('\n')
    )
    const run = await runScanStage({ ...base(), ignorefile: 'ignore.yaml', 'exit-code': '1' }, ws.dir)
    const ids = run.result.report.findings.map(f => f.id)
    expect(ids).not.toContain('GO-9999-0002')
    expect(ids).toContain('GANTRY-SECRET-005')
    expect(ids).toContain('GANTRY-DF-002')
    expect(run.result.report.expiredIgnores!.map(e => [e.rule.id, e.wouldMatch])).toEqual([['DS-0002', 1]])
  })

  test('a bad date is one UserError naming the ignorefile and the line', async () => {
    await writeFile(path.join(ws.dir, 'bad.trivyignore'), 'GO-9999-0001\nGO-9999-0002 exp:2024-02-30\n')
    await expect(runScanStage({ ...base(), ignorefile: 'bad.trivyignore' }, ws.dir)).rejects.toMatchObject({
      input: 'ignorefile',
      message: expect.stringContaining('bad.trivyignore line 2: "2024-02-30" is not a date')
    })
  })

  test('an ignorefile named but missing is an error; the default ones may be missing', async () => {
    await expect(runScanStage({ ...base(), ignorefile: 'nope.yaml' }, ws.dir)).rejects.toMatchObject({
      input: 'ignorefile'
    })
  })
})

describe('secrets', () => {
  test('the token is redacted in every report, output, log line and the summary', async () => {
    for (const format of FORMATS) {
      const run = await runScanStage({ ...base(), format }, ws.dir)
      const secret = run.result.report.findings.find(f => f.class === 'secret')!
      expect(secret.locations).toEqual([expect.objectContaining({ path: 'dist/deploy.env', line: 2 })])
      expect(secret.match).toBe(`ghp_*****${TOKEN.slice(-4)}`)
      const texts = [
        run.log,
        run.summary,
        JSON.stringify(run.outputs),
        ...(await Promise.all(
          [run.outputs.report, run.outputs.sarif, run.outputs.sbom].map(f => readFile(f, 'utf8'))
        ))
      ]
      for (const t of texts) expect(t).not.toContain(TOKEN.slice(4, 20))
      // The workspace file is annotated at its line, with the masked form only.
      expect(run.log).toContain(`Found: ghp_*****${TOKEN.slice(-4)}`)
    }
  })

  test('a file named in paths is scanned where a folder walk skips its kind (Markdown)', async () => {
    const dir = (await scanWorkspace({ dockerfile: false })).dir
    await mkdir(path.join(dir, 'docs'))
    await writeFile(path.join(dir, 'docs', 'setup.md'), `export GITHUB_TOKEN=${TOKEN}\n`)
    const walked = await runScanStage({ paths: 'docs', scanners: 'secret' }, dir)
    expect(walked.result.report.findings).toEqual([])
    const named = await runScanStage({ paths: 'docs/setup.md', scanners: 'secret' }, dir)
    expect(
      named.result.report.findings.map(f => `${f.id} ${f.locations[0].path}:${f.locations[0].line}`)
    ).toEqual(['GANTRY-SECRET-005 docs/setup.md:1'])
  })

  test('a file of random bytes gives no finding; a 1 GiB sparse file is skipped with a note, not read', async () => {
    const dir = (await scanWorkspace({ dockerfile: false })).dir
    await writeFile(path.join(dir, 'dist', 'random.bin.dat'), deterministicBytes(4 << 20, 99))
    await writeFile(path.join(dir, 'dist', 'huge.log'), '')
    await truncate(path.join(dir, 'dist', 'huge.log'), 1 << 30)
    const run = await runScanStage({ paths: 'dist', db: path.join(dir, 'osv'), scanners: 'secret' }, dir)
    expect(run.result.report.findings.map(f => f.locations[0].path)).toEqual(['dist/deploy.env'])
    expect(run.result.report.inventory.notes).toEqual([
      'dist/huge.log: skipped by the secret analyzer: 1.0 GiB is more than its 10.0 MiB limit.'
    ])
  })
})

describe('misconfig', () => {
  test('findings are annotated on the Dockerfile lines; scanners picks the scanners', async () => {
    const run = await runScanStage({ ...base(), scanners: 'misconfig' }, ws.dir)
    expect(run.result.scanners).toEqual(['misconfig'])
    expect(new Set(run.result.report.findings.map(f => f.class))).toEqual(new Set(['misconfig']))
    const ctx = run.ctx.host.logger as unknown as {
      lines: { level: string; where?: { file?: string; line?: number } }[]
    }
    const where = ctx.lines
      .filter(l => l.level === 'warn' && l.where?.file === 'Dockerfile')
      .map(l => l.where!.line)
    expect(where).toEqual(expect.arrayContaining([1, 2, 4]))
  })

  test('without a Dockerfile the default scanners leave misconfig out; naming it then is an error', async () => {
    const dir = (await scanWorkspace({ dockerfile: false })).dir
    const run = await runScanStage({ paths: 'dist', db: path.join(dir, 'osv') }, dir)
    expect(run.result.scanners).toEqual(['vuln', 'secret'])
    await expect(runScanStage({ paths: 'dist', scanners: 'misconfig' }, dir)).rejects.toMatchObject({
      input: 'dockerfile'
    })
  })

  test('a Dockerfile that does not parse is one error with its line', async () => {
    const dir = (await scanWorkspace({ dockerfile: 'FROM alpine:3.20\nRUN true\nFROBNICATE now\n' })).dir
    const err = await runScanStage({ paths: 'dist', db: path.join(dir, 'osv') }, dir).catch(e => e)
    expect(err).toBeInstanceOf(DockerfileSyntaxError)
    expect(err).toMatchObject({ input: 'dockerfile', line: 3 })
    expect((err as Error).message).toMatch(/^dockerfile: Dockerfile:3: /)
  })
})

describe('bad input', () => {
  test.each([
    ['severity', { severity: 'HIGH,SEVERE' }, '"SEVERE" is not a severity'],
    ['format', { format: 'xml' }, '"xml" is not one of table, json, sarif, cyclonedx'],
    ['scanners', { scanners: 'vuln,license' }, '"license" is not a scanner'],
    ['exit-code', { 'exit-code': '300' }, 'is not a whole number from 0 to 255'],
    ['image', { image: 'docker:-o/etc/passwd' }, 'is not an image in the Docker daemon'],
    ['username', { registry: 'r.example', username: 'u' }, 'username and password go together']
  ])('%s', (input, raw, message) => {
    let err: unknown
    try {
      scanOptions({ paths: 'dist', ...raw }, ws.dir)
    } catch (e) {
      err = e
    }
    expect(err).toBeInstanceOf(UserError)
    expect(err).toMatchObject({ input: input === 'username' ? 'password' : input })
    expect((err as Error).message).toContain(message)
  })

  test('nothing to scan', async () => {
    await expect(runScanStage({ scanners: 'vuln' }, ws.dir)).rejects.toMatchObject({ input: 'image' })
  })

  test('attach-sbom needs an image in a registry', async () => {
    await expect(runScanStage({ ...base(), 'attach-sbom': 'true' }, ws.dir)).rejects.toMatchObject({
      input: 'attach-sbom'
    })
  })

  test('OSV files that are not JSON or miss required fields are skipped with a warning naming each', async () => {
    const dir = (await scanWorkspace({ dockerfile: false })).dir
    await writeFile(path.join(dir, 'osv', 'broken.json'), '{"id": "GO-9999-0003", "modified": ')
    await writeFile(path.join(dir, 'osv', 'noid.json'), JSON.stringify({ modified: '2024-01-01T00:00:00Z' }))
    const run = await runScanStage({ paths: 'dist', db: path.join(dir, 'osv'), scanners: 'vuln' }, dir)
    expect(run.result.report.findings.map(f => f.id).sort()).toEqual(['GO-9999-0001', 'GO-9999-0002'])
    const warnings = run.log.split('\n').filter(l => l.startsWith('warn:'))
    expect(warnings.some(w => w.includes('broken.json'))).toBe(true)
    expect(warnings.some(w => w.includes('noid.json'))).toBe(true)
  })

  test('a fake secret of every family in one file is found and masked', async () => {
    const fake = new FakeSecrets(5)
    const dir = (await scanWorkspace({ dockerfile: false })).dir
    const values = [fake.awsKeyId(), fake.github('github_pat_'), fake.slackToken()]
    await writeFile(
      path.join(dir, 'dist', 'more.conf'),
      values.map((v, i) => `k${i} = "${v}"`).join('\n') + '\n'
    )
    const run = await runScanStage({ paths: 'dist', scanners: 'secret' }, dir)
    expect(run.result.report.findings.filter(f => f.locations[0].path === 'dist/more.conf')).toHaveLength(3)
    const all = await readFile(run.outputs.sarif, 'utf8')
    for (const v of values) expect(all).not.toContain(v.slice(-12))
  })
})
