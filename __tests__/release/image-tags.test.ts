// Image tag rules and names: pure functions, table tests.
import { validateImage } from '../../src/model/image-ref.js'
import {
  defaultRules,
  evaluateTags,
  parseRule,
  sanitizeTag,
  type TagContext
} from '../../src/release/image-tags.js'
import { sv } from '../../src/model/semver.js'
import type { VersionedTag } from '../../src/release/version.js'

const tags = (...vs: string[]): VersionedTag[] =>
  vs.map(v => ({ name: `v${v}`, version: sv(v), commit: 'c', annotated: false }))

const ctx = (over: Partial<TagContext>): TagContext => ({
  version: sv('1.0.0'),
  tag: 'v1.0.0',
  versioned: true,
  tags: [],
  latest: 'auto',
  eventName: 'push',
  sha: 'abcdef0123456789abcdef0123456789abcdef01',
  time: 1_700_000_000,
  ...over
})

test('sanitised to the Docker grammar and cut to 128 characters', () => {
  expect(sanitizeTag('feature/Add Thing!')).toBe('feature-Add-Thing-')
  expect(sanitizeTag('.hidden')).toBe('hidden')
  expect(sanitizeTag('x'.repeat(300))).toHaveLength(128)
  const r = evaluateTags(defaultRules(), ctx({ versioned: false, branch: `feature/${'y'.repeat(200)}` }))
  expect(r.names[0]).toMatch(/^feature-y+$/)
  expect(r.names[0]).toHaveLength(128)
})

test.each([
  ['1.4.2', ['1.4.0', '1.4.1', '2.0.0'], ['1.4.2', '1.4', '1', 'sha-abcdef0']],
  ['1.3.9', ['1.4.0'], ['1.3.9', '1.3', 'sha-abcdef0']],
  ['2.1.0', ['1.9.0', '2.1.0-rc.1'], ['2.1.0', '2.1', '2', 'latest', 'sha-abcdef0']],
  ['0.4.0', ['0.3.0'], ['0.4.0', '0.4', 'latest', 'sha-abcdef0']],
  ['3.0.0-rc.10', ['3.0.0-rc.2', '2.0.0'], ['3.0.0-rc.10', 'sha-abcdef0']]
])('version %s among %j', (v, existing, expected) => {
  expect(evaluateTags(defaultRules(), ctx({ version: sv(v), tags: tags(...existing, v) })).names).toEqual(
    expected
  )
})

test('metadata-action style rules', () => {
  const rules = [
    'type=semver,pattern={{major}}',
    'type=semver,pattern=v{{major}}.{{minor}}.{{patch}},suffix=-alpine',
    'type=ref,event=branch,prefix=br-',
    'type=raw,value=stable,enable={{is_default_branch}}',
    'type=edge,branch=develop',
    'type=sha,format=long,prefix='
  ].map(parseRule)
  const r = evaluateTags(
    rules,
    ctx({ version: sv('0.2.0'), branch: 'main', defaultBranch: 'main', latest: 'false' })
  )
  // {{major}} asked for explicitly applies while the major is 0.
  expect(r.names).toEqual([
    '0',
    'v0.2.0-alpine',
    'br-main',
    'stable',
    'abcdef0123456789abcdef0123456789abcdef01'
  ])
  expect(parseRule('edge-build')).toMatchObject({ type: 'raw', value: 'edge-build' })
  expect(() => parseRule('type=semver')).toThrow(/^tags: rule "type=semver": type=semver needs a pattern/)
  expect(() => parseRule('type=ref,event=push')).toThrow(/event=branch, event=tag or event=pr/)
  expect(() => parseRule('type=semver,pattern={{build}}')).toThrow(/unknown placeholder/)
})

test.each([
  ['ghcr.io/octo/hello', true],
  ['localhost:5000/a/b', true],
  ['hello', true],
  ['docker.io/library/alpine', true],
  ['ghcr.io/octo/hello:1.0', false],
  ['ghcr.io/octo/hello@sha256:00', false],
  ['-bad.io/x', false],
  ['ghcr.io:port/x', false],
  ['ghcr.io/a//b', false],
  ['ghcr.io/a--b_', false]
])('image %s valid: %s', (image, ok) => {
  if (ok) expect(validateImage(image)).toBe(image)
  else expect(() => validateImage(image)).toThrow(/^images: /)
})

