// The executable header reader against real binaries: examples/hello cross-compiled by the installed Go for
// nine targets (ELF, PE and Mach-O; 32 and 64 bit), plus files that are not executables.

import { copyFile, open, rm, truncate, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  BoundedFile,
  NotExecutableError,
  buildInfoSection,
  readExecutable,
  type ExecutableInfo
} from '../../src/scan/executable.js'
import { goCommand } from '../../src/go/toolchain.js'
import { mapLimit } from '../../src/util/concurrency.js'
import { UserError } from '../../src/util/errors.js'
import { testHost } from '../helpers/host.js'

const hello = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../examples/hello')

interface Case {
  goos: string
  goarch: string
  env?: Record<string, string>
  expect: Partial<ExecutableInfo>
}

const cases: Case[] = [
  { goos: 'linux', goarch: 'amd64', expect: { format: 'elf', arch: 'amd64', bits: 64, byteOrder: 'little' } },
  { goos: 'linux', goarch: 'arm64', expect: { format: 'elf', arch: 'arm64', bits: 64, byteOrder: 'little' } },
  {
    goos: 'linux',
    goarch: 'arm',
    env: { GOARM: '7' },
    expect: { format: 'elf', arch: 'arm', bits: 32, byteOrder: 'little', arm: { eabi: 5 } }
  },
  { goos: 'linux', goarch: '386', expect: { format: 'elf', arch: '386', bits: 32, byteOrder: 'little' } },
  {
    goos: 'darwin',
    goarch: 'amd64',
    expect: { format: 'macho', arch: 'amd64', bits: 64, byteOrder: 'little', goos: 'darwin' }
  },
  {
    goos: 'darwin',
    goarch: 'arm64',
    expect: { format: 'macho', arch: 'arm64', bits: 64, byteOrder: 'little', goos: 'darwin' }
  },
  {
    goos: 'windows',
    goarch: 'amd64',
    expect: { format: 'pe', arch: 'amd64', bits: 64, byteOrder: 'little', goos: 'windows' }
  },
  {
    goos: 'windows',
    goarch: 'arm64',
    expect: { format: 'pe', arch: 'arm64', bits: 64, byteOrder: 'little', goos: 'windows' }
  },
  {
    goos: 'windows',
    goarch: '386',
    expect: { format: 'pe', arch: '386', bits: 32, byteOrder: 'little', goos: 'windows' }
  }
]

const host = testHost()
let dir: string
const bin = (c: Case): string =>
  path.join(dir, `hello-${c.goos}-${c.goarch}${c.goos === 'windows' ? '.exe' : ''}`)

beforeAll(async () => {
  dir = await host.tempDir('exe-test')
  const go = goCommand(host)
  // Two builds at a time on one shared build cache (the machine's default), as CI would warm it.
  await mapLimit(cases, 2, c =>
    host.exec(go, ['build', '-trimpath', '-o', bin(c), './cmd/hello'], {
      cwd: hello,
      env: { ...host.env, CGO_ENABLED: '0', GOOS: c.goos, GOARCH: c.goarch, GOTOOLCHAIN: 'local', ...c.env }
    })
  )
})

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true })
})

describe('cross-compiled binaries', () => {
  test.each(cases.map(c => [`${c.goos}/${c.goarch}`, c] as const))('%s', async (_name, c) => {
    const info = await readExecutable(bin(c))
    expect(info).toMatchObject({ ...c.expect, kind: 'executable' })
    if (c.goarch !== 'arm') expect(info.arm).toBeUndefined()
    // The section table is right when the build-info section it names starts with Go's build-info magic.
    const s = buildInfoSection(info)
    expect(s).toBeDefined()
    const f = await BoundedFile.open(bin(c))
    try {
      const magic = await f.readAt(s!.offset, 14, 'build info')
      expect(magic.toString('latin1')).toBe('\xff Go buildinf:')
    } finally {
      await f.close()
    }
    expect(info.sections.map(x => x.name)).toContain(
      c.goos === 'linux' ? '.text' : c.goos === 'darwin' ? '__text' : '.text'
    )
  })
})

describe('files that are not executables', () => {
  test('a truncated ELF names what is missing', async () => {
    const file = path.join(dir, 'truncated')
    await copyFile(bin(cases[0]), file)
    await truncate(file, 40)
    await expect(readExecutable(file)).rejects.toThrow(
      /truncated: its ELF header needs 64 bytes, the file has 40/
    )
  })
  test('an ELF cut before its section table says so', async () => {
    const file = path.join(dir, 'cut')
    await copyFile(bin(cases[1]), file)
    await truncate(file, 8192)
    await expect(readExecutable(file)).rejects.toThrow(
      /truncated or corrupt: its ELF section (header|name) table .* lies beyond the end of the file \(8192 bytes\)/
    )
  })
  test('a truncated PE and Mach-O', async () => {
    const pe = path.join(dir, 'cut.exe')
    await copyFile(bin(cases[6]), pe)
    await truncate(pe, 100)
    await expect(readExecutable(pe)).rejects.toThrow(/PE header .* beyond the end of the file \(100 bytes\)/)
    const macho = path.join(dir, 'cut-macho')
    await copyFile(bin(cases[5]), macho)
    await truncate(macho, 200)
    await expect(readExecutable(macho)).rejects.toThrow(/Mach-O load commands .* beyond the end of the file/)
  })
  test('a text file, an empty file, a script and a missing file', async () => {
    const text = path.join(dir, 'notes.txt')
    await writeFile(text, 'hello\nthis is not a program\n')
    const err = await readExecutable(text, { input: 'binary' }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(NotExecutableError)
    expect(err).toBeInstanceOf(UserError)
    expect((err as UserError).input).toBe('binary')
    expect((err as Error).message).toMatch(/^binary: .*notes\.txt is a text file, not an executable.* Fix: /)

    const empty = path.join(dir, 'empty')
    await writeFile(empty, '')
    await expect(readExecutable(empty)).rejects.toThrow(/is empty, not an executable/)
    const script = path.join(dir, 'run.sh')
    await writeFile(script, '#!/bin/sh\necho hi\n')
    await expect(readExecutable(script)).rejects.toThrow(/is a script/)
    await expect(readExecutable(path.join(dir, 'nope'))).rejects.toThrow(/cannot read .*nope: no such file/)
    await expect(readExecutable(dir)).rejects.toThrow(/is not a regular file/)
  })
  test('reads stay bounded: a header claiming a huge section table is refused, not read', async () => {
    const file = path.join(dir, 'huge')
    await copyFile(bin(cases[0]), file)
    const fh = await open(file, 'r+')
    try {
      // e_shentsize = 64 and e_shnum = 0xfeff in an ELF64 header: ~4 MiB of section headers.
      const b = Buffer.alloc(4)
      b.writeUInt16LE(64, 0)
      b.writeUInt16LE(0xfeff, 2)
      await fh.write(b, 0, 4, 58)
    } finally {
      await fh.close()
    }
    await expect(readExecutable(file)).rejects.toThrow(/claims 65279 ELF sections/)
  })
})
