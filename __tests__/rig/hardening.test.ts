// The image stage against real parts (scripts/rig.sh), as an unlucky user and an attacker would use it:
// the default scratch image runs as its own user and can use its CA bundle and passwd; a step login works
// with a credsStore in the user's Docker config, keeps no credential in the step state and leaves nothing
// behind (also when the CLI is stopped by a signal, or killed); a Dockerfile from outside the workspace is
// never quoted in an error annotation. Every folder with credentials made here is removed.
import { execFile, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { nodeBinary, repoRoot, runAction, runCli } from '../helpers/run-action.js'
import { buildHelloDist } from '../helpers/prebuilt.js'
import { rig, type Rig } from '../helpers/rig.js'

const exec = promisify(execFile)
const run = `h${Date.now().toString(36)}`
const made: string[] = []
let r: Rig

async function scratch(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix))
  made.push(dir)
  return dir
}

beforeAll(() => {
  r = rig()
})

afterAll(async () => {
  for (const d of made) await rm(d, { recursive: true, force: true })
})

const b64 = (s: string): string => Buffer.from(s).toString('base64')

async function tool(file: string, args: string[], env: Record<string, string> = {}): Promise<string> {
  const { stdout } = await exec(file, args, {
    env: { ...process.env, ...r.env, ...env },
    maxBuffer: 64 << 20
  })
  return stdout
}

// A Go program for the image: it reads the CA bundle and parses its certificates, loads the system pool
// (SSL_CERT_FILE), and resolves its own uid through /etc/passwd (os/user without cgo reads the file).
const CHECK_MAIN = `package main

import (
	"crypto/x509"
	"encoding/pem"
	"fmt"
	"os"
	"os/user"
	"strconv"
)

func main() {
	data, err := os.ReadFile("/etc/ssl/certs/ca-certificates.crt")
	if err != nil {
		fmt.Println("ca bundle:", err)
		os.Exit(1)
	}
	certs := 0
	for {
		var block *pem.Block
		block, data = pem.Decode(data)
		if block == nil {
			break
		}
		if _, err := x509.ParseCertificate(block.Bytes); err == nil {
			certs++
		}
	}
	if _, err := x509.SystemCertPool(); err != nil {
		fmt.Println("system pool:", err)
		os.Exit(1)
	}
	u, err := user.LookupId(strconv.Itoa(os.Getuid()))
	if err != nil {
		fmt.Println("user:", err)
		os.Exit(1)
	}
	fmt.Printf("uid=%d user=%s home=%s certs>0=%t\\n", os.Getuid(), u.Username, u.HomeDir, certs > 0)
}
`

describe('the default image', () => {
  // buildx: the generated Dockerfile (BuildKit made /etc drw-r--r-- with COPY --chmod=0644); oci: the layers.
  test.each(['buildx', 'oci'])(
    '%s engine, scratch, as uid 65532: reads the CA bundle and resolves its user',
    async engine => {
      const ws = await scratch('gantry-cacheck-')
      await mkdir(path.join(ws, 'cmd/cacheck'), { recursive: true })
      await writeFile(path.join(ws, 'go.mod'), 'module example.com/cacheck\n\ngo 1.24\n')
      await writeFile(path.join(ws, 'cmd/cacheck/main.go'), CHECK_MAIN)
      const built = await runCli(
        ['build', '--targets', 'linux/amd64', '--archives=false', '--checksums=false', '--version', '1.0.0'],
        { cwd: ws }
      )
      expect(built.stderr).not.toMatch(/error:/)
      expect(built.code).toBe(0)
      const tag = `127.0.0.1:5999/${run}/cacheck-${engine}:1`
      const a = await runAction('image', {
        cwd: ws,
        inputs: {
          tags: tag,
          platforms: 'linux/amd64',
          load: 'true',
          engine,
          ...(engine === 'buildx' ? { builder: r.builder } : {})
        },
        env: { ...r.env, DOCKER_CONFIG: await scratch('gantry-docker-config-test-') }
      })
      expect(a.annotations.filter(x => x.level === 'error')).toEqual([])
      expect(a.code).toBe(0)
      // The image's own user (USER 65532), no entrypoint override: scratch has nothing else to run.
      const out = await tool('docker', ['run', '--rm', '--network', 'none', tag])
      expect(out.trim()).toBe('uid=65532 user=nonroot home=/home/nonroot certs>0=true')
      await tool('docker', ['rmi', tag])
    }
  )
})

