// The files a scan writes: the report in the chosen `format` (to `output`, or a temporary file), and always
// a SARIF file and a CycloneDX SBOM beside it, so a workflow can upload the one and attach the other whatever
// format it logs. SARIF locates findings with the workspace's go.mod and the Dockerfile.

import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Host } from '../util/host.js'
import { UserError } from '../util/errors.js'
import { cyclonedxReport } from './report/cyclonedx.js'
import { jsonReport } from './report/json.js'
import type { ScanReport } from './report/report.js'
import { sarifReport, type SarifOptions } from './report/sarif.js'
import { tableReport } from './report/table.js'

export const FORMATS = ['table', 'json', 'sarif', 'cyclonedx'] as const
export type ReportFormat = (typeof FORMATS)[number]

const FILE_NAMES: Record<ReportFormat, string> = {
  table: 'gantry-scan.txt',
  json: 'gantry-scan.json',
  sarif: 'gantry-scan.sarif',
  cyclonedx: 'gantry-scan.cdx.json'
}

export interface ScanFiles {
  /** The report in `format`. */
  report: string
  sarif: string
  sbom: string
  sbomBytes: Buffer
  /** The table, for the log. */
  table: string
  /** SARIF trimming and anything else a user should hear about the files. */
  warnings: string[]
}

interface FileInputs {
  format: ReportFormat
  output?: string
  workspace: string
  dockerfile: { file: string; display: string }
}

async function optionalText(file: string): Promise<string | undefined> {
  return readFile(file, 'utf8').catch(() => undefined)
}

async function sarifOptions(o: FileInputs): Promise<SarifOptions> {
  const goMod = await optionalText(path.join(o.workspace, 'go.mod'))
  const dockerfile = await optionalText(o.dockerfile.file)
  return {
    ...(goMod !== undefined ? { goMods: [{ path: 'go.mod', text: goMod }] } : {}),
    ...(dockerfile !== undefined ? { dockerfile: { path: o.dockerfile.display, text: dockerfile } } : {})
  }
}

export async function writeScanFiles(report: ScanReport, o: FileInputs, host: Host): Promise<ScanFiles> {
  const sarif = sarifReport(report, await sarifOptions(o))
  const table = tableReport(report)
  const sbomText = cyclonedxReport(report)
  const texts: Record<ReportFormat, string> = {
    table,
    json: jsonReport(report),
    sarif: sarif.json,
    cyclonedx: sbomText
  }
  const dir = await host.tempDir('scan-report')
  const at = (f: ReportFormat): string =>
    o.output && f === o.format ? o.output : path.join(dir, FILE_NAMES[f])
  const write = async (f: ReportFormat): Promise<string> => {
    const file = at(f)
    try {
      await mkdir(path.dirname(file), { recursive: true })
      await writeFile(file, texts[f])
    } catch (err) {
      throw new UserError(`cannot write ${file}: ${(err as Error).message}.`, {
        input: 'output',
        fix: 'give a file path in a folder the step can write to.'
      })
    }
    return file
  }
  const report_ = await write(o.format)
  return {
    report: report_,
    sarif: o.format === 'sarif' ? report_ : await write('sarif'),
    sbom: o.format === 'cyclonedx' ? report_ : await write('cyclonedx'),
    sbomBytes: Buffer.from(sbomText),
    table,
    warnings: sarif.warnings
  }
}
