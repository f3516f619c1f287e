// The secret rules: a few families with real formats and low false positives (private keys, AWS key pairs, GCP
// service-account keys, GitHub and Slack tokens, generic high-entropy assignments). Each finder works on a text
// window and returns offsets; it never keeps more of a match than its masked form. Formats: PEM (RFC 7468),
// OpenPGP armor (RFC 4880 §6.2), AWS access keys (IAM docs: AKIA long-term, ASIA temporary), GitHub's token
// prefixes and lengths (GitHub's "authentication token formats" post; fine-grained `github_pat_` 22+59), Slack
// token and webhook shapes; Trivy v0.74.0's built-in rule set (pkg/fanal/secret) for the equivalents.

import type { RuleInfo } from '../rule.js'
import { shannonEntropy } from './entropy.js'
import { isPlaceholder, isSecretName } from './names.js'
import { maskSecret } from './redact.js'

/** A match in a window of text, with the secret already masked. */
export interface SecretHit {
  rule: SecretRule
  /** Offsets in the window text: where the match starts and ends (end exclusive). */
  start: number
  end: number
  masked: string
  /** A more specific title for this match (`GitHub fine-grained personal access token`). */
  title?: string
}

export interface SecretRule extends RuleInfo {
  /** Lower-case strings of which at least one must occur in the text for the finder to run (a cheap filter). */
  keywords: string[]
  /** A catch-all: its match is dropped where a specific rule matched the same text. */
  fallback?: boolean
  /** `path` is the file's, for rules that read code and configuration differently. */
  find(text: string, path: string): Omit<SecretHit, 'rule'>[]
}

/** The longest a match can be: the window scanner keeps this much overlap between windows. */
export const MAX_MATCH_CHARS = 16 * 1024

const trivy = (...ids: string[]) => ids.map(id => ({ tool: 'trivy' as const, id }))

/** Matches whose text says it is an example (AWS's documented AKIAIOSFODNN7EXAMPLE) are not secrets. */
const isExample = (s: string) => /example/i.test(s)

// --- private keys -----------------------------------------------------------------------------------------

const PEM_BEGIN = /-----\s?BEGIN ((?:[A-Z0-9]+ ){0,3})PRIVATE KEY( BLOCK)?\s?-----/g

/**
 * Whether the text between BEGIN and END is a key body: base64 lines, RFC 1421 headers (`Proc-Type:`,
 * `DEK-Info:`) or armor headers (`Version:`, `Comment:`) allowed, newlines real or escaped (`\n` in JSON and
 * source strings), at least 64 base64 characters of some variety, and no placeholder (`...`, `XXXX…`).
 */
