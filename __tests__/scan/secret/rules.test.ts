import { shannonEntropy } from '../../../src/scan/secret/entropy.js'
import { isPlaceholder, isSecretName } from '../../../src/scan/secret/names.js'
import { maskSecret } from '../../../src/scan/secret/redact.js'
import { GENERIC_ENTROPY_THRESHOLD, isGenericSecretValue } from '../../../src/scan/secret/rules.js'
import { scanSecrets } from '../../../src/scan/secret/scan.js'
import {
  BASE62,
  FakeSecrets,
  fakeGcpServiceAccount,
  fakePrivateKey,
  type KeyKind
} from '../../helpers/fake-secrets.js'

const fake = new FakeSecrets(1)
const ids = (text: string, path = 'app/config.txt') =>
  scanSecrets(text, path).map(f => [f.id, f.locations[0].line])

describe('private keys', () => {
  const kinds: [KeyKind, string][] = [
    ['rsa-pkcs1', 'RSA private key'],
    ['pkcs8', 'Private key (PKCS #8)'],
    ['encrypted-pkcs8', 'Encrypted private key (PKCS #8)'],
    ['rsa-pkcs1-encrypted', 'RSA private key'],
    ['ec-sec1', 'EC private key'],
    ['dsa', 'Private key (PKCS #8)'],
    ['openssh', 'OpenSSH private key'],
    ['pgp', 'PGP private key block']
  ]
  test.each(kinds)('%s: found on the BEGIN line, spanning to END', (kind, title) => {
    const key = fakePrivateKey(kind)
    const text = `# deploy key\n\n${key}`
    const f = scanSecrets(text, 'etc/app/key.pem')
    expect(f).toHaveLength(1)
    expect(f[0]).toMatchObject({ id: 'GANTRY-SECRET-001', severity: 'HIGH', title })
    expect(f[0].locations[0]).toMatchObject({ path: 'etc/app/key.pem', line: 3, column: 1 })
    expect(f[0].locations[0].endLine).toBe(2 + key.trimEnd().split('\n').length)
    expect(f[0].match).toMatch(/^-----BEGIN [A-Z ]*PRIVATE KEY( BLOCK)?-----\*{5}$/)
  })

  test('in a string with escaped newlines, as source code and JSON hold it', () => {
    const key = fakePrivateKey('ec-sec1').trimEnd().replace(/\n/g, '\\n')
    expect(ids(`const key = "${key}"\n`, 'main.js')).toEqual([['GANTRY-SECRET-001', 1]])
  })

  test('placeholders, truncated keys and public keys are not keys', () => {
    expect(ids('-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----\n')).toEqual([])
    expect(
      ids(`-----BEGIN PRIVATE KEY-----\n${'x'.repeat(64)}\n${'X'.repeat(64)}\n-----END PRIVATE KEY-----\n`)
    ).toEqual([])
    const key = fakePrivateKey('pkcs8')
    expect(ids(key.slice(0, key.indexOf('-----END')))).toEqual([])
    expect(ids(key.replace(/PRIVATE/g, 'PUBLIC'))).toEqual([])
  })
})

