// The reporters on a realistic report (a two-platform image and a dist folder): SARIF valid against the
// official 2.1.0 schema, located and trimmed to code scanning's limits; CycloneDX valid against the 1.5
// schema; json valid against its documented schema and stable; the table aligned and sorted; the summary
// model and its renderings. Hostile text never starts a workflow command.

import { gunzipSync, gzipSync } from 'node:zlib'
import type * as Sarif from 'sarif'
import type { Finding } from '../../src/scan/model.js'
import {
  cyclonedxObject,
  cyclonedxReport,
  imageRepository,
  jsonReport,
  sarifReport,
  scanSummaryModel,
  summarize,
  tableReport,
  type ScanReport
} from '../../src/scan/report/index.js'
import { renderHtml, renderText } from '../../src/runtime/summary.js'
import { uuidV5 } from '../../src/scan/report/cyclonedx.js'
import { DOCKERFILE, GO_MOD, sampleReport } from '../helpers/scan-report.js'
import { cyclonedxValidator, sarifValidator, scanJsonValidator, type Check } from '../helpers/scan-schemas.js'

let report: ScanReport
let isValidSarif: Check
let isValidCdx: Check
let isValidJson: Check

beforeAll(async () => {
  report = await sampleReport()
  isValidSarif = await sarifValidator()
  isValidCdx = await cyclonedxValidator()
  isValidJson = await scanJsonValidator()
})

