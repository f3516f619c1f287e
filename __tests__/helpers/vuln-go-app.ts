// A real Go program with a known vulnerability: it links golang.org/x/text v0.3.5, which GO-2021-0113 (and
// GO-2022-1059) in shared/vulndb affect, fetched through the Go module proxy and built with the installed
// Go. buildVulnDist lays it out per platform with artifacts.json, as go-build writes it, for the image stage.

import { execFile } from 'node:child_process'
import { mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { buildHelloDist, type GoSource, type HelloDist } from './prebuilt.js'

const run = promisify(execFile)

export const VULN_MODULE = 'golang.org/x/text'
export const VULN_VERSION = 'v0.3.5'
/** The ids shared/vulndb has for golang.org/x/text v0.3.5 that a binary linking language.Parse gets. */
export const VULN_IDS = ['GO-2021-0113', 'GO-2022-1059']

const MAIN = `package main

import (
	"fmt"
	"os"

	"golang.org/x/text/language"
)

func main() {
	tag, err := language.Parse(os.Args[len(os.Args)-1])
	fmt.Println(tag, err)
}
`

let source: Promise<GoSource> | undefined

/** The module, made once per test process: go.mod, go.sum (go mod tidy), main.go. */
export function vulnSource(): Promise<GoSource> {
  source ??= (async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'gantry-vulnapp-'))
    await writeFile(
      path.join(dir, 'go.mod'),
      `module example.com/vulnapp\n\ngo 1.22\n\nrequire ${VULN_MODULE} ${VULN_VERSION}\n`
    )
    await writeFile(path.join(dir, 'main.go'), MAIN)
    await run('go', ['mod', 'tidy'], {
      cwd: dir,
      env: { ...process.env, GOTOOLCHAIN: 'local', GOFLAGS: '-mod=mod' }
    })
    return { dir, main: '.', binary: 'vulnapp', module: 'example.com/vulnapp' }
  })()
  return source
}

/** The program built for each platform, in a dist folder with artifacts.json. */
export async function buildVulnDist(platforms: string[], dir?: string): Promise<HelloDist> {
  return buildHelloDist({ platforms, source: await vulnSource(), ...(dir ? { dir } : {}) })
}
