// The OS package analyzers on real-format fixtures (a Debian 12 dpkg database, distroless status.d files,
// an Alpine 3.20 apk database), and `paths` scanning of root file system folders: symlinks resolved inside
// the folder only, never followed out of it or out of the workspace.

import { cp, mkdir, readFile, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { apkPackages, parseApkInstalled } from '../../src/scan/analyzers/apk.js'
import { dpkgPackages, parseDpkgStatus } from '../../src/scan/analyzers/dpkg.js'
import { osEcosystem, parseOsRelease } from '../../src/scan/analyzers/os-release.js'
import { inventoryPaths } from '../../src/scan/inventory.js'
import { resolveScanPaths } from '../../src/scan/paths.js'
import { UserError } from '../../src/util/errors.js'
import { testHost } from '../helpers/host.js'

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures')
const read = (rel: string): Promise<string> => readFile(path.join(fixtures, rel), 'utf8')
const host = testHost()

describe('os-release', () => {
  test('Debian, Alpine and distroless files', async () => {
    expect(parseOsRelease(await read('debian12/usr/lib/os-release'))).toEqual({
      family: 'debian',
      version: '12',
      name: 'Debian GNU/Linux 12 (bookworm)'
    })
    expect(parseOsRelease(await read('alpine320/etc/os-release'))).toEqual({
      family: 'alpine',
      version: '3.20.3',
      name: 'Alpine Linux v3.20'
    })
    expect(parseOsRelease(await read('distroless/etc/os-release'))?.family).toBe('debian')
  })

  test('quoting, comments and a file without ID', () => {
    expect(parseOsRelease('# c\nID=\'wolfi\'\nVERSION_ID="20230201"\nNAME="A \\"q\\" \\$x"\n')).toEqual({
      family: 'wolfi',
      version: '20230201',
      name: 'A "q" $x'
    })
    expect(parseOsRelease('NAME=nothing\n')).toBeUndefined()
  })

  test.each([
    ['apk', { family: 'alpine', version: '3.20.3' }, 'Alpine:v3.20'],
    ['apk', { family: 'alpine', version: '3.21.0_alpha20240807' }, 'Alpine:v3.21'],
    ['apk', { family: 'alpine', version: '' }, 'Alpine'],
    ['apk', undefined, 'Alpine'],
    ['apk', { family: 'wolfi', version: '20230201' }, 'Wolfi'],
    ['dpkg', { family: 'debian', version: '12' }, 'Debian:12'],
    ['dpkg', { family: 'debian', version: '' }, 'Debian'],
    ['dpkg', { family: 'ubuntu', version: '22.04' }, 'Ubuntu']
  ] as const)('%s on %j is %s', (db, os, eco) => {
    expect(osEcosystem(db, os)).toBe(eco)
  })
})

describe('apk installed database', () => {
  test('every stanza with name, version, arch, origin and license', async () => {
    const text = await read('alpine320/lib/apk/db/installed')
    const records = parseApkInstalled(text)
    expect(records).toHaveLength(text.match(/^P:/gm)!.length)
    expect(records.find(r => r.name === 'ssl_client')).toEqual({
      name: 'ssl_client',
      version: '1.36.1-r29',
      arch: 'x86_64',
      origin: 'busybox',
      license: 'GPL-2.0-only'
    })
    const pkgs = apkPackages(
      records,
      { family: 'alpine', version: '3.20.3' },
      { path: 'lib/apk/db/installed' }
    )
    expect(pkgs.find(p => p.name === 'ca-certificates-bundle')).toMatchObject({
      kind: 'apk',
      ecosystem: 'Alpine:v3.20',
      purl: 'pkg:apk/alpine/ca-certificates-bundle@20240705-r0?arch=x86_64&distro=3.20.3',
      source: { name: 'ca-certificates', version: '20240705-r0' },
      licenses: ['MPL-2.0 AND MIT']
    })
  })

  test('a stanza without a version is dropped; the last stanza needs no blank line', () => {
    expect(parseApkInstalled('P:a\nV:1-r0\n\nP:b\n\nP:c\nV:2-r1')).toEqual([
      { name: 'a', version: '1-r0' },
      { name: 'c', version: '2-r1' }
    ])
  })
})

describe('dpkg status', () => {
  test('installed packages only, with Source and its optional version', async () => {
    const text = await read('debian12/var/lib/dpkg/status')
    const records = parseDpkgStatus(text, { statusRequired: true })
    const names = records.map(r => r.name)
    expect(names).toHaveLength(41)
    expect(names).not.toContain('libfoo-removed')
    expect(names).not.toContain('libbar-half')
    // Source with a version: a binNMU rebuilt the binary from a source whose version differs from its own.
    const bash = records.find(r => r.name === 'bash')!
    expect(bash).toMatchObject({ arch: 'amd64', source: { name: 'bash', version: '5.2.15-2' } })
    expect(bash.version).not.toBe('5.2.15-2')
    // Source without a version: the source's version is the binary's.
    const gcc = records.find(r => r.name === 'libgcc-s1')!
    expect(gcc.source).toEqual({ name: 'gcc-12', version: gcc.version })
    expect(records.find(r => r.name === 'libcap2')!.source.version).toMatch(/^1:2\.66/)
    const pkgs = dpkgPackages(records, { family: 'debian', version: '12' }, { path: 'var/lib/dpkg/status' })
    const libc = pkgs.find(p => p.name === 'libc6')!
    expect(libc.purl).toBe(`pkg:deb/debian/libc6@${libc.version}?arch=amd64&distro=debian-12`)
    expect(pkgs.find(p => p.name === 'tzdata')!.purl).toMatch(/\?arch=all&distro=debian-12$/)
  })

  test('status.d files count without a Status line; the main file does not', () => {
    const para = 'Package: x\nVersion: 1\nArchitecture: amd64\nDescription: d\n continued: not a field\n'
    expect(parseDpkgStatus(para, { statusRequired: false }).map(r => r.name)).toEqual(['x'])
    expect(parseDpkgStatus(para, { statusRequired: true })).toEqual([])
    expect(parseDpkgStatus(`${para}Status: deinstall ok config-files\n`, { statusRequired: false })).toEqual(
      []
    )
  })
})

describe('paths: root file system folders', () => {
  let ws: string
  beforeAll(async () => {
    ws = await host.tempDir('scan-paths')
    for (const d of ['debian12', 'distroless', 'alpine320'])
      await cp(path.join(fixtures, d), path.join(ws, 'roots', d), { recursive: true, verbatimSymlinks: true })
  })

  test('Debian through its etc/os-release symlink, distroless status.d, Alpine', async () => {
    const r = await inventoryPaths(
      await resolveScanPaths(['roots/debian12', 'roots/distroless', 'roots/alpine320'], ws),
      { host }
    )
    expect(r.inventory.targets.map(t => t.name)).toEqual([
      'roots/debian12',
      'roots/distroless',
      'roots/alpine320'
    ])
    const by = (kind: string, eco: string): number =>
      r.inventory.packages.filter(p => p.kind === kind && p.ecosystem === eco).length
    // distroless's 6 packages are the same builds as 6 of debian12's 41: same purl, one package each.
    expect(by('dpkg', 'Debian:12')).toBe(41)
    expect(by('apk', 'Alpine:v3.20')).toBe(15)
    const libc = r.inventory.packages.find(p => p.name === 'libc6')!
    expect(libc.locations.map(l => l.path)).toEqual([
      'roots/debian12/var/lib/dpkg/status',
      'roots/distroless/var/lib/dpkg/status.d/libc6'
    ])
    expect(r.inventory.notes).toEqual([
      'platforms disagree on the OS: debian 12 and alpine 3.20.3; the first is reported.'
    ])
  })

  test('symlinks to the host are never followed: /var/lib/dpkg and /etc/os-release stay unread', async () => {
    const root = path.join(ws, 'hostile')
    await mkdir(path.join(root, 'var', 'lib'), { recursive: true })
    await mkdir(path.join(root, 'etc'), { recursive: true })
    await symlink('/var/lib/dpkg', path.join(root, 'var', 'lib', 'dpkg'))
    await symlink('/etc/os-release', path.join(root, 'etc', 'os-release'))
    await symlink('../../../../../../usr/lib/os-release', path.join(root, 'etc', 'lsb'))
    await writeFile(path.join(root, 'readme'), 'nothing here')
    const r = await inventoryPaths(await resolveScanPaths(['hostile'], ws), { host })
    expect(r.inventory.os).toBeUndefined()
    expect(r.inventory.packages).toEqual([])
  })

  test('paths that leave the workspace or do not exist are UserErrors naming paths', async () => {
    await symlink('/etc', path.join(ws, 'etc-link'))
    const out = await resolveScanPaths(['etc-link'], ws).catch((e: unknown) => e)
    expect(out).toBeInstanceOf(UserError)
    expect((out as UserError).input).toBe('paths')
    expect((out as Error).message).toMatch(/etc-link resolves to \/etc, outside the workspace/)
    await expect(resolveScanPaths(['../x'], ws)).rejects.toThrow(/paths: \.\.\/x does not exist/)
    await expect(resolveScanPaths(['nope'], ws)).rejects.toThrow(/paths: nope does not exist/)
  })
})
