// The one-step release's inputs mean what the stages' inputs of the same names mean, every step's options
// are parsed before the first runs (so bad input fails before anything is done), and the summary says
// what ran, what was skipped, and why the rest did not run.
import { localParseEnv, type ParseEnv } from '../../src/runtime/stage.js'
import { parseInputs } from '../../src/runtime/inputs.js'
import { STAGES } from '../../src/stages/index.js'
import { releaseStage } from '../../src/stages/release.js'
import { releaseInputs } from '../../src/stages/release-spec.js'
import { releaseReport, releaseOutputValues } from '../../src/stages/release-report.js'
import { isPrereleaseTag } from '../../src/stages/github-release.js'
import { renderText } from '../../src/runtime/summary.js'
import { ci } from '../helpers/ci.js'

const RENAMED: Record<string, [string, string]> = {
  'build-tags': ['build', 'tags'],
  'oci-layout': ['image', 'output'],
  'scan-output': ['scan', 'output']
}

test('an input named as a stage input has that input’s kind and default in every stage that has it', () => {
  for (const [name, spec] of Object.entries(releaseInputs)) {
    const sources = RENAMED[name]
      ? [STAGES.find(s => s.name === RENAMED[name][0])!.inputs[RENAMED[name][1]]]
      : STAGES.filter(s => s !== releaseStage && name in s.inputs).map(s => s.inputs[name])
    for (const source of sources) {
      // targets: plan's and build's share the kind; the release takes plan's default (default targets).
      expect([name, source.kind, (source as { default?: string }).default ?? '']).toEqual([
        name,
        spec.kind,
        (spec as { default?: string }).default ?? ''
      ])
    }
  }
  // Every input of the release comes from a stage, but for the release's own switches.
  const own = Object.keys(releaseInputs).filter(
    n => !RENAMED[n] && !STAGES.some(s => s !== releaseStage && n in s.inputs)
  )
  expect(own.sort()).toEqual(['release', 'scan'])
})

const env = (over: Partial<ParseEnv> = {}): ParseEnv =>
  localParseEnv('/work/app', { surface: 'cli', ci: ci({ repository: 'octo/hello' }), ...over })

const parse = async (raw: Record<string, string>, e: ParseEnv = env()) =>
  releaseStage.parse(parseInputs(releaseStage.inputs, raw), e)

test('each step gets its options under its own names; the image is the oci engine writing a layout', async () => {
  const o = await parse({
    images: 'ghcr.io/octo/hello',
    'build-tags': 'netgo,osusergo',
    tags: 'type=sha',
    'oci-layout': 'out/layout',
    'scan-output': 'scan.json',
    format: 'json',
    platforms: 'linux/amd64',
    push: 'true',
    'exit-code': '1'
  })
  expect(o.build.tags).toEqual(['netgo', 'osusergo'])
  expect(o.tag.dryRun).toBe(true)
  expect(o.tag.images).toEqual(['ghcr.io/octo/hello'])
  expect(o.image.engine).toBe('oci')
  expect(o.image.push).toBe(false)
  expect(o.layout).toBe('/work/app/out/layout')
  expect(o.scan?.output).toBe('/work/app/scan.json')
  expect(o.scan?.scanners).toEqual(['vuln', 'secret'])
  expect(o.scan?.exitCode).toBe(1)
  expect(o.push?.images).toEqual(['ghcr.io/octo/hello'])
  expect(o.platforms).toEqual(['linux/amd64'])
  expect(o.release).toBeUndefined()
})

test.each([
  [{ push: 'true' }, env(), /push: true needs somewhere to push the image\./, 'images'],
  [{ release: 'true' }, env(), /a GitHub release needs a token\./, 'github-token'],
  [
    { release: 'true' },
    env({ env: { GITHUB_TOKEN: 'ghs_x' }, ci: ci({ repository: '' }) }),
    /a GitHub release needs the repository/,
    'github-token'
  ],
  [{ severity: 'HIGH,SEVERE' }, env(), /"SEVERE" is not a severity/, 'severity'],
  [{ platforms: 'linux/amd64/v9/x' }, env(), /./, 'platforms'],
  [{ 'exit-code': '256' }, env(), /not a whole number from 0 to 255/, 'exit-code'],
  [{ username: 'u', password: 'p' }, env(), /need the registry/, 'registry']
] as [Record<string, string>, ParseEnv, RegExp, string][])(
  '%j is refused naming the input',
  async (raw, e, message, input) => {
    await expect(parse(raw, e)).rejects.toMatchObject({ input, message: expect.stringMatching(message) })
  }
)

test('release: the token from GITHUB_TOKEN for the CLI, from the input in an action', async () => {
  const cli = await parse({ release: 'true' }, env({ env: { GITHUB_TOKEN: 'ghs_cli' } }))
  expect(cli.release?.api).toMatchObject({ token: 'ghs_cli', repository: 'octo/hello' })
  await expect(
    parse({ release: 'true' }, env({ surface: 'action', env: { GITHUB_TOKEN: 'x' } }))
  ).rejects.toMatchObject({ input: 'github-token' })
  const action = await parse({ release: 'true', 'github-token': 'ghs_in' }, env({ surface: 'action' }))
  expect(action.release?.api.token).toBe('ghs_in')
})

test('prerelease follows the tag’s version', () => {
  expect(isPrereleaseTag('v1.4.0-rc.1')).toBe(true)
  expect(isPrereleaseTag('tools/v0.3.0-beta.2')).toBe(true)
  expect(isPrereleaseTag('v1.4.0')).toBe(false)
  expect(isPrereleaseTag('v1.4.0+build.5')).toBe(false)
  expect(isPrereleaseTag('nightly')).toBe(false)
})

test('the summary of a run stopped by the gate: steps run, skipped, not run, and why', async () => {
  const options = await parse({ images: 'ghcr.io/octo/hello', push: 'true', 'exit-code': '1' })
  const run = {
    options,
    pipeline: {
      results: new Map<string, unknown>([
        ['plan', { platforms: ['linux/amd64'], targets: [], imagePlatforms: ['linux/amd64'], warnings: [] }]
      ]),
      skipped: [{ step: 'tag', reason: 'a test' }],
      reports: [],
      stopped: { step: 'scan', gate: { exitCode: 1, message: '2 findings at HIGH.' } }
    }
  }
  const text = renderText(releaseReport(run))
  expect(text).toMatch(/^ {2}plan +1 targets: linux\/amd64$/m)
  expect(text).toMatch(/^ {2}tag +skipped: a test$/m)
  expect(text).toMatch(/^ {2}push +not run: the scan gate failed$/m)
  expect(text).toMatch(
    /^note: 2 findings at HIGH\. Nothing was pushed, and no git tag or image tag was written\.$/m
  )
  expect(releaseStage.gate!(run)).toEqual({
    exitCode: 1,
    message: '2 findings at HIGH. Nothing was pushed, and no git tag or image tag was written.'
  })
  const out = releaseOutputValues(run)
  expect([out.pushed, out.digest, out.refs, out.skipped]).toEqual([false, '', [], { tag: 'a test' }])
})
