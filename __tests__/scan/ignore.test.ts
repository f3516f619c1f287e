// The ignorefile in both of Trivy's forms: ids and aliases, expiry (before, on and after the date), paths
// and purls narrowing a rule, bad dates as UserErrors naming the file and line.

import { mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {
  applyIgnores,
  describeExpired,
  isExpired,
  parseIgnoreFile,
  purlMatches,
  readIgnoreFile
} from '../../src/scan/ignore.js'
import type { Finding } from '../../src/scan/model.js'
import { UserError } from '../../src/util/errors.js'

const vuln = (
  id: string,
  aliases: string[],
  paths: string[],
  purl = 'pkg:golang/golang.org/x/text@v0.3.5'
): Finding => ({
  class: 'vulnerability',
  id,
  aliases,
  severity: 'HIGH',
  title: `${id} title`,
  package: { name: 'golang.org/x/text', ecosystem: 'Go', version: 'v0.3.5', purl, kind: 'go-module' },
  installed: 'v0.3.5',
  fixed: ['v0.3.7'],
  locations: paths.map(p => ({ path: p }))
})

const findings: Finding[] = [
  vuln('GO-2021-0113', ['CVE-2021-38561', 'GHSA-ppp9-7jff-5vj2'], ['app-amd64', 'app-arm64']),
  vuln('GO-2022-1059', ['CVE-2022-32149'], ['app-amd64']),
  vuln(
    'CVE-2023-0464',
    [],
    ['lib/apk/db/installed'],
    'pkg:apk/alpine/libcrypto3@3.0.8-r0?arch=x86_64&distro=3.17.2'
  ),
  {
    class: 'secret',
    id: 'aws-access-key-id',
    aliases: [],
    severity: 'CRITICAL',
    title: 'AWS key',
    locations: [{ path: 'etc/app.env', line: 3 }]
  }
]

const day = (s: string): Date => new Date(`${s}T12:00:00Z`)

describe('plain .trivyignore', () => {
  const text = `# accepted risks
CVE-2021-38561   exp:2030-01-01  # by alias, not yet expired
GO-2022-1059 exp:2024-06-30

aws-access-key-id
`
  test('parses ids, comments and expiry with line numbers', () => {
    const { rules } = parseIgnoreFile(text, '.trivyignore')
    expect(rules).toEqual([
      {
        applies: 'any',
        id: 'CVE-2021-38561',
        expiredAt: '2030-01-01',
        source: { file: '.trivyignore', line: 2 }
      },
      {
        applies: 'any',
        id: 'GO-2022-1059',
        expiredAt: '2024-06-30',
        source: { file: '.trivyignore', line: 3 }
      },
      { applies: 'any', id: 'aws-access-key-id', source: { file: '.trivyignore', line: 5 } }
    ])
  })

  test('matches by id or alias, and an expired rule stops applying and says so', () => {
    const { rules } = parseIgnoreFile(text, '.trivyignore')
    const before = applyIgnores(findings, rules, day('2024-06-29'))
    expect(before.findings.map(f => f.id)).toEqual(['CVE-2023-0464'])
    expect(before.ignored.map(i => `${i.finding.id}<-${i.rule.id}`)).toEqual([
      'GO-2021-0113<-CVE-2021-38561',
      'GO-2022-1059<-GO-2022-1059',
      'aws-access-key-id<-aws-access-key-id'
    ])
    expect(before.expired).toEqual([])

    const after = applyIgnores(findings, rules, day('2024-06-30'))
    expect(after.findings.map(f => f.id)).toEqual(['GO-2022-1059', 'CVE-2023-0464'])
    expect(after.expired.map(e => [e.rule.id, e.wouldMatch])).toEqual([['GO-2022-1059', 1]])
    expect(describeExpired(after.expired[0])).toBe(
      '.trivyignore line 3: the ignore for GO-2022-1059 expired on 2024-06-30; it no longer applies (1 finding reported again).'
    )
  })

  test('expiry starts at 00:00 UTC of the date', () => {
    const rule = { applies: 'any' as const, id: 'X', expiredAt: '2024-06-30', source: { file: 'f' } }
    expect(isExpired(rule, new Date('2024-06-29T23:59:59Z'))).toBe(false)
    expect(isExpired(rule, new Date('2024-06-30T00:00:00Z'))).toBe(true)
    expect(isExpired({ ...rule, expiredAt: undefined }, new Date('2999-01-01'))).toBe(false)
  })

  test.each([
    ['CVE-1 exp:2024-13-01', 1, '2024-13-01'],
    ['\n\nCVE-1 exp:2024-02-30', 3, '2024-02-30'],
    ['CVE-1 exp:tomorrow', 1, 'tomorrow'],
    ['# x\nCVE-1 exp:24-01-01', 2, '24-01-01']
  ])('a bad date (%j) is a UserError naming ignorefile and the line', (content, line, value) => {
    const err = (() => {
      try {
        parseIgnoreFile(content, '.trivyignore')
      } catch (e) {
        return e
      }
    })()
    expect(err).toBeInstanceOf(UserError)
    expect((err as UserError).input).toBe('ignorefile')
    expect((err as Error).message).toContain(
      `.trivyignore line ${line}: "${value}" is not a date (expected exp:YYYY-MM-DD)`
    )
  })
})

describe('.trivyignore.yaml', () => {
  const yaml = `vulnerabilities:
  - id: CVE-2021-38561
    paths:
      - "app-arm64"
    statement: arm64 build does not parse untrusted language tags
  - id: CVE-2023-0464
    purls:
      - pkg:apk/alpine/libcrypto3
    expired_at: 2030-01-01
  - id: GO-2022-1059
    expired_at: 2024-01-01
misconfigurations:
  - id: GO-2021-0113
secrets:
  - id: aws-access-key-id
    paths: ["etc/*.env"]
licenses:
  - id: GPL-3.0
`
  test('parses entries per class, with lines, and warns about lists it does not support', () => {
    const { rules, warnings } = parseIgnoreFile(yaml, '.trivyignore.yaml')
    expect(rules.map(r => [r.applies, r.id, r.source.line, r.expiredAt ?? null])).toEqual([
      ['vulnerability', 'CVE-2021-38561', 2, null],
      ['vulnerability', 'CVE-2023-0464', 6, '2030-01-01'],
      ['vulnerability', 'GO-2022-1059', 10, '2024-01-01'],
      ['misconfig', 'GO-2021-0113', 13, null],
      ['secret', 'aws-access-key-id', 15, null]
    ])
    expect(rules[0]).toMatchObject({
      paths: ['app-arm64'],
      statement: 'arm64 build does not parse untrusted language tags'
    })
    expect(warnings).toEqual([
      '.trivyignore.yaml: "licenses" is not supported (only vulnerabilities, misconfigurations and secrets); it is ignored.'
    ])
  })

  test('paths narrow a rule to locations, purls to packages, classes to their list', () => {
    const { rules } = parseIgnoreFile(yaml, '.trivyignore.yaml')
    const out = applyIgnores(findings, rules, day('2025-01-01'))
    // GO-2021-0113 stays for app-amd64 (only app-arm64 was ignored); the misconfigurations entry does not apply.
    expect(out.findings.map(f => `${f.id} ${f.locations.map(l => l.path).join(',')}`)).toEqual([
      'GO-2021-0113 app-amd64',
      'GO-2022-1059 app-amd64'
    ])
    expect(out.ignored.map(i => `${i.finding.id} ${i.finding.locations.map(l => l.path).join(',')}`)).toEqual(
      ['GO-2021-0113 app-arm64', 'CVE-2023-0464 lib/apk/db/installed', 'aws-access-key-id etc/app.env']
    )
    expect(out.expired.map(e => [e.rule.id, e.wouldMatch])).toEqual([['GO-2022-1059', 1]])
  })

  test('a bad expired_at names the file and its line; dates stay strings (no roll-over to March)', () => {
    const bad = 'vulnerabilities:\n  - id: A\n  - id: B\n    statement: x\n    expired_at: 2024-02-30\n'
    expect(() => parseIgnoreFile(bad, 'ci/.trivyignore.yaml')).toThrow(
      /^ignorefile: ci\/\.trivyignore\.yaml line 5: "2024-02-30" is not a date \(expected expired_at: YYYY-MM-DD\)/
    )
    const flow = 'secrets: [{id: A, expired_at: "31/12/2024"}]\n'
    expect(() => parseIgnoreFile(flow, '.trivyignore.yml')).toThrow(/line 1: "31\/12\/2024" is not a date/)
  })

  test('structural errors and invalid YAML are UserErrors', () => {
    expect(() => parseIgnoreFile('vulnerabilities: CVE-1\n', 'x.yaml')).toThrow(
      /ignorefile: x\.yaml: vulnerabilities is not a list/
    )
    expect(() => parseIgnoreFile('vulnerabilities:\n  - paths: [a]\n', 'x.yaml')).toThrow(
      /vulnerabilities\[0\] has no id/
    )
    expect(() => parseIgnoreFile('vulnerabilities:\n  - id: A\n    paths: a\n', 'x.yaml')).toThrow(
      /paths is not a list of strings/
    )
    expect(() => parseIgnoreFile('a: [\n', 'x.yaml')).toThrow(/x\.yaml is not valid YAML/)
    expect(parseIgnoreFile('', 'x.yaml').rules).toEqual([])
  })
})

describe('purls and files', () => {
  test.each([
    ['pkg:apk/alpine/libcrypto3', 'pkg:apk/alpine/libcrypto3@3.0.8-r0?arch=x86_64&distro=3.17.2', true],
    ['pkg:apk/alpine/libcrypto3@3.0.8-r0', 'pkg:apk/alpine/libcrypto3@3.0.8-r0?arch=x86_64', true],
    ['pkg:apk/alpine/libcrypto3@3.0.9-r0', 'pkg:apk/alpine/libcrypto3@3.0.8-r0', false],
    ['pkg:apk/alpine/libcrypto3?arch=aarch64', 'pkg:apk/alpine/libcrypto3@3.0.8-r0?arch=x86_64', false],
    ['pkg:golang/golang.org/x/text', 'pkg:golang/golang.org/x/text@v0.3.5', true],
    ['pkg:golang/golang.org/x/net', 'pkg:golang/golang.org/x/text@v0.3.5', false],
    ['not a purl', 'pkg:golang/x@v1', false]
  ])('%s matches %s: %s', (pattern, purl, ok) => {
    expect(purlMatches(pattern, purl)).toBe(ok)
  })

  test('the default file may be missing; a named one may not', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'gantry-ignore-'))
    expect(await readIgnoreFile(path.join(dir, '.trivyignore'), { required: false })).toEqual({
      rules: [],
      warnings: []
    })
    await expect(
      readIgnoreFile(path.join(dir, 'mine.yaml'), { display: 'mine.yaml', required: true })
    ).rejects.toThrow(/ignorefile: cannot read mine\.yaml: no such file/)
    await writeFile(path.join(dir, 'x.yml'), 'vulnerabilities:\n  - id: CVE-1\n')
    expect((await readIgnoreFile(path.join(dir, 'x.yml'), { required: true })).rules[0].id).toBe('CVE-1')
  })
})
