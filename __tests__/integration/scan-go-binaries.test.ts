// Go build info read from real binaries: a module with old dependencies (golang.org/x/text v0.3.5, a module
// replacement and a directory replacement) built by the installed Go for every target go-build makes —
// DEFAULT_TARGETS plus linux/arm/v7, 386, ppc64le, s390x (big-endian) and riscv64 — then compared module for
// module with `go version -m`, as files and inside a four-platform OCI image layout. Each binary is also rewritten into the pre-1.18 pointer format (no old Go
// toolchain is available here) and must read the same. Finally the folder is scanned as `paths`.

import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { BoundedFile, BufferFile, parseExecutable } from '../../src/scan/executable.js'
import {
  readGoBuildInfo,
  readRawBuildInfo,
  type GoBuildInfo,
  type GoModule
} from '../../src/scan/go-buildinfo.js'
import { inventoryImage, inventoryPaths } from '../../src/scan/inventory.js'
import { resolveScanPaths } from '../../src/scan/paths.js'
import { DEFAULT_TARGETS, toGoEnv, toPlatform, type Target } from '../../src/model/target.js'
import { goCommand } from '../../src/go/toolchain.js'
import { mapLimit } from '../../src/util/concurrency.js'
import { testHost } from '../helpers/host.js'
import { layer, readLayout, writeLayout } from '../helpers/image-layers.js'
import { toPointerFormat } from '../helpers/synthetic-exe.js'

const TARGETS: Target[] = [
  ...DEFAULT_TARGETS,
  { goos: 'linux', goarch: 'arm', variant: 'v7' },
  { goos: 'linux', goarch: 'ppc64le' },
  { goos: 'linux', goarch: 's390x' },
  { goos: 'linux', goarch: 'riscv64' }
]

const GO_MOD = `module example.com/scanme

go 1.24

require (
	example.com/local v0.0.0
	github.com/google/uuid v1.6.0
	golang.org/x/text v0.3.5
)

replace example.com/local => ./local

replace github.com/google/uuid => github.com/google/uuid v1.5.0
`
const GO_SUM = `github.com/google/uuid v1.5.0 h1:1p67kYwdtXjb0gL0BPiP1Av9wiZPo5A8z2cWkTZ+eyU=
github.com/google/uuid v1.5.0/go.mod h1:TIyPZe4MgqvfeYDBFedMoGGpEw/LqOeaOT+nhxU+yHo=
golang.org/x/text v0.3.5 h1:i6eZZ+zk0SOf0xgBpEpPD18qWcJda6q1sxt3S0kzyUQ=
golang.org/x/text v0.3.5/go.mod h1:5Zoc/QRtKVWzQhOtBMvqHzDpF6irO9z98xDceosuGiQ=
golang.org/x/tools v0.0.0-20180917221912-90fa682c2a6e/go.mod h1:n7NCudcB/nEzxVGmLbDWY5pfWTLqBcC2KZ6jyYvM4mQ=
`
const MAIN = `package main

import (
	"fmt"

	"example.com/local"
	"github.com/google/uuid"
	"golang.org/x/text/language"
)

func main() {
	fmt.Println(local.Hello(), uuid.NewString(), language.English)
}
`

const host = testHost()
let dir: string
const name = (t: Target): string =>
  `app-${toPlatform(t).replaceAll('/', '-')}${t.goos === 'windows' ? '.exe' : ''}`
const bin = (t: Target): string => path.join(dir, 'dist', name(t))

