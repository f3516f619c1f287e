// A small token server for a docker-registry in token-auth mode (distribution's token spec): it checks
// Basic credentials, grants the scopes asked for, and signs RS256 JWTs with a key and self-signed
// certificate the test generates (openssl); the certificate goes in the JWT's x5c header and in the
// registry's rootcertbundle, which is how distribution 2.8 verifies tokens. `refuse` answers 401 always.

import { createSign, randomUUID, X509Certificate } from 'node:crypto'
import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'

export interface TokenServer {
  realm: string
  service: string
  issuer: string
  certFile: string
  /** Every request: its scopes and whether it carried credentials (never the credentials themselves). */
  requests: { scopes: string[]; authenticated: boolean; service: string | null }[]
  mode: 'grant' | 'refuse'
  stop(): Promise<void>
}

const b64url = (b: Buffer | string): string => Buffer.from(b).toString('base64url')

export async function startTokenServer(opts: { user: string; password: string }): Promise<TokenServer> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'gantry-token-'))
  const keyFile = path.join(dir, 'key.pem')
  const certFile = path.join(dir, 'cert.pem')
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      keyFile,
      '-out',
      certFile,
      '-days',
      '2',
      '-subj',
      '/CN=gantry-test-token'
    ],
    { stdio: 'ignore' }
  )
  const key = await readFile(keyFile, 'utf8')
  const der = new X509Certificate(await readFile(certFile)).raw
  const service = 'gantry-test-registry'
  const issuer = 'gantry-test-issuer'
  const expected = `Basic ${Buffer.from(`${opts.user}:${opts.password}`).toString('base64')}`
  const state: Omit<TokenServer, 'realm' | 'stop'> = {
    service,
    issuer,
    certFile,
    requests: [],
    mode: 'grant'
  }

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x')
    const scopes = url.searchParams.getAll('scope')
    const auth = req.headers.authorization
    state.requests.push({ scopes, authenticated: !!auth, service: url.searchParams.get('service') })
    if (state.mode === 'refuse' || (auth && auth !== expected) || !auth) {
      res.writeHead(401, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ errors: [{ code: 'UNAUTHORIZED', message: 'no' }] }))
      return
    }
    const access = scopes.flatMap(s =>
      s.split(' ').map(one => {
        const [type, ...rest] = one.split(':')
        const actions = rest.pop() ?? ''
        return { type, name: rest.join(':'), actions: actions.split(',').filter(Boolean) }
      })
    )
    const now = Math.floor(Date.now() / 1000)
    const header = { alg: 'RS256', typ: 'JWT', x5c: [der.toString('base64')] }
    const claims = {
      iss: issuer,
      sub: opts.user,
      aud: service,
      exp: now + 300,
      nbf: now - 10,
      iat: now,
      jti: randomUUID(),
      access
    }
    const signing = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`
    const sig = createSign('RSA-SHA256').update(signing).sign(key)
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ token: `${signing}.${b64url(sig)}`, expires_in: 300 }))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as { port: number }).port
  return Object.assign(state, {
    realm: `http://127.0.0.1:${port}/token`,
    stop: async () => {
      await new Promise<void>(resolve => server.close(() => resolve()))
      await rm(dir, { recursive: true, force: true })
    }
  }) as TokenServer
}
