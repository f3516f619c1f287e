// A docker-registry process of our own on 127.0.0.1 (Debian's /usr/bin/docker-registry, distribution
// 2.8), with a temp storage folder and config: anonymous, htpasswd (basic auth) or token auth (bearer
// tokens from a token server the test runs). Needs no dockerd and no root.

import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

export const REGISTRY_BIN = '/usr/bin/docker-registry'

export interface RegistryProcess {
  /** host:port */
  host: string
  dir: string
  stop(): Promise<void>
}

export type RegistryAuth =
  | { kind: 'none' }
  | { kind: 'htpasswd'; user: string; password: string }
  | { kind: 'token'; realm: string; service: string; issuer: string; certFile: string }

/** A free port on 127.0.0.1 (the registry cannot listen on port 0 and tell us which it got). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer()
    s.on('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port
      s.close(() => resolve(port))
    })
  })
}

export async function startRegistry(
  auth: RegistryAuth = { kind: 'none' },
  opts: { readOnly?: boolean; dir?: string } = {}
): Promise<RegistryProcess> {
  // `dir`: serve another registry's storage (stopped first), e.g. read-only over images pushed before.
  const dir = opts.dir ?? (await mkdtemp(path.join(os.tmpdir(), 'gantry-registry-')))
  for (let tries = 0; ; tries++) {
    const port = await freePort()
    const lines = [
      'version: 0.1',
      'log:',
      '  level: error',
      '  accesslog:',
      '    disabled: true',
      'storage:',
      '  filesystem:',
      `    rootdirectory: ${dir}/data`,
      '  delete:',
      '    enabled: true',
      ...(opts.readOnly ? ['  maintenance:', '    readonly:', '      enabled: true'] : []),
      'http:',
      `  addr: 127.0.0.1:${port}`,
      '  secret: gantry-test-secret'
    ]
    if (auth.kind === 'htpasswd') {
      const hash = execFileSync('htpasswd', ['-Bbn', auth.user, auth.password], { encoding: 'utf8' }).trim()
      await writeFile(path.join(dir, 'htpasswd'), hash + '\n')
      lines.push('auth:', '  htpasswd:', '    realm: gantry-test', `    path: ${dir}/htpasswd`)
    } else if (auth.kind === 'token')
      lines.push(
        'auth:',
        '  token:',
        `    realm: ${auth.realm}`,
        `    service: ${auth.service}`,
        `    issuer: ${auth.issuer}`,
        `    rootcertbundle: ${auth.certFile}`
      )
    await writeFile(path.join(dir, 'config.yml'), lines.join('\n') + '\n')
    const child: ChildProcess = spawn(REGISTRY_BIN, ['serve', path.join(dir, 'config.yml')], {
      stdio: ['ignore', 'ignore', 'pipe']
    })
    let stderr = ''
    child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()))
    const exited = new Promise<number>(resolve => child.on('exit', code => resolve(code ?? 1)))
    const host = `127.0.0.1:${port}`
    const ready = await waitReady(host, exited)
    if (ready) {
      return {
        host,
        dir,
        stop: async () => {
          child.kill('SIGTERM')
          await exited
          if (!opts.dir) await rm(dir, { recursive: true, force: true })
        }
      }
    }
    if (tries >= 2) throw new Error(`docker-registry did not start: ${stderr.slice(-2000)}`)
  }
}

async function waitReady(host: string, exited: Promise<number>): Promise<boolean> {
  let done = false
  void exited.then(() => (done = true))
  for (let i = 0; i < 100 && !done; i++) {
    try {
      const res = await fetch(`http://${host}/v2/`)
      await res.arrayBuffer()
      if (res.status === 200 || res.status === 401) return true
    } catch {
      /* not yet */
    }
    await new Promise(r => setTimeout(r, 100))
  }
  return false
}
