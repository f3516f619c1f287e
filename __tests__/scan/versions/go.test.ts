// Go version ordering: the rules golang.org/x/mod/semver documents (SemVer 2.0 precedence, build metadata
// ignored, `v1`/`v1.2` shorthands) and the pseudo-version forms of the Go modules reference ("Pseudo-versions":
// each sorts above its base version and below the next tagged version). The integration tier compares the
// whole order of every version in the vulnerability database snapshot with x/mod/semver itself.
import { compareGo, goTagToSemver, isGoVersion, parseGoVersion } from '../../../src/scan/versions/go.js'

const sign = (n: number): number => Math.sign(n)

describe('compareGo', () => {
  test.each([
    // semver.org §11's example chain, as x/mod/semver orders it
    ['v1.0.0-alpha', 'v1.0.0-alpha.1'],
    ['v1.0.0-alpha.1', 'v1.0.0-alpha.beta'],
    ['v1.0.0-alpha.beta', 'v1.0.0-beta'],
    ['v1.0.0-beta', 'v1.0.0-beta.2'],
    ['v1.0.0-beta.2', 'v1.0.0-beta.11'],
    ['v1.0.0-beta.11', 'v1.0.0-rc.1'],
    ['v1.0.0-rc.1', 'v1.0.0'],
    ['v1.9.0', 'v1.10.0'],
    ['v0.3.5', '0.3.7'],
    // pseudo-versions: no base; base is a release (patch+1 with -0.); base is a prerelease (.0.)
    ['v0.0.0-20170915032832-14c0d48ead0c', 'v0.0.0-20190101000000-abcdefabcdef'],
    ['v0.0.0-20190101000000-abcdefabcdef', 'v0.1.0'],
    ['v1.2.3', 'v1.2.4-0.20190101000000-abcdefabcdef'],
    ['v1.2.4-0.20190101000000-abcdefabcdef', 'v1.2.4'],
    ['v1.2.4-pre', 'v1.2.4-pre.0.20190101000000-abcdefabcdef'],
    ['v1.2.4-pre.0.20190101000000-abcdefabcdef', 'v1.2.4-pre.1'],
    // +incompatible majors order by their numbers
    ['v2.0.0+incompatible', 'v2.1.0+incompatible'],
    ['v1.9.9', 'v2.0.0+incompatible']
  ])('%s < %s', (a, b) => {
    expect(sign(compareGo(a, b))).toBe(-1)
    expect(sign(compareGo(b, a))).toBe(1)
  })

  test.each([
    ['v2.0.0+incompatible', 'v2.0.0'],
    ['v1.2.3+meta', '1.2.3'],
    ['v1', 'v1.0.0'],
    ['v1.2', 'v1.2.0'],
    ['1.22.3', 'v1.22.3']
  ])('%s = %s', (a, b) => expect(compareGo(a, b)).toBe(0))

  test('what is not a version is refused, not ordered', () => {
    for (const v of ['(devel)', '', 'v1.2.3.4', 'v01.2.3', 'v1.2.3-01', 'master', 'v1.2-pre', 'go1.22.3'])
      expect(isGoVersion(v)).toBe(false)
    expect(() => compareGo('(devel)', 'v1.0.0')).toThrow(/not a Go version/)
    expect(parseGoVersion('v1.2.3-rc.1+build')?.prerelease).toEqual(['rc', 1])
  })
})

describe('goTagToSemver', () => {
  test.each([
    ['go1.22.3', 'v1.22.3'],
    ['go1.21.0', 'v1.21.0'],
    ['go1.20', 'v1.20.0'],
    ['go1', 'v1.0.0'],
    ['go1.21rc2', 'v1.21.0-rc.2'],
    ['go1.9beta1', 'v1.9.0-beta.1'],
    ['go1.26.8 X:jsonv2', 'v1.26.8']
  ])('%s → %s', (tag, v) => expect(goTagToSemver(tag)).toBe(v))

  test.each(['devel +abcdef', 'go1.0', '1.22.3', '', 'gox'])('%j is not a release', tag =>
    expect(goTagToSemver(tag)).toBeUndefined()
  )
})
