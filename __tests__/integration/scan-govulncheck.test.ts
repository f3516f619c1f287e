// govulncheck v1.6.0 is the reference for Go matching: real binaries built here against old module versions
// that have entries in shared/vulndb (fetched through the Go module proxy), for linux/amd64 and
// windows/amd64, scanned by govulncheck (`-mode binary -scan module`, the snapshot as a file:// database)
// and by gantry's matcher over the same snapshot. The (module, OSV id) sets must be equal.
//
// The modules were picked for their range shapes: golang.org/x/text v0.3.5 (introduced 0 / fixed),
// github.com/dgrijalva/jwt-go v3.2.0+incompatible (an introduced pseudo-version, no fix; +incompatible),
// golang.org/x/crypto at a pseudo-version (fixes that are pseudo-versions; GO-2024-2961 is windows-only),
// golang.org/x/sys (GO-2026-5024 windows-only), golang.org/x/net and gopkg.in/yaml.v2 v2.2.2.
//
// The stdlib: the installed Go (go1.26.8) has no entries in the snapshot, so besides the binaries as built,
// copies are checked whose build-info Go version is rewritten in place (same length, both tools read the same
// bytes) to go1.21.0 (linux) and go1.22.1 (windows): dozens of stdlib entries, multi-range events
// (`introduced: 1.21.0-0`), and platform-only ones (windows, darwin, linux). The module list comes from
// `go version -m` (helpers/go-version-m.ts) until the inventory's build-info reader lands.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { matchPackages } from '../../src/scan/detect/match.js'
import { loadVulnDb } from '../../src/scan/vulndb/load.js'
import type { VulnDb } from '../../src/scan/vulndb/vuln-db.js'
import { MemoryLogger } from '../../src/util/logger.js'
import { readWithGoVersionM } from '../helpers/go-version-m.js'
import { repoRoot } from '../helpers/run-action.js'
import { vulndbSnapshot } from '../helpers/vulndb.js'

const VULNDB = vulndbSnapshot()

const REQUIRE = [
  'golang.org/x/text@v0.3.5',
  'github.com/dgrijalva/jwt-go@v3.2.0+incompatible',
  'golang.org/x/crypto@v0.0.0-20200622213623-75b288015ac9',
  'gopkg.in/yaml.v2@v2.2.2'
]

const MAIN = `package main

import (
	"fmt"

	jwt "github.com/dgrijalva/jwt-go"
	"golang.org/x/crypto/acme/autocert"
	"golang.org/x/crypto/ssh/terminal"
	"golang.org/x/text/language"
	"gopkg.in/yaml.v2"
)

func main() {
	tag, _ := language.Parse("en-US")
	out, _ := yaml.Marshal(map[string]string{"tag": tag.String()})
	claims := jwt.MapClaims{"aud": "x"}
	m := &autocert.Manager{Prompt: autocert.AcceptTOS}
	fmt.Println(string(out), claims.VerifyAudience("x", false), m != nil, terminal.IsTerminal(0))
}
`

const env = {
  ...process.env,
  GOTOOLCHAIN: 'local',
  GOFLAGS: '-mod=mod',
  CGO_ENABLED: '0',
  GOTELEMETRY: 'off'
}
const go = (cwd: string, args: string[], extra: NodeJS.ProcessEnv = {}): string =>
  execFileSync('go', args, {
    cwd,
    env: { ...env, ...extra },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe']
  })

/** Rewrite the Go version inside the build-info blob (`\xff Go buildinf:` header, inline strings). */
function patchGoVersion(src: string, dest: string, to: string): void {
  const data = readFileSync(src)
  const at = data.indexOf(Buffer.from('\xff Go buildinf:', 'latin1'))
  if (at < 0 || (data[at + 15] & 2) === 0) throw new Error(`${src}: no inline build info`)
  const len = data[at + 32]
  const from = data.subarray(at + 33, at + 33 + len).toString()
  if (from.length !== to.length) throw new Error(`cannot rewrite ${from} to ${to}: lengths differ`)
  data.write(to, at + 33, 'latin1')
  writeFileSync(dest, data)
}

