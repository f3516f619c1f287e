// Real Go modules from the Go module proxy for the integration tests: `go mod download -json` into the
// machine's module cache (the only network use, and only the proxy), then a writable copy in a temp folder.

import { execFileSync } from 'node:child_process'
import { chmodSync, cpSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const made: string[] = []

/** Remove every copy this module made (call from afterAll). */
export function cleanupModules(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
}

function makeWritable(dir: string): void {
  chmodSync(dir, 0o755)
  for (const e of readdirSync(dir)) {
    const p = path.join(dir, e)
    if (statSync(p).isDirectory()) makeWritable(p)
    else chmodSync(p, 0o644)
  }
}

/** The module cache folder of `module@version`, downloaded if needed. */
export function downloadModule(module: string, version: string): string {
  const out = execFileSync('go', ['mod', 'download', '-json', `${module}@${version}`], {
    encoding: 'utf8',
    env: { ...process.env, GOFLAGS: '-mod=mod', GOTOOLCHAIN: 'local' }
  })
  const info = JSON.parse(out) as { Dir?: string; Error?: string }
  if (!info.Dir) throw new Error(`go mod download ${module}@${version}: ${info.Error ?? out}`)
  return info.Dir
}

/** A writable copy of `module@version`'s source in a new temp folder (its go.mod at the root). */
export function moduleSource(module: string, version: string): string {
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'gantry-mod-')), 'src')
  made.push(path.dirname(dir))
  cpSync(downloadModule(module, version), dir, { recursive: true })
  makeWritable(dir)
  return dir
}