describe('SARIF', () => {
  test('is valid SARIF 2.1.0, one run per image and one for workspace files, each with its own category', () => {
    const { log, json, warnings } = sarifReport(report, { goMods: [{ path: 'go.mod', text: GO_MOD }] })
    isValidSarif(log)
    isValidSarif(JSON.parse(json))
    expect(warnings).toEqual([])
    expect(log.runs.map(r => r.automationDetails?.id)).toEqual([
      'gantry-scan/image/registry.test/team/app/',
      'gantry-scan/files/'
    ])
    // Every finding is in the image; the Go ones are also in the dist folder; DS-0002 is the Dockerfile's, which
    // the image is built from: the image's run holds all three scanners.
    expect(log.runs[0].results!.map(r => r.ruleId)).toEqual([
      'GO-2024-2887',
      'GO-2021-0113',
      'GO-2022-1059',
      'DS-0002',
      'CVE-2023-42366',
      'CVE-2024-9143',
      'GANTRY-TEST-0001'
    ])
    // Within a severity, scored findings come first (highest score), then by id.
    expect(log.runs[1].results!.map(r => r.ruleId)).toEqual([
      'GO-2024-2887',
      'GO-2021-0113',
      'GO-2022-1059',
      'GANTRY-TEST-0001'
    ])
  })

  test('security-severity per rule from the score, from the severity when there is none, none for UNKNOWN', () => {
    const { log } = sarifReport(report)
    const rules = Object.fromEntries(log.runs[0].tool.driver.rules!.map(r => [r.id, r]))
    expect(rules['GO-2021-0113'].properties!['security-severity']).toBe('7.5')
    expect(rules['GO-2024-2887'].properties!['security-severity']).toBe('9.8')
    expect(rules['CVE-2023-42366'].properties!['security-severity']).toBe('5.5')
    expect(rules['CVE-2024-9143'].properties!['security-severity']).toBe('2.0')
    expect(rules['GANTRY-TEST-0001'].properties!['security-severity']).toBeUndefined()
    expect(rules['GO-2024-2887'].defaultConfiguration?.level).toBe('error')
    expect(
      log.runs[0].results!.every(
        r => r.ruleIndex !== undefined && log.runs[0].tool.driver.rules![r.ruleIndex].id === r.ruleId
      )
    ).toBe(true)
  })

  test('every result is located: go.mod lines, the Dockerfile FROM line, the image path', () => {
    const { log } = sarifReport(report, {
      goMods: [
        {
          path: 'tools/go.mod',
          text: 'module example.com/tools\n\ngo 1.21\n\nrequire golang.org/x/text v0.14.0\n'
        },
        { path: 'go.mod', text: GO_MOD }
      ],
      dockerfile: { path: 'build/Dockerfile', text: DOCKERFILE }
    })
    const where = (run: Sarif.Run, id: string): string[] =>
      run
        .results!.filter(r => r.ruleId === id)
        .map(r => {
          const p = r.locations![0].physicalLocation!
          return `${p.artifactLocation!.uriBaseId ?? ''}${p.artifactLocation!.uri}:${p.region!.startLine}`
        })
    const [image, files] = log.runs
    const lines = GO_MOD.split('\n')
    const lineOf = (s: string): number => lines.findIndex(l => l.includes(s)) + 1
    // The binary's own module is example.com/scanme: its go.mod, not the tools one, is the one used.
    expect(where(image, 'GO-2021-0113')).toEqual([`%SRCROOT%go.mod:${lineOf('golang.org/x/text v0.3.5')}`])
    expect(where(image, 'GO-2024-2887')).toEqual([`%SRCROOT%go.mod:${lineOf('toolchain')}`])
    // A replaced module points at the replace directive that chose its version.
    expect(where(image, 'GANTRY-TEST-0001')).toEqual([`%SRCROOT%go.mod:${lineOf('replace')}`])
    // OS packages point at the final stage's FROM.
    expect(where(image, 'CVE-2023-42366')).toEqual([
      `%SRCROOT%build/Dockerfile:${DOCKERFILE.split('\n').indexOf('FROM alpine:3.20') + 1}`
    ])
    // A workspace file is located under %SRCROOT%, so code scanning shows the line.
    expect(where(image, 'DS-0002')).toEqual(['%SRCROOT%Dockerfile:1'])
    expect(where(files, 'GO-2021-0113')).toEqual([`%SRCROOT%go.mod:${lineOf('golang.org/x/text v0.3.5')}`])
    // The places it was found stay attached as related locations.
    const r = image.results!.find(x => x.ruleId === 'GO-2021-0113')!
    expect(r.relatedLocations!.map(l => l.message!.text)).toEqual([
      'usr/local/bin/app (linux/amd64, layer 2)',
      'usr/local/bin/app (linux/arm64, layer 2)'
    ])
    expect(r.message.text).toBe(
      'golang.org/x/text v0.3.5 is affected by GO-2021-0113, CVE-2021-38561, GHSA-ppp9-7jff-5vj2: Out-of-bounds read in golang.org/x/text/language. Fixed in v0.3.7. Found in usr/local/bin/app (linux/amd64, layer 2); usr/local/bin/app (linux/arm64, layer 2).'
    )

    // Without workspace files: the path inside the image; OS packages above the base layers: the image path too.
    const bare = sarifReport(report, { dockerfile: { path: 'Dockerfile', text: DOCKERFILE }, baseLayers: 0 })
    expect(where(bare.log.runs[0], 'GO-2021-0113')).toEqual(['usr/local/bin/app:1'])
    expect(where(bare.log.runs[0], 'CVE-2023-42366')).toEqual(['lib/apk/db/installed:1'])
    isValidSarif(bare.log)
  })

  test('a go.mod Go would refuse costs its locations, not the report', () => {
    const { log, warnings } = sarifReport(report, {
      goMods: [{ path: 'go.mod', text: 'module m\nrequire (\n' }]
    })
    isValidSarif(log)
    expect(warnings).toEqual([
      'SARIF: go.mod is not read for locations: go.mod:3: the require block is not closed.'
    ])
  })

  test('trimmed to code scanning limits with warnings, most severe kept', () => {
    const many: ScanReport = {
      ...report,
      findings: Array.from({ length: 40 }, (_, i): Finding => ({
        ...report.findings[i % 6],
        id: `GANTRY-T-${String(i).padStart(3, '0')}`,
        locations: Array.from({ length: 5 }, (_, j) => ({
          path: `bin/x${j}`,
          platform: 'linux/amd64',
          layer: { index: 1, digest: 'sha256:' + 'a'.repeat(64) }
        }))
      }))
    }
    const { log, warnings } = sarifReport(many, { limits: { resultsPerRun: 10, locationsPerResult: 3 } })
    isValidSarif(log)
    expect(log.runs[0].results).toHaveLength(10)
    expect(log.runs[0].results!.map(r => r.level)).toEqual(Array(10).fill('error'))
    expect(log.runs[0].results![0].relatedLocations).toHaveLength(2)
    expect(warnings).toContain(
      "SARIF: run gantry-scan/image/registry.test/team/app has 40 results, more than code scanning's 25000; the 30 least severe were dropped.".replace(
        '25000',
        '10'
      )
    )
    expect(warnings.some(w => /found in 5 places; only the first 3 are listed/.test(w))).toBe(true)

    const big = sarifReport(many, { limits: { gzippedBytes: 4000 } })
    expect(gzipSync(JSON.stringify(big.log)).length).toBeLessThanOrEqual(4000)
    expect(
      big.warnings.some(w =>
        /gzipped is more than code scanning's 3\.9 KiB; kept the \d+ most severe/.test(w)
      )
    ).toBe(true)
    isValidSarif(big.log)

    const runs = sarifReport(report, { limits: { runsPerFile: 1 } })
    expect(runs.log.runs).toHaveLength(1)
    expect(runs.warnings).toEqual([
      "SARIF: 2 runs, more than code scanning's 1 per file; the last 1 were dropped."
    ])
  })

  test('a scan with no findings still has a run per category (so fixed alerts close)', () => {
    const { log } = sarifReport({ ...report, findings: [] })
    isValidSarif(log)
    expect(log.runs.map(r => [r.automationDetails?.id, r.results!.length])).toEqual([
      ['gantry-scan/image/registry.test/team/app/', 0],
      ['gantry-scan/files/', 0]
    ])
  })

  test('uris are encoded, hostile titles stay one line', () => {
    const hostile: ScanReport = {
      ...report,
      findings: [
        {
          ...report.findings[0],
          title: 'bad\n::error::x',
          locations: [{ path: 'dir with space/a#b', platform: 'linux/amd64' }]
        }
      ]
    }
    const { log, json } = sarifReport(hostile)
    isValidSarif(log)
    expect(log.runs[0].results![0].locations![0].physicalLocation!.artifactLocation!.uri).toBe(
      'dir%20with%20space/a%23b'
    )
    expect(json).not.toMatch(/^\s*::/m)
    expect(log.runs[0].results![0].message.text).toContain('bad\\n::error::x')
  })
})

