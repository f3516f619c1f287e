// The image action against real parts (scripts/rig.sh): dockerd, buildkitd through a buildx remote
// builder, docker-registry (anonymous, htpasswd, read-only), skopeo, and QEMU for the arm64 image.
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { runAction, runCli } from '../helpers/run-action.js'
import { buildHelloDist, type HelloDist } from '../helpers/prebuilt.js'
import { rig, type Rig } from '../helpers/rig.js'

const exec = promisify(execFile)
const PLATFORMS = ['linux/amd64', 'linux/arm64', 'linux/arm/v7', 'linux/386']

let r: Rig
/** The workspace of the action runs (cwd and GITHUB_WORKSPACE): dist/ is in it, as after actions/download-artifact. */
let ws: string
let dist: HelloDist
let env: Record<string, string>
/** Per-platform digests of the first test's image, to check that rebuilding the same binaries reproduces them. */
let firstDigests: Record<string, string> = {}
/** A fresh repository path per run, so reruns against a warm rig never see old tags. */
const run = `t${Date.now().toString(36)}`

async function tool(file: string, args: string[], extraEnv: Record<string, string> = {}): Promise<string> {
  const { stdout } = await exec(file, args, {
    env: { ...process.env, ...env, ...extraEnv },
    maxBuffer: 64 << 20
  })
  return stdout
}

async function rawManifest(
  ref: string,
  creds?: string
): Promise<{ manifests: { platform: Record<string, string>; digest: string }[] }> {
  return JSON.parse(
    await tool('skopeo', [
      'inspect',
      '--raw',
      '--tls-verify=false',
      ...(creds ? ['--creds', creds] : []),
      `docker://${ref}`
    ])
  )
}

/** The log as a runner shows it: ::add-mask:: lines register a secret with the runner and are never shown. */
function logWithoutMasks(log: string): string {
  return log
    .split('\n')
    .filter(l => !l.startsWith('::add-mask::'))
    .join('\n')
}

/** Folders made here (Docker configs hold test credentials): all removed after the tests. */
const made: string[] = []

async function newDockerConfig(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'gantry-test-docker-config-'))
  made.push(dir)
  return dir
}

beforeAll(async () => {
  r = rig()
  env = { ...r.env, DOCKER_CONFIG: await newDockerConfig() }
  ws = await mkdtemp(path.join(os.tmpdir(), 'gantry-image-ws-'))
  made.push(ws)
  dist = await buildHelloDist({ platforms: PLATFORMS, version: '1.2.3', dir: path.join(ws, 'dist') })
})

afterAll(async () => {
  for (const d of made) await rm(d, { recursive: true, force: true })
})

