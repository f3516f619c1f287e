// Go build info decoding without the Go toolchain: synthetic ELF files (32/64-bit, both byte orders, the
// inline and the pointer header formats), the module info text as `go version -m` shows it, Go string
// quoting in build settings, and the inventory packages made from it. Real binaries of every target are
// read in __tests__/integration/scan-go-binaries.test.ts.

import { goBinaryInventory, ldflagsVersion } from '../../src/scan/analyzers/go-binary.js'
import { goTagToSemver as stdlibVersion } from '../../src/scan/versions/go.js'
import { BufferFile, parseExecutable } from '../../src/scan/executable.js'
import {
  BuildInfoError,
  parseModInfo,
  quotedPrefix,
  readGoBuildInfo,
  readRawBuildInfo
} from '../../src/scan/go-buildinfo.js'
import { syntheticElf } from '../helpers/synthetic-exe.js'

const MODINFO = [
  'path\texample.com/app/cmd/app',
  'mod\texample.com/app\t(devel)\t',
  'dep\tgithub.com/google/uuid\tv1.6.0\th1:NIvaJDMOsjHA8n1jAhLSgzrAzy1Hgr+hNrb57e+94F0=',
  '=>\tgithub.com/google/uuid\tv1.5.0\th1:1p67kYwdtXjb0gL0BPiP1Av9wiZPo5A8z2cWkTZ+eyU=',
  'dep\texample.com/local\tv0.0.0\t',
  '=>\t./local\t(devel)\t',
  'dep\tgolang.org/x/text\tv0.3.5\th1:i6eZZ+zk0SOf0xgBpEpPD18qWcJda6q1sxt3S0kzyUQ=',
  'build\t-buildmode=exe',
  'build\t-compiler=gc',
  'build\t-ldflags="-s -w -X main.version=1.4.2"',
  'build\t"-weird key"="a\\tb"',
  'build\tCGO_ENABLED=0',
  'build\tGOARCH=amd64',
  'build\tGOOS=linux',
  'build\tGOAMD64=v1',
  ''
].join('\n')

async function read(buf: Buffer): Promise<Awaited<ReturnType<typeof readGoBuildInfo>>> {
  const f = new BufferFile('app', buf)
  return readGoBuildInfo(f, await parseExecutable(f))
}

describe('readRawBuildInfo', () => {
  const variants = [
    { bits: 64, order: 'little', format: 'inline' },
    { bits: 64, order: 'big', format: 'inline' },
    { bits: 32, order: 'little', format: 'inline' },
    { bits: 64, order: 'little', format: 'pointer' },
    { bits: 64, order: 'big', format: 'pointer' },
    { bits: 32, order: 'little', format: 'pointer' },
    { bits: 32, order: 'big', format: 'pointer' }
  ] as const
  it.each(variants)('reads the $format format, $bits-bit $order-endian', async v => {
    const buf = syntheticElf({ ...v, version: 'go1.17.13', modinfo: MODINFO })
    const f = new BufferFile('app', buf)
    const exe = await parseExecutable(f)
    expect(exe.bits).toBe(v.bits)
    const raw = await readRawBuildInfo(f, exe)
    expect(raw).toEqual({ version: 'go1.17.13', modinfo: MODINFO, format: v.format })
  })

  it('reads a module info string longer than 127 bytes (multi-byte varint) and finds the blob after padding', async () => {
    const long = `path\tx\nmod\tx\tv1.0.0\t\n${Array.from({ length: 400 }, (_, i) => `dep\tm${i}\tv1.0.${i}\t`).join('\n')}\n`
    const raw = await readRawBuildInfo(
      ...(await open(syntheticElf({ version: 'go1.26.0', modinfo: long, padding: 100 })))
    )
    expect(raw?.modinfo).toBe(long)
  })

  it('has no module info without the sentinel frame (GOPATH-mode binaries)', async () => {
    const raw = await readRawBuildInfo(
      ...(await open(syntheticElf({ version: 'go1.20', modinfo: undefined })))
    )
    expect(raw).toEqual({ version: 'go1.20', modinfo: '', format: 'inline' })
  })

  it('is undefined for an executable without build info', async () => {
    const buf = syntheticElf({ version: 'go1.22.0', modinfo: MODINFO })
    // Destroy the magic: the section is there but holds no blob.
    buf.write('\xff Go buildinx', buf.indexOf('\xff Go buildinf:', 0, 'latin1'), 'latin1')
    expect(await readRawBuildInfo(...(await open(buf)))).toBeUndefined()
  })

  it('rejects a blob whose string length runs past its section', async () => {
    const buf = syntheticElf({ version: 'go1.22.0', modinfo: MODINFO })
    const at = buf.indexOf('\xff Go buildinf:', 0, 'latin1')
    buf[at + 32] = 0xff // version length 16383 (two varint bytes): beyond the section's end
    buf[at + 33] = 0x7f
    await expect(readRawBuildInfo(...(await open(buf)))).rejects.toThrow(BuildInfoError)
  })

  it('rejects a pointer that leads outside every section', async () => {
    const buf = syntheticElf({ version: 'go1.16', modinfo: MODINFO, format: 'pointer' })
    const at = buf.indexOf('\xff Go buildinf:', 0, 'latin1')
    buf.writeBigUInt64LE(0xdead0000n, at + 16)
    await expect(readRawBuildInfo(...(await open(buf)))).rejects.toThrow(/outside every section/)
  })
})

