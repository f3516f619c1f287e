// plan against the real toolchain's `go tool dist list -json`.
import { distList, type Port } from '../../src/go/toolchain.js'
import { plan, resolveTargets } from '../../src/go/plan.js'
import { toPlatform } from '../../src/model/target.js'
import { UserError } from '../../src/util/errors.js'
import { testHost } from '../helpers/host.js'

let ports: Port[]
beforeAll(async () => {
  ports = await distList(testHost())
})

const platforms = (items: string[]): string[] => resolveTargets(items, ports).targets.map(toPlatform)

describe('resolveTargets with the installed toolchain', () => {
  test('default is GoReleaser’s eight', () => {
    expect(platforms(['default'])).toEqual([
      'darwin/amd64',
      'darwin/arm64',
      'linux/386',
      'linux/amd64',
      'linux/arm64',
      'windows/386',
      'windows/amd64',
      'windows/arm64'
    ])
  })
  test('first-class and all follow dist list', () => {
    const fc = ports.filter(p => p.firstClass && !p.broken).length
    expect(platforms(['first-class'])).toHaveLength(fc)
    expect(platforms(['all'])).toHaveLength(ports.filter(p => !p.broken).length)
    expect(platforms(['first-class'])).toContain('linux/arm/v7')
  })
  test('OCI semantics: arm means v7, arm64/v8 is arm64, duplicates collapse', () => {
    expect(platforms(['linux/arm', 'linux/arm/v7', 'linux/arm64/v8', 'linux/arm64', 'linux/arm/v6'])).toEqual(
      ['linux/arm/v6', 'linux/arm/v7', 'linux/arm64']
    )
  })
  test('exclusions: !os/arch drops every variant, !os/arch/variant only that one', () => {
    expect(platforms(['default', '!windows/386', '!darwin/amd64'])).not.toContain('windows/386')
    expect(platforms(['linux/arm/v6', 'linux/arm/v7', 'linux/arm64', '!linux/arm'])).toEqual(['linux/arm64'])
    expect(platforms(['linux/arm/v6', 'linux/arm/v7', '!linux/arm/v6'])).toEqual(['linux/arm/v7'])
    expect(() => platforms(['linux/arm', '!linux/arm'])).toThrow(/remove every target/)
  })
  test('an unknown target suggests the nearest ports', () => {
    expect(() => platforms(['linux/amd46'])).toThrow(
      /unknown target "linux\/amd46".*did you mean linux\/amd64/
    )
    expect(() => platforms(['lnux/arm64'])).toThrow(/did you mean linux\/arm64/)
    expect(() => platforms(['amd64'])).toThrow(UserError)
    expect(() => platforms(['!default'])).toThrow(/cannot be excluded/)
  })
  test('amd64/v3 alone warns', () => {
    const { warnings } = resolveTargets(['linux/amd64/v3'], ports)
    expect(warnings.join()).toMatch(/linux\/amd64\/v3 has no plain linux\/amd64/)
    expect(resolveTargets(['linux/amd64/v3', 'linux/amd64'], ports).warnings).toEqual([])
  })
})

test('plan builds the matrix and the image platforms', async () => {
  const r = await plan(
    { targets: ['linux/arm/v7', 'linux/amd64/v3', 'linux/amd64', 'windows/amd64'], workingDirectory: '.' },
    testHost()
  )
  expect(r.matrix.include.find(e => e.platform === 'linux/arm/v7')).toEqual({
    goos: 'linux',
    goarch: 'arm',
    variant: 'v7',
    platform: 'linux/arm/v7',
    id: 'linux_arm_7',
    goarm: '7'
  })
  expect(r.matrix.include.find(e => e.platform === 'linux/amd64/v3')?.goamd64).toBe('v3')
  expect(r.imagePlatforms).toEqual(['linux/amd64', 'linux/amd64/v3', 'linux/arm/v7'])
})