/** A docker-credential-<name> program (sh) that answers `list` and `get` from the given JSON. */
async function credentialHelper(name: string, servers: Record<string, { user: string; secret: string }>) {
  const bin = await scratch('gantry-helper-bin-')
  const cases = Object.entries(servers)
    .map(
      ([server, c]) =>
        `    ${server}) printf '{"ServerURL":"%s","Username":"${c.user}","Secret":"${c.secret}"}' "$server" ;;`
    )
    .join('\n')
  const list = JSON.stringify(Object.fromEntries(Object.entries(servers).map(([s, c]) => [s, c.user])))
  await writeFile(
    path.join(bin, `docker-credential-${name}`),
    `#!/bin/sh\ncase "$1" in\n  list) printf '%s' '${list}' ;;\n  get) read server\n  case "$server" in\n${cases}\n    *) echo "credentials not found in native keychain"; exit 1 ;;\n  esac ;;\n  *) exit 1 ;;\nesac\n`
  )
  await chmod(path.join(bin, `docker-credential-${name}`), 0o755)
  return bin
}

async function stepConfigsIn(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter(n => n.startsWith('gantry-docker-config-'))
}

describe('a step login', () => {
  let ws: string
  beforeAll(async () => {
    // The workspace of these runs: dist/artifacts.json (the image stage's default) with a linux/amd64 binary.
    ws = await scratch('gantry-login-ws-')
    await buildHelloDist({ platforms: ['linux/amd64'], dir: path.join(ws, 'dist') })
  })

  test.each(['buildx', 'oci'])(
    '%s engine: works with a credsStore in the Docker config; the state holds no credential; nothing is left',
    async engine => {
      // The user's store has stale credentials for the rig's registry (docker buildx would ask the store).
      const bin = await credentialHelper('gantrystale', {
        [r.authRegistry]: { user: r.authUser, secret: 'stale-Pa55word' }
      })
      const userConfig = await scratch('gantry-user-docker-')
      const config = {
        auths: { [r.authRegistry]: { auth: b64(`${r.authUser}:old-inline-Secret`) } },
        credsStore: 'gantrystale'
      }
      await writeFile(path.join(userConfig, 'config.json'), JSON.stringify(config))
      const before = await readFile(path.join(userConfig, 'config.json'), 'utf8')
      const temp = await scratch('gantry-runner-temp-')
      const env = {
        ...r.env,
        DOCKER_CONFIG: userConfig,
        PATH: `${bin}:${process.env.PATH}`,
        RUNNER_TEMP: temp
      }
      const repo = `${r.authRegistry}/${run}/store-${engine}`
      const a = await runAction('image', {
        cwd: ws,
        inputs: {
          images: repo,
          tags: '1',
          push: 'true',
          engine,
          ...(engine === 'buildx' ? { builder: r.builder } : {}),
          registry: r.authRegistry,
          username: r.authUser,
          password: r.authPassword
        },
        env
      })
      expect(a.annotations.filter(x => x.level === 'error')).toEqual([])
      expect(a.code).toBe(0)
      // The user's config is as it was; the state names a folder only, no credential of any kind.
      expect(await readFile(path.join(userConfig, 'config.json'), 'utf8')).toBe(before)
      const state = JSON.stringify(a.state)
      for (const secret of [
        r.authPassword,
        b64(`${r.authUser}:${r.authPassword}`),
        'old-inline-Secret',
        b64(`${r.authUser}:old-inline-Secret`)
      ])
        expect(state).not.toContain(secret)
      const saved = JSON.parse(a.state.login) as { dir: string }
      // The private config is gone at the end of the step already; the post step finds nothing to do.
      expect(existsSync(saved.dir)).toBe(false)
      expect(await stepConfigsIn(temp)).toEqual([])
      const post = await runAction('image', { state: a.state, env })
      expect(post.code).toBe(0)
      const index = await tool('skopeo', [
        'inspect',
        '--raw',
        '--tls-verify=false',
        '--creds',
        `${r.authUser}:${r.authPassword}`,
        `docker://${repo}:1`
      ])
      expect(JSON.parse(index).mediaType).toMatch(/manifest|index/)
    }
  )

  test('an unreachable login registry blames registry, not password', async () => {
    const a = await runAction('image', {
      cwd: ws,
      inputs: {
        images: `${r.registry}/${run}/x`,
        registry: '127.0.0.1:1',
        username: 'u',
        password: 'not-Used-pw'
      },
      env: { ...r.env, DOCKER_CONFIG: await scratch('gantry-docker-config-test-') }
    })
    expect(a.code).toBe(1)
    const errors = a.annotations.filter(x => x.level === 'error')
    expect(errors.map(e => e.message)).toEqual([
      expect.stringMatching(/^registry: cannot reach 127\.0\.0\.1:1/)
    ])
  })

  test('the CLI: --password-stdin, never --password; the private config is removed at the end', async () => {
    const temp = await scratch('gantry-cli-temp-')
    const env = { ...r.env, DOCKER_CONFIG: await scratch('gantry-user-docker-'), TMPDIR: temp }
    const refused = await runCli(
      ['image', '--registry', r.authRegistry, '--username', r.authUser, '--password', r.authPassword],
      { cwd: ws, env }
    )
    expect(refused.code).toBe(1)
    expect(refused.stderr).toMatch(/error: password: is never taken from the command line.*--password-stdin/)
    expect(refused.stderr).not.toContain(r.authPassword)
    const repo = `${r.authRegistry}/${run}/cli`
    const args = [
      'image',
      '--images',
      repo,
      '--push',
      '--builder',
      r.builder,
      '--registry',
      r.authRegistry,
      '--username',
      r.authUser
    ]
    const ok = await runCli([...args, '--password-stdin'], { cwd: ws, env, input: `${r.authPassword}\n` })
    expect(ok.stderr).not.toMatch(/error:/)
    expect(ok.code).toBe(0)
    expect(ok.stderr + ok.stdout).not.toContain(r.authPassword)
    expect(await stepConfigsIn(temp)).toEqual([])
    // GANTRY_PASSWORD works the same way.
    const fromEnv = await runCli(args, { cwd: ws, env: { ...env, GANTRY_PASSWORD: r.authPassword } })
    expect(fromEnv.code).toBe(0)
    expect(await stepConfigsIn(temp)).toEqual([])
  })

  /** Start the CLI with a login; resolve once it has logged in (its private config exists). */
  async function startLoggedIn(temp: string, repo: string) {
    const env = {
      ...process.env,
      ...r.env,
      DOCKER_CONFIG: await scratch('gantry-user-docker-'),
      TMPDIR: temp,
      GANTRY_PASSWORD: r.authPassword
    }
    const child = spawn(
      nodeBinary(),
      [
        path.join(repoRoot, 'dist/cli/index.js'),
        'image',
        '--images',
        repo,
        '--push',
        '--builder',
        r.builder,
        '--registry',
        r.authRegistry,
        '--username',
        r.authUser
      ],
      { cwd: ws, env, stdio: ['ignore', 'pipe', 'pipe'] }
    )
    let stderr = ''
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>(resolve =>
      child.on('close', (code, signal) => resolve({ code, signal }))
    )
    // "logged in" is printed once the folder is made and recorded in the step state (before any build).
    for (let i = 0; i < 600 && !/logged in to/.test(stderr); i++)
      await new Promise(res => setTimeout(res, 50))
    expect(await stepConfigsIn(temp)).toHaveLength(1)
    return { child, exited, stderr: () => stderr, env }
  }

  test('the CLI stopped by SIGTERM removes its login before it exits', async () => {
    const temp = await scratch('gantry-cli-temp-')
    const p = await startLoggedIn(temp, `${r.authRegistry}/${run}/sigterm`)
    p.child.kill('SIGTERM')
    const end = await p.exited
    expect(end.code).toBe(143)
    expect(p.stderr()).toMatch(/SIGTERM: stopping after the clean-up/)
    expect(await stepConfigsIn(temp)).toEqual([])
  })

  test('the CLI killed outright: the next login removes the folder it left (the recovery file)', async () => {
    const temp = await scratch('gantry-cli-temp-')
    const p = await startLoggedIn(temp, `${r.authRegistry}/${run}/sigkill`)
    const [left] = await stepConfigsIn(temp)
    p.child.kill('SIGKILL')
    await p.exited
    expect(await stepConfigsIn(temp)).toEqual([left])
    const next = await runCli(
      [
        'image',
        '--images',
        `${r.authRegistry}/${run}/next`,
        '--push',
        '--builder',
        r.builder,
        '--registry',
        r.authRegistry,
        '--username',
        r.authUser
      ],
      { cwd: ws, env: p.env }
    )
    expect(next.code).toBe(0)
    expect(next.stderr).toContain(
      `removed ${path.join(temp, left)}, the login folder of an earlier run that was killed`
    )
    expect(await stepConfigsIn(temp)).toEqual([])
  })
})

describe('paths outside the workspace', () => {
  test('a Dockerfile outside the workspace (allowed explicitly) is never quoted in the error annotation', async () => {
    const ws = await scratch('gantry-outside-ws-')
    const a = await runAction('image', {
      cwd: ws,
      inputs: {
        dockerfile: '/etc/passwd',
        context: '.',
        builder: r.builder,
        'allow-outside-workspace': 'true'
      },
      env: { ...r.env, DOCKER_CONFIG: await scratch('gantry-docker-config-test-') }
    })
    expect(a.code).toBe(1)
    const errors = a.annotations.filter(x => x.level === 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0].message).toMatch(/^dockerfile: docker buildx build failed/)
    expect(errors[0].message).not.toMatch(/root:x:0:0/)
  })
})
