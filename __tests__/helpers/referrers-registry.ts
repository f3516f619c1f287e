// A registry that has the OCI referrers API (go-containerregistry's pkg/registry with referrers support, see
// referrers-registry/main.go), built once with the installed Go and cached by the hash of its sources. Debian's
// docker-registry (distribution 2.8) has no referrers API; this one lets the tests take the API path too.

import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { promisify } from 'node:util'
import { repoRoot } from './run-action.js'

const run = promisify(execFile)
const SRC = path.join(repoRoot, '__tests__', 'helpers', 'referrers-registry')

async function binary(): Promise<string> {
  const hash = createHash('sha256')
  for (const f of ['main.go', 'go.mod', 'go.sum']) hash.update(readFileSync(path.join(SRC, f)))
  const bin = path.join(os.tmpdir(), `gantry-referrers-registry-${hash.digest('hex').slice(0, 16)}`)
  if (!existsSync(bin))
    await run('go', ['build', '-o', bin, '.'], {
      cwd: SRC,
      env: { ...process.env, GOTOOLCHAIN: 'local', GOFLAGS: '-mod=readonly', CGO_ENABLED: '0' }
    })
  return bin
}

export interface ReferrersRegistry {
  host: string
  stop(): Promise<void>
}

export async function startReferrersRegistry(): Promise<ReferrersRegistry> {
  const child: ChildProcess = spawn(await binary(), [], { stdio: ['ignore', 'pipe', 'ignore'] })
  const first = await new Promise<string>((resolve, reject) => {
    const rl = createInterface({ input: child.stdout! })
    rl.once('line', line => resolve(line.trim()))
    child.once('exit', code => reject(new Error(`the referrers registry exited with ${code}`)))
  })
  return {
    host: first,
    stop: () =>
      new Promise<void>(resolve => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      })
  }
}
