// The matcher on small hand-written OSV records, one rule of the OSV schema's evaluation (or of gantry's
// finding model) per test: ranges and their events, explicit versions, withdrawn records, Go's spellings
// (pseudo-versions, +incompatible, stdlib and toolchain, replacements, platform-restricted imports), OS
// packages by source or origin and release, alias collapsing, severity, fixed versions and the filters.
import { countBySeverity, filterSeverity, ignoreUnfixed } from '../../../src/scan/detect/filters.js'
import { matchInventory, matchKey, matchPackages } from '../../../src/scan/detect/match.js'
import type { Finding, Location, Package } from '../../../src/scan/model.js'
import type { OsvEvent } from '../../../src/scan/vulndb/osv.js'
import { affected, dbOf, osv } from '../../helpers/osv.js'

const loc = (path: string, platform?: string): Location => ({ path, ...(platform ? { platform } : {}) })

function goMod(name: string, version: string, extra: Partial<Package> = {}): Package {
  return {
    kind: 'go-module',
    ecosystem: 'Go',
    name,
    version,
    purl: `pkg:golang/${name}@${version}`,
    locations: [loc('app')],
    ...extra
  }
}

const stdlib = (version: string, name = 'stdlib'): Package => ({
  kind: 'go-stdlib',
  ecosystem: 'Go',
  name,
  version,
  purl: `pkg:golang/${name}@${version}`,
  locations: [loc('app')]
})

const ids = (fs: Finding[]): string[] => fs.map(f => f.id)
const fixedTo = (fixed: string): OsvEvent[] => [{ introduced: '0' }, { fixed }]

describe('OSV range evaluation', () => {
  const db = dbOf(
    osv('GO-1', { affected: [affected('Go', 'm.example/a', fixedTo('1.0.2'))] }),
    osv('GO-2', {
      affected: [
        affected('Go', 'm.example/b', [
          { introduced: '1.0.0' },
          { fixed: '1.0.2' },
          { introduced: '3.0.0' },
          { fixed: '3.2.5' }
        ])
      ]
    }),
    osv('GO-3', {
      affected: [affected('Go', 'm.example/c', [{ introduced: '0' }, { last_affected: '2.1.4' }])]
    }),
    osv('GO-4', { affected: [affected('Go', 'm.example/d', [{ introduced: '1.0.0' }])] }),
    osv('GO-5', {
      affected: [affected('Go', 'm.example/e', [{ introduced: '0' }, { limit: '2.0.0' }], 'ECOSYSTEM')]
    }),
    osv('GO-6', {
      affected: [{ package: { ecosystem: 'Go', name: 'm.example/f' }, versions: ['1.4.0', '1.4.2'] }]
    }),
    osv('GO-7', {
      affected: [
        {
          package: { ecosystem: 'Go', name: 'm.example/g' },
          ranges: [
            { type: 'GIT', repo: 'https://example.com/g', events: [{ introduced: 'abc' }, { fixed: 'def' }] }
          ]
        }
      ]
    }),
    // events out of order in the file: evaluation sorts them
    osv('GO-8', { affected: [affected('Go', 'm.example/h', [{ fixed: '1.5.0' }, { introduced: '1.2.0' }])] })
  )
  const hit = (name: string, version: string): boolean => matchPackages([goMod(name, version)], db).length > 0

  test('introduced 0 / fixed: everything below the fix', () => {
    expect([
      hit('m.example/a', 'v0.0.1'),
      hit('m.example/a', 'v1.0.1'),
      hit('m.example/a', 'v1.0.2'),
      hit('m.example/a', 'v1.1.0')
    ]).toEqual([true, true, false, false])
  })
  test('several introduced/fixed pairs in one range', () => {
    const got = ['v0.9.0', 'v1.0.0', 'v1.0.1', 'v1.0.2', 'v2.9.0', 'v3.0.0', 'v3.2.4', 'v3.2.5'].map(v =>
      hit('m.example/b', v)
    )
    expect(got).toEqual([false, true, true, false, false, true, true, false])
  })
  test('last_affected includes that version and nothing above', () => {
    expect([
      hit('m.example/c', 'v2.1.4'),
      hit('m.example/c', 'v2.1.5'),
      hit('m.example/c', 'v2.1.4-rc.1')
    ]).toEqual([true, false, true])
  })
  test('introduced without an end: every later version', () => {
    expect([
      hit('m.example/d', 'v0.9.9'),
      hit('m.example/d', 'v1.0.0'),
      hit('m.example/d', 'v99.0.0')
    ]).toEqual([false, true, true])
  })
  test('limit bounds the range from above', () => {
    expect([
      hit('m.example/e', 'v1.9.9'),
      hit('m.example/e', 'v2.0.0'),
      hit('m.example/e', 'v2.0.1')
    ]).toEqual([true, false, false])
  })
  test('explicit versions match exactly', () => {
    expect(['v1.4.0', 'v1.4.1', 'v1.4.2', '1.4.2'].map(v => hit('m.example/f', v))).toEqual([
      true,
      false,
      true,
      true
    ])
  })
  test('GIT ranges cannot be evaluated without the repository and match nothing by themselves', () => {
    expect(hit('m.example/g', 'v0.0.1')).toBe(false)
  })
  test('events are evaluated in version order, not file order', () => {
    expect(['v1.1.0', 'v1.2.0', 'v1.4.9', 'v1.5.0'].map(v => hit('m.example/h', v))).toEqual([
      false,
      true,
      true,
      false
    ])
  })
})