describe('AWS', () => {
  test('access key ids (AKIA, ASIA) on their line and column', () => {
    const id = fake.awsKeyId()
    const f = scanSecrets(`[default]\naws_access_key_id = ${id}\n`, 'root/.aws/credentials')
    expect(f.map(x => [x.id, x.locations[0].line, x.locations[0].column, x.match])).toEqual([
      ['GANTRY-SECRET-002', 2, 21, `AKIA*****`]
    ])
    expect(ids(`key: ${fake.awsKeyId('ASIA')}`)).toEqual([['GANTRY-SECRET-002', 1]])
  })

  test('the secret key when named, or unnamed within five lines of an id', () => {
    const id = fake.awsKeyId()
    const secret = fake.awsSecret()
    expect(ids(`[default]\naws_access_key_id = ${id}\naws_secret_access_key = ${secret}\n`)).toEqual([
      ['GANTRY-SECRET-002', 2],
      ['GANTRY-SECRET-003', 3]
    ])
    expect(ids(`{"SecretAccessKey": "${secret}"}`)).toEqual([['GANTRY-SECRET-003', 1]])
    expect(ids(`AWS_SECRET_KEY=${secret}`)).toEqual([['GANTRY-SECRET-003', 1]])
    expect(ids(`creds ${id}\n\n\nsecret part ${secret}\n`)).toEqual([
      ['GANTRY-SECRET-002', 1],
      ['GANTRY-SECRET-003', 4]
    ])
  })

  test('not: AWS documentation examples, unique ids of users and roles, a far-away 40-char token, a SHA-1', () => {
    expect(ids('aws_access_key_id = AKIAIOSFODNN7EXAMPLE')).toEqual([])
    expect(ids('aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')).toEqual([])
    expect(ids(`user ${'AIDA' + 'ABCDEFGHIJKLMNOP'}`)).toEqual([])
    const far = `id ${fake.awsKeyId()}\n${'\n'.repeat(10)}value ${fake.awsSecret()}\n`
    expect(ids(far).map(x => x[0])).toEqual(['GANTRY-SECRET-002'])
    expect(
      ids(`id ${fake.awsKeyId()}\ncommit ${fake.chars('0123456789abcdef', 40)}\n`).map(x => x[0])
    ).toEqual(['GANTRY-SECRET-002'])
    expect(ids(`AKIA${fake.chars('0123456789ABCDEF', 16)}x`)).toEqual([])
  })
})

describe('GCP service accounts', () => {
  test('a key file: on the "type" line, and its private key too', () => {
    const json = fakeGcpServiceAccount()
    const typeLine = json.split('\n').findIndex(l => l.includes('"type"')) + 1
    const keyLine = json.split('\n').findIndex(l => l.includes('"private_key"')) + 1
    expect(ids(json, 'app/sa.json')).toEqual([
      ['GANTRY-SECRET-004', typeLine],
      ['GANTRY-SECRET-001', keyLine]
    ])
  })

  test('not without a private key', () => {
    expect(ids('{"type": "service_account", "client_email": "a@b.iam.gserviceaccount.com"}')).toEqual([])
  })
})

describe('GitHub tokens', () => {
  test.each([
    ['ghp_', 'GitHub personal access token (classic)'],
    ['gho_', 'GitHub OAuth access token'],
    ['ghu_', 'GitHub App user-to-server token'],
    ['ghs_', 'GitHub App installation token'],
    ['ghr_', 'GitHub refresh token'],
    ['github_pat_', 'GitHub fine-grained personal access token']
  ] as const)('%s', (prefix, title) => {
    const token = fake.github(prefix)
    const f = scanSecrets(`export GH=${token}\n`, 'app/.env')
    expect(f.map(x => [x.id, x.title, x.locations[0].line, x.locations[0].column])).toEqual([
      ['GANTRY-SECRET-005', title, 1, 11]
    ])
    expect(f[0].match).toBe(`${prefix}*****${token.slice(-4)}`)
  })

  test('the new installation token format with dots and dashes', () => {
    const token = `ghs_12345_${fake.chars(BASE62, 40)}.${fake.chars(BASE62, 60)}-${fake.chars(BASE62, 20)}`
    expect(ids(`token: ${token}`)).toEqual([['GANTRY-SECRET-005', 1]])
  })

  test('not: wrong length, wrong charset, inside a longer word, placeholders', () => {
    expect(ids(`ghp_${fake.chars(BASE62, 35)}`)).toEqual([])
    expect(ids(`ghp_${fake.chars(BASE62, 37)}`)).toEqual([])
    expect(ids(`xghp_${fake.chars(BASE62, 36)}`)).toEqual([])
    expect(ids(`ghp_${'x'.repeat(36)} ghp_${'0'.repeat(36)}`)).toEqual([])
    expect(ids(`github_pat_${fake.chars(BASE62, 22)}${fake.chars(BASE62, 59)}`)).toEqual([])
  })
})

