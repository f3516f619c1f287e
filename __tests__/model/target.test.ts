import {
  normalizeTarget,
  parseId,
  parsePlatform,
  toGoEnv,
  toId,
  goreleaserArchiveArch,
  toPlatform,
  executableName
} from '../../src/model/target.js'
import { UserError } from '../../src/util/errors.js'

describe('target model', () => {
  test.each([
    ['linux/arm', 'linux/arm/v7', 'linux_arm_7', { GOOS: 'linux', GOARCH: 'arm', GOARM: '7' }],
    ['linux/arm/v6', 'linux/arm/v6', 'linux_arm_6', { GOOS: 'linux', GOARCH: 'arm', GOARM: '6' }],
    ['linux/arm64/v8', 'linux/arm64', 'linux_arm64_v8.0', { GOOS: 'linux', GOARCH: 'arm64' }],
    [
      'linux/arm64/v8.2',
      'linux/arm64/v8.2',
      'linux_arm64_v8.2',
      { GOOS: 'linux', GOARCH: 'arm64', GOARM64: 'v8.2' }
    ],
    ['linux/amd64', 'linux/amd64', 'linux_amd64_v1', { GOOS: 'linux', GOARCH: 'amd64' }],
    ['linux/amd64/v1', 'linux/amd64', 'linux_amd64_v1', { GOOS: 'linux', GOARCH: 'amd64' }],
    ['linux/amd64/v3', 'linux/amd64/v3', 'linux_amd64_v3', { GOOS: 'linux', GOARCH: 'amd64', GOAMD64: 'v3' }],
    ['windows/386', 'windows/386', 'windows_386_sse2', { GOOS: 'windows', GOARCH: '386' }],
    [
      'linux/mips/softfloat',
      'linux/mips/softfloat',
      'linux_mips_softfloat',
      { GOOS: 'linux', GOARCH: 'mips', GOMIPS: 'softfloat' }
    ],
    ['Linux/AMD64', 'linux/amd64', 'linux_amd64_v1', { GOOS: 'linux', GOARCH: 'amd64' }],
    ['linux/s390x', 'linux/s390x', 'linux_s390x', { GOOS: 'linux', GOARCH: 's390x' }]
  ])('%s -> %s, %s', (input, platform, id, env) => {
    const t = parsePlatform(input)
    expect(toPlatform(t)).toBe(platform)
    expect(toId(t)).toBe(id)
    expect(toGoEnv(t)).toEqual(env)
    expect(parseId(id)).toEqual(t)
    expect(parsePlatform(platform)).toEqual(t)
  })

  test.each(['linux', 'linux/arm/v9', 'linux/amd64/v5', 'linux/s390x/v2', 'linux/arm/v7/x', ''])(
    '%s is a UserError',
    bad => {
      expect(() => parsePlatform(bad, 'targets')).toThrow(UserError)
    }
  )

  test('errors name the input', () => {
    const call = (): unknown => parsePlatform('linux/arm/v9', 'platforms')
    expect(call).toThrow(UserError)
    expect(call).toThrow(/^platforms: .*v5, v6, v7/)
  })

  test('windows executables get .exe', () => {
    expect(executableName('hello', { goos: 'windows', goarch: 'amd64' })).toBe('hello.exe')
    expect(executableName('hello', { goos: 'linux', goarch: 'amd64' })).toBe('hello')
    expect(normalizeTarget({ goos: 'linux', goarch: 'arm64', variant: 'v8.0' })).toEqual({
      goos: 'linux',
      goarch: 'arm64'
    })
  })
})

test.each([
  ['linux/amd64', 'amd64'],
  ['linux/amd64/v3', 'amd64v3'],
  ['linux/arm/v7', 'armv7'],
  ['linux/arm/v6', 'armv6'],
  ['linux/arm64', 'arm64'],
  ['linux/mips', 'mips_hardfloat'],
  ['linux/mipsle/softfloat', 'mipsle_softfloat'],
  ['windows/386', '386']
])("%s in GoReleaser's archive names: %s", (platform, arch) => {
  expect(goreleaserArchiveArch(parsePlatform(platform))).toBe(arch)
})
