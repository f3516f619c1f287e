// The rules of Debian Policy §5.6.12 and of apk's version grammar, one case each, beside the vector files.
import { compareAlpine } from '../../../src/scan/versions/alpine.js'
import { compareDebian, parseDebianVersion } from '../../../src/scan/versions/debian.js'
import { ecosystemFamily, ecosystemOrder, ecosystemRelease } from '../../../src/scan/versions/ecosystem.js'

const lt = (cmp: (a: string, b: string) => number, a: string, b: string): void => {
  expect([Math.sign(cmp(a, b)), Math.sign(cmp(b, a))]).toEqual([-1, 1])
}

describe('Debian', () => {
  test('epoch, upstream, revision', () => {
    expect(parseDebianVersion('1:2.30-4+deb12u1')).toEqual({
      epoch: '1',
      upstream: '2.30',
      revision: '4+deb12u1'
    })
    expect(parseDebianVersion('2.30-1-2')).toEqual({ epoch: '0', upstream: '2.30-1', revision: '2' })
    expect(parseDebianVersion('2.30')).toEqual({ epoch: '0', upstream: '2.30', revision: '0' })
    lt(compareDebian, '9.9-9', '1:0.1-1') // the epoch wins
    lt(compareDebian, '1.2-10', '1.2.1-1') // upstream before revision
    lt(compareDebian, '1.2-9', '1.2-10') // digit runs are numbers
  })
  test('~ sorts before everything, even the end; letters before other characters', () => {
    lt(compareDebian, '1.0~rc1', '1.0')
    lt(compareDebian, '1.0~~', '1.0~')
    lt(compareDebian, '1.0~rc1-1', '1.0-1')
    lt(compareDebian, '1.0a', '1.0+')
    lt(compareDebian, '1.0', '1.0a')
    lt(compareDebian, '2.7.4-13', '2.7.4-13+deb9u1')
    expect(compareDebian('1.0-00', '1.0')).toBe(0)
    expect(compareDebian('0:1.0', '1.0')).toBe(0)
  })
  test('numbers longer than a double still order', () => {
    lt(compareDebian, '1.99999999999999999998', '1.99999999999999999999')
  })
})

describe('Alpine', () => {
  test('numbers, letters, revisions', () => {
    lt(compareAlpine, '1.2.9', '1.2.10')
    lt(compareAlpine, '1.2.3', '1.2.3a')
    lt(compareAlpine, '1.2.3a', '1.2.3b')
    lt(compareAlpine, '1.2.3-r9', '1.2.3-r10')
    lt(compareAlpine, '1.2.3', '1.2.3-r1')
    expect(compareAlpine('1.2.3-r0', '1.2.3')).toBe(1) // an explicit revision is more than none, as apk has it
  })
  test('suffix ranks: _alpha < _beta < _pre < _rc < (none) < _cvs < _svn < _git < _hg < _p', () => {
    const chain = [
      '1.2_alpha',
      '1.2_beta',
      '1.2_pre',
      '1.2_rc',
      '1.2',
      '1.2_cvs',
      '1.2_svn',
      '1.2_git',
      '1.2_hg',
      '1.2_p'
    ]
    for (let i = 1; i < chain.length; i++) lt(compareAlpine, chain[i - 1], chain[i])
    lt(compareAlpine, '1.0_rc1', '1.0_rc2')
    lt(compareAlpine, '1.0_p1', '1.0_p2')
    lt(compareAlpine, '1.2_rc9', '1.2-r0')
  })
  test("apk-tools 2's quirk: after a dotted 0 a pre-release suffix does not sort below the bare version", () => {
    // apk reads `.0` as a zero-run token followed by an empty number token, so `1.0_rc1` continues with a
    // number where `1.0` has ended, and the longer one is the larger: apk itself orders them this way.
    lt(compareAlpine, '1.0', '1.0_rc1')
    lt(compareAlpine, '1.1_rc1', '1.1')
  })
  test('a dotted component with leading zeros compares as a fraction', () => {
    lt(compareAlpine, '1.001', '1.01')
    lt(compareAlpine, '1.01', '1.1')
    lt(compareAlpine, '1.09', '1.1')
  })
})

describe('ecosystems', () => {
  test('family and release', () => {
    expect([ecosystemFamily('Alpine:v3.20'), ecosystemRelease('Alpine:v3.20')]).toEqual(['Alpine', 'v3.20'])
    expect([ecosystemFamily('Go'), ecosystemRelease('Go')]).toEqual(['Go', undefined])
    expect(ecosystemOrder('Debian:12')?.compare('1.0~rc1', '1.0')).toBe(-1)
    expect(ecosystemOrder('npm')).toBeUndefined()
    expect(ecosystemOrder('Go')?.valid('(devel)')).toBe(false)
  })
})
