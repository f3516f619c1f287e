import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { scanSecretPaths } from '../../../src/scan/secret/paths.js'
import { scanSecrets, scanSecretsStream, scanSecretsSync } from '../../../src/scan/secret/scan.js'
import { looksBinary, secretSkipReason } from '../../../src/scan/secret/skip.js'
import { deterministicText, FakeSecrets, fakePrivateKey } from '../../helpers/fake-secrets.js'

const fake = new FakeSecrets(5)

async function* chunks(text: string | Buffer, size: number): AsyncGenerator<Buffer> {
  const buf = Buffer.isBuffer(text) ? text : Buffer.from(text)
  for (let i = 0; i < buf.length; i += size) yield buf.subarray(i, i + size)
}

const summary = (f: { id: string; locations: { line?: number; column?: number }[] }[]) =>
  f.map(x => [x.id, x.locations[0].line, x.locations[0].column])

describe('windows and streams', () => {
  // A 3.5 MiB file of filler with a token every 13 lines and a key every 157: some of them straddle every
  // window edge and every overlap edge, wherever those fall.
  const filler = 'lorem ipsum dolor sit amet, consectetur adipiscing elit; ünïcödé 🚢 filler'
  const key = fakePrivateKey('rsa-pkcs1').trimEnd()
  const lines: string[] = []
  for (let i = 0, chars = 0; chars < 3.5 * (1 << 20); i++) {
    const line = i % 157 === 0 ? key : i % 13 === 0 ? `  x = ${fake.github('ghp_')}` : filler
    lines.push(line)
    chars += line.length + 1
  }
  const text = lines.join('\n') + '\n'
  const real: [string, number, number][] = []
  text.split('\n').forEach((l, i) => {
    if (l.startsWith('  x = ghp_')) real.push(['GANTRY-SECRET-005', i + 1, 7])
    if (l.startsWith('-----BEGIN RSA')) real.push(['GANTRY-SECRET-001', i + 1, 1])
  })

  test('in memory: every secret once, on its line, across window edges', () => {
    expect(real.length).toBeGreaterThan(3000)
    expect(summary(scanSecrets(text, 'app/big.txt'))).toEqual(real)
  })

  test('streamed in odd-sized chunks (multi-byte characters split): the same findings', async () => {
    const r = await scanSecretsStream(chunks(text, 7919), 'app/big.txt')
    expect(r.skipped).toBeUndefined()
    expect(summary(r.findings)).toEqual(real)
  })

  test('byte by byte around multi-byte characters: the same lines and columns', async () => {
    const small = `é🚢ü x ${fake.github('gho_')}\n🚢 ${fake.slackToken()}\n`
    const r = await scanSecretsStream(chunks(small, 1), 'a.txt')
    expect(summary(r.findings)).toEqual(summary(scanSecrets(small, 'a.txt')))
    // Columns count UTF-16 code units, SARIF's default columnKind: the ship is two.
    expect(summary(r.findings)).toEqual([
      ['GANTRY-SECRET-005', 1, 8],
      ['GANTRY-SECRET-006', 2, 4]
    ])
  })

  test('the walker’s layer and platform reach every location', () => {
    const layer = { index: 2, digest: 'sha256:' + 'a'.repeat(64) }
    const f = scanSecrets(`t=${fake.github('ghp_')}`, 'etc/token', {
      location: { layer, platform: 'linux/arm64' }
    })
    expect(f[0].locations[0]).toMatchObject({ path: 'etc/token', layer, platform: 'linux/arm64', line: 1 })
  })
})

describe('binaries, random bytes and size', () => {
  test('random bytes are binary: no findings, even with a key in them', async () => {
    const rnd = new FakeSecrets(9).bytes(4 << 20)
    const withKey = Buffer.concat([rnd.subarray(0, 1 << 20), Buffer.from(fakePrivateKey('pkcs8')), rnd])
    expect(looksBinary(withKey)).toBe(true)
    expect(scanSecretsSync(withKey, 'app/blob')).toEqual({ findings: [], skipped: 'binary' })
    expect(await scanSecretsStream(chunks(withKey, 65536), 'app/blob')).toEqual({
      findings: [],
      skipped: 'binary'
    })
  })

  test('8 MiB of random printable text: scanned to the end, nothing found', async () => {
    const text = deterministicText(8 << 20, 17)
    expect(looksBinary(Buffer.from(text.slice(0, 8192)))).toBe(false)
    expect(scanSecretsSync(text, 'app/noise.txt')).toEqual({ findings: [] })
  })

  test('text with invalid UTF-8 is binary; UTF-8 text with an ESC colour code is not', () => {
    expect(looksBinary(Buffer.from([...Buffer.from('abc'), 0xff, 0xfe, 0xc3, ...Array(20).fill(0x80)]))).toBe(
      true
    )
    expect(looksBinary(Buffer.from('\x1b[31mred\x1b[0m ünïcödé\n'))).toBe(false)
  })

  test('a file known to be 1 GiB is skipped without reading it', async () => {
    const never: AsyncIterable<Uint8Array> = {
      [Symbol.asyncIterator]() {
        throw new Error('read')
      }
    }
    expect(await scanSecretsStream(never, 'app/huge.log', { size: 1 << 30 })).toEqual({
      findings: [],
      skipped: 'larger than 10.0 MiB (1.0 GiB)'
    })
  })

  test('a stream that turns out larger than the cap is drained and skipped', async () => {
    let read = 0
    async function* big() {
      for (let i = 0; i < 12; i++) {
        read++
        yield Buffer.from(`password = "${fake.password()}"\n`.padEnd(1 << 20, '#'))
      }
    }
    expect(await scanSecretsStream(big(), 'app/big.txt')).toEqual({
      findings: [],
      skipped: 'larger than 10.0 MiB'
    })
    expect(read).toBe(12)
  })

  test('skipped paths, as Trivy skips them or narrower', () => {
    for (const p of [
      'vendor/github.com/x/y/key.pem',
      'src/app/testdata/key.pem',
      'pkg/x_test.go',
      'go/pkg/mod/golang.org/x/crypto@v0.1.0/ssh/keys.go',
      'usr/local/go/src/crypto/tls/handshake_test.go',
      'usr/share/doc/README',
      'node_modules/a/b.js',
      '.git/config',
      'go.sum',
      'docs/README.md',
      'img/logo.png'
    ])
      expect([p, secretSkipReason(p)]).toEqual([p, expect.any(String)])
    for (const p of ['etc/app/config.yaml', 'app/.env', 'root/.ssh/id_ed25519', 'src/contest/key.pem'])
      expect([p, secretSkipReason(p)]).toEqual([p, undefined])
    expect(scanSecrets(`t=${fake.github('ghp_')}`, 'vendor/x/t.txt')).toEqual([])
    expect(scanSecrets(`t=${fake.github('ghp_')}`, 'vendor/x/t.txt', { skipPaths: false })).toHaveLength(1)
  })
})