beforeAll(async () => {
  dir = await host.tempDir('scan-go')
  const mod = path.join(dir, 'mod')
  await mkdir(path.join(mod, 'cmd', 'app'), { recursive: true })
  await mkdir(path.join(mod, 'local'), { recursive: true })
  await writeFile(path.join(mod, 'go.mod'), GO_MOD)
  await writeFile(path.join(mod, 'go.sum'), GO_SUM)
  await writeFile(path.join(mod, 'cmd', 'app', 'main.go'), MAIN)
  await writeFile(path.join(mod, 'local', 'go.mod'), 'module example.com/local\n\ngo 1.24\n')
  await writeFile(path.join(mod, 'local', 'l.go'), 'package local\n\nfunc Hello() string { return "hi" }\n')
  const go = goCommand(host)
  const env = { ...host.env, CGO_ENABLED: '0', GOTOOLCHAIN: 'local', GOFLAGS: '-buildvcs=false' }
  await host.exec(
    'nice',
    [go, 'build', '-ldflags=-s -w -X main.version=1.4.2', '-o', path.join(dir, 'extra', 'app'), './cmd/app'],
    {
      cwd: mod,
      env
    }
  )
  await mapLimit(TARGETS, 2, t =>
    host.exec(
      'nice',
      [go, 'build', '-trimpath', '-ldflags=-s -w -X main.version=1.4.2', '-o', bin(t), './cmd/app'],
      { cwd: mod, env: { ...env, ...toGoEnv(t) } }
    )
  )
}, 900_000)

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true })
})

/** `go version -m` output, parsed independently: `\tpath`, `\tmod`, `\tdep`, `\t=>`, `\tbuild` lines. */
function parseGoVersionM(out: string): GoBuildInfo {
  const lines = out.split('\n')
  const info: GoBuildInfo = { goVersion: lines[0].split(': ')[1], deps: [], settings: [] }
  let last: GoModule | undefined
  for (const line of lines.slice(1)) {
    if (!line.startsWith('\t')) continue
    const [kind, ...f] = line.slice(1).split('\t')
    const m: GoModule = f[2]
      ? { path: f[0], version: f[1] ?? '', sum: f[2] }
      : { path: f[0], version: f[1] ?? '' }
    if (kind === 'path') info.path = f[0]
    else if (kind === 'mod') last = info.main = m
    else if (kind === 'dep') info.deps.push((last = m))
    else if (kind === '=>' && last) last.replace = m
    else if (kind === 'build') {
      const text = f.join('\t')
      // Go quotes keys and values that hold spaces, tabs or quotes; for these ASCII values JSON agrees.
      const m2 = /^("(?:[^"\\]|\\.)*"|[^=]*)=(.*)$/.exec(text)!
      const unq = (s: string): string => (s.startsWith('"') ? (JSON.parse(s) as string) : s)
      info.settings.push({ key: unq(m2[1]), value: unq(m2[2]) })
    }
  }
  return info
}

describe('build info of real binaries', () => {
  test.each(TARGETS.map(t => [toPlatform(t), t] as const))('%s matches go version -m', async (_p, t) => {
    const { stdout } = await host.exec(goCommand(host), ['version', '-m', bin(t)], {
      env: { ...host.env, GOTOOLCHAIN: 'local' }
    })
    const expected = parseGoVersionM(stdout)
    const f = await BoundedFile.open(bin(t))
    let ours: GoBuildInfo | undefined
    let format: string | undefined
    try {
      const exe = await parseExecutable(f)
      ours = await readGoBuildInfo(f, exe)
      format = (await readRawBuildInfo(f, exe))?.format
    } finally {
      await f.close()
    }
    expect(format).toBe('inline')
    expect(ours).toEqual(expected)
    // The test means something: the module set is what go.mod asked for, replacements included.
    expect(
      ours!.deps.map(
        d => `${d.path}@${d.version}${d.replace ? ` => ${d.replace.path}@${d.replace.version}` : ''}`
      )
    ).toEqual([
      'example.com/local@v0.0.0 => ./local@(devel)',
      'github.com/google/uuid@v1.6.0 => github.com/google/uuid@v1.5.0',
      'golang.org/x/text@v0.3.5'
    ])
    expect(Object.fromEntries(ours!.settings.map(s => [s.key, s.value]))).toMatchObject({
      GOOS: t.goos,
      GOARCH: t.goarch,
      '-trimpath': 'true'
    })

    // The same blob in the pre-1.18 pointer format, resolved through the section table (and the PE image base).
    const old = await toPointerFormat(await readFile(bin(t)))
    const bf = new BufferFile(name(t), old)
    const exe = await parseExecutable(bf)
    expect((await readRawBuildInfo(bf, exe))?.format).toBe('pointer')
    expect(await readGoBuildInfo(bf, exe)).toEqual(expected)
  })
})

