// The Docker client config as docker login / docker/login-action write it: real files and a real
// credential-helper program on PATH. Every folder made here (they hold test credentials) is removed.
import { spawnSync } from 'node:child_process'
import { chmod, mkdir, mkdtemp, readdir, readFile, readlink, rm, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { readCredentials } from '../../src/oci/docker-config.js'
import {
  OWNER_FILE,
  createStepConfig,
  removeStepConfig,
  sweepStepConfigs
} from '../../src/oci/step-config.js'
import { createHost } from '../../src/util/host.js'
import { MemoryLogger } from '../../src/util/logger.js'
import { testHost } from '../helpers/host.js'

const made: string[] = []
afterAll(async () => {
  for (const d of made) await rm(d, { recursive: true, force: true })
})

async function scratch(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix))
  made.push(dir)
  return dir
}

async function configDir(cfg: unknown): Promise<string> {
  const dir = await scratch('gantry-dcfg-')
  await writeFile(path.join(dir, 'config.json'), JSON.stringify(cfg))
  return dir
}

/** A credential helper `docker-credential-<name>` (sh builtins only) answering get and list. */
async function helperBin(name: string, list: string, get: string): Promise<string> {
  const bin = await scratch('gantry-helper-')
  await writeFile(
    path.join(bin, `docker-credential-${name}`),
    `#!/bin/sh\ncase "$1" in\n  list) printf '%s' '${list}' ;;\n  get) read server; printf '${get}' "$server" ;;\n  *) exit 1 ;;\nesac\n`
  )
  await chmod(path.join(bin, `docker-credential-${name}`), 0o755)
  return bin
}

const b64 = (s: string): string => Buffer.from(s).toString('base64')

describe('docker config', () => {
  test('inline auths, Docker Hub under its historical key, anonymous otherwise', async () => {
    const dir = await configDir({
      auths: {
        'ghcr.io': { auth: b64('me:pa:ss') },
        'https://index.docker.io/v1/': { auth: b64('hub:tok') }
      }
    })
    const host = testHost({ DOCKER_CONFIG: dir })
    expect(await readCredentials(host, 'ghcr.io')).toEqual({ username: 'me', password: 'pa:ss' })
    expect(await readCredentials(host, 'docker.io')).toEqual({ username: 'hub', password: 'tok' })
    expect(await readCredentials(host, 'quay.io')).toBeUndefined()
  })

  test('a credential helper program', async () => {
    const bin = await scratch('gantry-helper-')
    const helper = path.join(bin, 'docker-credential-gantrytest')
    await writeFile(
      helper,
      '#!/bin/sh\nread server\n[ "$1" = get ] && printf \'{"ServerURL":"%s","Username":"h-user","Secret":"h-secret"}\' "$server"\n'
    )
    await chmod(helper, 0o755)
    const dir = await configDir({ credHelpers: { 'registry.example.com': 'gantrytest' } })
    const host = testHost({ DOCKER_CONFIG: dir, PATH: `${bin}:${process.env.PATH}` })
    expect(await readCredentials(host, 'registry.example.com')).toEqual({
      username: 'h-user',
      password: 'h-secret'
    })
    expect(await readCredentials(host, 'other.example.com')).toBeUndefined()
  })

  test('an identity token; a helper answering garbage is a UserError that quotes none of it', async () => {
    const dir = await configDir({
      auths: { 'ghcr.io': { identitytoken: 'refresh-Tok3n' } },
      credsStore: 'gantrybad'
    })
    const bin = await scratch('gantry-helper-')
    await writeFile(
      path.join(bin, 'docker-credential-gantrybad'),
      "#!/bin/sh\nprintf 'secret-Out9ut not json'\n"
    )
    await chmod(path.join(bin, 'docker-credential-gantrybad'), 0o755)
    const host = testHost({ DOCKER_CONFIG: dir, PATH: `${bin}:${process.env.PATH}` })
    expect(await readCredentials(host, 'ghcr.io')).toEqual({
      username: '<token>',
      password: '',
      identityToken: 'refresh-Tok3n'
    })
    const err = await readCredentials(host, 'quay.io').catch(e => e)
    expect(err.message).toMatch(
      /^registry: docker-credential-gantrybad answered something that is not JSON for quay.io/
    )
    expect(err.message).not.toContain('secret-Out9ut')
    const missing = testHost({ DOCKER_CONFIG: await configDir({ credsStore: 'nosuchhelper' }) })
    await expect(readCredentials(missing, 'quay.io')).rejects.toThrow(
      /docker-credential-nosuchhelper .* cannot be run/
    )
  })

  test('a config.json that is not JSON is an error that names it, not a bug', async () => {
    const dir = await scratch('gantry-dcfg-')
    await writeFile(path.join(dir, 'config.json'), '{ not json')
    await expect(readCredentials(testHost({ DOCKER_CONFIG: dir }), 'ghcr.io')).rejects.toMatchObject({
      name: 'UserError',
      message: expect.stringMatching(/config\.json cannot be used/)
    })
  })
})

