// The database index: a second load of a folder or zip replays the index and gives the same database,
// statistics and warnings as reading it, with or without a package filter; a changed source, a damaged
// index or an edited record text is a miss (the source is read again), never a wrong database.

import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { loadVulnDb, type LoadDbOptions } from '../../../src/scan/vulndb/load.js'
import { MemoryLogger } from '../../../src/util/logger.js'
import { affected, osv, patchBytes, zipBuffer } from '../../helpers/osv.js'

const tmp = (): Promise<string> => mkdtemp(path.join(os.tmpdir(), 'gantry-db-index-'))
const rec = (id: string, name: string, fixed = '1.2.3'): string =>
  JSON.stringify(osv(id, { affected: [affected('Go', name, [{ introduced: '0' }, { fixed }])] }))

async function folderDb(): Promise<string> {
  const dir = path.join(await tmp(), 'osv')
  await mkdir(path.join(dir, 'deeper'), { recursive: true })
  await writeFile(path.join(dir, 'GO-2024-0001.json'), rec('GO-2024-0001', 'example.com/a'))
  await writeFile(path.join(dir, 'deeper', 'GO-2024-0002.json'), rec('GO-2024-0002', 'example.com/b'))
  await writeFile(path.join(dir, 'GO-2024-0003.json'), rec('GO-2024-0003', 'example.com/c'))
  await writeFile(path.join(dir, 'broken.json'), '{"id": "GO-2024-0009", ')
  await writeFile(path.join(dir, 'bad-shape.json'), JSON.stringify({ ...osv('GO-2024-0008'), affected: 'x' }))
  await writeFile(path.join(dir, 'README.md'), '# not a record')
  return dir
}

/** A load and what it looked like from outside: records, statistics, warnings. */
async function load(sources: string[], opts: Partial<LoadDbOptions> = {}) {
  const logger = new MemoryLogger()
  const { db, stats, indexed } = await loadVulnDb(sources, { logger, ...opts })
  return {
    view: {
      ids: db.records().map(r => r.id),
      fixed: db.records().map(r => JSON.stringify(r.affected)),
      stats,
      warnings: logger.text('warn')
    },
    indexed
  }
}

const keepAB = (_family: string, name: string): boolean =>
  name === 'example.com/a' || name === 'example.com/b'