export function isKeyBody(raw: string): boolean {
  const lines = raw
    .replace(/\\r|\\n/g, '\n')
    .split(/\r?\n/)
    .map(l => l.trim().replace(/^["']|["',+]+$/g, ''))
    .filter(l => l && !/^[A-Za-z][A-Za-z0-9-]*:\s/.test(l))
  const body = lines.join('')
  if (body.length < 64 || !/^[A-Za-z0-9+/=]+$/.test(body)) return false
  // Zero bytes in DER and OpenSSH's length fields give runs of `A`; a run of 24 is filler, not a key.
  return shannonEntropy(body) > 4 && !/(.)\1{23}/.test(body)
}

const KEY_KINDS: Record<string, string> = {
  '': 'Private key (PKCS #8)',
  'RSA ': 'RSA private key',
  'EC ': 'EC private key',
  'DSA ': 'DSA private key',
  'OPENSSH ': 'OpenSSH private key',
  'ENCRYPTED ': 'Encrypted private key (PKCS #8)',
  'PGP ': 'PGP private key block'
}

function findPrivateKeys(text: string): Omit<SecretHit, 'rule'>[] {
  const out: Omit<SecretHit, 'rule'>[] = []
  PEM_BEGIN.lastIndex = 0
  for (let m = PEM_BEGIN.exec(text); m; m = PEM_BEGIN.exec(text)) {
    const label = m[1] ?? ''
    const bodyStart = m.index + m[0].length
    const end = text.indexOf('-----END', bodyStart)
    if (end < 0 || end - bodyStart > MAX_MATCH_CHARS - 200) continue
    const close = /^-----END ((?:[A-Z0-9]+ ){0,3})PRIVATE KEY( BLOCK)?\s?-----/.exec(
      text.slice(end, end + 80)
    )
    if (!close || !isKeyBody(text.slice(bodyStart, end))) continue
    out.push({
      start: m.index,
      end: end + close[0].length,
      masked: `-----BEGIN ${label}PRIVATE KEY${m[2] ?? ''}-----*****`,
      title: KEY_KINDS[label] ?? `${label.trim()} private key`
    })
    PEM_BEGIN.lastIndex = end + close[0].length
  }
  return out
}

// --- AWS ----------------------------------------------------------------------------------------------------

// AKIA: a long-term access key, ASIA: a temporary one (STS), A3T…: the oldest format. AIDA/AROA/… are unique
// ids of users and roles, not credentials: Trivy matches them, gantry does not.
const AWS_KEY_ID = /(?<![A-Za-z0-9])((?:AKIA|ASIA|A3T[A-Z0-9])[A-Z0-9]{16})(?![A-Za-z0-9])/g

function findAwsKeyIds(text: string): Omit<SecretHit, 'rule'>[] {
  const out: Omit<SecretHit, 'rule'>[] = []
  AWS_KEY_ID.lastIndex = 0
  for (let m = AWS_KEY_ID.exec(text); m; m = AWS_KEY_ID.exec(text)) {
    const id = m[1]
    if (isExample(id) || shannonEntropy(id.slice(4)) < 2.5) continue
    out.push({ start: m.index, end: m.index + id.length, masked: maskSecret(id, id.slice(0, 4)) })
  }
  return out
}

// `aws_secret_access_key = …`, `"SecretAccessKey": "…"`, `AWS_SECRET_KEY: …` with a 40-character value.
const AWS_SECRET_ASSIGNED =
  /(aws_?(?:sec(?:ret)?_?)?(?:access_?)?key|secret_?access_?key)["']?\s*(?::=|=>|=|:)\s*["']?([A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])/gi
// Any 40-character base64 token: a secret only when an access key id is a few lines away.
const AWS_SECRET_SHAPE = /(?<![A-Za-z0-9/+=])([A-Za-z0-9/+]{39}[A-Za-z0-9/+=])(?![A-Za-z0-9/+=])/g
/** How far (in lines) an unlabelled secret may be from its access key id to count as its pair. */
const AWS_PAIR_LINES = 5

const looksLikeAwsSecret = (s: string) =>
  !isExample(s) &&
  !isPlaceholder(s) &&
  /[A-Z]/.test(s) &&
  /[a-z]/.test(s) &&
  /[0-9]/.test(s) &&
  !/^[0-9a-fA-F]+$/.test(s) &&
  shannonEntropy(s) >= 4

function findAwsSecrets(text: string): Omit<SecretHit, 'rule'>[] {
  const out: Omit<SecretHit, 'rule'>[] = []
  const seen = new Set<number>()
  AWS_SECRET_ASSIGNED.lastIndex = 0
  for (let m = AWS_SECRET_ASSIGNED.exec(text); m; m = AWS_SECRET_ASSIGNED.exec(text)) {
    const secret = m[2]
    const start = m.index + m[0].length - secret.length
    if (isExample(secret) || isPlaceholder(secret) || shannonEntropy(secret) < 3.5) continue
    seen.add(start)
    out.push({ start, end: start + secret.length, masked: maskSecret(secret) })
  }
  const ids = findAwsKeyIds(text)
  if (!ids.length) return out
  const lineOf = lineIndex(text)
  const idLines = ids.map(h => lineOf(h.start))
  AWS_SECRET_SHAPE.lastIndex = 0
  for (let m = AWS_SECRET_SHAPE.exec(text); m; m = AWS_SECRET_SHAPE.exec(text)) {
    if (seen.has(m.index) || !looksLikeAwsSecret(m[1])) continue
    const line = lineOf(m.index)
    if (!idLines.some(l => Math.abs(l - line) <= AWS_PAIR_LINES)) continue
    out.push({ start: m.index, end: m.index + m[1].length, masked: maskSecret(m[1]) })
  }
  return out.sort((a, b) => a.start - b.start)
}

/** A function from an offset in `text` to its 0-based line. */
export function lineIndex(text: string): (offset: number) => number {
  const nl: number[] = []
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) nl.push(i)
  return offset => {
    let lo = 0
    let hi = nl.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (nl[mid] < offset) lo = mid + 1
      else hi = mid
    }
    return lo
  }
}

// --- GCP ------------------------------------------------------------------------------------------------------

const GCP_TYPE = /"type"\s*:\s*"service_account"/g
const GCP_KEY = /"private_key"\s*:\s*"(-----BEGIN [A-Z ]*PRIVATE KEY-----)((?:[^"\\]|\\.){64,8192}?)-----END/g
/** A service-account key file is about 2.3 KB: its private key is never farther than this from its type. */
const GCP_PAIR_CHARS = 8192