describe('CycloneDX 1.5', () => {
  test('is valid against the 1.5 schema, with purls, unique bom-refs and a closed dependency graph', () => {
    const bom = cyclonedxObject(report) as {
      serialNumber: string
      metadata: { component: Record<string, unknown>; timestamp: string }
      components: { 'bom-ref': string; type: string; purl?: string; name: string }[]
      dependencies: { ref: string; dependsOn: string[] }[]
    }
    isValidCdx(bom)
    expect(bom.metadata.component).toMatchObject({
      type: 'container',
      name: 'registry.test/team/app',
      version: `sha256:${'1'.repeat(64)}`,
      purl: `pkg:oci/app@sha256:${'1'.repeat(64)}?repository_url=registry.test%2Fteam%2Fapp`
    })
    expect(bom.metadata.timestamp).toBe('2024-05-01T12:00:00Z')
    const libs = bom.components.filter(c => c.type === 'library')
    expect(libs.map(c => c.purl)).toEqual(report.inventory.packages.map(p => p.purl))
    expect(libs.every(c => c['bom-ref'] === c.purl)).toBe(true)
    const refs = bom.components.map(c => c['bom-ref'])
    expect(new Set(refs).size).toBe(refs.length)
    const known = new Set([...refs, 'image'])
    for (const d of bom.dependencies) for (const r of [d.ref, ...d.dependsOn]) expect(known.has(r)).toBe(true)
    expect(bom.components.find(c => c.type === 'operating-system')).toMatchObject({
      name: 'alpine',
      version: '3.20.3'
    })
    const amd = bom.dependencies.find(d => d.ref === 'binary:linux/amd64:usr/local/bin/app')!
    expect(amd.dependsOn).toEqual([
      'pkg:golang/example.com/scanme',
      'pkg:golang/github.com/google/uuid@v1.5.0',
      'pkg:golang/golang.org/x/text@v0.3.5',
      'pkg:golang/stdlib@v1.22.3'
    ])
    // Same input, same bytes (the serial number comes from the content).
    expect(cyclonedxReport(report)).toBe(cyclonedxReport({ ...report }))
    expect(bom.serialNumber).toMatch(
      /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
    )
  })

  test('uuidV5 matches the RFC 4122 example namespace computation', () => {
    // Python: uuid.uuid5(uuid.NAMESPACE_URL, 'https://example.com') == 4fd35a71-71ef-5a55-a9d9-aa75c889a6d0
    expect(uuidV5('https://example.com')).toBe('4fd35a71-71ef-5a55-a9d9-aa75c889a6d0')
  })

  test('a paths-only scan has an application as its subject', () => {
    const inv = { ...report.inventory, targets: [{ kind: 'path' as const, name: 'dist' }], os: undefined }
    const bom = cyclonedxObject({ ...report, inventory: inv })
    isValidCdx(bom)
    expect((bom.metadata as { component: unknown }).component).toEqual({
      type: 'application',
      'bom-ref': 'scan',
      name: 'dist'
    })
  })
})

