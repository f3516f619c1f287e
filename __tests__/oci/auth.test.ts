// WWW-Authenticate challenges as registries send them.
import { parseChallenge } from '../../src/oci/auth.js'

describe('parseChallenge', () => {
  test.each([
    [
      'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/alpine:pull"',
      {
        scheme: 'bearer',
        params: {
          realm: 'https://auth.docker.io/token',
          service: 'registry.docker.io',
          scope: 'repository:library/alpine:pull'
        }
      }
    ],
    // Scopes with commas inside quotes, spaces after commas, escaped quotes, an unquoted token.
    [
      'Bearer realm="https://ghcr.io/token", service="ghcr.io",scope="repository:o/a:pull,push repository:o/b:pull", error=insufficient_scope',
      {
        scheme: 'bearer',
        params: {
          realm: 'https://ghcr.io/token',
          service: 'ghcr.io',
          scope: 'repository:o/a:pull,push repository:o/b:pull',
          error: 'insufficient_scope'
        }
      }
    ],
    ['Basic realm="a \\"quoted\\" realm"', { scheme: 'basic', params: { realm: 'a "quoted" realm' } }],
    ['basic', { scheme: 'basic', params: {} }]
  ])('%s', (header, expected) => {
    expect(parseChallenge(header)).toEqual(expected)
  })

  test('nothing to parse', () => {
    expect(parseChallenge(undefined)).toBeUndefined()
    expect(parseChallenge('')).toBeUndefined()
  })
})
