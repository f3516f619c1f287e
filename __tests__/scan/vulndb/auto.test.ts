// The pure parts of db: auto (which exports an inventory needs, URLs, the Actions cache key and restore
// keys) and openVulnDb offline. The downloads themselves are tested against a local server in
// __tests__/integration/scan-db-auto.test.ts.
import { mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Package } from '../../../src/scan/model.js'
import {
  dbCacheKey,
  dbRestoreKeys,
  exportFamilies,
  exportUrl,
  neededEcosystems,
  utcDay
} from '../../../src/scan/vulndb/auto.js'
import { openVulnDb } from '../../../src/scan/vulndb/open.js'
import { MemoryLogger } from '../../../src/util/logger.js'
import { affected, osv, zipBuffer } from '../../helpers/osv.js'

const tmp = (): Promise<string> => mkdtemp(path.join(os.tmpdir(), 'gantry-osvcache-'))

describe('pure parts', () => {
  test('ecosystems, families, URLs, keys', () => {
    const pkg = (ecosystem: string): Package => ({
      kind: 'apk',
      ecosystem,
      name: 'x',
      version: '1',
      purl: '',
      locations: []
    })
    const eco = neededEcosystems([pkg('Go'), pkg('Alpine:v3.20'), pkg('Go'), pkg('npm')])
    expect(eco).toEqual(['Alpine:v3.20', 'Go', 'npm'])
    expect(exportFamilies([...eco, 'Debian:12'])).toEqual(['Alpine', 'Debian', 'Go'])
    expect(exportUrl('https://osv-vulnerabilities.storage.googleapis.com/', 'Go')).toBe(
      'https://osv-vulnerabilities.storage.googleapis.com/Go/all.zip'
    )
    expect(dbCacheKey(['Go', 'Alpine'], '2026-08-21')).toBe('gantry-osv-v1-Alpine+Go-2026-08-21')
    expect(dbRestoreKeys(['Go', 'Alpine'])).toEqual(['gantry-osv-v1-Alpine+Go-', 'gantry-osv-v1-'])
    expect(utcDay(Date.UTC(2026, 7, 21, 23, 59))).toBe('2026-08-21')
  })
})

describe('openVulnDb offline', () => {
  const goPkg: Package = {
    kind: 'go-module',
    ecosystem: 'Go',
    name: 'm.example/a',
    version: 'v0.9.0',
    purl: 'pkg:golang/m.example/a@v0.9.0',
    locations: [{ path: 'app' }]
  }
  const record = JSON.stringify(
    osv('GO-2024-0001', {
      affected: [affected('Go', 'm.example/a', [{ introduced: '0' }, { fixed: '1.0.0' }])]
    })
  )

  test('paths are read offline; an inventory with nothing to look up loads nothing', async () => {
    const dir = await tmp()
    await writeFile(path.join(dir, 'all.zip'), await zipBuffer([{ name: 'GO-2024-0001.json', data: record }]))
    const opened = await openVulnDb({
      db: [path.join(dir, 'all.zip')],
      packages: [goPkg],
      logger: new MemoryLogger()
    })
    expect(opened.db.size).toBe(1)
    const none = await openVulnDb({
      db: 'auto',
      packages: [],
      logger: new MemoryLogger(),
      cacheDir: dir,
      day: '2026-08-21',
      baseUrl: 'http://127.0.0.1:9/unused'
    })
    expect([none.sources, none.db.size]).toEqual([[], 0])
  })
})