describe('paths on disk', () => {
  let dir: string
  let outside: string
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'gantry-secret-paths-'))
    outside = await mkdtemp(path.join(os.tmpdir(), 'gantry-secret-outside-'))
    await writeFile(path.join(outside, 'leak.env'), `TOKEN=${fake.github('ghp_')}\n`)
    const ws = path.join(dir, 'ws')
    await mkdir(path.join(ws, 'app/vendor/x'), { recursive: true })
    await mkdir(path.join(ws, 'app/testdata'), { recursive: true })
    await mkdir(path.join(ws, 'app/conf'), { recursive: true })
    await writeFile(path.join(ws, 'app/conf/prod.env'), `# prod\nGITHUB=${fake.github('ghp_')}\n`)
    await writeFile(path.join(ws, 'app/id_rsa'), fakePrivateKey('rsa-pkcs1'))
    await writeFile(path.join(ws, 'app/vendor/x/key.pem'), fakePrivateKey('pkcs8'))
    await writeFile(path.join(ws, 'app/testdata/key.pem'), fakePrivateKey('pkcs8'))
    await writeFile(
      path.join(ws, 'app/blob.bin.dat'),
      Buffer.concat([Buffer.from([0, 1, 2]), Buffer.from(fakePrivateKey('pkcs8'))])
    )
    await symlink(path.join(outside, 'leak.env'), path.join(ws, 'app/escape.env'))
    await symlink(outside, path.join(ws, 'app/escape-dir'))
    await symlink('conf/prod.env', path.join(ws, 'app/inside.env'))
    await symlink('..', path.join(ws, 'app/conf/loop'))
    // An OS tool, not a Go/git/Docker one: named by path, as the hermetic unit tier's PATH holds only node.
    execFileSync('/usr/bin/mkfifo', [path.join(ws, 'app/pipe')])
    await truncate(path.join(ws, 'app/huge.log'), 0).catch(() => writeFile(path.join(ws, 'app/huge.log'), ''))
    await truncate(path.join(ws, 'app/huge.log'), 1 << 30)
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
    await rm(outside, { recursive: true, force: true })
  })

  test('a folder: findings relative to the workspace, skips noted, no symlink out, no FIFO, no loop', async () => {
    const ws = path.join(dir, 'ws')
    const r = await scanSecretPaths(['app'], { cwd: ws })
    expect(r.findings.map(f => [f.id, f.locations[0].path, f.locations[0].line])).toEqual([
      ['GANTRY-SECRET-005', 'app/conf/prod.env', 2],
      ['GANTRY-SECRET-001', 'app/id_rsa', 1],
      ['GANTRY-SECRET-005', 'app/inside.env', 2]
    ])
    expect(r.notes).toEqual([
      'app/escape-dir: a symlink that leaves ., not followed',
      'app/escape.env: a symlink that leaves ., not followed',
      'app/huge.log: not scanned for secrets, larger than 10.0 MiB (1.0 GiB)'
    ])
    expect(JSON.stringify(r)).not.toMatch(/ghp_[A-Za-z0-9]{36}/)
  })

  test('a file named explicitly is scanned even where a folder walk would skip it', async () => {
    const ws = path.join(dir, 'ws')
    const r = await scanSecretPaths(['app/testdata/key.pem'], { cwd: ws })
    expect(r.findings.map(f => f.locations[0].path)).toEqual(['app/testdata/key.pem'])
  })

  test('paths outside the root or missing are input errors', async () => {
    const ws = path.join(dir, 'ws')
    await expect(scanSecretPaths([outside], { cwd: ws })).rejects.toThrow(/paths: .* is outside/)
    await expect(scanSecretPaths(['nope'], { cwd: ws })).rejects.toThrow(/paths: nope does not exist/)
  })

  test('the file limit stops the walk with a note', async () => {
    const ws = path.join(dir, 'ws')
    const r = await scanSecretPaths(['app'], { cwd: ws, maxFiles: 1 })
    expect(r.scanned + r.skipped).toBeLessThanOrEqual(4)
    expect(r.findings).toEqual([])
    expect(r.notes).toContain('stopped after 1 files; name fewer or narrower paths to scan the rest')
  })
})
