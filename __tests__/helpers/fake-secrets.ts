// Real-format FAKE secrets for the secret scanner's tests and parity benchmark: keys generated with node:crypto
// (PKCS #1/#8/SEC 1 PEM, encrypted PEM, an OpenSSH ed25519 key built in the openssh-key-v1 format, an OpenPGP
// armored block with its CRC-24), and tokens with the shapes the providers document, from a seeded generator so
// a run is reproducible. None of these is valid anywhere.

import { createCipheriv, generateKeyPairSync, type KeyObject } from 'node:crypto'

/** mulberry32: a small seeded PRNG (public domain), so fake tokens are the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** `n` pseudo-random bytes from a seed (the AES-128-CTR keystream): fast and the same on every run. */
export function deterministicBytes(n: number, seed: number): Buffer {
  const key = Buffer.alloc(16)
  key.writeUInt32BE(seed >>> 0)
  return createCipheriv('aes-128-ctr', key, Buffer.alloc(16)).update(Buffer.alloc(n))
}

/** `n` characters of printable ASCII with a newline about every 50, from a seed. */
export function deterministicText(n: number, seed: number): string {
  const raw = deterministicBytes(n, seed)
  const table = Buffer.alloc(256)
  for (let b = 0; b < 256; b++) table[b] = b < 5 ? 10 : 32 + (b % 95)
  for (let i = 0; i < raw.length; i++) raw[i] = table[raw[i]]
  return raw.toString('latin1')
}

export const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
const BASE32_UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
const BASE64 = BASE62 + '+/'

export class FakeSecrets {
  private readonly rnd: () => number
  constructor(seed = 42) {
    this.rnd = seededRandom(seed)
  }

  chars(alphabet: string, n: number): string {
    let s = ''
    for (let i = 0; i < n; i++) s += alphabet[Math.floor(this.rnd() * alphabet.length)]
    return s
  }

  bytes(n: number): Buffer {
    return deterministicBytes(n, Math.floor(this.rnd() * 2 ** 32))
  }

  awsKeyId(prefix: 'AKIA' | 'ASIA' = 'AKIA'): string {
    return prefix + this.chars(BASE32_UPPER, 16)
  }

  awsSecret(): string {
    // Real ones are 40 base64 characters; keep drawing until it has every class (as nearly all real ones do).
    for (;;) {
      const s = this.chars(BASE64, 40)
      if (/[A-Z]/.test(s) && /[a-z]/.test(s) && /[0-9]/.test(s)) return s
    }
  }

  github(prefix: 'ghp_' | 'gho_' | 'ghu_' | 'ghs_' | 'ghr_' | 'github_pat_'): string {
    if (prefix === 'github_pat_') return `github_pat_${this.chars(BASE62, 22)}_${this.chars(BASE62, 59)}`
    if (prefix === 'ghr_') return `ghr_${this.chars(BASE62, 76)}`
    return prefix + this.chars(BASE62, 36)
  }

  slackToken(kind: 'b' | 'p' = 'b'): string {
    const digits = '0123456789'
    return `xox${kind}-${this.chars(digits, 12)}-${this.chars(digits, 13)}-${this.chars(BASE62, 24)}`
  }

  slackWebhook(): string {
    const up = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
    return `https://hooks.slack.com/services/T${this.chars(up, 10)}/B${this.chars(up, 10)}/${this.chars(BASE62, 24)}`
  }

  /** A password-like value for the generic rule: mixed classes, 20 characters. */
  password(): string {
    return this.chars(BASE62 + '!#%&*+-', 20)
  }
}

export type KeyKind =
  'rsa-pkcs1' | 'pkcs8' | 'ec-sec1' | 'encrypted-pkcs8' | 'rsa-pkcs1-encrypted' | 'dsa' | 'openssh' | 'pgp'