async function open(buf: Buffer): Promise<[BufferFile, Awaited<ReturnType<typeof parseExecutable>>]> {
  const f = new BufferFile('app', buf)
  return [f, await parseExecutable(f)]
}

describe('parseModInfo', () => {
  it('reads path, mod, deps with replacements, and quoted build settings', () => {
    const info = parseModInfo('go1.22.3', MODINFO)
    expect(info.path).toBe('example.com/app/cmd/app')
    expect(info.main).toEqual({ path: 'example.com/app', version: '(devel)' })
    expect(info.deps).toEqual([
      {
        path: 'github.com/google/uuid',
        version: 'v1.6.0',
        sum: 'h1:NIvaJDMOsjHA8n1jAhLSgzrAzy1Hgr+hNrb57e+94F0=',
        replace: {
          path: 'github.com/google/uuid',
          version: 'v1.5.0',
          sum: 'h1:1p67kYwdtXjb0gL0BPiP1Av9wiZPo5A8z2cWkTZ+eyU='
        }
      },
      { path: 'example.com/local', version: 'v0.0.0', replace: { path: './local', version: '(devel)' } },
      {
        path: 'golang.org/x/text',
        version: 'v0.3.5',
        sum: 'h1:i6eZZ+zk0SOf0xgBpEpPD18qWcJda6q1sxt3S0kzyUQ='
      }
    ])
    expect(info.settings).toContainEqual({ key: '-ldflags', value: '-s -w -X main.version=1.4.2' })
    expect(info.settings).toContainEqual({ key: '-weird key', value: 'a\tb' })
    expect(info.settings.map(s => s.key)).toEqual([
      '-buildmode',
      '-compiler',
      '-ldflags',
      '-weird key',
      'CGO_ENABLED',
      'GOARCH',
      'GOOS',
      'GOAMD64'
    ])
  })

  it('ignores lines it does not know and a => with nothing before it', () => {
    const info = parseModInfo('go1.22.3', 'future\tthing\n=>\tx\tv1\t\nmod\tm\tv1.0.0\t\n')
    expect(info.main).toEqual({ path: 'm', version: 'v1.0.0' })
    expect(info.deps).toEqual([])
  })
})

describe('quotedPrefix', () => {
  it.each([
    ['"a b"', 'a b'],
    ['"tab\\there"', 'tab\there'],
    ['"q\\"uote"', 'q"uote'],
    ['"\\x41\\u00e9\\U0001F600\\101"', 'Aé😀A'],
    ['"\\xc3\\xa9"', 'é']
  ])('decodes %s', (text, value) => {
    expect(quotedPrefix(text)).toEqual({ value, length: text.length })
  })
  it.each(['"open', '"bad \\q"', '"\\x4"', 'plain'])('refuses %s', text => {
    expect(quotedPrefix(text)).toBeUndefined()
  })
})

