// Loading OSV databases from folders, zips and files: good records are indexed, bad files are skipped with a
// warning naming them (never an exception), and hostile zips (huge entries, bomb ratios, lying sizes, `../`
// names, too many entries, not a zip at all) are bounded. Zips are made with yazl and patched by hand.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { loadVulnDb } from '../../../src/scan/vulndb/load.js'
import { UserError } from '../../../src/util/errors.js'
import { MemoryLogger } from '../../../src/util/logger.js'
import { vulndbSnapshot } from '../../helpers/vulndb.js'
import { affected, osv, patchBytes, patchDeclaredSize, writeZip, zipBuffer } from '../../helpers/osv.js'

const tmp = (): Promise<string> => mkdtemp(path.join(os.tmpdir(), 'gantry-vulndb-'))
const rec = (id: string, name = 'example.com/m', modified = '2024-01-01T00:00:00Z'): string =>
  JSON.stringify(
    osv(id, { modified, affected: [affected('Go', name, [{ introduced: '0' }, { fixed: '1.2.3' }])] })
  )

describe('a folder of OSV JSON', () => {
  test('reads records recursively, skips bad files with a warning naming each, ignores other files', async () => {
    const dir = await tmp()
    await mkdir(path.join(dir, 'osv', 'deeper'), { recursive: true })
    await writeFile(path.join(dir, 'osv', 'GO-2024-0001.json'), rec('GO-2024-0001'))
    await writeFile(
      path.join(dir, 'osv', 'deeper', 'GO-2024-0002.json'),
      rec('GO-2024-0002', 'example.com/n')
    )
    await writeFile(path.join(dir, 'osv', 'broken.json'), '{"id": "GO-2024-0003", "modified": ')
    await writeFile(path.join(dir, 'osv', 'no-id.json'), JSON.stringify({ modified: '2024-01-01T00:00:00Z' }))
    await writeFile(
      path.join(dir, 'osv', 'bad-ranges.json'),
      JSON.stringify({ ...osv('GO-2024-0004'), affected: [{ ranges: 'x' }] })
    )
    await writeFile(path.join(dir, 'osv', 'bad-id.json'), JSON.stringify(osv('GO-2024-0005\n::error::x')))
    await writeFile(path.join(dir, 'osv', 'array.json'), '[]')
    await writeFile(path.join(dir, 'README.md'), '# not a record')
    const logger = new MemoryLogger()
    const { db, stats } = await loadVulnDb([dir], { logger })
    expect(db.records().map(r => r.id)).toEqual(['GO-2024-0001', 'GO-2024-0002'])
    expect(db.lookup('Go', 'example.com/n').map(r => r.id)).toEqual(['GO-2024-0002'])
    expect(stats).toMatchObject({ files: 7, records: 2, skipped: 5 })
    const warnings = logger.lines.filter(l => l.level === 'warn').map(l => l.message)
    expect(warnings).toEqual([
      'vulndb: skipped osv/array.json: (top level): must be object',
      expect.stringMatching(/^vulndb: skipped osv\/bad-id\.json: id: must match pattern/),
      'vulndb: skipped osv/bad-ranges.json: affected.0.ranges: must be array',
      expect.stringMatching(/^vulndb: skipped osv\/broken\.json: not JSON/),
      "vulndb: skipped osv/no-id.json: (top level): must have required property 'id'"
    ])
  })

  test('the real snapshot in shared/vulndb loads whole, every record valid', async () => {
    const logger = new MemoryLogger()
    const { db, stats } = await loadVulnDb([vulndbSnapshot()], { logger })
    expect(stats.skipped).toBe(0)
    expect(db.size).toBeGreaterThan(4000)
    expect(db.lookup('Go', 'golang.org/x/text').map(r => r.id)).toContain('GO-2021-0113')
    expect(db.lookup('Go', 'stdlib').length).toBeGreaterThan(100)
  })

  test('the same id twice keeps the most recently modified copy', async () => {
    const dir = await tmp()
    await writeFile(path.join(dir, 'a.json'), rec('GO-2024-0001', 'old.example/m', '2024-01-01T00:00:00Z'))
    await writeFile(path.join(dir, 'b.json'), rec('GO-2024-0001', 'new.example/m', '2024-06-01T00:00:00Z'))
    await writeFile(path.join(dir, 'c.json'), rec('GO-2024-0001', 'older.example/m', '2023-01-01T00:00:00Z'))
    const { db, stats } = await loadVulnDb([dir], { logger: new MemoryLogger() })
    expect(db.get('GO-2024-0001')?.affected?.[0].package?.name).toBe('new.example/m')
    expect(db.lookup('Go', 'old.example/m')).toEqual([])
    expect(stats.duplicates).toBe(2)
  })

  test('keep() leaves out records for packages nobody asked about', async () => {
    const dir = await tmp()
    await writeFile(path.join(dir, 'a.json'), rec('GO-2024-0001', 'wanted.example/m'))
    await writeFile(path.join(dir, 'b.json'), rec('GO-2024-0002', 'other.example/m'))
    const { db, stats } = await loadVulnDb([dir], {
      logger: new MemoryLogger(),
      keep: (family, name) => family === 'Go' && name === 'wanted.example/m'
    })
    expect(db.records().map(r => r.id)).toEqual(['GO-2024-0001'])
    expect(stats.filtered).toBe(1)
  })

  test('keep(): records are left out before the schema check, unless their affected list cannot tell', async () => {
    const dir = await tmp()
    const bad = (id: string, name: string): string =>
      JSON.stringify({ ...osv(id), affected: [{ package: { ecosystem: 'Go', name }, ranges: 'x' }] })
    await writeFile(path.join(dir, 'a.json'), bad('GO-2024-0001', 'wanted.example/m'))
    await writeFile(path.join(dir, 'b.json'), bad('GO-2024-0002', 'other.example/m'))
    await writeFile(path.join(dir, 'c.json'), JSON.stringify({ ...osv('GO-2024-0003'), affected: 'x' }))
    await writeFile(
      path.join(dir, 'd.json'),
      JSON.stringify({ ...osv('GO-2024-0004'), affected: [{ package: { ecosystem: 'Go', name: 7 } }] })
    )
    await writeFile(path.join(dir, 'e.json'), rec('GO-2024-0005', 'wanted.example/m'))
    await writeFile(path.join(dir, 'f.json'), '{"id": ')
    await writeFile(
      path.join(dir, 'g.json'),
      JSON.stringify({ affected: [{ package: { ecosystem: 'Go', name: 'other.example/m' } }] })
    )
    const logger = new MemoryLogger()
    const { db, stats } = await loadVulnDb([dir], {
      logger,
      keep: (family, name) => family === 'Go' && name === 'wanted.example/m'
    })
    expect(db.records().map(r => r.id)).toEqual(['GO-2024-0005'])
    // b.json names only a package nobody has: left out unchecked. The others are checked, and skipped (g.json
    // names such a package too, but misses the required id and modified).
    expect(stats).toMatchObject({ files: 7, records: 1, filtered: 1, skipped: 5 })
    expect(logger.text('warn')).toMatch(/skipped a\.json: affected\.0\.ranges: must be array/)
    expect(logger.text('warn')).toMatch(/skipped c\.json: affected: must be array/)
    expect(logger.text('warn')).toMatch(/skipped d\.json: affected\.0\.package\.name: must be string/)
    expect(logger.text('warn')).toMatch(/skipped f\.json: not JSON/)
    expect(logger.text('warn')).toMatch(/skipped g\.json: .*must have required property 'id'/)
    expect(logger.text('warn')).not.toMatch(/b\.json/)
  })

  test('a file larger than the entry limit is skipped unread', async () => {
    const dir = await tmp()
    await writeFile(path.join(dir, 'big.json'), rec('GO-2024-0001') + ' '.repeat(4096))
    const logger = new MemoryLogger()
    const { db } = await loadVulnDb([dir], { logger, limits: { maxEntryBytes: 1024 } })
    expect(db.size).toBe(0)
    expect(logger.text('warn')).toMatch(/skipped big\.json: larger than 1\.0 KiB/)
  })

  test('a path that does not exist is a UserError naming the input', async () => {
    await expect(loadVulnDb(['/nonexistent/vulndb'], { logger: new MemoryLogger() })).rejects.toThrow(
      expect.objectContaining({ name: 'UserError', input: 'db' })
    )
  })
})

