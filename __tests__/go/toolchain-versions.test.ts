// Go version order (as Go's gover package orders them) and go.mod's go and toolchain lines against the
// toolchain that builds.
import { checkGoLines, compareGoVersions } from '../../src/go/toolchain.js'

test.each([
  ['1.21', '1.21rc1', -1],
  ['1.21rc1', '1.21.0', -1],
  ['1.21.0', '1.21.1', -1],
  ['1.21rc2', '1.21rc10', -1],
  ['1.21beta1', '1.21rc1', -1],
  ['go1.26.8', '1.26.8', 0],
  ['1.25.0', 'go1.26.8', -1],
  ['go1.27.0', 'go1.26.8', 1],
  ['1.9', '1.10', -1],
  ['2', '1.99', 1]
])('%s vs %s: %d', (a, b, sign) => {
  expect(Math.sign(compareGoVersions(a, b)!)).toBe(sign)
  expect(Math.sign(compareGoVersions(b, a)!)).toBe(sign === 0 ? 0 : -sign)
})

test('what is not a Go version does not compare', () => {
  expect(compareGoVersions('devel go1.27-abcdef', '1.26')).toBeUndefined()
  expect(compareGoVersions('default', 'go1.26.8')).toBeUndefined()
})

test('go line above the toolchain: an error with the fix; toolchain line above it: a warning', () => {
  expect(() => checkGoLines({ go: '1.30' }, 'go1.26.8', '/m/go.mod')).toThrow(
    /^working-directory: \/m\/go.mod says go 1\.30, but the Go toolchain is go1\.26\.8\. Fix: install Go 1\.30 or later/
  )
  expect(checkGoLines({ go: '1.25.0', toolchain: 'go1.27.0' }, 'go1.26.8', '/m/go.mod')).toEqual([
    expect.stringMatching(/^\/m\/go\.mod asks for toolchain go1\.27\.0, but go1\.26\.8 builds/)
  ])
  expect(checkGoLines({ go: '1.26', toolchain: 'go1.26.8' }, 'go1.26.8', '/m/go.mod')).toEqual([])
  expect(checkGoLines({}, 'go1.26.8', '/m/go.mod')).toEqual([])
})