describe('scanning the dist folder as paths', () => {
  test('one package per module, a location per binary, a GoBinary per binary', async () => {
    const paths = await resolveScanPaths(['dist'], dir)
    const { inventory } = await inventoryPaths(paths, { host })
    expect(inventory.targets).toEqual([{ kind: 'path', name: 'dist' }])
    expect(inventory.notes).toEqual([])
    expect(inventory.binaries.map(b => b.location.path)).toEqual(TARGETS.map(t => `dist/${name(t)}`).sort())
    const goVersion = inventory.binaries[0].goVersion
    const std = `v${goVersion.slice(2).split(' ')[0]}`
    expect(inventory.packages.map(p => `${p.kind} ${p.name}@${p.version}`)).toEqual([
      'go-module example.com/local@',
      'go-module example.com/scanme@',
      'go-module github.com/google/uuid@v1.5.0',
      'go-module golang.org/x/text@v0.3.5',
      `go-stdlib stdlib@${/^v\d+\.\d+$/.test(std) ? `${std}.0` : std}`
    ])
    for (const p of inventory.packages) expect(p.locations).toHaveLength(TARGETS.length)
  })

  test('a (devel) main module takes its version from -X main.version when Go recorded -ldflags (no -trimpath)', async () => {
    const { inventory } = await inventoryPaths(await resolveScanPaths(['extra/app'], dir), { host })
    expect(inventory.binaries[0].settings['-ldflags']).toBe('-s -w -X main.version=1.4.2')
    expect(inventory.packages.find(p => p.main)).toMatchObject({
      name: 'example.com/scanme',
      version: 'v1.4.2',
      purl: 'pkg:golang/example.com/scanme@v1.4.2',
      locations: [{ path: 'extra/app' }]
    })
  })
})

describe('real binaries inside a multi-platform image', () => {
  test('an OCI layout with an Alpine base and the binary per platform: every platform inventoried', async () => {
    const platforms = TARGETS.filter(
      t => t.goos === 'linux' && ['amd64', 'arm64', 'arm', 's390x'].includes(t.goarch)
    )
    const fixtures = path.join(
      path.dirname(fileURLToPath(import.meta.url)),
      '..',
      'scan',
      'fixtures',
      'alpine320'
    )
    const base = await layer([
      { name: 'etc/os-release', data: await readFile(path.join(fixtures, 'etc', 'os-release')) },
      {
        name: 'lib/apk/db/installed',
        data: await readFile(path.join(fixtures, 'lib', 'apk', 'db', 'installed'))
      }
    ])
    const layout = path.join(dir, 'layout')
    await writeLayout(
      layout,
      await Promise.all(
        platforms.map(async t => ({
          platform: toPlatform(t),
          layers: [
            base,
            await layer([{ name: 'usr/local/bin/app', data: await readFile(bin(t)), mode: 0o755 }])
          ]
        }))
      )
    )
    const { inventory } = await inventoryImage(await readLayout(layout, 'oci:layout'), { host })
    expect(inventory.notes).toEqual([])
    expect(
      inventory.binaries.map(b => `${b.location.platform} ${b.location.path} ${b.settings.GOARCH}`)
    ).toEqual(platforms.map(t => `${toPlatform(t)} usr/local/bin/app ${t.goarch}`).sort())
    const text = inventory.packages.find(p => p.name === 'golang.org/x/text')!
    expect(text.locations.map(l => l.platform)).toEqual(platforms.map(toPlatform).sort())
    expect(inventory.packages.filter(p => p.kind === 'apk')).toHaveLength(15)
    expect(inventory.os).toMatchObject({ family: 'alpine', version: '3.20.3' })
  })
})
