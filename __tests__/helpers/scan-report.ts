// A realistic scan report for the reporter tests: an inventory read from a two-platform image (Alpine 3.20
// base, a Go binary) plus a dist folder, and findings shaped as the detector makes them. The Go entries
// carry the ids, aliases, summaries, fixed versions and symbols of real records of Go's vulnerability
// database (CC-BY-4.0, see shared/vulndb/LICENSE); the Alpine ones are made up in the same shape.

import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { inventoryImage, mergeInventories } from '../../src/scan/inventory.js'
import type { Finding, Inventory, Location, Package } from '../../src/scan/model.js'
import type { ScanReport } from '../../src/scan/report/report.js'
import { testHost } from './host.js'
import { layer, memoryImage } from './image-layers.js'
import { syntheticElf } from './synthetic-exe.js'

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'scan', 'fixtures')

export const APP_MODINFO = [
  'path\texample.com/scanme/cmd/app',
  'mod\texample.com/scanme\t(devel)\t',
  'dep\tgolang.org/x/text\tv0.3.5\th1:i6eZZ+zk0SOf0xgBpEpPD18qWcJda6q1sxt3S0kzyUQ=',
  'dep\tgithub.com/google/uuid\tv1.6.0\t',
  '=>\tgithub.com/google/uuid\tv1.5.0\t',
  'build\tGOOS=linux',
  ''
].join('\n')

export async function sampleInventory(): Promise<Inventory> {
  const read = (rel: string): Promise<string> => readFile(path.join(fixtures, rel), 'utf8')
  const base = [
    { name: 'etc/os-release', data: await read('alpine320/etc/os-release') },
    { name: 'lib/apk/db/installed', data: await read('alpine320/lib/apk/db/installed') }
  ]
  const app = [
    {
      name: 'usr/local/bin/app',
      data: syntheticElf({ version: 'go1.22.3', modinfo: APP_MODINFO }),
      mode: 0o755
    }
  ]
  const image = memoryImage('registry.test/team/app:1.2.3', [
    { platform: 'linux/amd64', layers: [await layer(base), await layer(app)] },
    { platform: 'linux/arm64', layers: [await layer(base), await layer(app)] }
  ])
  image.digest = `sha256:${'1'.repeat(64)}`
  const { inventory } = await inventoryImage(image, { host: testHost() })
  // A binary from the dist folder (a `paths` scan), merged in as the stage merges image and paths.
  const distLoc: Location = { path: 'dist/app_linux_amd64/app' }
  const dist: Inventory = {
    packages: inventory.packages
      .filter(p => p.kind.startsWith('go-'))
      .map(p => ({ ...p, locations: [distLoc] })),
    binaries: [{ location: distLoc, goVersion: 'go1.22.3', mainModule: 'example.com/scanme', settings: {} }],
    targets: [{ kind: 'path', name: 'dist' }],
    notes: []
  }
  return mergeInventories([
    { inventory, files: [] },
    { inventory: dist, files: [] }
  ]).inventory
}

function vuln(p: Package, f: Omit<Finding, 'class' | 'package' | 'installed' | 'locations'>): Finding {
  return {
    class: 'vulnerability',
    ...f,
    package: { name: p.name, ecosystem: p.ecosystem, version: p.version, purl: p.purl, kind: p.kind },
    installed: p.version,
    locations: p.locations
  }
}

export function sampleFindings(inv: Inventory): Finding[] {
  const pkg = (name: string): Package => inv.packages.find(p => p.name === name)!
  return [
    vuln(pkg('golang.org/x/text'), {
      id: 'GO-2021-0113',
      aliases: ['CVE-2021-38561', 'GHSA-ppp9-7jff-5vj2'],
      severity: 'HIGH',
      score: 7.5,
      vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H',
      title: 'Out-of-bounds read in golang.org/x/text/language',
      description:
        'Due to improper index calculation, an incorrectly formatted language tag can cause Parse to panic via an out of bounds read.',
      fixed: ['v0.3.7'],
      goPackages: [
        {
          path: 'golang.org/x/text/language',
          symbols: ['MatchStrings', 'MustParse', 'Parse', 'ParseAcceptLanguage']
        }
      ],
      references: ['https://go.dev/cl/340830']
    }),
    vuln(pkg('golang.org/x/text'), {
      id: 'GO-2022-1059',
      aliases: ['CVE-2022-32149', 'GHSA-69ch-w2m2-3vjp'],
      severity: 'HIGH',
      score: 7.5,
      title: 'Denial of service via crafted Accept-Language header in golang.org/x/text/language',
      fixed: ['v0.3.8'],
      references: ['https://go.dev/issue/56152']
    }),
    vuln(pkg('stdlib'), {
      id: 'GO-2024-2887',
      aliases: ['CVE-2024-24790'],
      severity: 'CRITICAL',
      score: 9.8,
      title: 'Unexpected behavior from Is methods for IPv4-mapped IPv6 addresses in net/netip',
      fixed: ['v1.21.11', 'v1.22.4']
    }),
    vuln(pkg('libcrypto3'), {
      id: 'CVE-2024-9143',
      aliases: [],
      severity: 'LOW',
      title: 'openssl: Low-level invalid GF(2^m) parameters lead to OOB memory access',
      fixed: ['3.3.2-r1']
    }),
    vuln(pkg('busybox'), {
      id: 'CVE-2023-42366',
      aliases: [],
      severity: 'MEDIUM',
      title: 'busybox: A heap-buffer-overflow in awk',
      fixed: []
    }),
    vuln(pkg('github.com/google/uuid'), {
      id: 'GANTRY-TEST-0001',
      aliases: [],
      severity: 'UNKNOWN',
      title: 'A record without a severity',
      fixed: []
    }),
    {
      class: 'misconfig',
      id: 'DS-0002',
      aliases: [],
      severity: 'HIGH',
      title: 'Image runs as root',
      fix: 'Add a USER instruction with a non-root user.',
      locations: [{ path: 'Dockerfile', line: 1 }]
    }
  ]
}

export async function sampleReport(): Promise<ScanReport> {
  const inventory = await sampleInventory()
  return {
    tool: { name: 'gantry', version: '0.1.0' },
    inventory,
    findings: sampleFindings(inventory),
    time: '2024-05-01T12:00:00Z'
  }
}

export const GO_MOD = `module example.com/scanme

go 1.22

toolchain go1.22.3

require (
	github.com/google/uuid v1.6.0
	golang.org/x/text v0.3.5 // indirect
)

replace github.com/google/uuid => github.com/google/uuid v1.5.0
`

export const DOCKERFILE = `# syntax=docker/dockerfile:1
FROM golang:1.22 AS build
COPY . /src
RUN go build -o /app ./cmd/app

FROM alpine:3.20
COPY --from=build /app /usr/local/bin/app
USER 65532
`