describe('image action, buildx engine (rig)', () => {
  test('4 platforms from prebuilt binaries: pushed, exactly those platforms, labels, runs on amd64 and arm64', async () => {
    const repo = `${r.registry}/${run}/hello`
    const a = await runAction('image', {
      cwd: ws,
      inputs: {
        artifacts: dist.artifacts,
        images: repo,
        tags: '1.2.3\nlatest',
        push: 'true',
        builder: r.builder
      },
      env,
      sha: 'b'.repeat(40),
      repository: 'octo-org/hello'
    })
    expect(
      a.stderr +
        a.annotations
          .filter(x => x.level === 'error')
          .map(x => x.message)
          .join('\n')
    ).not.toMatch(/::error/)
    expect(a.code).toBe(0)
    const digest = a.outputs.digest
    expect(digest).toMatch(/^sha256:[a-f0-9]{64}$/)
    expect(a.outputs.refs.split('\n')).toEqual([`${repo}:1.2.3@${digest}`, `${repo}:latest@${digest}`])
    const platforms = JSON.parse(a.outputs.platforms) as Record<string, string>
    firstDigests = platforms
    expect(Object.keys(platforms)).toEqual(['linux/386', 'linux/amd64', 'linux/arm/v7', 'linux/arm64'])

    const index = await rawManifest(`${repo}:1.2.3`)
    const listed = index.manifests.map(m =>
      [m.platform.os, m.platform.architecture, m.platform.variant].filter(Boolean).join('/')
    )
    expect(listed.sort()).toEqual([...PLATFORMS].sort())
    for (const m of index.manifests)
      expect(
        platforms[[m.platform.os, m.platform.architecture, m.platform.variant].filter(Boolean).join('/')]
      ).toBe(m.digest)

    const config = JSON.parse(
      await tool('skopeo', [
        'inspect',
        '--config',
        '--tls-verify=false',
        '--override-arch',
        'arm',
        '--override-variant',
        'v7',
        `docker://${repo}:1.2.3`
      ])
    )
    expect(config.config.Labels).toMatchObject({
      'org.opencontainers.image.version': '1.2.3',
      'org.opencontainers.image.revision': 'a'.repeat(40),
      'org.opencontainers.image.source': 'https://github.com/octo-org/hello',
      'org.opencontainers.image.created': '2026-01-02T03:04:05Z'
    })
    expect(config.config.User).toBe('65532')
    expect(config.created).toBe('2026-01-02T03:04:05Z')
    expect(a.summary).toContain('linux/arm/v7')
    expect(a.summary).toContain(platforms['linux/arm64'])

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
    }
    // The CA bundle and the passwd entry are there on scratch.
    const files = await tool('docker', ['create', '--platform', 'linux/arm64', `${repo}:1.2.3`])
    const id = files.trim()
    try {
      const passwd = await tool('docker', ['cp', `${id}:/etc/passwd`, '-'])
      expect(passwd).toContain('nonroot:x:65532:65532')
      const bundle = await tool('docker', ['cp', `${id}:/etc/ssl/certs/ca-certificates.crt`, '-'])
      expect(bundle).toContain('-----BEGIN CERTIFICATE-----')
    } finally {
      await tool('docker', ['rm', id])
    }
  })

  test('through the htpasswd registry with login for the step only; no password in any log line', async () => {
    const dockerConfig = await newDockerConfig()
    const repo = `${r.authRegistry}/${run}/hello`
    const e = { ...env, DOCKER_CONFIG: dockerConfig }
    const a = await runAction('image', {
      cwd: ws,
      inputs: {
        artifacts: dist.artifacts,
        images: repo,
        tags: '1.2.3',
        platforms: 'linux/amd64,linux/arm64',
        push: 'true',
        builder: r.builder,
        registry: r.authRegistry,
        username: r.authUser,
        password: r.authPassword
      },
      env: e
    })
    expect(a.code).toBe(0)
    expect(a.stdout).toContain(`::add-mask::${r.authPassword}`)
    expect(logWithoutMasks(a.log)).not.toContain(r.authPassword)
    // The login lived in a private config for the step: the user's Docker config was never written.
    expect(existsSync(path.join(dockerConfig, 'config.json'))).toBe(false)
    // Anonymous reads are refused; with the credentials the image pulls and runs.
    await expect(rawManifest(`${repo}:1.2.3`)).rejects.toThrow()
    const index = await rawManifest(`${repo}:1.2.3`, `${r.authUser}:${r.authPassword}`)
    expect(index.manifests).toHaveLength(2)
    const pullConfig = await newDockerConfig()
    const auth = Buffer.from(`${r.authUser}:${r.authPassword}`).toString('base64')
    await writeFile(
      path.join(pullConfig, 'config.json'),
      JSON.stringify({ auths: { [r.authRegistry]: { auth } } })
    )
    await tool('docker', ['pull', '-q', '--platform', 'linux/amd64', `${repo}:1.2.3`], {
      DOCKER_CONFIG: pullConfig
    })
    const out = await tool('docker', ['run', '--rm', '--network', 'none', `${repo}:1.2.3`, '-version'], {
      DOCKER_CONFIG: pullConfig
    })
    expect(out.trim()).toBe('1.2.3')

    const post = await runAction('image', { state: a.state, env: e })
    expect(post.code).toBe(0)
    expect(existsSync(path.join(dockerConfig, 'config.json'))).toBe(false)
  })

  test('wrong registry credentials: a clear error, no password in any log line, nothing built', async () => {
    const wrong = 'wrong-Pa55word-xyz'
    const a = await runAction('image', {
      cwd: ws,
      inputs: {
        artifacts: dist.artifacts,
        images: `${r.authRegistry}/${run}/denied`,
        push: 'true',
        builder: r.builder,
        registry: r.authRegistry,
        username: r.authUser,
        password: wrong
      },
      env: { ...env, DOCKER_CONFIG: await newDockerConfig() }
    })
    expect(a.code).toBe(1)
    const errors = a.annotations.filter(x => x.level === 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0].message).toMatch(
      new RegExp(`^password: ${r.authRegistry.replace(/\./g, '\\.')} refused the username and password`)
    )
    expect(logWithoutMasks(a.log)).not.toContain(wrong)
    expect(a.log).not.toMatch(/buildx build/)
  })

  test('a registry that refuses the push: a clear error, nothing tagged', async () => {
    const repo = `${r.roRegistry}/${run}/hello`
    const a = await runAction('image', {
      cwd: ws,
      inputs: {
        artifacts: dist.artifacts,
        images: repo,
        tags: '1.2.3',
        platforms: 'linux/amd64',
        push: 'true',
        builder: r.builder
      },
      env
    })
    expect(a.code).toBe(1)
    const errors = a.annotations.filter(x => x.level === 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0].message).toMatch(/^images: the registry refused the push/)
    expect(a.outputs.digest).toBeUndefined()
    const tags = await fetch(`http://${r.roRegistry}/v2/${run}/hello/tags/list`)
    expect(tags.status).toBe(404)
  })

  test('push-by-digest in two runs, then a merge run (the CLI takes the same options)', async () => {
    const repo = `${r.registry}/${run}/merged`
    const refs: string[] = []
    const digests: Record<string, string> = {}
    for (const platform of ['linux/amd64', 'linux/arm64']) {
      const a = await runAction('image', {
        cwd: ws,
        inputs: {
          artifacts: dist.artifacts,
          images: repo,
          platforms: platform,
          'push-by-digest': 'true',
          // One job with provenance: its attestation manifest must ride along, apart from the platforms.
          provenance: platform === 'linux/arm64' ? 'true' : 'false',
          builder: r.builder
        },
        env
      })
      expect(a.code).toBe(0)
      expect(a.outputs.refs).toBe(`${repo}@${a.outputs.digest}`)
      Object.assign(digests, JSON.parse(a.outputs.platforms))
      refs.push(a.outputs.refs)
    }
    // Nothing is tagged by the per-platform jobs.
    expect(
      ((await (await fetch(`http://${r.registry}/v2/${run}/merged/tags/list`)).json()) as { tags?: string[] })
        .tags ?? []
    ).toEqual([])

    // A digest-only merge (the reusable workflow's merge job, before its scan) pushes the index and tags
    // nothing; the merge below, with tags, then tags that same digest.
    const staged = await runAction('image', {
      inputs: { merge: refs.join('\n'), 'push-by-digest': 'true' },
      env
    })
    expect(staged.code).toBe(0)
    expect(staged.outputs.refs).toBe(`${repo}@${staged.outputs.digest}`)
    expect(
      ((await (await fetch(`http://${r.registry}/v2/${run}/merged/tags/list`)).json()) as { tags?: string[] })
        .tags ?? []
    ).toEqual([])

    // More repositories in images get the index copied before any tag is written: one on the same registry
    // (blobs mounted), one on the htpasswd registry (blobs uploaded), with credentials read from a Docker
    // config as docker/login-action writes it.
    const mirror = `${r.registry}/${run}/mirror`
    const remote = `${r.authRegistry}/${run}/merged`
    const dockerConfig = await newDockerConfig()
    const auth = Buffer.from(`${r.authUser}:${r.authPassword}`).toString('base64')
    await writeFile(
      path.join(dockerConfig, 'config.json'),
      JSON.stringify({ auths: { [r.authRegistry]: { auth } } })
    )
    const m = await runCli(
      [
        'image',
        '--images',
        `${repo},${mirror},${remote}`,
        '--tags',
        '1.2.3,latest',
        '--merge',
        refs.join(',')
      ],
      { env: { ...env, DOCKER_CONFIG: dockerConfig } }
    )
    expect(m.stderr).not.toMatch(/error/)
    expect(m.code).toBe(0)
    const out = JSON.parse(m.stdout)
    expect(out.digest).toBe(staged.outputs.digest)
    expect(out.platforms).toEqual(digests)
    const index = await rawManifest(`${repo}:latest`)
    expect(index.manifests.map(x => x.digest).slice(0, 2)).toEqual([
      digests['linux/amd64'],
      digests['linux/arm64']
    ])
    expect(index.manifests.slice(2).map(x => x.platform)).toEqual([
      { os: 'unknown', architecture: 'unknown' }
    ])
    expect(Object.keys(out.platforms)).toEqual(['linux/amd64', 'linux/arm64'])
    // Same binaries, same commit date: the same per-platform images as the 4-platform build (reproducible).
    expect(digests['linux/arm64']).toBe(firstDigests['linux/arm64'])
    expect(out.refs).toBe(
      [
        `${repo}:1.2.3`,
        `${repo}:latest`,
        `${mirror}:1.2.3`,
        `${mirror}:latest`,
        `${remote}:1.2.3`,
        `${remote}:latest`
      ]
        .map(x => `${x}@${out.digest}`)
        .join('\n')
    )
    const mirrored = await rawManifest(`${mirror}:1.2.3`)
    expect(mirrored.manifests.map(x => x.digest)).toEqual(index.manifests.map(x => x.digest))
    const creds = `${r.authUser}:${r.authPassword}`
    const remoteIndex = await rawManifest(`${remote}:latest`, creds)
    expect(remoteIndex.manifests.map(x => x.digest)).toEqual(index.manifests.map(x => x.digest))
    const remoteConfig = JSON.parse(
      await tool('skopeo', [
        'inspect',
        '--config',
        '--tls-verify=false',
        '--creds',
        creds,
        '--override-arch',
        'arm64',
        `docker://${remote}:1.2.3`
      ])
    )
    expect(remoteConfig.architecture).toBe('arm64')
    await tool('docker', ['pull', '-q', '--platform', 'linux/arm64', `${repo}:1.2.3`])
    const ran = await tool('docker', [
      'run',
      '--rm',
      '--network',
      'none',
      '--platform',
      'linux/arm64',
      `${repo}:1.2.3`,
      '-version'
    ])
    expect(ran.trim()).toBe('1.2.3')
  })

  test('a seed-style user Dockerfile gets the QEMU warning on its FROM line', async () => {
    // The rig's busybox stands in for golang (nothing can be pulled): its go build fails and is ignored; the
    // rule reads the shell command, so the go build must be a real command, not an echoed word.
    const golang = `${r.registry}/library/golang`
    await tool('skopeo', [
      'copy',
      '--all',
      '--src-tls-verify=false',
      '--dest-tls-verify=false',
      `docker://${r.base}`,
      `docker://${golang}:rig`
    ])
    const dir = await mkdtemp(path.join(os.tmpdir(), 'gantry-seed-'))
    await writeFile(
      path.join(dir, 'Dockerfile'),
      [
        `FROM ${golang}:rig AS build`,
        'RUN go build -o /out/app ./cmd/app || true; touch /built',
        'FROM scratch',
        'COPY --from=build /built /built',
        ''
      ].join('\n')
    )
    const a = await runAction('image', {
      inputs: {
        dockerfile: 'Dockerfile',
        platforms: 'linux/amd64,linux/arm64',
        builder: r.builder,
        artifacts: 'none.json'
      },
      env,
      cwd: dir
    })
    expect(a.code).toBe(0)
    const warnings = a.annotations.filter(x => x.level === 'warning')
    expect(warnings).toHaveLength(1)
    expect(warnings[0].properties).toMatchObject({ file: 'Dockerfile', line: '1' })
    expect(warnings[0].message).toMatch(/compiles Go for each of the 2 target platforms under QEMU emulation/)
    // Built (not pushed) into an OCI layout: both platforms are reported.
    expect(Object.keys(JSON.parse(a.outputs.platforms))).toEqual(['linux/amd64', 'linux/arm64'])
  })

  test('load: one platform into the Docker daemon, on another base', async () => {
    const tag = `127.0.0.1:5999/${run}/loaded:1.2.3`
    const a = await runAction('image', {
      cwd: ws,
      inputs: {
        artifacts: dist.artifacts,
        tags: tag,
        platforms: 'linux/arm64',
        load: 'true',
        base: r.base,
        builder: r.builder
      },
      env
    })
    expect(a.code).toBe(0)
    expect(a.outputs.refs).toBe(tag)
    // The busybox base has a shell: the binary is at /usr/local/bin/hello, mode 0755, and runs as 65532.
    const out = await tool('docker', [
      'run',
      '--rm',
      '--network',
      'none',
      '--platform',
      'linux/arm64',
      '--entrypoint',
      '/bin/sh',
      tag,
      '-c',
      'busybox stat -c %a /usr/local/bin/hello; busybox id -u; /usr/local/bin/hello -version'
    ])
    expect(out.trim().split('\n')).toEqual(['755', '65532', '1.2.3'])
  })
})