describe('Slack', () => {
  test('bot and user tokens, webhooks', () => {
    expect(ids(`SLACK=${fake.slackToken('b')}\nuser: ${fake.slackToken('p')}\n`)).toEqual([
      ['GANTRY-SECRET-006', 1],
      ['GANTRY-SECRET-006', 2]
    ])
    const hook = fake.slackWebhook()
    const f = scanSecrets(`url = "${hook}"`, 'app/notify.toml')
    expect(f.map(x => x.id)).toEqual(['GANTRY-SECRET-007'])
    expect(f[0].match).toBe(`https://hooks.slack.com/…/*****${hook.slice(-4)}`)
  })

  test('not: documentation placeholders', () => {
    expect(ids('token: xoxb-your-token-here')).toEqual([])
    expect(ids('https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX')).toEqual([])
  })
})

describe('generic assignments', () => {
  test('password, secret, api key and token assignments in the usual syntaxes', () => {
    const v = fake.password()
    const lines = [
      `password = "${v}"`,
      `DB_PASSWORD=${v}`,
      `  "apiKey": "${v}",`,
      `client_secret: '${v}'`,
      `auth_token := "${v}"`,
      `db.password=${v}`
    ]
    expect(ids(lines.join('\n'))).toEqual(lines.map((_, i) => ['GANTRY-SECRET-008', i + 1]))
    expect(scanSecrets(lines[0], 'a.conf')[0].title).toBe('Secret assigned to password')
  })

  test('not: placeholders, references, words, identifiers, paths, comparisons, names that are not secrets', () => {
    const misses = [
      'password = "changeme"',
      'password = "${DB_PASSWORD}"',
      'password: <your-password>',
      'password: "{{ .Values.password }}"',
      'api_key = "xxxxxxxxxxxxxxxx"',
      'secret = os.Getenv("SECRET")',
      'token = config.auth.token',
      'password: mysecretpassword',
      'token_type = "Authorization"',
      'password_file = "/run/secrets/db_password"',
      'token_url = "https://oauth2.example.org/token"',
      'if password == "hunter2hunter2":',
      'secret: SECRET_KEY_NAME',
      'password: ********',
      'secret_key = 12345678',
      'GPG_KEY=0D96DF4D4110E5C43FBFB17F2D347EA6AA65421D',
      'public_key = "AbCdEf0123456789xyz"',
      'Password string `json:"password"`',
      'password_encryption = scram-sha-256'
    ]
    for (const line of misses) expect([line, ids(line)]).toEqual([line, []])
  })

  test('in source code only quoted literals count: an unquoted value is an expression', () => {
    const v = fake.password()
    expect(
      ids(`PrivateKey: testRSA2048PrivateKey,\ntoken := tokens[idx2]\nkey := "${v}"\n`, 'main.go')
    ).toEqual([])
    expect(ids(`apiKey := "${v}"\nPrivateKey: testRSA2048PrivateKey,\n`, 'main.go')).toEqual([
      ['GANTRY-SECRET-008', 1]
    ])
    expect(ids(`private_key = x9Tq2mLp4Zr8Kd1V\n`, 'app.conf')).toEqual([['GANTRY-SECRET-008', 1]])
    expect(ids(`DB_PASSWORD=ab&cd*9XyZ:12\nlist_token = [a1B2c3D4e5]\n`, '.env')).toEqual([
      ['GANTRY-SECRET-008', 1]
    ])
    expect(ids(`private_key = x9Tq2mLp4Zr8Kd1V\n`, 'app.py')).toEqual([])
    expect(
      ids(`const magic = "openssh-key-v1\\x00"\nprivateKeyAuthMagic = "openssh-key-v1\\x00"\n`, 'keys.go')
    ).toEqual([])
  })

  test('a specific rule wins over the generic one on the same value', () => {
    const token = fake.github('ghp_')
    expect(ids(`GITHUB_TOKEN=${token}`)).toEqual([['GANTRY-SECRET-005', 1]])
  })

  test('the entropy threshold separates generated tokens from low-variety values', () => {
    // 12+ characters from a hex or larger alphabet: measure how many generated tokens pass.
    const gen = new FakeSecrets(3)
    let pass = 0
    for (let i = 0; i < 2000; i++) if (isGenericSecretValue(gen.chars('0123456789abcdef', 24) + 'Z')) pass++
    expect(pass / 2000).toBeGreaterThan(0.99)
    // Letters-only values are taken for identifiers: (52/62)^20 ≈ 3% of random 20-character base62 tokens.
    pass = 0
    for (let i = 0; i < 2000; i++) if (isGenericSecretValue(gen.chars(BASE62, 20))) pass++
    expect(pass / 2000).toBeGreaterThan(0.95)
    for (const low of ['12341234', 'aaaaBBBB', 'abcabc123', 'Aa1Aa1Aa1Aa1'])
      expect([low, shannonEntropy(low) < GENERIC_ENTROPY_THRESHOLD]).toEqual([low, true])
  })
})