describe('a zip of OSV JSON (the OSV export format)', () => {
  test('reads .json entries, skips other entries and bad records with the entry named', async () => {
    const dir = await tmp()
    const zip = path.join(dir, 'all.zip')
    await writeZip(zip, [
      { name: 'GO-2024-0001.json', data: rec('GO-2024-0001') },
      { name: 'nested/GHSA-aaaa-bbbb-cccc.json', data: rec('GHSA-aaaa-bbbb-cccc'), compress: false },
      { name: 'notes.txt', data: 'hello' },
      { name: 'bad.json', data: 'not json' }
    ])
    const logger = new MemoryLogger()
    const { db, stats } = await loadVulnDb([zip], { logger })
    expect(db.records().map(r => r.id)).toEqual(['GHSA-aaaa-bbbb-cccc', 'GO-2024-0001'])
    expect(stats).toMatchObject({ records: 2, skipped: 1 })
    expect(logger.text('warn')).toMatch(/skipped .*all\.zip!bad\.json: not JSON/)
  })

  test('a folder holding zips (the db: auto cache layout) reads them too', async () => {
    const dir = await tmp()
    await mkdir(path.join(dir, 'Go'))
    await writeZip(path.join(dir, 'Go', 'all.zip'), [
      { name: 'GO-2024-0001.json', data: rec('GO-2024-0001') }
    ])
    const { db } = await loadVulnDb([dir], { logger: new MemoryLogger() })
    expect(db.records().map(r => r.id)).toEqual(['GO-2024-0001'])
  })

  test('an entry declaring more than the entry limit is skipped before it is inflated', async () => {
    const dir = await tmp()
    const zip = path.join(dir, 'all.zip')
    await writeZip(zip, [
      { name: 'huge.json', data: rec('GO-2024-0009') + ' '.repeat(64 * 1024) },
      { name: 'GO-2024-0001.json', data: rec('GO-2024-0001') }
    ])
    const logger = new MemoryLogger()
    const { db } = await loadVulnDb([zip], { logger, limits: { maxEntryBytes: 16 * 1024 } })
    expect(db.records().map(r => r.id)).toEqual(['GO-2024-0001'])
    expect(logger.text('warn')).toMatch(/huge\.json: declares 64\.\d KiB, more than 16\.0 KiB/)
  })

  test('a zip bomb ratio is refused', async () => {
    const dir = await tmp()
    const zip = path.join(dir, 'all.zip')
    // 8 MiB of spaces after a record deflate to a few KiB: a ratio of about 1000.
    await writeZip(zip, [
      { name: 'bomb.json', data: rec('GO-2024-0009') + ' '.repeat(8 * 1024 * 1024) },
      { name: 'GO-2024-0001.json', data: rec('GO-2024-0001') }
    ])
    const logger = new MemoryLogger()
    const { db } = await loadVulnDb([zip], { logger })
    expect(db.records().map(r => r.id)).toEqual(['GO-2024-0001'])
    expect(logger.text('warn')).toMatch(/bomb\.json: expands \d+ times \(zip bomb ratio; at most 100\)/)
  })

  test('an entry that inflates past the size its header declares is cut off and skipped', async () => {
    const dir = await tmp()
    const zip = path.join(dir, 'all.zip')
    const honest = await zipBuffer([
      { name: 'GO-2024-0001.json', data: rec('GO-2024-0001') + ' '.repeat(2000) }
    ])
    await writeFile(zip, patchDeclaredSize(honest, 100))
    const logger = new MemoryLogger()
    const { db, stats } = await loadVulnDb([zip], { logger })
    expect(db.size).toBe(0)
    expect(stats.skipped).toBe(1)
    expect(logger.text('warn')).toMatch(/GO-2024-0001\.json: unreadable entry/)
  })

  test('an entry whose bytes do not match its CRC-32 is skipped', async () => {
    const dir = await tmp()
    const zip = path.join(dir, 'all.zip')
    const built = await zipBuffer([
      { name: 'GO-2024-0009.json', data: rec('GO-2024-0009', 'zzzz.example/m'), compress: false },
      { name: 'GO-2024-0001.json', data: rec('GO-2024-0001') }
    ])
    // Stored (uncompressed) data is plain in the archive: change one byte of it.
    await writeFile(zip, patchBytes(built, 'zzzz.example', 'yyyy.example'))
    const logger = new MemoryLogger()
    const { db } = await loadVulnDb([zip], { logger })
    expect(db.records().map(r => r.id)).toEqual(['GO-2024-0001'])
    expect(logger.text('warn')).toMatch(/GO-2024-0009\.json: unreadable entry \(CRC-32 mismatch\)/)
  })

  test('entries named ../ or absolute are skipped, the rest still read', async () => {
    const dir = await tmp()
    const zip = path.join(dir, 'all.zip')
    const built = await zipBuffer([
      { name: 'XX/escape.json', data: rec('GO-2024-0008') },
      { name: 'Y/abs.json', data: rec('GO-2024-0007') },
      { name: 'GO-2024-0001.json', data: rec('GO-2024-0001') }
    ])
    // yazl refuses to write such names, so write safe ones and rewrite the bytes of both headers.
    await writeFile(zip, patchBytes(patchBytes(built, 'XX/escape', '../escape'), 'Y/abs', '/Yabs'))
    const logger = new MemoryLogger()
    const { db } = await loadVulnDb([zip], { logger })
    expect(db.records().map(r => r.id)).toEqual(['GO-2024-0001'])
    expect(logger.text('warn')).toMatch(/!\.\.\/escape\.json: unsafe entry name/)
    expect(logger.text('warn')).toMatch(/!\/Yabs\.json: unsafe entry name/)
  })

  test('a zip declaring more entries than allowed is a UserError', async () => {
    const dir = await tmp()
    const zip = path.join(dir, 'all.zip')
    await writeZip(
      zip,
      [1, 2, 3].map(i => ({ name: `GO-2024-000${i}.json`, data: rec(`GO-2024-000${i}`) }))
    )
    const err = await loadVulnDb([zip], { logger: new MemoryLogger(), limits: { maxEntries: 2 } }).catch(
      e => e
    )
    expect(err).toBeInstanceOf(UserError)
    expect((err as UserError).message).toMatch(/declares 3 entries, more than the 2 allowed/)
  })

  test('the total inflated size is bounded across entries', async () => {
    const dir = await tmp()
    const zip = path.join(dir, 'all.zip')
    await writeZip(
      zip,
      [1, 2, 3].map(i => ({ name: `GO-2024-000${i}.json`, data: rec(`GO-2024-000${i}`) }))
    )
    const logger = new MemoryLogger()
    const one = Buffer.byteLength(rec('GO-2024-0001'))
    const { db } = await loadVulnDb([zip], { logger, limits: { maxTotalBytes: one * 2 } })
    expect(db.size).toBe(2)
    expect(logger.text('warn')).toMatch(/the archive expands past .* in total; the rest is not read/)
  })

  test('a file that is not a zip, or a truncated one, is a UserError naming db', async () => {
    const dir = await tmp()
    await writeFile(path.join(dir, 'fake.zip'), 'this is not a zip archive at all')
    const good = await zipBuffer([{ name: 'GO-2024-0001.json', data: rec('GO-2024-0001') }])
    await writeFile(path.join(dir, 'cut.zip'), good.subarray(0, good.length - 30))
    for (const f of ['fake.zip', 'cut.zip']) {
      const err = await loadVulnDb([path.join(dir, f)], { logger: new MemoryLogger() }).catch(e => e)
      expect(err).toBeInstanceOf(UserError)
      expect((err as UserError).input).toBe('db')
      expect((err as UserError).message).toMatch(/is not a readable zip|is damaged/)
    }
  })

  test('names with control characters never start a log line', async () => {
    const dir = await tmp()
    const zip = path.join(dir, 'all.zip')
    const built = await zipBuffer([{ name: 'AAAAAAAAAAAAAAAA.json', data: 'not json' }])
    await writeFile(zip, patchBytes(built, 'AAAAAAAAAAAAAAAA', 'x\n::error::pwned'))
    const logger = new MemoryLogger()
    await loadVulnDb([zip], { logger })
    const text = logger.text('warn')
    expect(text).toContain('x\\n::error::pwned.json')
    expect(text.split('\n').some(line => line.startsWith('::'))).toBe(false)
  })
})