describe('json', () => {
  test('validates against schema/scan-report.schema.json and is stable', () => {
    const text = jsonReport({ ...report, ignored: [], expiredIgnores: [] })
    const obj = JSON.parse(text)
    isValidJson(obj)
    expect(obj.schemaVersion).toBe(1)
    expect(obj.counts).toEqual({ CRITICAL: 1, HIGH: 3, MEDIUM: 1, LOW: 1, UNKNOWN: 1 })
    expect(obj.findings.map((f: { id: string }) => f.id)).toEqual([
      'GO-2024-2887',
      'GO-2021-0113',
      'GO-2022-1059',
      'DS-0002',
      'CVE-2023-42366',
      'CVE-2024-9143',
      'GANTRY-TEST-0001'
    ])
    const shuffled = jsonReport({
      ...report,
      findings: [...report.findings].reverse(),
      ignored: [],
      expiredIgnores: []
    })
    expect(shuffled).toBe(text)
  })

  test('ignored findings and expired ignores are part of the document', () => {
    const rule = {
      applies: 'any' as const,
      id: 'CVE-2021-38561',
      statement: 'not reachable',
      source: { file: '.trivyignore', line: 3 }
    }
    const obj = JSON.parse(
      jsonReport({
        ...report,
        findings: report.findings.slice(1),
        ignored: [{ finding: report.findings[0], rule }],
        expiredIgnores: [{ rule: { ...rule, id: 'GO-2020-0001', expiredAt: '2024-01-01' }, wouldMatch: 0 }]
      })
    )
    isValidJson(obj)
    expect(obj.ignored[0]).toMatchObject({
      id: 'GO-2021-0113',
      rule: { id: 'CVE-2021-38561', file: '.trivyignore', line: 3, statement: 'not reachable' }
    })
    expect(obj.expiredIgnores).toEqual([
      { id: 'GO-2020-0001', file: '.trivyignore', line: 3, expiredAt: '2024-01-01', wouldMatch: 0 }
    ])
  })
})

describe('table', () => {
  test('aligned, most severe first, one line per finding with fixed versions', () => {
    const text = tableReport(report)
    const lines = text.trimEnd().split('\n')
    expect(lines[0]).toBe('registry.test/team/app:1.2.3, dist (linux/amd64, linux/arm64) — alpine 3.20.3')
    expect(lines[1]).toMatch(
      /^\d+ packages, 3 Go binaries\. Findings: 7 \(CRITICAL: 1, HIGH: 3, MEDIUM: 1, LOW: 1, UNKNOWN: 1\)$/
    )
    const head = lines.indexOf(lines.find(l => l.startsWith('SEVERITY'))!)
    const rows = lines.slice(head + 1)
    expect(rows).toHaveLength(7)
    expect(rows.map(r => r.split(/\s+/)[0])).toEqual([
      'CRITICAL',
      'HIGH',
      'HIGH',
      'HIGH',
      'MEDIUM',
      'LOW',
      'UNKNOWN'
    ])
    // Columns line up: each header word starts where its column starts in every row.
    const cols = ['ID', 'PACKAGE', 'INSTALLED', 'FIXED', 'WHERE', 'TITLE'].map(h => lines[head].indexOf(h))
    for (const r of rows)
      for (const c of cols) expect(r[c - 1] === ' ' && r[c - 2] === ' ' && r[c] !== ' ').toBe(true)
    expect(rows[0]).toContain('v1.21.11, v1.22.4')
    expect(rows.find(r => r.includes('CVE-2023-42366'))).toContain('no fix')
    expect(rows.find(r => r.includes('DS-0002'))).toMatch(/DS-0002\s+Dockerfile:1\s+-\s+-\s+Dockerfile:1/)
    expect(text).not.toMatch(/ +$/m)
  })

  test('hostile text cannot start a workflow command or break a line', () => {
    const text = tableReport({
      ...report,
      inventory: { ...report.inventory, targets: [{ kind: 'image', name: '::error::evil' }] },
      findings: [{ ...report.findings[0], title: 'x\n::warning::y', id: '\r::set-output name=a::b' }]
    })
    expect(text).not.toMatch(/^\s*::/m)
    expect(text.split('\n')).toHaveLength(6)
    expect(text).toContain('\\n::warning::y')
  })

  test('no findings', () => {
    expect(tableReport({ ...report, findings: [] })).toMatch(/\n\nNo findings\.\n$/)
  })
})

