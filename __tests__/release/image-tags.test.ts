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