describe('names and placeholders', () => {
  test('secret-like names', () => {
    for (const n of [
      'DB_PASSWORD',
      'apiKey',
      'API_KEY',
      'client-secret',
      'GITHUB_TOKEN',
      'AWS_ACCESS_KEY_ID',
      'passwd'
    ])
      expect([n, isSecretName(n)]).toEqual([n, true])
    for (const n of [
      'PWD',
      'PASSWORD_FILE',
      'TOKEN_URL',
      'GPG_KEY',
      'PUBLIC_KEY',
      'KEY',
      'MONKEY',
      'AUTHOR',
      'USER'
    ])
      expect([n, isSecretName(n)]).toEqual([n, false])
  })

  test('placeholders', () => {
    for (const v of [
      '',
      '${TOKEN}',
      '$TOKEN',
      '<token>',
      'changeme',
      'your-token-here',
      'xxxx1234',
      'null',
      '***'
    ])
      expect([v, isPlaceholder(v)]).toEqual([v, true])
    expect(isPlaceholder('s3cr3t-V4lue-9Zq')).toBe(false)
  })

  test('masking keeps a public prefix and the last four characters of long values only', () => {
    expect(maskSecret('ghp_abcdefghijklmnopqrstuvwxyz0123456789', 'ghp_')).toBe('ghp_*****6789')
    expect(maskSecret('short-secret')).toBe('*****')
  })
})

describe('redaction: no raw secret in any finding', () => {
  test('every rule family, serialized', () => {
    const values = [
      fake.awsKeyId(),
      fake.awsSecret(),
      fake.github('ghp_'),
      fake.github('github_pat_'),
      fake.slackToken(),
      fake.slackWebhook(),
      fake.password()
    ]
    const key = fakePrivateKey('rsa-pkcs1')
    const text = [
      `aws_access_key_id=${values[0]}`,
      `aws_secret_access_key=${values[1]}`,
      `t1 ${values[2]}`,
      `t2 ${values[3]}`,
      `t3 ${values[4]}`,
      `t4 ${values[5]}`,
      `password = "${values[6]}"`,
      key,
      fakeGcpServiceAccount()
    ].join('\n')
    const f = scanSecrets(text, 'app/all.txt')
    expect(new Set(f.map(x => x.id)).size).toBe(8)
    const json = JSON.stringify(f)
    for (const v of values) expect(json).not.toContain(v)
    // No 16-character run of any key body survives.
    for (const line of key.split('\n').filter(l => l.length >= 16 && !l.startsWith('-----')))
      expect(json).not.toContain(line.slice(0, 16))
  })
})
