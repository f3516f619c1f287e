// The oci engine against the test rig (scripts/rig.sh): the rig's 4-platform busybox base, its registry,
// dockerd (docker run, docker load) and QEMU for the arm64 image; skopeo and crane check what was pushed.
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readFile, stat, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { createHash } from 'node:crypto'
import { promisify } from 'node:util'
import { writeArtifacts, type Artifact } from '../../src/model/artifacts.js'
import { parsePlatform, toGoEnv, toId } from '../../src/model/target.js'
import { runAction, repoRoot } from '../helpers/run-action.js'
import { buildHelloDist, type HelloDist } from '../helpers/prebuilt.js'
import { rig, type Rig } from '../helpers/rig.js'

const exec = promisify(execFile)
const PLATFORMS = ['linux/amd64', 'linux/arm64', 'linux/arm/v7', 'linux/386']
const run = `o${Date.now().toString(36)}`

let r: Rig
let dist: HelloDist
let env: Record<string, string>
let crane: string

async function tool(file: string, args: string[]): Promise<string> {
  return (await exec(file, args, { env: { ...process.env, ...env }, maxBuffer: 64 << 20 })).stdout
}

/**
 * A Go program that checks what an HTTPS client on the image needs as its own user: the CA bundle loads
 * into the system pool (SSL_CERT_FILE), and the user resolves through /etc/passwd.
 */
const PROBE = `package main

import (
	"crypto/x509"
	"fmt"
	"os"
	"os/user"
)

func main() {
	pool, err := x509.SystemCertPool()
	if err != nil {
		fmt.Println("pool:", err)
		os.Exit(1)
	}
	bundle, err := os.ReadFile(os.Getenv("SSL_CERT_FILE"))
	if err != nil {
		fmt.Println("bundle:", err)
		os.Exit(1)
	}
	u, err := user.Current()
	if err != nil {
		fmt.Println("user:", err)
		os.Exit(1)
	}
	fmt.Printf("uid=%s user=%s home=%s certs=%t bundle=%t\\n", u.Uid, u.Username, u.HomeDir, len(pool.Subjects()) > 0, len(bundle) > 0) //nolint
}
`

async function probeDist(platforms: string[]): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'gantry-probe-'))
  const src = path.join(dir, 'src')
  await mkdir(src)
  await writeFile(path.join(src, 'go.mod'), 'module example.com/probe\n\ngo 1.22\n')
  await writeFile(path.join(src, 'main.go'), PROBE)
  const out = path.join(dir, 'dist')
  const artifacts: Artifact[] = []
  for (const p of platforms) {
    const target = parsePlatform(p)
    const rel = `probe_${toId(target)}/probe`
    await mkdir(path.join(out, path.dirname(rel)), { recursive: true })
    await exec('go', ['build', '-trimpath', '-o', path.join(out, rel), '.'], {
      cwd: src,
      env: { ...process.env, ...toGoEnv(target), CGO_ENABLED: '0', GOFLAGS: '-buildvcs=false' }
    })
    const bytes = await readFile(path.join(out, rel))
    artifacts.push({
      kind: 'binary',
      target,
      path: rel,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      size: (await stat(path.join(out, rel))).size,
      binary: 'probe'
    })
  }
  return writeArtifacts(out, {
    schemaVersion: 1,
    project: {
      module: 'example.com/probe',
      version: '0.1.0',
      commit: 'c'.repeat(40),
      date: '2026-01-02T03:04:05Z',
      goVersion: 'go1.26.8'
    },
    artifacts
  })
}

beforeAll(async () => {
  r = rig()
  // The dists are made in the temp folder: it is the workspace of these runs (artifacts must lie inside it).
  env = {
    ...r.env,
    DOCKER_CONFIG: await mkdtemp(path.join(os.tmpdir(), 'gantry-docker-config-')),
    GITHUB_WORKSPACE: os.tmpdir()
  }
  dist = await buildHelloDist({ platforms: PLATFORMS, version: '1.2.3' })
  crane = (await exec(path.join(repoRoot, 'scripts/tools.sh'), ['path', 'crane'])).stdout.trim()
})

