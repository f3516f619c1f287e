// artifacts.json crosses jobs: every binary name in it (an entry's binary and an archive's binaries list)
// follows the one file-name rule, and a name that breaks it is refused naming the file, on one line.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { readArtifacts } from '../../src/model/artifacts.js'
import { UserError } from '../../src/util/errors.js'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'gantry-artifacts-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function manifestWith(binaries: string[]): Promise<string> {
  const file = path.join(dir, `artifacts-${binaries.length}-${Math.random().toString(16).slice(2)}.json`)
  await writeFile(
    file,
    JSON.stringify({
      schemaVersion: 1,
      project: {
        module: 'filippo.io/age',
        version: '1.2.1',
        commit: '',
        date: '2026-01-01T00:00:00Z',
        goVersion: 'go1.26.8'
      },
      artifacts: [
        {
          kind: 'archive',
          target: { goos: 'linux', goarch: 'amd64' },
          path: 'age_1.2.1_linux_amd64_v1.tar.gz',
          sha256: 'a'.repeat(64),
          size: 1,
          format: 'tar.gz',
          binaries
        }
      ]
    })
  )
  return file
}

test('an archive listing several usable binary names is read as written', async () => {
  const { manifest } = await readArtifacts(await manifestWith(['age', 'age-keygen']))
  expect(manifest.artifacts[0].binaries).toEqual(['age', 'age-keygen'])
})

test.each([['..'], ['age', '../etc/x'], ['age', 'x\nRUN id'], ['-rf']])(
  'binaries %j: refused, naming the bad entry on one line',
  async (...binaries) => {
    const file = await manifestWith(binaries)
    const err = await readArtifacts(file, 'artifacts').catch((e: unknown) => e)
    expect(err).toBeInstanceOf(UserError)
    const e = err as UserError
    expect(e.input).toBe('artifacts')
    expect(e.message).toMatch(/lists a binary name that is not a usable file name: "/)
    expect(e.message).toContain(JSON.stringify(binaries[binaries.length - 1]).replace(/\n/g, '\\n'))
    expect(e.message).not.toMatch(/\n/)
  }
)