describe('versions', () => {
  it.each([
    ['go1.22.3', 'v1.22.3'],
    ['go1.20', 'v1.20.0'],
    ['go1.21rc2', 'v1.21.0-rc.2'],
    ['go1.19beta1', 'v1.19.0-beta.1'],
    ['go1.26.0 X:jsonv2', 'v1.26.0'],
    ['go1.21.7 (Red Hat 1.21.7-1.el9)', 'v1.21.7'],
    ['devel go1.23-abcdef', undefined]
  ])('stdlib %s is %s', (go, v) => {
    expect(stdlibVersion(go)).toBe(v)
  })

  it('takes a (devel) main module version from -X main.version when it is semver', () => {
    expect(ldflagsVersion([{ key: '-ldflags', value: '-s -w -X main.version=1.4.2' }])).toBe('v1.4.2')
    expect(ldflagsVersion([{ key: '-ldflags', value: '-X=example.com/x/version.Version=v2.0.0-rc.1' }])).toBe(
      'v2.0.0-rc.1'
    )
    expect(ldflagsVersion([{ key: '-ldflags', value: '-X main.version=0.0.0-dev+abc1234' }])).toBe(
      'v0.0.0-dev+abc1234'
    )
    expect(ldflagsVersion([{ key: '-ldflags', value: '-X main.version=dev' }])).toBeUndefined()
    expect(ldflagsVersion([{ key: '-ldflags', value: '-X main.version=1.2' }])).toBeUndefined()
    expect(ldflagsVersion([{ key: '-ldflags', value: '-X main.commit=1.2.3' }])).toBeUndefined()
  })
})

describe('goBinaryInventory', () => {
  it('makes stdlib, the main module and the linked modules, replacements resolved', async () => {
    const info = await read(syntheticElf({ version: 'go1.22.3', modinfo: MODINFO }))
    const loc = { path: 'usr/local/bin/app', platform: 'linux/amd64' }
    const { binary, packages, notes } = goBinaryInventory(info!, loc)
    expect(notes).toEqual([])
    expect(binary).toMatchObject({
      location: loc,
      goVersion: 'go1.22.3',
      path: 'example.com/app/cmd/app',
      mainModule: 'example.com/app',
      settings: { GOOS: 'linux', GOARCH: 'amd64', CGO_ENABLED: '0' }
    })
    expect(packages.map(p => [p.kind, p.name, p.version, p.purl, !!p.main])).toEqual([
      ['go-stdlib', 'stdlib', 'v1.22.3', 'pkg:golang/stdlib@v1.22.3', false],
      ['go-module', 'example.com/app', 'v1.4.2', 'pkg:golang/example.com/app@v1.4.2', true],
      ['go-module', 'github.com/google/uuid', 'v1.5.0', 'pkg:golang/github.com/google/uuid@v1.5.0', false],
      ['go-module', 'example.com/local', '', 'pkg:golang/example.com/local', false],
      ['go-module', 'golang.org/x/text', 'v0.3.5', 'pkg:golang/golang.org/x/text@v0.3.5', false]
    ])
    expect(packages[2].replaces).toEqual({ path: 'github.com/google/uuid', version: 'v1.6.0' })
    expect(packages[3]).toMatchObject({
      replace: { path: './local' },
      replaces: { path: 'example.com/local', version: 'v0.0.0' }
    })
    for (const p of packages) expect(p.locations).toEqual([loc])
  })

  it('notes a toolchain version that is not a release instead of inventing a stdlib version', () => {
    const { packages, notes } = goBinaryInventory(parseModInfo('devel go1.23-abc', ''), { path: 'app' })
    expect(packages).toEqual([])
    expect(notes).toEqual(['app: Go version "devel go1.23-abc" is not a release; stdlib is not inventoried.'])
  })
})