describe('Go specifics', () => {
  test('pseudo-versions order as prereleases of the next patch', () => {
    const db = dbOf(
      osv('GO-1', {
        affected: [affected('Go', 'm.example/p', fixedTo('0.0.0-20220315000000-abcdefabcdef'))]
      }),
      osv('GO-2', { affected: [affected('Go', 'm.example/q', fixedTo('1.2.4'))] })
    )
    expect(matchPackages([goMod('m.example/p', 'v0.0.0-20210101000000-123456789abc')], db)).toHaveLength(1)
    expect(matchPackages([goMod('m.example/p', 'v0.0.0-20230101000000-123456789abc')], db)).toHaveLength(0)
    // v1.2.4-0.2023... is after v1.2.3 and before v1.2.4
    expect(matchPackages([goMod('m.example/q', 'v1.2.4-0.20230101000000-123456789abc')], db)).toHaveLength(1)
  })

  test('+incompatible versions compare as the plain version', () => {
    const db = dbOf(
      osv('GO-1', {
        affected: [affected('Go', 'm.example/old', [{ introduced: '2.0.0' }, { fixed: '2.3.0' }])]
      })
    )
    expect(matchPackages([goMod('m.example/old', 'v2.0.0+incompatible')], db)).toHaveLength(1)
    expect(matchPackages([goMod('m.example/old', 'v2.3.0+incompatible')], db)).toHaveLength(0)
    expect(matchPackages([goMod('m.example/old', 'v2.2.0+incompatible')], db)[0].installed).toBe(
      'v2.2.0+incompatible'
    )
  })

  test('stdlib from its SemVer or go-tag spelling; toolchain records apply only to the toolchain package', () => {
    const db = dbOf(
      osv('GO-S', {
        affected: [
          affected('Go', 'stdlib', [
            { introduced: '0' },
            { fixed: '1.21.11' },
            { introduced: '1.22.0-0' },
            { fixed: '1.22.4' }
          ])
        ]
      }),
      osv('GO-T', { affected: [affected('Go', 'toolchain', fixedTo('1.22.5'))] })
    )
    expect(ids(matchPackages([stdlib('v1.22.3')], db))).toEqual(['GO-S'])
    expect(ids(matchPackages([stdlib('go1.22.3')], db))).toEqual(['GO-S'])
    expect(ids(matchPackages([stdlib('go1.22rc1')], db))).toEqual(['GO-S'])
    expect(ids(matchPackages([stdlib('v1.21.11')], db))).toEqual([])
    expect(ids(matchPackages([stdlib('v1.22.4')], db))).toEqual([])
    expect(ids(matchPackages([stdlib('v1.22.4', 'toolchain')], db))).toEqual(['GO-T'])
    expect(matchPackages([stdlib('v1.22.3')], db)[0].fixed).toEqual(['v1.22.4'])
  })

  test('a replaced module is matched as its replacement; a local replacement has no version and no findings', () => {
    const db = dbOf(
      osv('GO-1', { affected: [affected('Go', 'fork.example/x', fixedTo('1.5.0'))] }),
      osv('GO-2', { affected: [affected('Go', 'orig.example/x', fixedTo('9.0.0'))] })
    )
    const forked = goMod('orig.example/x', 'v1.0.0', {
      replace: { path: 'fork.example/x', version: 'v1.4.0' }
    })
    const f = matchPackages([forked], db)
    expect(ids(f)).toEqual(['GO-1'])
    expect(f[0].installed).toBe('v1.4.0')
    expect(f[0].package?.name).toBe('orig.example/x')
    expect(matchKey(goMod('orig.example/x', 'v1.0.0', { replace: { path: '../local' } }))).toBeUndefined()
    expect(matchPackages([goMod('orig.example/x', 'v1.0.0', { replace: { path: '../local' } })], db)).toEqual(
      []
    )
  })

  test('versions that are not versions ((devel), empty) match nothing', () => {
    const db = dbOf(osv('GO-1', { affected: [affected('Go', 'm.example/main', [{ introduced: '0' }])] }))
    expect(matchPackages([goMod('m.example/main', '(devel)'), goMod('m.example/main', '')], db)).toEqual([])
  })

  test('imports restricted to other platforms do not apply; locations narrow to the platforms that fit', () => {
    const imports = (goos: string[]) => ({
      ecosystem_specific: { imports: [{ path: 'm.example/sys/windows', goos, symbols: ['Load', 'Call'] }] }
    })
    const db = dbOf(
      osv('GO-W', {
        affected: [affected('Go', 'm.example/sys', fixedTo('0.5.0'), 'SEMVER', imports(['windows']))]
      })
    )
    const linuxOnly = goMod('m.example/sys', 'v0.1.0', {
      locations: [loc('app', 'linux/amd64'), loc('app', 'linux/arm64')]
    })
    expect(matchPackages([linuxOnly], db)).toEqual([])
    const mixed = goMod('m.example/sys', 'v0.1.0', {
      locations: [loc('app', 'linux/amd64'), loc('app.exe', 'windows/amd64')]
    })
    const [f] = matchPackages([mixed], db)
    expect(f.locations).toEqual([loc('app.exe', 'windows/amd64')])
    expect(f.goPackages).toEqual([{ path: 'm.example/sys/windows', symbols: ['Call', 'Load'] }])
    // without a platform on the location, the binary's build settings decide
    const viaSettings = goMod('m.example/sys', 'v0.1.0', { locations: [loc('bin/app')] })
    const inv = {
      packages: [viaSettings],
      binaries: [
        { location: loc('bin/app'), goVersion: 'go1.22.3', settings: { GOOS: 'linux', GOARCH: 'amd64' } }
      ],
      targets: [],
      notes: []
    }
    expect(matchInventory(inv, db)).toEqual([])
    // and an unknown platform matches, as govulncheck has it
    expect(matchPackages([viaSettings], db)).toHaveLength(1)
  })
})

