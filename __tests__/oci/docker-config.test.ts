// The Docker client config as docker login / docker/login-action write it: real files and a real
// credential-helper program on PATH.
import { chmod, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { readCredentials, restoreCredentials, storeCredentials } from '../../src/oci/docker-config.js'
import { testHost } from '../helpers/host.js'

async function configDir(cfg: unknown): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'gantry-dcfg-'))
  await writeFile(path.join(dir, 'config.json'), JSON.stringify(cfg))
  return dir
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
    const bin = await mkdtemp(path.join(os.tmpdir(), 'gantry-helper-'))
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
    const bin = await mkdtemp(path.join(os.tmpdir(), 'gantry-helper-'))
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

  test('a step login stores an entry and restoring puts back what was there', async () => {
    const dir = await configDir({
      auths: { 'ghcr.io': { auth: b64('old:one') } },
      credHelpers: { 'ghcr.io': 'x' }
    })
    const host = testHost({ DOCKER_CONFIG: dir })
    const state = await storeCredentials(host, 'ghcr.io', { username: 'new', password: 'two' })
    expect(await readCredentials(host, 'ghcr.io')).toEqual({ username: 'new', password: 'two' })
    // Survives the round trip through the action's saved state.
    await restoreCredentials(JSON.parse(JSON.stringify(state)))
    const after = JSON.parse(await readFile(path.join(dir, 'config.json'), 'utf8'))
    expect(after.auths).toEqual({ 'ghcr.io': { auth: b64('old:one') } })
    expect(after.credHelpers).toEqual({ 'ghcr.io': 'x' })
  })
})
