// The CLI bundle leaves nothing behind in the temp dir (no runner library with side effects is bundled),
// and a bug's stack, printed under debug, names src/ lines through the bundled source map.
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { runAction, runCli } from '../helpers/run-action.js'

test('gantry --help, a command help and a failing command leave a private TMPDIR empty', async () => {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'gantry-cli-tmp-'))
  try {
    const env = { TMPDIR: tmp, TMP: tmp, TEMP: tmp }
    expect((await runCli(['--help'], { env })).code).toBe(0)
    expect((await runCli(['image', '--help'], { env })).code).toBe(0)
    const bad = await runCli(['image', '--engine', 'bogus'], { env })
    expect([bad.code, bad.stderr]).toEqual([
      1,
      expect.stringContaining('engine: "bogus" is not one of auto, oci, buildx')
    ])
    expect(await readdir(tmp)).toEqual([])
  } finally {
    await rm(tmp, { recursive: true, force: true })
  }
})

test('a bug in a bundle is reported as one, with a stack that names the src/ file', async () => {
  // A post step whose saved state is not what the main step writes: not the user's doing, so a bug.
  const r = await runAction('go-build', { state: { isPost: 'true', caches: '{not json' } })
  expect(r.code).toBe(0) // post-step failures are warnings, never a failed job
  const warning = r.annotations.find(a => a.level === 'warning')
  expect(warning?.message).toMatch(
    /^post step: the saved cache state is not valid JSON.*\(this is a gantry bug;/
  )
  const stack = r.annotations
    .filter(a => a.level === 'debug')
    .map(a => a.message)
    .join('\n')
  expect(stack).toMatch(/src\/stages\/go-build\.ts:\d+/)
})