describe('image action, oci engine (rig)', () => {
  test('4 platforms on the rig busybox base: pushed, valid, base annotations, runs on amd64 and (QEMU) arm64', async () => {
    const repo = `${r.registry}/${run}/hello`
    const a = await runAction('image', {
      inputs: { artifacts: dist.artifacts, images: repo, tags: '1.2.3', push: 'true', base: r.base },
      env,
      sha: 'b'.repeat(40),
      repository: 'octo-org/hello'
    })
    if (a.code !== 0) throw new Error(a.log)
    expect(a.log).toMatch(/engine oci/)
    expect(a.log).not.toMatch(/buildx/)
    const digest = a.outputs.digest
    expect(a.outputs.refs).toBe(`${repo}:1.2.3@${digest}`)
    expect(Object.keys(JSON.parse(a.outputs.platforms))).toEqual([
      'linux/386',
      'linux/amd64',
      'linux/arm/v7',
      'linux/arm64'
    ])
    await tool(crane, ['validate', '--insecure', '--remote', `${repo}:1.2.3`])
    const index = JSON.parse(
      await tool('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${repo}:1.2.3`])
    )
    const base = JSON.parse(
      await tool('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${r.base}`])
    )
    expect(index.annotations).toEqual({
      'org.opencontainers.image.base.digest': `sha256:${createHash('sha256')
        .update(await tool('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${r.base}`]))
        .digest('hex')}`,
      'org.opencontainers.image.base.name': r.base
    })
    expect(index.manifests).toHaveLength(base.manifests.length)
    for (const [platform, arch] of [
      ['linux/amd64', 'amd64'],
      ['linux/arm64', 'arm64']
    ]) {
      await tool('docker', ['pull', '-q', '--platform', platform, `${repo}:1.2.3`])
      const out = await tool('docker', [
        'run',
        '--rm',
        '--network',
        'none',
        '--platform',
        platform,
        `${repo}:1.2.3`
      ])
      expect(out.trim()).toBe(
        `hello 1.2.3 (commit ${'a'.repeat(40)}, built 2026-01-02T03:04:05Z, linux/${arch})`
      )
      // The base is there: busybox runs, and the binary is 0755 and runs as 65532.
      const sh = await tool('docker', [
        'run',
        '--rm',
        '--network',
        'none',
        '--platform',
        platform,
        '--entrypoint',
        '/bin/sh',
        `${repo}:1.2.3`,
        '-c',
        'busybox stat -c %a /usr/local/bin/hello; busybox id -u; /usr/local/bin/hello -version'
      ])
      expect(sh.trim().split('\n')).toEqual(['755', '65532', '1.2.3'])
    }
  })

  test('scratch (the default) as uid 65532: loads the CA bundle and resolves its user; docker load, and a pushed arm64 image', async () => {
    const artifacts = await probeDist(['linux/amd64', 'linux/arm64'])
    const tag = `${r.registry}/${run}/probe:loaded`
    const loaded = await runAction('image', {
      inputs: { artifacts, tags: tag, platforms: 'linux/amd64', load: 'true' },
      env
    })
    if (loaded.code !== 0) throw new Error(loaded.log)
    expect(loaded.log).toMatch(/engine oci/)
    const out = await tool('docker', ['run', '--rm', '--network', 'none', tag])
    expect(out.trim()).toBe('uid=65532 user=nonroot home=/home/nonroot certs=true bundle=true')

    const repo = `${r.registry}/${run}/probe`
    const pushed = await runAction('image', {
      inputs: { artifacts, images: repo, tags: '1', push: 'true' },
      env
    })
    if (pushed.code !== 0) throw new Error(pushed.log)
    await tool('docker', ['pull', '-q', '--platform', 'linux/arm64', `${repo}:1`])
    const arm = await tool('docker', [
      'run',
      '--rm',
      '--network',
      'none',
      '--platform',
      'linux/arm64',
      `${repo}:1`
    ])
    expect(arm.trim()).toBe('uid=65532 user=nonroot home=/home/nonroot certs=true bundle=true')
  })

  test('a layout written without pushing, then skopeo copy-ed into the registry, runs', async () => {
    const layout = path.join(await mkdtemp(path.join(os.tmpdir(), 'gantry-layout-')), 'image')
    const a = await runAction('image', {
      inputs: {
        artifacts: dist.artifacts,
        tags: '1.2.3',
        output: layout,
        platforms: 'linux/amd64,linux/arm64'
      },
      env
    })
    if (a.code !== 0) throw new Error(a.log)
    expect(a.outputs['oci-layout']).toBe(layout)
    const repo = `${r.registry}/${run}/from-layout`
    await tool('skopeo', [
      'copy',
      '--all',
      '--dest-tls-verify=false',
      `oci:${layout}:1.2.3`,
      `docker://${repo}:1.2.3`
    ])
    expect((await tool(crane, ['digest', '--insecure', `${repo}:1.2.3`])).trim()).toBe(a.outputs.digest)
    await tool('docker', ['pull', '-q', '--platform', 'linux/amd64', `${repo}:1.2.3`])
    expect(
      (await tool('docker', ['run', '--rm', '--network', 'none', `${repo}:1.2.3`, '-version'])).trim()
    ).toBe('1.2.3')
  })
})