describe('OS packages', () => {
  const db = dbOf(
    osv('DEBIAN-CVE-2023-0001', {
      upstream: ['CVE-2023-0001'],
      affected: [
        affected('Debian:12', 'openssl', fixedTo('3.0.11-1~deb12u2')),
        affected('Debian:11', 'openssl', fixedTo('1.1.1w-0+deb11u1'))
      ]
    }),
    osv('ALPINE-CVE-2023-0002', {
      upstream: ['CVE-2023-0002'],
      affected: [affected('Alpine:v3.19', 'openssl', fixedTo('3.1.4-r1'))]
    })
  )
  const deb = (release: string, version: string): Package => ({
    kind: 'dpkg',
    ecosystem: release,
    name: 'libssl3',
    version,
    purl: `pkg:deb/debian/libssl3@${version}`,
    source: { name: 'openssl', version },
    locations: [loc('var/lib/dpkg/status')]
  })

  test('Debian is matched by source package within its release, with dpkg ordering', () => {
    const f = matchPackages([deb('Debian:12', '3.0.11-1~deb12u1')], db)
    expect(ids(f)).toEqual(['CVE-2023-0001'])
    expect(f[0].aliases).toEqual(['DEBIAN-CVE-2023-0001'])
    expect(f[0].fixed).toEqual(['3.0.11-1~deb12u2'])
    expect(f[0].package?.name).toBe('libssl3')
    expect(matchPackages([deb('Debian:12', '3.0.11-1~deb12u2')], db)).toEqual([])
    // 3.0.11-1~deb12u1 is far above Debian 11's fix; only Debian 12's entry counts for a Debian 12 image
    expect(matchPackages([deb('Debian:11', '3.0.11-1~deb12u1')], db)).toEqual([])
  })

  test('an inventory that does not know the release is matched against every release', () => {
    const f = matchPackages([deb('Debian', '1.1.1n-0+deb11u5')], db)
    expect(f[0].fixed).toEqual(['1.1.1w-0+deb11u1', '3.0.11-1~deb12u2'])
  })

  test('Alpine is matched by origin with apk ordering; v3.19 and 3.19 are one release', () => {
    const apk = (ecosystem: string, version: string): Package => ({
      kind: 'apk',
      ecosystem,
      name: 'libcrypto3',
      version,
      purl: `pkg:apk/alpine/libcrypto3@${version}`,
      source: { name: 'openssl', version },
      locations: [loc('lib/apk/db/installed')]
    })
    expect(ids(matchPackages([apk('Alpine:v3.19', '3.1.4-r0')], db))).toEqual(['CVE-2023-0002'])
    expect(ids(matchPackages([apk('Alpine:3.19', '3.1.4-r0')], db))).toEqual(['CVE-2023-0002'])
    expect(matchPackages([apk('Alpine:v3.19', '3.1.4-r1')], db)).toEqual([])
    expect(matchPackages([apk('Alpine:v3.18', '3.1.4-r0')], db)).toEqual([])
  })

  test('ecosystems gantry does not order are skipped', () => {
    const npm: Package = {
      kind: 'apk',
      ecosystem: 'npm',
      name: 'x',
      version: '1.0.0',
      purl: 'pkg:npm/x@1.0.0',
      locations: []
    }
    expect(
      matchPackages([npm], dbOf(osv('GHSA-1', { affected: [affected('npm', 'x', [{ introduced: '0' }])] })))
    ).toEqual([])
  })
})