function findGcpServiceAccounts(text: string): Omit<SecretHit, 'rule'>[] {
  const keys: number[] = []
  GCP_KEY.lastIndex = 0
  for (let m = GCP_KEY.exec(text); m; m = GCP_KEY.exec(text)) if (isKeyBody(m[2])) keys.push(m.index)
  if (!keys.length) return []
  const out: Omit<SecretHit, 'rule'>[] = []
  GCP_TYPE.lastIndex = 0
  for (let m = GCP_TYPE.exec(text); m; m = GCP_TYPE.exec(text)) {
    const at = m.index
    if (!keys.some(k => Math.abs(k - at) <= GCP_PAIR_CHARS)) continue
    out.push({ start: at, end: at + m[0].length, masked: 'service_account private_key *****' })
  }
  return out
}

// --- GitHub ---------------------------------------------------------------------------------------------------

// Classic tokens: a prefix and 36 base62 characters (30 random + a 6-character checksum). Refresh tokens are
// longer (Trivy: 76). Installation tokens (`ghs_`) moved to a longer format with `.`, `-` and `_` in 2026.
const GITHUB_TOKEN =
  /(?<![A-Za-z0-9_])(gh[pou]_[A-Za-z0-9]{36}|ghr_[A-Za-z0-9]{36}(?:[A-Za-z0-9]{40})?|ghs_[A-Za-z0-9._-]{36,1024}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})(?![A-Za-z0-9_])/g

const GITHUB_KINDS: Record<string, string> = {
  ghp_: 'GitHub personal access token (classic)',
  gho_: 'GitHub OAuth access token',
  ghu_: 'GitHub App user-to-server token',
  ghs_: 'GitHub App installation token',
  ghr_: 'GitHub refresh token',
  github_pat_: 'GitHub fine-grained personal access token'
}

function findGithubTokens(text: string): Omit<SecretHit, 'rule'>[] {
  const out: Omit<SecretHit, 'rule'>[] = []
  GITHUB_TOKEN.lastIndex = 0
  for (let m = GITHUB_TOKEN.exec(text); m; m = GITHUB_TOKEN.exec(text)) {
    const token = m[1]
    const prefix = token.startsWith('github_pat_') ? 'github_pat_' : token.slice(0, 4)
    const rest = token.slice(prefix.length)
    if (isExample(rest) || isPlaceholder(rest) || shannonEntropy(rest) < 3) continue
    out.push({
      start: m.index,
      end: m.index + token.length,
      masked: maskSecret(token, prefix),
      title: GITHUB_KINDS[prefix]
    })
  }
  return out
}

// --- Slack ----------------------------------------------------------------------------------------------------

