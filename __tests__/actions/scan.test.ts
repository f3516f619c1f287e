// The scan action and `gantry scan` as bundles, run as a runner and a shell run them, on a workspace with a Go
// executable, a leaked token and a Dockerfile: the outputs are written, then the gate fails the step with the
// exit-code (an ::error:: line, annotations on the Dockerfile lines), the token never in the log; ignores make
// it pass; a bad input is one ::error:: naming it; the CLI prints the outputs as JSON and exits with the code.

import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type * as Sarif from 'sarif'
import { runAction, runCli } from '../helpers/run-action.js'
import { sarifValidator } from '../helpers/scan-schemas.js'
import { scanWorkspace, TOKEN, type ScanWorkspace } from '../helpers/scan-workspace.js'

let ws: ScanWorkspace

beforeAll(async () => {
  ws = await scanWorkspace()
})

test('the gate fails the step with exit-code after the outputs, summary and annotations are written', async () => {
  const r = await runAction('scan', {
    cwd: ws.dir,
    inputs: { paths: 'dist', db: ws.db, format: 'sarif', 'exit-code': '3', severity: 'MEDIUM,HIGH,CRITICAL' }
  })
  expect(r.code).toBe(3)
  expect(r.outputs.findings).toBe('6')
  expect(r.outputs.passed).toBe('false')
  expect(JSON.parse(r.outputs.counts)).toEqual({ CRITICAL: 1, HIGH: 2, MEDIUM: 3, LOW: 0, UNKNOWN: 0 })
  expect(r.outputs.report).toBe(r.outputs.sarif)
  const sarif = JSON.parse(await readFile(r.outputs.sarif, 'utf8')) as Sarif.Log
  ;(await sarifValidator())(sarif)
  expect(sarif.runs.flatMap(x => x.results!).length).toBe(6)
  expect(r.annotations.filter(a => a.level === 'error').map(a => a.message)).toEqual([
    '6 findings at MEDIUM, HIGH, CRITICAL remain after ignores (1 CRITICAL, 2 HIGH, 3 MEDIUM): exit code 3.'
  ])
  const onDockerfile = r.annotations.filter(a => a.level === 'warning' && a.properties.file === 'Dockerfile')
  expect(onDockerfile.map(a => a.properties.line).sort()).toEqual(['1', '1', '4'])
  expect(r.summary).toContain('<b>6</b>')
  expect(r.summary).toContain('GO-9999-0001')
  expect(r.log).not.toContain(TOKEN.slice(4))
  expect(r.summary).not.toContain(TOKEN.slice(4))

  // The post step (no database cache to save, no login to undo) is quiet and never fails the job.
  const post = await runAction('scan', { cwd: ws.dir, state: r.state })
  expect(post.code).toBe(0)
  expect(post.annotations).toEqual([])
})

test('with every finding ignored the step passes', async () => {
  const ignore = path.join(ws.dir, 'all.trivyignore')
  await writeFile(
    ignore,
    [
      'GO-9999-0001',
      'GO-9999-0002',
      'GANTRY-SECRET-005',
      'DS-0001',
      'DS-0002',
      'DL3019',
      'GANTRY-DF-009',
      'DS-0026'
    ].join('\n')
  )
  const r = await runAction('scan', {
    cwd: ws.dir,
    inputs: { paths: 'dist', db: ws.db, 'exit-code': '1', ignorefile: 'all.trivyignore' }
  })
  expect([r.code, r.outputs.findings, r.outputs.passed]).toEqual([0, '0', 'true'])
  expect(r.summary).toContain('ignored:')
})

test('a bad input is one error naming it, and no outputs', async () => {
  const r = await runAction('scan', { cwd: ws.dir, inputs: { paths: 'dist', scanners: 'vuln,sast' } })
  expect(r.code).toBe(1)
  expect(r.annotations.filter(a => a.level === 'error').map(a => a.message)).toEqual([
    'scanners: "sast" is not a scanner. Fix: write some of vuln, secret, misconfig.'
  ])
  expect(r.outputs).toEqual({})
})

test('gantry scan: scriptable, the outputs as JSON on stdout, the gate as the exit code', async () => {
  const r = await runCli(
    [
      'scan',
      '--paths',
      'dist',
      '--db',
      ws.db,
      '--format',
      'json',
      '--output',
      'out/report.json',
      '--exit-code',
      '2'
    ],
    { cwd: ws.dir }
  )
  expect(r.code).toBe(2)
  const outputs = JSON.parse(r.stdout) as { findings: string; report: string; counts: Record<string, number> }
  expect(outputs.findings).toBe('8')
  expect(outputs.report).toBe(path.join(ws.dir, 'out', 'report.json'))
  const report = JSON.parse(await readFile(outputs.report, 'utf8')) as { counts: Record<string, number> }
  expect(report.counts).toEqual(outputs.counts)
  expect(r.stderr).toContain('error: 8 findings at UNKNOWN, LOW, MEDIUM, HIGH, CRITICAL remain after ignores')
  expect(r.stderr).not.toContain(TOKEN.slice(4))
})