/** The JSON objects govulncheck's `-format json` writes, one after another. */
function jsonStream(text: string): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = []
  let depth = 0
  let start = -1
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (inString) {
      if (c === '\\') i++
      else if (c === '"') inString = false
    } else if (c === '"') inString = true
    else if (c === '{') {
      if (depth++ === 0) start = i
    } else if (c === '}' && --depth === 0)
      out.push(JSON.parse(text.slice(start, i + 1)) as Record<string, unknown>)
  }
  return out
}

interface GvFinding {
  osv: string
  trace: { module: string; version?: string }[]
}

function govulncheck(bin: string): string[] {
  const tool = execFileSync(path.join(repoRoot, 'scripts/tools.sh'), ['path', 'govulncheck'], {
    encoding: 'utf8'
  }).trim()
  const text = execFileSync(
    tool,
    [
      '-mode',
      'binary',
      '-scan',
      'module',
      '-db',
      `file://${path.join(VULNDB, 'osv')}`,
      '-format',
      'json',
      bin
    ],
    {
      env,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024
    }
  )
  const findings = jsonStream(text)
    .filter(o => 'finding' in o)
    .map(o => o.finding as GvFinding)
  return [...new Set(findings.map(f => `${f.trace[0].module} ${f.osv}`))].sort()
}

function gantry(bin: string, db: VulnDb): string[] {
  const { binary, packages } = readWithGoVersionM(bin, env)
  const findings = matchPackages(packages, db, [binary])
  return [...new Set(findings.map(f => `${f.package!.name} ${f.id}`))].sort()
}

describe('Go matching agrees with govulncheck v1.6.0 on real binaries', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gantry-govulncheck-'))
  const bins: Record<string, string> = {}
  let db: VulnDb

  beforeAll(async () => {
    writeFileSync(path.join(dir, 'go.mod'), 'module example.com/vulnapp\n\ngo 1.26\n')
    writeFileSync(path.join(dir, 'main.go'), MAIN)
    go(dir, ['get', ...REQUIRE])
    go(dir, ['mod', 'tidy'])
    for (const [name, goos] of [
      ['app-linux', 'linux'],
      ['app.exe', 'windows']
    ]) {
      go(dir, ['build', '-trimpath', '-o', name, '.'], { GOOS: goos, GOARCH: 'amd64' })
      bins[name] = path.join(dir, name)
    }
    patchGoVersion(
      bins['app-linux'],
      (bins['app-linux-go1.21.0'] = path.join(dir, 'app-linux-go1.21.0')),
      'go1.21.0'
    )
    patchGoVersion(
      bins['app.exe'],
      (bins['app-go1.22.1.exe'] = path.join(dir, 'app-go1.22.1.exe')),
      'go1.22.1'
    )
    db = (await loadVulnDb([VULNDB], { logger: new MemoryLogger() })).db
  })

  test.each(['app-linux', 'app.exe', 'app-linux-go1.21.0', 'app-go1.22.1.exe'])(
    '%s: the same (module, id) set',
    name => {
      const reference = govulncheck(bins[name])
      const ours = gantry(bins[name], db)
      expect(ours).toEqual(reference)
      // The sets are not trivially equal: every module of the program has findings.
      const modules = new Set(reference.map(x => x.split(' ')[0]))
      for (const m of [
        'github.com/dgrijalva/jwt-go',
        'golang.org/x/crypto',
        'golang.org/x/net',
        'golang.org/x/sys',
        'golang.org/x/text',
        'gopkg.in/yaml.v2'
      ])
        expect(modules).toContain(m)
      if (name.includes('go1.2'))
        expect(reference.filter(x => x.startsWith('stdlib ')).length).toBeGreaterThan(20)
    }
  )

  test('platform-only entries: windows sees GO-2024-2961 and GO-2026-5024, linux does not', () => {
    const linux = gantry(bins['app-linux'], db)
    const windows = gantry(bins['app.exe'], db)
    for (const id of ['golang.org/x/crypto GO-2024-2961', 'golang.org/x/sys GO-2026-5024']) {
      expect(windows).toContain(id)
      expect(linux).not.toContain(id)
    }
  })
})