const SLACK_TOKEN = /(?<![A-Za-z0-9_-])(xox[baprs])-([0-9A-Za-z]{10,48}(?:-[0-9A-Za-z]{1,64}){0,4})/g
const SLACK_WEBHOOK =
  /https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/T[A-Z0-9]{8,12}\/[A-Z0-9]{8,12}\/(?:[0-9]{6,20}\/)?([A-Za-z0-9]{20,64})(?![A-Za-z0-9])/g

function findSlackTokens(text: string): Omit<SecretHit, 'rule'>[] {
  const out: Omit<SecretHit, 'rule'>[] = []
  SLACK_TOKEN.lastIndex = 0
  for (let m = SLACK_TOKEN.exec(text); m; m = SLACK_TOKEN.exec(text)) {
    const rest = m[2]
    if (isExample(rest) || isPlaceholder(rest) || shannonEntropy(rest) < 2.5) continue
    out.push({ start: m.index, end: m.index + m[0].length, masked: maskSecret(m[0], `${m[1]}-`) })
  }
  return out
}

function findSlackWebhooks(text: string): Omit<SecretHit, 'rule'>[] {
  const out: Omit<SecretHit, 'rule'>[] = []
  SLACK_WEBHOOK.lastIndex = 0
  for (let m = SLACK_WEBHOOK.exec(text); m; m = SLACK_WEBHOOK.exec(text)) {
    const secret = m[1]
    if (isExample(secret) || isPlaceholder(secret) || shannonEntropy(secret) < 3) continue
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      masked: `https://hooks.slack.com/…/${maskSecret(secret)}`
    })
  }
  return out
}

// --- generic assignments --------------------------------------------------------------------------------------

const GENERIC_KEYWORD =
  /pass(?:wd|word|phrase)|pword|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|credential/gi
const IDENT = /[A-Za-z0-9_.-]/

/**
 * The generic rule's entropy threshold, in bits per character. Shannon entropy over the characters of a short
 * string cannot tell an English phrase from a random one (`mysecretpassword` scores 3.75), so words are
 * excluded by shape (one letter case and no digit, identifiers, placeholders) and the threshold only rejects
 * low-variety values: 3.0 bits means at least 8 evenly used symbols, which `12341234`, `aaaaBBBB` and
 * `abcabc123` do not reach, while random tokens of 12+ characters from a 16-symbol (hex) or larger alphabet
 * exceed it in the large majority of draws (the unit tests measure this on generated tokens).
 */
export const GENERIC_ENTROPY_THRESHOLD = 3.0
export const GENERIC_MIN_LENGTH = 8
const GENERIC_MAX_LENGTH = 256

/**
 * Characters an unquoted value (in configuration; source code needs quotes) may have: brackets, parentheses and
 * braces make it a list, a call or a template rather than a literal.
 */
const UNQUOTED_VALUE = /^[A-Za-z0-9+/=_.~!@#%^&*:?|-]+$/

/**
 * Whether an assigned value looks like a literal secret rather than a word, an identifier, an expression, a
 * reference or a placeholder. Letters alone are an identifier or a word (`tokenArrayValue`, `Authorization`):
 * random secrets of 8+ characters nearly always have a digit or a symbol. Quoted values with escapes
 * (`"openssh-key-v1\x00"`) are source-code constants.
 */
export function isGenericSecretValue(value: string, quoted = true): boolean {
  const v = value
  if (v.length < GENERIC_MIN_LENGTH || v.length > GENERIC_MAX_LENGTH || /\s/.test(v)) return false
  if (isPlaceholder(v) || isExample(v)) return false
  if (quoted ? v.includes('\\') : !UNQUOTED_VALUE.test(v)) return false
  // Words and identifiers: `Authorization`, `tokenArrayValue`, `SECRET_NAME`, `db_password`, `some-word-v1`.
  if (/^[A-Za-z]+$|^[A-Z][A-Z0-9_]*$|^[a-z][a-z0-9]*([_.-][a-z0-9]+)+$/.test(v)) return false
  if (/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)+$/.test(v)) return false
  // Paths and URLs without credentials, numbers, versions.
  if (/^(\/|\.\/|~\/|[a-z]+:\/\/[^@]*$)/.test(v) || /^[0-9.:-]+$/.test(v) || /^v?\d+(\.\d+)+/.test(v))
    return false
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter(re => re.test(v)).length
  return classes >= 2 && shannonEntropy(v) >= GENERIC_ENTROPY_THRESHOLD
}