describe('findings', () => {
  const text = goMod('golang.org/x/text', 'v0.3.5', {
    locations: [loc('app', 'linux/amd64'), loc('app', 'linux/arm64')]
  })
  const goRecord = osv('GO-2021-0113', {
    aliases: ['CVE-2021-38561', 'GHSA-ppp9-7jff-5vj2'],
    summary: 'Out-of-bounds read in golang.org/x/text/language',
    details: 'Due to improper index calculation ...',
    references: [{ type: 'FIX', url: 'https://go.dev/cl/340830' }],
    affected: [
      affected('Go', 'golang.org/x/text', fixedTo('0.3.7'), 'SEMVER', {
        ecosystem_specific: {
          imports: [{ path: 'golang.org/x/text/language', symbols: ['Parse', 'MatchStrings'] }]
        }
      })
    ]
  })
  const ghsa = (vector?: string, rating = 'HIGH', events = fixedTo('0.3.7')) =>
    osv('GHSA-ppp9-7jff-5vj2', {
      aliases: ['CVE-2021-38561'],
      summary: 'golang.org/x/text/language Out-of-bounds Read vulnerability',
      ...(vector ? { severity: [{ type: 'CVSS_V3', score: vector }] } : {}),
      references: [
        { type: 'ADVISORY', url: 'https://nvd.nist.gov/vuln/detail/CVE-2021-38561' },
        { type: 'FIX', url: 'https://go.dev/cl/340830' }
      ],
      database_specific: { severity: rating },
      affected: [affected('Go', 'golang.org/x/text', events)]
    })
  const V31 = 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H'

  test('a GO- and a GHSA- record naming each other are one finding, scored from the GHSA vector', () => {
    const [f, ...rest] = matchPackages([text], dbOf(goRecord, ghsa(V31)))
    expect(rest).toEqual([])
    expect(f).toEqual({
      class: 'vulnerability',
      id: 'GO-2021-0113',
      aliases: ['CVE-2021-38561', 'GHSA-ppp9-7jff-5vj2'],
      severity: 'HIGH',
      score: 7.5,
      vector: V31,
      title: 'Out-of-bounds read in golang.org/x/text/language',
      description: 'Due to improper index calculation ...',
      package: {
        name: 'golang.org/x/text',
        ecosystem: 'Go',
        version: 'v0.3.5',
        purl: 'pkg:golang/golang.org/x/text@v0.3.5',
        kind: 'go-module'
      },
      installed: 'v0.3.5',
      fixed: ['v0.3.7'],
      goPackages: [{ path: 'golang.org/x/text/language', symbols: ['MatchStrings', 'Parse'] }],
      locations: text.locations,
      references: ['https://go.dev/cl/340830', 'https://nvd.nist.gov/vuln/detail/CVE-2021-38561']
    })
  })

  test("the alias's severity counts even when its own ranges do not match", () => {
    const [f] = matchPackages(
      [text],
      dbOf(goRecord, ghsa(V31, 'HIGH', [{ introduced: '0.3.6' }, { fixed: '0.3.7' }]))
    )
    expect([f.id, f.severity, f.score]).toEqual(['GO-2021-0113', 'HIGH', 7.5])
  })

  test("without a vector the record's own rating is used (GHSA's MODERATE is MEDIUM); without either, UNKNOWN", () => {
    expect(matchPackages([text], dbOf(goRecord, ghsa(undefined, 'MODERATE')))[0]).toMatchObject({
      severity: 'MEDIUM'
    })
    expect(matchPackages([text], dbOf(goRecord))[0]).toMatchObject({ severity: 'UNKNOWN' })
    expect(matchPackages([text], dbOf(goRecord))[0].score).toBeUndefined()
  })

  test('a CVSS v4 vector comes before a v3 one; a mislabelled or invalid vector is ignored', () => {
    const v4 = 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:L/SC:N/SI:N/SA:N'
    const both = osv('GHSA-ppp9-7jff-5vj2', {
      aliases: ['GO-2021-0113'],
      severity: [
        { type: 'CVSS_V3', score: V31 },
        { type: 'CVSS_V4', score: v4 },
        { type: 'CVSS_V4', score: V31 },
        { type: 'CVSS_V4', score: 'CVSS:4.0/AV:N' }
      ],
      affected: [affected('Go', 'golang.org/x/text', fixedTo('0.3.7'))]
    })
    const [f] = matchPackages([text], dbOf(goRecord, both))
    expect([f.vector, f.severity]).toEqual([v4, 'MEDIUM'])
  })

  test('withdrawn records are skipped', () => {
    const gone = osv('GO-2021-0113', { ...goRecord, withdrawn: '2024-01-01T00:00:00Z' })
    expect(ids(matchPackages([text], dbOf(gone)))).toEqual([])
  })

  test('unrelated records stay separate findings, sorted by id; fixed versions lowest first', () => {
    const other = osv('GO-2022-1059', {
      aliases: ['CVE-2022-32149'],
      affected: [affected('Go', 'golang.org/x/text', fixedTo('0.3.8'))]
    })
    const twoRanges = osv('GO-2020-0015', {
      affected: [
        affected('Go', 'golang.org/x/text', [
          { introduced: '0.3.5' },
          { fixed: '0.3.6' },
          { introduced: '0' },
          { fixed: '0.3.3' }
        ])
      ]
    })
    const multi = osv('GO-2099-0001', {
      affected: [
        affected('Go', 'golang.org/x/text', [{ introduced: '0' }, { fixed: '0.4.0' }]),
        affected('Go', 'golang.org/x/text', [{ introduced: '0.3.0' }, { fixed: '0.3.9' }])
      ]
    })
    const f = matchPackages([text], dbOf(goRecord, other, twoRanges, multi))
    expect(ids(f)).toEqual(['GO-2020-0015', 'GO-2021-0113', 'GO-2022-1059', 'GO-2099-0001'])
    expect(f[3].fixed).toEqual(['v0.3.9', 'v0.4.0'])
  })

  test('ignoreUnfixed, filterSeverity and countBySeverity', () => {
    const unfixed = osv('GO-2099-0002', {
      affected: [affected('Go', 'golang.org/x/text', [{ introduced: '0' }])]
    })
    const f = matchPackages([text], dbOf(goRecord, ghsa(V31), unfixed))
    expect(ids(ignoreUnfixed(f))).toEqual(['GO-2021-0113'])
    expect(ids(filterSeverity(f, ['HIGH', 'CRITICAL']))).toEqual(['GO-2021-0113'])
    expect(ids(filterSeverity(f, ['UNKNOWN']))).toEqual(['GO-2099-0002'])
    expect(countBySeverity(f)).toEqual({ UNKNOWN: 1, LOW: 0, MEDIUM: 0, HIGH: 1, CRITICAL: 0 })
  })
})