describe('the private Docker config of a step login', () => {
  test('seeded from the user config: the login wins for its registry, everything else is kept', async () => {
    const bin = await helperBin(
      'gantrystore',
      '{"https://index.docker.io/v1/":"hub","ghcr.io":"me","https://127.0.0.1:5000":"old"}',
      '{"ServerURL":"%s","Username":"from-store","Secret":"store-secret"}'
    )
    const user = await configDir({
      auths: { '127.0.0.1:5000': {}, 'quay.io': { auth: b64('q:q') } },
      credsStore: 'gantrystore',
      credHelpers: { '127.0.0.1:5000': 'gantrystore', 'gcr.io': 'gcloud' },
      currentContext: 'rig',
      aliases: { builder: 'buildx' }
    })
    await mkdir(path.join(user, 'buildx'))
    await mkdir(path.join(user, 'cli-plugins'))
    const temp = await scratch('gantry-steps-')
    const host = {
      ...createHost({
        logger: new MemoryLogger(),
        env: { ...process.env, DOCKER_CONFIG: user, PATH: `${bin}:${process.env.PATH}` },
        tempRoot: temp
      })
    }
    const before = await readFile(path.join(user, 'config.json'), 'utf8')
    const step = await createStepConfig(host, '127.0.0.1:5000', { username: 'new', password: 'pw' })
    expect(path.dirname(step.dir)).toBe(temp)
    expect(step).toEqual({ dir: step.dir, registry: '127.0.0.1:5000' })
    // The user's config is never written.
    expect(await readFile(path.join(user, 'config.json'), 'utf8')).toBe(before)
    const cfg = JSON.parse(await readFile(path.join(step.dir, 'config.json'), 'utf8'))
    expect(cfg.credsStore).toBeUndefined()
    expect(cfg.auths).toEqual({ '127.0.0.1:5000': { auth: b64('new:pw') }, 'quay.io': { auth: b64('q:q') } })
    expect(cfg.credHelpers).toEqual({
      'https://index.docker.io/v1/': 'gantrystore',
      'docker.io': 'gantrystore',
      'ghcr.io': 'gantrystore',
      'gcr.io': 'gcloud'
    })
    expect(cfg).toMatchObject({ currentContext: 'rig', aliases: { builder: 'buildx' } })
    expect(await readlink(path.join(step.dir, 'buildx'))).toBe(path.join(user, 'buildx'))
    expect(await readlink(path.join(step.dir, 'cli-plugins'))).toBe(path.join(user, 'cli-plugins'))
    // Through the private config: the login for its registry, the store for the others.
    const inStep = { ...host, env: { ...host.env, DOCKER_CONFIG: step.dir } }
    expect(await readCredentials(inStep, '127.0.0.1:5000')).toEqual({ username: 'new', password: 'pw' })
    expect(await readCredentials(inStep, 'ghcr.io')).toEqual({
      username: 'from-store',
      password: 'store-secret'
    })
    expect(JSON.parse(await readFile(path.join(step.dir, OWNER_FILE), 'utf8'))).toMatchObject({
      pid: process.pid,
      host: os.hostname()
    })
    expect(await removeStepConfig(step.dir)).toBe(true)
    expect(existsSync(step.dir)).toBe(false)
    // The links were removed, not followed.
    expect(existsSync(path.join(user, 'buildx'))).toBe(true)
  })

  test('removeStepConfig removes only folders gantry made', async () => {
    const other = await scratch('not-a-step-config-')
    expect(await removeStepConfig(other)).toBe(false)
    expect(existsSync(other)).toBe(true)
  })

  test('a later run removes the folder of a run that was killed (the owner file), not of a live one', async () => {
    const temp = await scratch('gantry-steps-')
    const host = createHost({
      logger: new MemoryLogger(),
      env: { ...process.env, DOCKER_CONFIG: await scratch('gantry-dcfg-') },
      tempRoot: temp
    })
    const creds = { username: 'u', password: 'p' }
    const dead = await createStepConfig(host, 'ghcr.io', creds)
    const live = await createStepConfig(host, 'ghcr.io', creds)
    // The first folder's owner is a process that has exited.
    const gone = spawnSync(process.execPath, ['-e', '0']).pid
    const owner = JSON.parse(await readFile(path.join(dead.dir, OWNER_FILE), 'utf8'))
    await writeFile(path.join(dead.dir, OWNER_FILE), JSON.stringify({ ...owner, pid: gone }))
    const next = await createStepConfig(host, 'ghcr.io', creds)
    expect(await sweepStepConfigs(next.dir)).toEqual([dead.dir])
    expect((await readdir(temp)).sort()).toEqual([path.basename(live.dir), path.basename(next.dir)].sort())
  })
})
