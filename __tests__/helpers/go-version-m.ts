// A stand-in for the scan inventory's build-info reader, for the govulncheck reference test only: it runs
// `go version -m` on an executable and turns the output into the scan model (a GoBinary and its Package[],
// the stdlib at the Go version in SemVer form), the shape the real reader returns. When that reader lands,
// the test calls it instead and this file goes.
import { execFileSync } from 'node:child_process'
import type { GoBinary, Package } from '../../src/scan/model.js'
import { goTagToSemver } from '../../src/scan/versions/go.js'

export function readWithGoVersionM(
  file: string,
  env: NodeJS.ProcessEnv
): { binary: GoBinary; packages: Package[] } {
  const out = execFileSync('go', ['version', '-m', file], { env, encoding: 'utf8' })
  const lines = out.split('\n')
  const goVersion = lines[0].slice(lines[0].lastIndexOf(': ') + 2).trim()
  const location = { path: file }
  const settings: Record<string, string> = {}
  const packages: Package[] = []
  let mainModule: string | undefined
  for (const line of lines.slice(1)) {
    const [, kind, ...f] = line.split('\t')
    if (kind === 'build') {
      const eq = f[0].indexOf('=')
      if (eq > 0) settings[f[0].slice(0, eq)] = f[0].slice(eq + 1)
    } else if (kind === 'mod' || kind === 'dep') {
      if (kind === 'mod') mainModule = f[0]
      packages.push({
        kind: 'go-module',
        ecosystem: 'Go',
        name: f[0],
        version: f[1],
        purl: `pkg:golang/${f[0]}@${f[1]}`,
        ...(kind === 'mod' ? { main: true } : {}),
        locations: [location]
      })
    } else if (kind === '=>') {
      packages[packages.length - 1].replace = { path: f[0], ...(f[1] ? { version: f[1] } : {}) }
    }
  }
  const std = goTagToSemver(goVersion)
  if (std)
    packages.push({
      kind: 'go-stdlib',
      ecosystem: 'Go',
      name: 'stdlib',
      version: std,
      purl: `pkg:golang/stdlib@${std}`,
      locations: [location]
    })
  return { binary: { location, goVersion, mainModule, settings }, packages }
}