/**
 * Source files, where an unquoted value is an expression (`PrivateKey: testRSA2048PrivateKey`), so only quoted
 * literals count. In configuration (.env, YAML, INI, properties, TOML) unquoted values are literals.
 */
const SOURCE_CODE =
  /\.(go|js|mjs|cjs|jsx|ts|tsx|py|rb|java|kt|kts|scala|groovy|cs|c|h|cc|cpp|hpp|rs|swift|php|pl|lua|dart|ex|exs|erl|hs|clj|m|mm|r|jl|zig|nim|v)$/i

function findGenericAssignments(text: string, path: string): Omit<SecretHit, 'rule'>[] {
  const out: Omit<SecretHit, 'rule'>[] = []
  const code = SOURCE_CODE.test(path)
  GENERIC_KEYWORD.lastIndex = 0
  let last = -1
  for (let m = GENERIC_KEYWORD.exec(text); m; m = GENERIC_KEYWORD.exec(text)) {
    let s = m.index
    let e = m.index + m[0].length
    while (s > 0 && e - s < 128 && IDENT.test(text[s - 1])) s--
    while (e < text.length && e - s < 128 && IDENT.test(text[e])) e++
    if (s <= last) continue
    const name = text.slice(s, e)
    GENERIC_KEYWORD.lastIndex = e
    if (!isSecretName(name.replace(/^[.-]+|[.-]+$/g, ''))) continue
    let i = e
    if (text[i] === '"' || text[i] === "'") i++
    while (text[i] === ' ' || text[i] === '\t') i++
    const op = /^(:=|=>|=(?!=)|:(?!:))/.exec(text.slice(i, i + 2))
    if (!op) continue
    i += op[0].length
    while (text[i] === ' ' || text[i] === '\t') i++
    let value: string
    let vs = i
    const q = text[i]
    const quoted = q === '"' || q === "'" || q === '`'
    if (quoted) {
      const close = text.indexOf(q, i + 1)
      const nl = text.indexOf('\n', i + 1)
      if (close < 0 || (nl >= 0 && nl < close) || close - i > GENERIC_MAX_LENGTH + 1) continue
      vs = i + 1
      value = text.slice(vs, close)
    } else {
      if (code) continue
      let j = i
      while (j < text.length && j - i <= GENERIC_MAX_LENGTH && !/[\s"'`,;)}\]]/.test(text[j])) j++
      value = text.slice(i, j)
    }
    if (!isGenericSecretValue(value, quoted)) continue
    last = vs + value.length
    out.push({
      start: vs,
      end: vs + value.length,
      masked: maskSecret(value),
      title: `Secret assigned to ${name}`
    })
  }
  return out
}

// --- the catalog ----------------------------------------------------------------------------------------------

export const SECRET_RULES: readonly SecretRule[] = [
  {
    id: 'GANTRY-SECRET-001',
    class: 'secret',
    severity: 'HIGH',
    title: 'Private key',
    fix: 'Remove the key from the image or repository, revoke it, and mount it at run time (a secret or volume).',
    description:
      'A PEM or OpenPGP private key (RSA, EC, DSA, OpenSSH, PKCS #8, encrypted or not) is in the file. Anyone ' +
      'who can pull the image or read the repository has the key, including from a layer that later deleted it.',
    equivalents: trivy('private-key'),
    keywords: ['private key'],
    find: findPrivateKeys
  },
  {
    id: 'GANTRY-SECRET-002',
    class: 'secret',
    severity: 'CRITICAL',
    title: 'AWS access key ID',
    fix: 'Deactivate the key in IAM, remove it, and use a role (OIDC in CI, an instance or task role at run time).',
    description:
      'An AWS access key ID (AKIA… long-term, ASIA… temporary). With its secret access key, usually stored next ' +
      'to it, it signs AWS API calls as its owner.',
    equivalents: trivy('aws-access-key-id'),
    keywords: ['akia', 'asia', 'a3t'],
    find: findAwsKeyIds
  },
  {
    id: 'GANTRY-SECRET-003',
    class: 'secret',
    severity: 'CRITICAL',
    title: 'AWS secret access key',
    fix: 'Deactivate the key pair in IAM, remove it, and use a role (OIDC in CI, an instance or task role at run time).',
    description:
      'A 40-character AWS secret access key, assigned to a name such as aws_secret_access_key or within a few ' +
      'lines of an access key ID: the half of the pair that signs requests.',
    equivalents: trivy('aws-secret-access-key'),
    keywords: ['key', 'akia', 'asia', 'a3t'],
    find: findAwsSecrets
  },
  {
    id: 'GANTRY-SECRET-004',
    class: 'secret',
    severity: 'CRITICAL',
    title: 'GCP service-account key',
    fix: 'Delete the key in IAM, remove the file, and use workload identity federation or an attached service account.',
    description:
      'A Google Cloud service-account key file ("type": "service_account" with a private_key): it authenticates ' +
      'as the service account until the key is deleted.',
    equivalents: trivy('gcp-service-account'),
    keywords: ['service_account'],
    find: findGcpServiceAccounts
  },
  {
    id: 'GANTRY-SECRET-005',
    class: 'secret',
    severity: 'CRITICAL',
    title: 'GitHub token',
    fix: 'Revoke the token on GitHub, remove it, and pass a token at run time (GITHUB_TOKEN, a secret, a build secret mount).',
    description:
      'A GitHub token (ghp_ classic or github_pat_ fine-grained personal access token, gho_ OAuth, ghu_/ghs_ App, ' +
      'ghr_ refresh): it acts on repositories and organisations with its owner’s permissions.',
    equivalents: trivy(
      'github-pat',
      'github-fine-grained-pat',
      'github-oauth',
      'github-app-token',
      'github-refresh-token'
    ),
    keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_'],
    find: findGithubTokens
  },
  {
    id: 'GANTRY-SECRET-006',
    class: 'secret',
    severity: 'HIGH',
    title: 'Slack token',
    fix: 'Revoke the token in the Slack app settings, remove it, and pass it at run time.',
    description:
      'A Slack token (xoxb- bot, xoxp- user, xoxa-/xoxr-/xoxs-): it reads and posts in the workspace as the app or user.',
    equivalents: trivy('slack-access-token'),
    keywords: ['xoxb-', 'xoxa-', 'xoxp-', 'xoxr-', 'xoxs-'],
    find: findSlackTokens
  },
  {
    id: 'GANTRY-SECRET-007',
    class: 'secret',
    severity: 'MEDIUM',
    title: 'Slack webhook URL',
    fix: 'Regenerate the webhook in Slack, remove the URL, and pass it at run time.',
    description: 'A Slack incoming-webhook or workflow URL: anyone with it can post to the channel.',
    equivalents: trivy('slack-web-hook'),
    keywords: ['hooks.slack.com'],
    find: findSlackWebhooks
  },
  {
    id: 'GANTRY-SECRET-008',
    class: 'secret',
    severity: 'MEDIUM',
    title: 'Secret in an assignment',
    fix: 'Move the value out of the file (an environment variable or secret store) and rotate it.',
    description:
      `A literal, high-entropy value (at least ${GENERIC_MIN_LENGTH} characters, ${GENERIC_ENTROPY_THRESHOLD} bits ` +
      'per character, two character classes, not a word or placeholder) assigned to a name such as password, ' +
      'secret, token or api_key.',
    equivalents: [],
    fallback: true,
    keywords: ['pass', 'pword', 'secret', 'token', 'key', 'credential'],
    find: findGenericAssignments
  }
]
