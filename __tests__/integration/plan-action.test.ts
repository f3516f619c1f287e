// The bundled plan action, run as a runner runs it.
import { runAction, runCli } from '../helpers/run-action.js'

describe('actions/plan (dist bundle)', () => {
  test('default targets', async () => {
    const r = await runAction('plan', { inputs: { targets: 'default' } })
    expect(r.code).toBe(0)
    const matrix = JSON.parse(r.outputs.matrix) as { include: { platform: string; id: string }[] }
    expect(matrix.include).toHaveLength(8)
    expect(JSON.parse(r.outputs.targets)).toContain('windows/arm64')
    expect(r.outputs.platforms).toBe('linux/386,linux/amd64,linux/arm64')
    expect(r.summary).toContain('linux_arm64_v8.0')
  })

  test('a misspelled target fails with the input named and suggestions', async () => {
    const r = await runAction('plan', { inputs: { targets: 'linux/amd64\nlinux/armv7' } })
    expect(r.code).toBe(1)
    const errors = r.annotations.filter(a => a.level === 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0].message).toMatch(/^targets: unknown target "linux\/armv7".*did you mean/)
    expect(r.outputs.matrix).toBeUndefined()
    expect(r.log).not.toMatch(/at .*index\.js:\d+/)
  })

  test('a missing working-directory fails cleanly', async () => {
    const r = await runAction('plan', { inputs: { 'working-directory': 'no/such/dir' } })
    expect(r.code).toBe(1)
    expect(r.annotations[0].message).toMatch(/^working-directory: .*no\/such\/dir is not a directory/)
  })

  test('the CLI takes the same options and gives the same errors', async () => {
    const ok = await runCli(['plan', '--targets', 'linux/arm', '--targets', 'linux/arm64/v8'])
    expect(ok.code).toBe(0)
    expect(JSON.parse(ok.stdout).platforms).toBe('linux/arm/v7,linux/arm64')
    const bad = await runCli(['plan', '--targets', 'linux/amd46'])
    expect(bad.code).toBe(1)
    expect(bad.stderr).toMatch(/error: targets: unknown target "linux\/amd46"/)
    const unknownFlag = await runCli(['plan', '--tragets', 'all'])
    expect(unknownFlag.code).toBe(1)
    expect(unknownFlag.stderr).toMatch(
      /^error: command line: Unknown option '--tragets'.*Fix: run with --help/m
    )
    expect(unknownFlag.stderr).not.toMatch(/UserError| {4}at /)
  })
})