describe('global expressions (metadata-action)', () => {
  const c = ctx({
    version: sv('1.4.0'),
    tag: 'v1.4.0',
    versioned: false,
    branch: 'feature/x',
    defaultBranch: 'main',
    latest: 'false'
  })
  test.each([
    ['type=raw,value={{branch}}-{{sha}}', c, ['feature-x-abcdef0']],
    ['type=sha,prefix={{branch}}-', c, ['feature-x-abcdef0']],
    ['type=raw,value=v-{{tag}}', ctx({ refTag: 'v1.4.0', latest: 'false' }), ['v-v1.4.0']],
    // On a branch, {{tag}} is the release tag once HEAD carries it, else empty (and an empty value gives none).
    ['type=raw,value={{tag}}', c, []],
    ['type=raw,value={{tag}}', ctx({ branch: 'main', latest: 'false' }), ['v1.0.0']],
    [
      'type=raw,value=pr-into-{{base_ref}}',
      ctx({ pullRequest: 7, baseRef: 'main', latest: 'false' }),
      ['pr-into-main']
    ],
    ['type=raw,value=default-{{is_default_branch}}', c, ['default-false']],
    ["type=raw,value=build-{{date 'YYYYMMDD-HHmmss'}}", c, ['build-20231114-221320']],
    ["type=raw,value={{commit_date 'YYYY.M.D' tz='Asia/Tokyo'}}", c, ['2023.11.15']],
    ["type=raw,value={{date 'YY[w]MM'}}", c, ['23w11']]
  ])('%s', (rule, context, expected) => {
    expect(evaluateTags([parseRule(rule)], context).names).toEqual(expected)
  })

  test('a schedule pattern takes a date', () => {
    const r = evaluateTags(
      [parseRule("type=schedule,pattern=nightly-{{date 'YYYYMMDD'}}")],
      ctx({ eventName: 'schedule', latest: 'false' })
    )
    expect(r.names).toEqual(['nightly-20231114'])
  })

  test.each([
    ['type=raw,value={{branchname}}', /unknown placeholder \{\{branchname\}\} in value=/],
    ['type=raw,value={{ branch }', /unknown placeholder/],
    ['type=sha,prefix={{version}}-', /unknown placeholder \{\{version\}\} in prefix=/],
    ['type=raw,value={{date}}', /needs a format/],
    ["type=raw,value={{date 'YYYYMMDD dddd'}}", /date format token "dddd" is not supported/],
    ["type=raw,value={{date 'YYYY' tz='Mars/Olympus'}}", /unknown time zone "Mars\/Olympus"/],
    [
      'type=semver,pattern={{version}},value=v1.0.0',
      /value= would be ignored.*Fix: drop value= and set the version input/
    ],
    ['type=sha,value=x', /type=sha does not read value=/],
    ['type=ref,event=branch,pattern={{version}}', /type=ref does not read pattern=/],
    ['type=raw,value=x,format=long', /type=raw does not read format=/],
    ['type=raw,value=x,enable=maybe', /enable "maybe" is not understood/]
  ])('%s is refused', (rule, message) => {
    expect(() => parseRule(rule)).toThrow(message)
  })
})

describe('latest: auto follows the rules, as in metadata-action', () => {
  const stable = ctx({ version: sv('1.2.0'), tags: tags('1.1.0', '1.2.0'), refTag: 'v1.2.0' })
  test('only type=raw rules: no latest, and a note says why', () => {
    const r = evaluateTags([parseRule('type=raw,value=stable')], stable)
    expect(r.names).toEqual(['stable'])
    expect(r.notes.join('\n')).toMatch(/latest: no type=semver or type=ref,event=tag rule/)
  })
  test('type=ref,event=tag names the version: latest for the highest stable', () => {
    expect(evaluateTags([parseRule('type=ref,event=tag')], stable).names).toEqual(['v1.2.0', 'latest'])
  })
  test('latest: true adds it to any rule set', () => {
    expect(evaluateTags([parseRule('type=raw,value=stable')], { ...stable, latest: 'true' }).names).toEqual([
      'latest',
      'stable'
    ])
  })
})

test('build metadata stays in {{version}}, with + made -; floating tags drop it', () => {
  const r = evaluateTags(defaultRules(), ctx({ version: sv('1.2.3+build.5'), tags: tags('1.2.3+build.5') }))
  expect(r.names).toEqual(['1.2.3-build.5', '1.2', '1', 'latest', 'sha-abcdef0'])
})