/** A private key in PEM (or OpenSSH/OpenPGP armor) of the given kind. */
export function fakePrivateKey(kind: KeyKind, fake = new FakeSecrets(7)): string {
  switch (kind) {
    case 'rsa-pkcs1':
      return rsa().export({ type: 'pkcs1', format: 'pem' }).toString()
    case 'pkcs8':
      return rsa().export({ type: 'pkcs8', format: 'pem' }).toString()
    case 'encrypted-pkcs8':
      return rsa()
        .export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'not-a-real-passphrase' })
        .toString()
    case 'rsa-pkcs1-encrypted':
      return rsa()
        .export({ type: 'pkcs1', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'not-a-real-passphrase' })
        .toString()
    case 'ec-sec1':
      return generateKeyPairSync('ec', { namedCurve: 'P-256' })
        .privateKey.export({ type: 'sec1', format: 'pem' })
        .toString()
    case 'dsa':
      return generateKeyPairSync('dsa', { modulusLength: 1024, divisorLength: 160 })
        .privateKey.export({ type: 'pkcs8', format: 'pem' })
        .toString()
    case 'openssh':
      return opensshEd25519(fake)
    case 'pgp':
      return pgpArmored(fake)
  }
}

let rsaKey: KeyObject | undefined
function rsa(): KeyObject {
  rsaKey ??= generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey
  return rsaKey
}

/** An unencrypted ed25519 key in OpenSSH's openssh-key-v1 format (PROTOCOL.key in OpenSSH's sources). */
function opensshEd25519(fake: FakeSecrets): string {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519')
  const pub = Buffer.from(publicKey.export({ format: 'jwk' }).x as string, 'base64url')
  const seed = Buffer.from(privateKey.export({ format: 'jwk' }).d as string, 'base64url')
  const str = (b: Buffer | string) => {
    const buf = Buffer.isBuffer(b) ? b : Buffer.from(b)
    const len = Buffer.alloc(4)
    len.writeUInt32BE(buf.length)
    return Buffer.concat([len, buf])
  }
  const u32 = (n: number) => {
    const b = Buffer.alloc(4)
    b.writeUInt32BE(n)
    return b
  }
  const pubBlob = Buffer.concat([str('ssh-ed25519'), str(pub)])
  const check = fake.bytes(4)
  let priv = Buffer.concat([
    check,
    check,
    str('ssh-ed25519'),
    str(pub),
    str(Buffer.concat([seed, pub])),
    str('fake@gantry')
  ])
  const pad: number[] = []
  for (let i = 1; (priv.length + pad.length) % 8; i++) pad.push(i)
  priv = Buffer.concat([priv, Buffer.from(pad)])
  const blob = Buffer.concat([
    Buffer.from('openssh-key-v1\0'),
    str('none'),
    str('none'),
    str(''),
    u32(1),
    str(pubBlob),
    str(priv)
  ])
  const b64 = blob.toString('base64').replace(/.{70}/g, '$&\n')
  return `-----BEGIN OPENSSH PRIVATE KEY-----\n${b64.trimEnd()}\n-----END OPENSSH PRIVATE KEY-----\n`
}

/** CRC-24 of RFC 4880 §6.1. */
function crc24(data: Buffer): number {
  let crc = 0xb704ce
  for (const byte of data) {
    crc ^= byte << 16
    for (let i = 0; i < 8; i++) {
      crc <<= 1
      if (crc & 0x1000000) crc ^= 0x1864cfb
    }
  }
  return crc & 0xffffff
}

/** An ASCII-armored OpenPGP private key block (RFC 4880 §6.2) around random packet bytes. */
function pgpArmored(fake: FakeSecrets): string {
  const data = Buffer.concat([Buffer.from([0x95, 0x03, 0xc6]), fake.bytes(966)])
  const crc = Buffer.from([(crc24(data) >> 16) & 0xff, (crc24(data) >> 8) & 0xff, crc24(data) & 0xff])
  const b64 = data.toString('base64').replace(/.{64}/g, '$&\n')
  return (
    '-----BEGIN PGP PRIVATE KEY BLOCK-----\nComment: fake key for gantry tests\n\n' +
    `${b64.trimEnd()}\n=${crc.toString('base64')}\n-----END PGP PRIVATE KEY BLOCK-----\n`
  )
}

/** A GCP service-account key file with a fake PKCS #8 key, as the console downloads it. */
export function fakeGcpServiceAccount(fake = new FakeSecrets(11)): string {
  return `${JSON.stringify(
    {
      type: 'service_account',
      project_id: 'gantry-fake-project',
      private_key_id: fake.chars('0123456789abcdef', 40),
      private_key: fakePrivateKey('pkcs8'),
      client_email: 'fake@gantry-fake-project.iam.gserviceaccount.com',
      client_id: fake.chars('0123456789', 21),
      auth_uri: 'https://accounts.google.com/o/oauth2/auth',
      token_uri: 'https://oauth2.googleapis.com/token'
    },
    null,
    2
  )}\n`
}
