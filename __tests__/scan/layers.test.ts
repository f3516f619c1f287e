// Image layers read as streams: OS packages and Go binaries across layers, whiteouts and opaque
// directories, symlinks resolved inside the image only, and the hostile cases — `..` names, absolute and
// escaping links, a truncated gzip layer, a file over the size cap, too many entries or bytes. Layers are
// real tars built with tar-stream (gzip, zstd and plain), Go binaries synthetic ELF files.

import { readdir, readFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { FileAnalyzer } from '../../src/scan/analyzers/analyzer.js'
import { readText } from '../../src/scan/analyzers/analyzer.js'
import { inventoryImage, type InventoryResult } from '../../src/scan/inventory.js'
import { confinePath, isTarLayer } from '../../src/scan/layers.js'
import { UserError } from '../../src/util/errors.js'
import { testHost } from '../helpers/host.js'
import {
  layer,
  memoryImage,
  readLayout,
  writeLayout,
  type BuiltLayer,
  type TarEntry
} from '../helpers/image-layers.js'
import { syntheticElf } from '../helpers/synthetic-exe.js'

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures')
const host = testHost()

const modinfo = (main: string, deps: string[]): string =>
  `path\t${main}/cmd\nmod\t${main}\tv1.0.0\t\n${deps.map(d => `dep\t${d.replace('@', '\t')}\t`).join('\n')}\n`
const goApp = (deps = ['golang.org/x/text@v0.3.5']): Buffer =>
  syntheticElf({ version: 'go1.22.3', modinfo: modinfo('example.com/app', deps) })

async function fixture(rel: string): Promise<string> {
  return readFile(path.join(fixtures, rel), 'utf8')
}

async function alpineBase(): Promise<TarEntry[]> {
  return [
    { name: 'etc/', type: 'directory' },
    { name: 'etc/os-release', data: await fixture('alpine320/etc/os-release') },
    { name: 'lib/apk/db/installed', data: await fixture('alpine320/lib/apk/db/installed') },
    { name: 'bin/busybox', data: Buffer.from('\x7fELF not really', 'latin1'), mode: 0o755 }
  ]
}

const names = (r: InventoryResult): string[] =>
  r.inventory.packages.map(p => `${p.kind}:${p.name}@${p.version}`)

async function scan(
  layers: BuiltLayer[],
  opts: Parameters<typeof inventoryImage>[1] = { host },
  platform = 'linux/amd64'
): Promise<InventoryResult> {
  return inventoryImage(memoryImage('registry.test/app:1', [{ platform, layers }]), opts)
}

describe('OS packages and Go binaries across layers', () => {
  test('an Alpine base plus an app layer: apk packages attributed to the layer that installed them', async () => {
    const base = await layer(await alpineBase())
    const db = await fixture('alpine320/lib/apk/db/installed')
    const curl = 'P:curl\nV:8.9.1-r2\nA:x86_64\nL:curl\no:curl\n\n'
    const app = await layer([
      { name: 'lib/apk/db/installed', data: db + curl },
      { name: 'usr/local/bin/app', data: goApp(), mode: 0o755 }
    ])
    const r = await scan([base, app])
    expect(r.inventory.os).toEqual({ family: 'alpine', version: '3.20.3', name: 'Alpine Linux v3.20' })
    const apk = r.inventory.packages.filter(p => p.kind === 'apk')
    expect(apk).toHaveLength(16)
    const musl = apk.find(p => p.name === 'musl')!
    expect(musl).toMatchObject({
      ecosystem: 'Alpine:v3.20',
      version: '1.2.5-r0',
      purl: 'pkg:apk/alpine/musl@1.2.5-r0?arch=x86_64&distro=3.20.3',
      source: { name: 'musl', version: '1.2.5-r0' },
      licenses: ['MIT']
    })
    expect(musl.locations).toEqual([
      {
        path: 'lib/apk/db/installed',
        platform: 'linux/amd64',
        layer: { index: 0, digest: base.digest, diffId: base.diffId }
      }
    ])
    expect(apk.find(p => p.name === 'curl')!.locations[0].layer?.index).toBe(1)
    expect(apk.find(p => p.name === 'libssl3')!.source).toEqual({ name: 'openssl', version: '3.3.2-r0' })
    expect(names(r).filter(n => n.startsWith('go'))).toEqual([
      'go-module:example.com/app@v1.0.0',
      'go-module:golang.org/x/text@v0.3.5',
      'go-stdlib:stdlib@v1.22.3'
    ])
    expect(r.inventory.binaries).toEqual([
      expect.objectContaining({
        location: {
          path: 'usr/local/bin/app',
          platform: 'linux/amd64',
          layer: expect.objectContaining({ index: 1 })
        },
        goVersion: 'go1.22.3',
        mainModule: 'example.com/app'
      })
    ])
    expect(r.inventory.targets).toEqual([
      { kind: 'image', name: 'registry.test/app:1', platform: 'linux/amd64' }
    ])
    // bin/busybox starts like an ELF but is not one: a note, not a failure.
    expect(r.inventory.notes).toEqual([
      expect.stringMatching(/^layer 1 \(sha256:[0-9a-f]{64}\) of linux\/amd64: bin\/busybox: is truncated/)
    ])
  })

  test('Debian: os-release through the etc/os-release symlink, dpkg status with installed packages only', async () => {
    const status = await fixture('debian12/var/lib/dpkg/status')
    const r = await scan([
      await layer([
        { name: 'usr/lib/os-release', data: await fixture('debian12/usr/lib/os-release') },
        { name: 'etc/os-release', type: 'symlink', linkname: '../usr/lib/os-release' },
        { name: 'var/lib/dpkg/status', data: status }
      ])
    ])
    expect(r.inventory.os).toEqual({
      family: 'debian',
      version: '12',
      name: 'Debian GNU/Linux 12 (bookworm)'
    })
    const installed = status
      .split('\n\n')
      .filter(p => /^Status: install ok installed$/m.test(p))
      .map(p => /^Package: (.*)$/m.exec(p)![1])
      .sort()
    expect(installed).toHaveLength(41)
    expect(r.inventory.packages.map(p => p.name)).toEqual(installed)
    const libc = r.inventory.packages.find(p => p.name === 'libc6')!
    expect(libc.ecosystem).toBe('Debian:12')
    expect(libc.source?.name).toBe('glibc')
    expect(libc.purl).toBe(`pkg:deb/debian/libc6@${libc.version}?arch=amd64&distro=debian-12`)
    const bsd = r.inventory.packages.find(p => p.name === 'bsdutils')!
    expect(bsd.version).toMatch(/^1:/)
    expect(bsd.source).toEqual({ name: 'util-linux', version: bsd.version.slice(2) })
  })

  test('distroless: one status.d file per package, no Status lines, md5sums ignored', async () => {
    const dir = path.join(fixtures, 'distroless', 'var/lib/dpkg/status.d')
    const files = (await readdir(dir)).sort()
    const r = await scan([
      await layer([
        { name: 'etc/os-release', data: await fixture('distroless/etc/os-release') },
        ...(await Promise.all(
          files.map(async f => ({
            name: `var/lib/dpkg/status.d/${f}`,
            data: await readFile(path.join(dir, f))
          }))
        ))
      ])
    ])
    expect(r.inventory.os?.name).toBe('Distroless')
    expect(r.inventory.packages.map(p => p.name)).toEqual(files.filter(f => !f.endsWith('.md5sums')).sort())
    expect(r.inventory.packages.every(p => p.ecosystem === 'Debian:12')).toBe(true)
    expect(r.inventory.packages.find(p => p.name === 'tzdata')!.locations[0].path).toBe(
      'var/lib/dpkg/status.d/tzdata'
    )
  })

  test('zstd and uncompressed layers read like gzip ones', async () => {
    for (const c of ['zstd', 'none'] as const) {
      const r = await scan([
        await layer(await alpineBase(), c),
        await layer([{ name: 'app', data: goApp() }], c)
      ])
      expect(r.inventory.packages.filter(p => p.kind === 'apk')).toHaveLength(15)
      expect(r.inventory.binaries.map(b => b.location.path)).toEqual(['app'])
    }
  })

  test('a multi-platform image: one package per module with a location per platform, from an OCI layout on disk', async () => {
    const dir = await host.tempDir('layout')
    await writeLayout(dir, [
      {
        platform: 'linux/amd64',
        layers: [await layer(await alpineBase()), await layer([{ name: 'app', data: goApp() }])]
      },
      {
        platform: 'linux/arm64',
        layers: [await layer(await alpineBase()), await layer([{ name: 'app', data: goApp() }])]
      }
    ])
    const r = await inventoryImage(await readLayout(dir, 'oci:dist/image'), { host })
    const text = r.inventory.packages.find(p => p.name === 'golang.org/x/text')!
    expect(text.locations.map(l => `${l.platform} ${l.path} ${l.layer?.index}`)).toEqual([
      'linux/amd64 app 1',
      'linux/arm64 app 1'
    ])
    expect(r.inventory.targets.map(t => t.platform)).toEqual(['linux/amd64', 'linux/arm64'])
    expect(r.inventory.targets.every(t => /^sha256:/.test(t.digest ?? ''))).toBe(true)
    // apk packages differ per platform only when their arch does: these fixtures are both x86_64 (one package).
    expect(r.inventory.packages.find(p => p.name === 'musl')!.locations).toHaveLength(2)
    expect(r.inventory.binaries).toHaveLength(2)
  })

  test('a layer several platforms share is read once, and counts for each platform at its own position', async () => {
    const base = await layer(await alpineBase())
    const shared = await layer([
      { name: 'etc/app.env', data: 'TOKEN=1' },
      { name: 'app', data: goApp() },
      { name: 'hard', type: 'link', linkname: 'app' }
    ])
    const gone = await layer([{ name: '.wh.etc', data: '' }])
    const image = memoryImage('app', [
      { platform: 'linux/amd64', layers: [base, shared] },
      { platform: 'linux/arm64', layers: [shared, gone] }
    ])
    const opens = new Map<string, number>()
    for (const p of image.platforms)
      for (const l of p.layers) {
        const open = l.open
        l.open = () => (opens.set(l.digest, (opens.get(l.digest) ?? 0) + 1), open())
      }
    const grep: FileAnalyzer<string[]> = {
      name: 'grep',
      maxBytes: 1024,
      wants: f => f.path.endsWith('.env'),
      analyze: async f => ((await readText(f)).includes('TOKEN') ? ['TOKEN'] : undefined)
    }
    const r = await inventoryImage(image, { host, analyzers: [grep] })
    expect(opens.get(shared.digest)).toBe(1)
    expect(opens.get(base.digest)).toBe(1)
    const text = r.inventory.packages.find(p => p.name === 'golang.org/x/text')!
    expect(text.locations.map(l => `${l.platform} ${l.path} ${l.layer?.index}`)).toEqual([
      'linux/amd64 app 1',
      'linux/amd64 hard 1',
      'linux/arm64 app 0',
      'linux/arm64 hard 0'
    ])
    expect(r.files.map(f => `${f.location.platform} ${f.location.path} ${f.location.layer?.index}`)).toEqual([
      'linux/amd64 etc/app.env 1',
      'linux/arm64 etc/app.env 0'
    ])
    expect(
      r.inventory.packages
        .filter(p => p.kind === 'apk')
        .every(p => p.locations.every(l => l.platform === 'linux/amd64'))
    ).toBe(true)
  })
})

describe('platforms read two at a time', () => {
  /** Wrap each layer's open() to log it and, where a gate is given, to wait for the gate first. */
  function instrument(
    image: ReturnType<typeof memoryImage>,
    gates: Map<string, Promise<void>> = new Map()
  ): string[] {
    const log: string[] = []
    for (const p of image.platforms)
      for (const l of p.layers) {
        const open = l.open
        l.open = async () => {
          log.push(`${p.platform} ${l.digest.slice(7, 15)}`)
          await gates.get(`${p.platform} ${l.digest}`)
          return open()
        }
      }
    return log
  }

  test('a shared layer is read once by the first platform that has it, the others wait; notes keep the platforms’ order', async () => {
    const own = (n: string): Promise<BuiltLayer> =>
      layer([
        { name: `../escape-${n}`, data: '' },
        { name: `bin/${n}`, data: goApp([`example.com/${n}@v1.0.0`]) }
      ])
    const [a, b, c] = await Promise.all([own('a'), own('b'), own('c')])
    const shared = await layer([{ name: 'etc/shared.txt', data: 'x' }])
    const image = memoryImage('app', [
      { platform: 'linux/amd64', layers: [a, shared] },
      { platform: 'linux/arm64', layers: [b, shared] },
      { platform: 'linux/s390x', layers: [c] }
    ])
    // amd64's own layer opens only once arm64's has: the two platforms are read at the same time (read one
    // at a time, this would never finish). arm64 then reaches the shared layer first, but amd64 (first in
    // the image) reads it and arm64 replays it.
    let started!: () => void
    const armStarted = new Promise<void>(resolve => (started = resolve))
    const log = instrument(image, new Map([[`linux/amd64 ${a.digest}`, armStarted]]))
    const armLayer = image.platforms[1].layers[0]
    const openArm = armLayer.open
    armLayer.open = () => (started(), openArm())
    const r = await inventoryImage(image, { host })
    expect(log.filter(x => x.endsWith(shared.digest.slice(7, 15)))).toEqual([
      `linux/amd64 ${shared.digest.slice(7, 15)}`
    ])
    expect(log.slice(0, 2).sort()).toEqual(
      [`linux/amd64 ${a.digest.slice(7, 15)}`, `linux/arm64 ${b.digest.slice(7, 15)}`].sort()
    )
    expect(r.inventory.notes.map(n => /escape-(\w)/.exec(n)?.[1])).toEqual(['a', 'b', 'c'])
    expect(r.inventory.targets.map(t => t.platform)).toEqual(['linux/amd64', 'linux/arm64', 'linux/s390x'])
    expect(r.files).toEqual([])
    const where = (name: string): string[] =>
      r.inventory.packages.find(p => p.name === name)!.locations.map(l => `${l.platform} ${l.path}`)
    expect(where('example.com/a')).toEqual(['linux/amd64 bin/a'])
    expect(where('example.com/b')).toEqual(['linux/arm64 bin/b'])
  }, 30_000) // read one platform at a time, it would wait for ever: fail, not hang

  test('a platform that fails before a layer it was to read for the others fails the scan; nobody waits for ever', async () => {
    const cut = await layer([{ name: 'big', data: Buffer.alloc(200_000, 7) }])
    const truncated = { ...cut, blob: cut.blob.subarray(0, Math.floor(cut.blob.length / 2)) }
    const shared = await layer([{ name: 'bin/app', data: goApp() }])
    const image = memoryImage('app', [
      { platform: 'linux/amd64', layers: [truncated, shared] },
      { platform: 'linux/arm64', layers: [shared] }
    ])
    await expect(inventoryImage(image, { host })).rejects.toThrow(/layer 1 .* of linux\/amd64 is cut short/)
  })

  test('large executables of two platforms read at once spill to files of their own', async () => {
    const app = (dep: string): Buffer => Buffer.concat([goApp([dep]), Buffer.alloc(1 << 20)])
    const image = memoryImage('app', [
      {
        platform: 'linux/amd64',
        layers: [await layer([{ name: 'app', data: app('example.com/x@v1.0.0') }])]
      },
      { platform: 'linux/arm64', layers: [await layer([{ name: 'app', data: app('example.com/y@v2.0.0') }])] }
    ])
    const r = await inventoryImage(image, { host, limits: { memoryBytes: 1024 } })
    expect(names(r).filter(n => /example\.com\/[xy]@/.test(n))).toEqual([
      'go-module:example.com/x@v1.0.0',
      'go-module:example.com/y@v2.0.0'
    ])
    expect(r.inventory.binaries.map(b => b.location.platform)).toEqual(['linux/amd64', 'linux/arm64'])
  })
})

describe('whiteouts and overwrites', () => {
  test('a .wh. file deletes the binary below, a .wh. directory deletes everything in it', async () => {
    const r = await scan([
      await layer([
        { name: 'usr/local/bin/gone', data: goApp() },
        { name: 'opt/tools/bin/tool', data: goApp(['github.com/a/b@v1.0.0']) },
        { name: 'opt/tools/bin/tool2', data: goApp(['github.com/c/d@v1.0.0']) },
        { name: 'srv/kept', data: goApp(['github.com/e/f@v1.0.0']) }
      ]),
      await layer([
        { name: 'usr/local/bin/.wh.gone', data: '' },
        { name: 'opt/.wh.tools', data: '' }
      ])
    ])
    expect(r.inventory.binaries.map(b => b.location.path)).toEqual(['srv/kept'])
    expect(names(r)).not.toContain('go-module:github.com/a/b@v1.0.0')
    expect(names(r)).toContain('go-module:github.com/e/f@v1.0.0')
  })

  test('an opaque directory hides what lower layers had in it, not what its own layer adds', async () => {
    const r = await scan([
      await layer([
        { name: 'app/old', data: goApp(['github.com/old/mod@v1.0.0']) },
        { name: 'etc/os-release', data: await fixture('alpine320/etc/os-release') }
      ]),
      await layer([
        { name: 'app/', type: 'directory' },
        { name: 'app/.wh..wh..opq', data: '' },
        { name: 'app/new', data: goApp(['github.com/new/mod@v2.0.0']) }
      ])
    ])
    expect(r.inventory.binaries.map(b => b.location.path)).toEqual(['app/new'])
    expect(names(r)).toContain('go-module:github.com/new/mod@v2.0.0')
    expect(names(r)).not.toContain('go-module:github.com/old/mod@v1.0.0')
    expect(r.inventory.os?.family).toBe('alpine')
  })

  test('a later layer that overwrites a binary with a script, or its directory with a file, removes it', async () => {
    const r = await scan([
      await layer([
        { name: 'bin/a', data: goApp() },
        { name: 'lib/x/b', data: goApp() }
      ]),
      await layer([
        { name: 'bin/a', data: '#!/bin/sh\necho replaced\n' },
        { name: 'lib/x', data: 'now a file' }
      ])
    ])
    expect(r.inventory.binaries).toEqual([])
    expect(r.inventory.packages).toEqual([])
  })

  test('a whiteout of the apk database and a fresh one: packages restart at the new layer', async () => {
    const db = await fixture('alpine320/lib/apk/db/installed')
    const r = await scan([
      await layer([{ name: 'lib/apk/db/installed', data: db }]),
      await layer([{ name: 'lib/apk/db/.wh.installed', data: '' }]),
      await layer([{ name: 'lib/apk/db/installed', data: db }])
    ])
    expect(new Set(r.inventory.packages.map(p => p.locations[0].layer?.index))).toEqual(new Set([2]))
  })

  test('a hard link shares the analysis of its target, in the same layer or below', async () => {
    const r = await scan([
      await layer([{ name: 'bin/app', data: goApp() }]),
      await layer([{ name: 'usr/bin/app-link', type: 'link', linkname: 'bin/app' }])
    ])
    expect(r.inventory.binaries.map(b => `${b.location.path} ${b.location.layer?.index}`)).toEqual([
      'bin/app 0',
      'usr/bin/app-link 1'
    ])
  })
})

describe('hostile layers', () => {
  test('"../" names are skipped with a note and written nowhere; absolute names are rooted in the image', async () => {
    const before = (await readdir(os.tmpdir())).length
    const r = await scan([
      await layer([
        { name: '../../../../tmp/evil-app', data: goApp(['github.com/evil/a@v1.0.0']) },
        { name: 'usr/../../escape', data: goApp(['github.com/evil/b@v1.0.0']) },
        { name: '/usr/local/bin/rooted', data: goApp(['github.com/fine/c@v1.0.0']) }
      ])
    ])
    expect(names(r)).not.toContain('go-module:github.com/evil/a@v1.0.0')
    expect(names(r)).not.toContain('go-module:github.com/evil/b@v1.0.0')
    expect(r.inventory.binaries.map(b => b.location.path)).toEqual(['usr/local/bin/rooted'])
    expect(r.inventory.notes).toEqual([
      expect.stringMatching(/entry "\.\.\/\.\.\/\.\.\/\.\.\/tmp\/evil-app" climbs out of the image root/),
      expect.stringMatching(/entry "usr\/\.\.\/\.\.\/escape" climbs out of the image root/)
    ])
    expect((await readdir(os.tmpdir())).length).toBeLessThanOrEqual(before)
  })

  test('symlinks to /etc/passwd and out of the root resolve inside the image, never on the host', async () => {
    const r = await scan([
      await layer([
        { name: 'etc/os-release', type: 'symlink', linkname: '/etc/passwd' },
        { name: 'usr/lib/os-release', type: 'symlink', linkname: '../../../../../../etc/hostname' },
        { name: 'lib/apk', type: 'symlink', linkname: '/../../../../var/lib/apk-host' },
        { name: 'var/lib/dpkg', type: 'symlink', linkname: '/var/lib/dpkg' },
        { name: 'usr/local/bin/passwd', type: 'symlink', linkname: '/etc/passwd' },
        { name: 'bin/hard', type: 'link', linkname: '../../etc/shadow' }
      ])
    ])
    // The host has /etc/passwd, /etc/hostname and /var/lib/dpkg/status; none of it may show up.
    expect(r.inventory.os).toBeUndefined()
    expect(r.inventory.packages).toEqual([])
    expect(r.inventory.notes).toEqual([
      expect.stringMatching(/hard link "bin\/hard" points out of the image root/)
    ])
  })

  test('a symlinked directory on the way to a database is followed inside the image', async () => {
    const r = await scan([
      await layer([
        { name: 'usr/lib/apk/db/installed', data: await fixture('alpine320/lib/apk/db/installed') },
        { name: 'lib', type: 'symlink', linkname: '/usr/lib' },
        { name: 'etc/os-release', type: 'symlink', linkname: '../usr/lib/os-release' },
        { name: 'usr/lib/os-release', data: await fixture('alpine320/etc/os-release') }
      ])
    ])
    expect(r.inventory.packages).toHaveLength(15)
    expect(r.inventory.packages[0].locations[0].path).toBe('usr/lib/apk/db/installed')
  })

  test('a symlink loop is not followed forever', async () => {
    const r = await scan([
      await layer([
        { name: 'etc/os-release', type: 'symlink', linkname: 'os-release' },
        { name: 'usr/lib/os-release', data: await fixture('alpine320/etc/os-release') }
      ])
    ])
    expect(r.inventory.os?.family).toBe('alpine')
  })

  test('a truncated gzip layer fails with an error naming the layer', async () => {
    const good = await layer(await alpineBase())
    const cut = await layer([
      { name: 'usr/local/bin/app', data: goApp() },
      { name: 'big', data: Buffer.alloc(200_000, 7) }
    ])
    const truncated = { ...cut, blob: cut.blob.subarray(0, Math.floor(cut.blob.length / 2)) }
    const err = await scan([good, truncated]).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(UserError)
    expect((err as UserError).input).toBe('image')
    expect((err as Error).message).toContain(`layer 2 (${cut.digest}) of linux/amd64 is cut short`)
  })

  test('a layer that is not a tar fails naming the layer; a layer of another media type is skipped with a note', async () => {
    const notTar = {
      blob: Buffer.alloc(4096, 0x41),
      mediaType: 'application/vnd.oci.image.layer.v1.tar',
      digest: 'sha256:' + 'a'.repeat(64),
      diffId: 'sha256:' + 'a'.repeat(64)
    }
    await expect(scan([notTar])).rejects.toThrow(
      /layer 1 \(sha256:a{64}\) of linux\/amd64 is not a tar archive/
    )
    const other = { ...notTar, mediaType: 'application/vnd.in-toto+json' }
    const r = await scan([other])
    expect(r.inventory.notes).toEqual([
      expect.stringMatching(/media type application\/vnd.in-toto\+json is not a tar layer; skipped/)
    ])
    expect(isTarLayer('application/vnd.docker.image.rootfs.diff.tar.gzip')).toBe(true)
    expect(isTarLayer('application/vnd.oci.image.layer.nondistributable.v1.tar+zstd')).toBe(true)
    expect(isTarLayer('application/vnd.oci.image.config.v1+json')).toBe(false)
  })

  test('a file over the size cap is skipped with a note; under it, large executables spill to a temp file', async () => {
    const big = Buffer.concat([goApp(), Buffer.alloc(3 << 20)])
    const l = await layer([
      { name: 'usr/bin/huge', data: big },
      { name: 'usr/bin/small', data: goApp(['github.com/small/x@v1.0.0']) }
    ])
    const capped = await scan([l], { host, limits: { maxFileBytes: 2 << 20 } })
    expect(capped.inventory.binaries.map(b => b.location.path)).toEqual(['usr/bin/small'])
    expect(capped.inventory.notes).toEqual([
      expect.stringMatching(
        /usr\/bin\/huge: skipped by the go-binary analyzer: 3\.0 MiB is more than its 2\.0 MiB limit/
      )
    ])

    const spillHost = testHost()
    const made: string[] = []
    const tracking = {
      tempDir: async (p?: string) => {
        const d = await spillHost.tempDir(p)
        made.push(d)
        return d
      }
    }
    const spilled = await scan([l], { host: tracking, limits: { memoryBytes: 1024 } })
    expect(spilled.inventory.binaries.map(b => b.location.path)).toEqual(['usr/bin/huge', 'usr/bin/small'])
    expect(made).toHaveLength(1)
    await expect(readdir(made[0])).rejects.toThrow(/ENOENT/) // removed after the scan
  })

  test('too many entries or too many bytes stop the scan with an error naming the layer', async () => {
    const many = await layer(Array.from({ length: 50 }, (_, i) => ({ name: `f${i}`, data: 'x' })))
    await expect(scan([many], { host, limits: { maxEntries: 20 } })).rejects.toThrow(
      /layer 1 .*: the image has more than 20 files/
    )
    const bomb = await layer([{ name: 'zeros', data: Buffer.alloc(5 << 20) }])
    expect(bomb.blob.length).toBeLessThan(64 * 1024)
    await expect(scan([bomb], { host, limits: { maxTotalBytes: 1 << 20 } })).rejects.toThrow(
      /layer 1 .*: the image expands to more than 1\.0 MiB/
    )
  })

  test('notes are capped so a hostile image cannot flood the report', async () => {
    const l = await layer(Array.from({ length: 30 }, (_, i) => ({ name: `../x${i}`, data: '' })))
    const r = await scan([l], { host, limits: { maxNotes: 5 } })
    expect(r.inventory.notes).toHaveLength(6)
    expect(r.inventory.notes[5]).toBe('… and 25 more notes.')
  })

  test('entry names with control characters reach notes escaped, on one line', async () => {
    const r = await scan([await layer([{ name: '../\n::error::pwned', data: '' }])])
    expect(r.inventory.notes[0]).toContain('"../\\n::error::pwned"')
    expect(r.inventory.notes[0]).not.toContain('\n')
  })

  test('confinePath', () => {
    expect(confinePath('./usr//bin/./x')).toBe('usr/bin/x')
    expect(confinePath('/abs/path')).toBe('abs/path')
    expect(confinePath('a/../b')).toBeUndefined()
    expect(confinePath('..')).toBeUndefined()
    expect(confinePath('./')).toBe('')
  })
})

describe('extra analyzers (the secret scanner hook)', () => {
  test('see every regular file they ask for, deleted ones included, with results keyed and located', async () => {
    const seen: string[] = []
    const grep: FileAnalyzer<string[]> = {
      name: 'grep',
      maxBytes: 1024,
      wants: f => f.size > 0,
      analyze: async f => {
        seen.push(f.path)
        const t = await readText(f)
        return t.includes('TOKEN') ? ['TOKEN'] : undefined
      }
    }
    const r = await scan(
      [
        await layer([
          { name: 'a.txt', data: 'no' },
          { name: 'b.env', data: 'TOKEN=1' },
          { name: 'gone.env', data: 'TOKEN=2' }
        ]),
        await layer([{ name: '.wh.gone.env', data: '' }])
      ],
      { host, analyzers: [grep] }
    )
    expect(seen.sort()).toEqual(['a.txt', 'b.env', 'gone.env'])
    // gone.env is deleted by the second layer, but it is still in the first: anyone who pulls the image has it.
    expect(r.files).toEqual([
      {
        analyzer: 'grep',
        location: { path: 'b.env', platform: 'linux/amd64', layer: expect.objectContaining({ index: 0 }) },
        result: ['TOKEN']
      },
      {
        analyzer: 'grep',
        location: { path: 'gone.env', platform: 'linux/amd64', layer: expect.objectContaining({ index: 0 }) },
        result: ['TOKEN']
      }
    ])
  })
})