describe('summary', () => {
  test('counts, the top findings with fixed versions, ignores and expired ignores', () => {
    const rule = {
      applies: 'any' as const,
      id: 'CVE-1',
      expiredAt: '2024-01-01',
      source: { file: '.trivyignore', line: 2 }
    }
    const s = summarize(
      {
        ...report,
        ignored: [{ finding: report.findings[0], rule }],
        expiredIgnores: [{ rule, wouldMatch: 2 }]
      },
      { top: 3 }
    )
    expect(s.counts).toEqual({ CRITICAL: 1, HIGH: 3, MEDIUM: 1, LOW: 1, UNKNOWN: 1 })
    expect(s.total).toBe(7)
    expect(s.top.map(f => [f.severity, f.id, f.subject, f.installed, f.fixed])).toEqual([
      ['CRITICAL', 'GO-2024-2887', 'stdlib', 'v1.22.3', 'v1.21.11, v1.22.4'],
      ['HIGH', 'GO-2021-0113', 'golang.org/x/text', 'v0.3.5', 'v0.3.7'],
      ['HIGH', 'GO-2022-1059', 'golang.org/x/text', 'v0.3.5', 'v0.3.8']
    ])
    expect(s.more).toBe(4)
    expect(s.ignored).toBe(1)
    expect(s.expired).toEqual([
      '.trivyignore line 2: the ignore for CVE-1 expired on 2024-01-01; it no longer applies (2 findings reported again).'
    ])
    expect(s.targets).toEqual(['registry.test/team/app:1.2.3 (linux/amd64, linux/arm64)', 'dist'])

    // The runtime renders the model: a table of the top findings, the counts, the expired ignores as notes.
    const model = scanSummaryModel(s)
    const html = renderHtml(model)
    expect(html).toContain(
      '<th>Severity</th><th>ID</th><th>Package</th><th>Installed</th><th>Fixed in</th><th>Title</th>'
    )
    expect(html).toContain(
      '<td><b>CRITICAL</b></td><td><code>GO-2024-2887</code></td><td>stdlib</td><td>v1.22.3</td><td>v1.21.11, v1.22.4</td>'
    )
    expect(html).toContain('<b>by severity:</b> CRITICAL 1, HIGH 3, MEDIUM 1, LOW 1, UNKNOWN 1')
    expect(html).toContain('<blockquote>.trivyignore line 2: the ignore for CVE-1 expired on 2024-01-01')
    expect(html).toContain('… and 4 more findings')
    const text = renderText(model)
    expect(text).toMatch(/^ {2}CRITICAL +GO-2024-2887 +stdlib +v1\.22\.3 +v1\.21\.11, v1\.22\.4 +Unexpected/m)
  })

  test('hostile text stays one line in the model and inert in both renderings', () => {
    const s = summarize({
      ...report,
      inventory: { ...report.inventory, targets: [{ kind: 'image', name: 'a\n::error::b' }] },
      findings: [
        { ...report.findings[0], title: '::error::<img src=x>\r::warning::y', id: 'X\n::stop-commands::t' }
      ]
    })
    for (const v of [s.targets[0], s.top[0].title, s.top[0].id]) expect(v).not.toMatch(/[\r\n]/)
    const html = renderHtml(scanSummaryModel(s))
    expect(html).not.toMatch(/^\s*::/m)
    expect(html).toContain('&lt;img src=x&gt;')
    expect(renderText(scanSummaryModel(s))).not.toMatch(/^\s*::/m)
  })

  test('no findings', () => {
    const model = scanSummaryModel(summarize({ ...report, findings: [] }))
    expect(model.table).toBeUndefined()
    expect(model.paragraphs).toEqual(['No findings.'])
  })
})

describe('helpers', () => {
  test.each([
    ['registry.test/team/app:1.2.3', 'registry.test/team/app'],
    ['alpine:3.20', 'docker.io/library/alpine'],
    [`ghcr.io/o/a@sha256:${'a'.repeat(64)}`, 'ghcr.io/o/a'],
    ['oci:dist/image:v1', 'oci:dist/image'],
    ['oci:dist/image', 'oci:dist/image'],
    ['docker-archive:img.tar', 'docker-archive:img.tar'],
    ['docker:app:dev', 'docker.io/library/app']
  ])('imageRepository(%s) = %s', (name, repo) => {
    expect(imageRepository(name)).toBe(repo)
  })

  test('gzip of a report stays readable (sanity of the size check)', () => {
    const { json } = sarifReport(report)
    expect(gunzipSync(gzipSync(json)).toString()).toBe(json)
  })
})
