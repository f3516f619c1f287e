import { formatRef, parseRef, parseRepository, validateTag } from '../../src/model/image-ref.js'
import { UserError } from '../../src/util/errors.js'

describe('image references', () => {
  test.each([
    ['ghcr.io/org/app', 'ghcr.io', 'org/app'],
    ['127.0.0.1:5000/a/b', '127.0.0.1:5000', 'a/b'],
    ['localhost/app', 'localhost', 'app'],
    ['alpine', 'docker.io', 'library/alpine'],
    ['org/app', 'docker.io', 'org/app'],
    ['index.docker.io/org/app', 'docker.io', 'org/app'],
    ['reg.example.com:443/a/b-c/d__e.f', 'reg.example.com:443', 'a/b-c/d__e.f']
  ])('%s', (name, registry, path) => {
    expect(parseRepository(name)).toEqual({ registry, path })
  })

  test.each([
    ['ghcr.io/Org/App', /must be lower-case/],
    ['MyApp', /must be lower-case/],
    ['ghcr.io/org/app:1.0', /has a tag/],
    ['ghcr.io/org/app@sha256:' + 'a'.repeat(64), /has a digest/],
    ['bad_host.example.com/app', /is not a registry host/],
    ['reg.example.com:99999/app', /is not a registry host/],
    ['ghcr.io/org/-app', /not a valid path component/],
    ['ghcr.io/org//app', /not a valid path component/],
    ['', /is empty/]
  ])('rejects %s', (name, why) => {
    expect(() => parseRepository(name, 'images')).toThrow(UserError)
    expect(() => parseRepository(name, 'images')).toThrow(why)
    expect(() => parseRepository(name, 'images')).toThrow(/^images: /)
  })

  test('tags: grammar and the 128-character limit', () => {
    expect(validateTag('v1.2.3-rc.1_x')).toBe('v1.2.3-rc.1_x')
    expect(validateTag('a'.repeat(128))).toHaveLength(128)
    expect(() => validateTag('a'.repeat(129))).toThrow(/129 characters long; tags have at most 128/)
    for (const bad of ['-x', '.x', 'a/b', 'a:b', 'a b', 'ä', ''])
      expect(() => validateTag(bad, 'tags')).toThrow(/^tags: .*not a valid tag/)
  })

  test('full references round-trip', () => {
    const d = 'sha256:' + 'b'.repeat(64)
    expect(formatRef(parseRef(`ghcr.io/org/app:1.0@${d}`))).toBe(`ghcr.io/org/app:1.0@${d}`)
    expect(parseRef('127.0.0.1:5000/a:latest')).toMatchObject({
      registry: '127.0.0.1:5000',
      path: 'a',
      tag: 'latest'
    })
    expect(() => parseRef('ghcr.io/a@sha256:xyz', 'merge')).toThrow(/^merge: .*not a sha256 digest/)
  })
})
