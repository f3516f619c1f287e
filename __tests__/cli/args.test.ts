// The CLI's flags: secrets never come from argv, only from stdin (--<name>-stdin) or GANTRY_<NAME>.
import { parseCommandArgs, readSecrets, secretEnvVar, usage } from '../../src/cli/args.js'
import type { InputSpecs } from '../../src/runtime/inputs.js'

const spec = {
  registry: { kind: 'string', description: 'r' },
  password: { kind: 'secret', description: 'p' },
  'github-token': { kind: 'secret', description: 't', actionOnly: true }
} as const satisfies InputSpecs

test('--password value and --password=value are refused without echoing the value', () => {
  for (const argv of [['--password', 'hunter2'], ['--password=hunter2']]) {
    let message = ''
    try {
      parseCommandArgs(spec, argv)
    } catch (e) {
      message = (e as Error).message
    }
    expect(message).toMatch(
      /^password: is never taken from the command line.*--password-stdin.*GANTRY_PASSWORD/
    )
    expect(message).not.toContain('hunter2')
  }
})

test('--password-stdin reads stdin (one trailing newline dropped); GANTRY_PASSWORD otherwise', async () => {
  const args = parseCommandArgs(spec, ['--registry', 'ghcr.io', '--password-stdin'])
  expect(args.options).toEqual({ registry: 'ghcr.io' })
  expect(await readSecrets(spec, args, {}, async () => 'pa ss\n')).toEqual({ password: 'pa ss' })
  await expect(readSecrets(spec, args, {}, async () => '')).rejects.toThrow(
    /^password: --password-stdin was given but stdin was empty/
  )
  const plain = parseCommandArgs(spec, [])
  expect(await readSecrets(spec, plain, { GANTRY_PASSWORD: 'from-env' }, async () => 'unused')).toEqual({
    password: 'from-env'
  })
  expect(secretEnvVar('github-token')).toBe('GANTRY_GITHUB_TOKEN')
  expect(usage('image', spec, 's')).toMatch(/--password-stdin \(or GANTRY_PASSWORD in the environment\)/)
})
