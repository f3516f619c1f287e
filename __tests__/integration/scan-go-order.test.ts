// Go version ordering against golang.org/x/mod/semver itself: every version in the events of
// shared/vulndb (about 2,500: releases, prereleases, pseudo-versions of all three forms, +incompatible),
// plus the forms the unit tests name, sorted by x/mod/semver.Sort in a small Go program (x/mod fetched
// through the Go module proxy) and by compareGo with the same tie-break (equal versions by their text).
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { loadVulnDb } from '../../src/scan/vulndb/load.js'
import { compareGo } from '../../src/scan/versions/go.js'
import { MemoryLogger } from '../../src/util/logger.js'
import { vulndbSnapshot } from '../helpers/vulndb.js'

const XMOD = 'golang.org/x/mod@v0.40.0'
const env = { ...process.env, GOTOOLCHAIN: 'local', GOFLAGS: '-mod=mod', GOTELEMETRY: 'off' }

const PROGRAM = `package main

import (
	"bufio"
	"fmt"
	"os"

	"golang.org/x/mod/semver"
)

func main() {
	var vs []string
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		if !semver.IsValid(sc.Text()) {
			fmt.Fprintln(os.Stderr, "invalid:", sc.Text())
			os.Exit(1)
		}
		vs = append(vs, sc.Text())
	}
	semver.Sort(vs)
	for _, v := range vs {
		fmt.Println(v)
	}
}
`

test('compareGo sorts every version of the vulnerability database as x/mod/semver does', async () => {
  const { db } = await loadVulnDb([vulndbSnapshot()], { logger: new MemoryLogger() })
  const versions = new Set<string>([
    'v1',
    'v1.2',
    'v1.2.3+meta',
    'v2.0.0+incompatible',
    'v1.2.4-0.20190101000000-abcdefabcdef'
  ])
  for (const r of db.records())
    for (const a of r.affected ?? [])
      for (const range of a.ranges ?? [])
        for (const e of range.events)
          for (const v of Object.values(e)) if (v !== '0') versions.add(v.startsWith('v') ? v : `v${v}`)
  expect(versions.size).toBeGreaterThan(2000)

  const dir = mkdtempSync(path.join(os.tmpdir(), 'gantry-xmod-'))
  writeFileSync(path.join(dir, 'go.mod'), 'module example.com/order\n\ngo 1.26\n')
  writeFileSync(path.join(dir, 'main.go'), PROGRAM)
  execFileSync('go', ['get', XMOD], { cwd: dir, env, stdio: 'ignore' })
  const input = [...versions].sort().join('\n') + '\n'
  const reference = execFileSync('go', ['run', '.'], { cwd: dir, env, input, encoding: 'utf8' })
    .trim()
    .split('\n')

  const ours = [...versions].sort((a, b) => compareGo(a, b) || (a < b ? -1 : a > b ? 1 : 0))
  expect(ours).toEqual(reference)
})