describe('a folder', () => {
  test('indexed on the first load, replayed on the next: the same database, statistics and warnings', async () => {
    const dir = await folderDb()
    const indexDir = path.join(await tmp(), 'index')
    const plain = await load([dir])
    const first = await load([dir], { indexDir })
    const second = await load([dir], { indexDir })
    expect(plain.indexed).toBeUndefined()
    expect(first.indexed).toBe(0)
    expect(second.indexed).toBe(1)
    expect(first.view).toEqual(plain.view)
    expect(second.view).toEqual(plain.view)
    expect(plain.view.ids).toEqual(['GO-2024-0001', 'GO-2024-0002', 'GO-2024-0003'])
    expect(plain.view.warnings).toMatch(/broken\.json: not JSON/)
    expect(plain.view.warnings).toMatch(/bad-shape\.json/)
  })

  test('with a package filter, the replay keeps the same records and counts the rest as filtered', async () => {
    const dir = await folderDb()
    const indexDir = path.join(await tmp(), 'index')
    await load([dir], { indexDir })
    const plain = await load([dir], { keep: keepAB })
    const replayed = await load([dir], { indexDir, keep: keepAB })
    expect(replayed.indexed).toBe(1)
    expect(replayed.view).toEqual(plain.view)
    expect(plain.view.ids).toEqual(['GO-2024-0001', 'GO-2024-0002'])
    expect(plain.view.stats.filtered).toBe(1)
  })

  test('a changed, added or removed file is a miss: the folder is read again', async () => {
    const dir = await folderDb()
    const indexDir = path.join(await tmp(), 'index')
    await load([dir], { indexDir })
    await writeFile(path.join(dir, 'GO-2024-0001.json'), rec('GO-2024-0001', 'example.com/a', '1.9.9'))
    const changed = await load([dir], { indexDir })
    expect(changed.indexed).toBe(0)
    expect(changed.view.fixed.join()).toContain('1.9.9')
    expect((await load([dir], { indexDir })).indexed).toBe(1)
    await writeFile(path.join(dir, 'GO-2024-0004.json'), rec('GO-2024-0004', 'example.com/d'))
    const added = await load([dir], { indexDir })
    expect(added.indexed).toBe(0)
    expect(added.view.ids).toContain('GO-2024-0004')
  })

  test('a damaged index or an edited record text is a miss, never a wrong database', async () => {
    const dir = await folderDb()
    const indexDir = path.join(await tmp(), 'index')
    const plain = await load([dir], { keep: keepAB })
    await load([dir], { indexDir })
    const [name] = await readdir(indexDir)
    const file = path.join(indexDir, name)
    const good = await readFile(file, 'latin1')
    const damages = [
      good.replace('1.2.3', '9.9.9'), // a record's text: its own hash
      good.replace('GO-2024-0001.json', 'GO-2024-0001.jsox'), // the header: the header's hash
      good.slice(0, good.length - 10),
      'garbage'
    ]
    for (const text of damages) {
      expect(text).not.toBe(good)
      await writeFile(file, text, 'latin1')
      const again = await load([dir], { indexDir, keep: keepAB })
      expect(again.indexed).toBe(0)
      expect(again.view).toEqual(plain.view)
    }
  })

  test('a re-hashed header of the wrong shape, or for another signature, is a miss', async () => {
    const dir = await folderDb()
    const indexDir = path.join(await tmp(), 'index')
    const plain = await load([dir])
    await load([dir], { indexDir })
    const [name] = await readdir(indexDir)
    const file = path.join(indexDir, name)
    const good = await readFile(file)
    const nl = good.indexOf(10)
    const length = Number(good.subarray(0, nl).toString().split(' ')[1])
    const header = JSON.parse(good.subarray(nl + 1, nl + 1 + length).toString()) as {
      signature: string
      entries: Record<string, unknown>[]
    }
    const rewrite = async (h: unknown): Promise<void> => {
      const text = JSON.stringify(h)
      const first = `${createHash('sha256').update(text).digest('hex')} ${Buffer.byteLength(text)}\n`
      await writeFile(file, Buffer.concat([Buffer.from(first + text), good.subarray(nl + 1 + length)]))
    }
    const taken = header.entries.findIndex(e => e.o !== undefined)
    for (const bad of [
      { ...header, entries: header.entries.map((e, i) => (i === taken ? { ...e, o: -1 } : e)) },
      { ...header, entries: header.entries.map((e, i) => (i === taken ? { ...e, k: [['Go']] } : e)) },
      { ...header, entries: 'x' },
      { ...header, signature: 'another' }
    ]) {
      await rewrite(bad)
      const again = await load([dir], { indexDir })
      expect(again.indexed).toBe(0)
      expect(again.view).toEqual(plain.view)
      await writeFile(file, good)
    }
    // The untouched file is sound, and re-hashing it as it is keeps it so.
    await rewrite(header)
    expect((await load([dir], { indexDir })).indexed).toBe(1)
  })

  test('another source path has an index of its own', async () => {
    const a = await folderDb()
    const b = await folderDb()
    const indexDir = path.join(await tmp(), 'index')
    await load([a], { indexDir })
    expect((await load([b], { indexDir })).indexed).toBe(0)
    expect((await load([a, b], { indexDir })).indexed).toBe(2)
    expect(await readdir(indexDir)).toHaveLength(2)
  })
})

test('a zip: replayed like a folder, the same records and warnings', async () => {
  const dir = await tmp()
  const zip = path.join(dir, 'all.zip')
  const bytes = await zipBuffer([
    { name: 'GO-2024-0001.json', data: rec('GO-2024-0001', 'example.com/a') },
    { name: 'nested/GO-2024-0002.json', data: rec('GO-2024-0002', 'example.com/b'), compress: false },
    { name: 'aa/evil.json', data: rec('GO-2024-0005', 'example.com/e') },
    { name: 'bad.json', data: 'not json' }
  ])
  await writeFile(zip, patchBytes(bytes, 'aa/evil', '../evil'))
  const indexDir = path.join(dir, 'index')
  const plain = await load([zip])
  await load([zip], { indexDir })
  const replayed = await load([zip], { indexDir })
  expect(replayed.indexed).toBe(1)
  expect(replayed.view).toEqual(plain.view)
  expect(plain.view.warnings).toMatch(/all\.zip!bad\.json: not JSON/)
  expect(plain.view.warnings).toMatch(/evil\.json: unsafe entry name/)
})
