// Prebuilt binaries for image tests: a plain `go build` of examples/hello per platform, laid out and
// described in artifacts.json exactly as the go-build stage writes it (src/go/artifacts.ts), so the image
// stage is tested on its real input without depending on the go-build action.

import { createHash } from 'node:crypto'
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readFile, stat } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { writeArtifacts, type Artifact } from '../../src/model/artifacts.js'
import { parsePlatform, toGoEnv, toId } from '../../src/model/target.js'
import { repoRoot } from './run-action.js'

const run = promisify(execFile)

export interface HelloDist {
  dir: string
  artifacts: string
  version: string
}

/** A Go module to build instead of examples/hello: its folder, main package, binary name and module path. */
export interface GoSource {
  dir: string
  main: string
  binary: string
  module: string
}

export async function buildHelloDist(opts: {
  platforms: string[]
  version?: string
  commit?: string
  date?: string
  dir?: string
  source?: GoSource
}): Promise<HelloDist> {
  const version = opts.version ?? '1.2.3'
  const commit = opts.commit ?? 'a'.repeat(40)
  const date = opts.date ?? '2026-01-02T03:04:05Z'
  const dir = opts.dir ?? (await mkdtemp(path.join(os.tmpdir(), 'gantry-hello-dist-')))
  const src: GoSource = opts.source ?? {
    dir: path.join(repoRoot, 'examples/hello'),
    main: './cmd/hello',
    binary: 'hello',
    module: 'example.com/hello'
  }
  const artifacts: Artifact[] = []
  for (const p of opts.platforms) {
    const target = parsePlatform(p)
    const rel = `${src.binary}_${toId(target)}/${src.binary}`
    const out = path.join(dir, rel)
    await mkdir(path.dirname(out), { recursive: true })
    await run(
      'go',
      [
        'build',
        '-trimpath',
        '-ldflags',
        `-s -w -X main.version=${version} -X main.commit=${commit} -X main.date=${date}`,
        '-o',
        out,
        src.main
      ],
      {
        cwd: src.dir,
        env: { ...process.env, ...toGoEnv(target), CGO_ENABLED: '0', GOFLAGS: '-buildvcs=false' }
      }
    )
    const bytes = await readFile(out)
    artifacts.push({
      kind: 'binary',
      target,
      path: rel,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      size: (await stat(out)).size,
      binary: src.binary
    })
  }
  const file = await writeArtifacts(dir, {
    schemaVersion: 1,
    project: { module: src.module, version, commit, date, goVersion: 'go1.26.8' },
    artifacts
  })
  return { dir, artifacts: file, version }
}
