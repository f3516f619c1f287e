// Which names hold secrets and which values are placeholders: shared by the generic assignment rule
// (`password = "…"`) and the Dockerfile rule for secrets in ENV/ARG.

/**
 * Tokens that make a name secret-like wherever they appear (`DB_PASSWORD`, `apiToken`, `client-secret`). This is
 * BuildKit's SecretsUsedInArgOrEnv token list (the one Trivy's DS-0031 adopted) without `auth`, `usr`, `key`
 * alone and `psw`, which name too many things that are not secrets (`AUTH_URL`, `GPG_KEY`, `usr`).
 */
const SECRET_TOKENS = new Set([
  'password',
  'passwd',
  'passphrase',
  'pword',
  'secret',
  'secrets',
  'token',
  'apikey',
  'credential',
  'credentials'
])

/** `<word> KEY` pairs that are secret (`API_KEY`, `SECRET_KEY`, `PRIVATE_KEY`, `ACCESS_KEY`). */
const KEY_QUALIFIERS = new Set([
  'api',
  'access',
  'private',
  'secret',
  'signing',
  'encryption',
  'master',
  'license'
])

/** A last token that makes the name about a secret rather than the secret (`TOKEN_URL`, `PASSWORD_FILE`). */
const NOT_THE_SECRET = new Set([
  'file',
  'path',
  'dir',
  'url',
  'uri',
  'host',
  'port',
  'name',
  'user',
  'username',
  'endpoint',
  'region',
  'type',
  'length',
  'len',
  'size',
  'ttl',
  'timeout',
  'expiry',
  'expires',
  'expiration',
  'enabled',
  'enable',
  'header',
  'hash',
  'env',
  'var',
  'field',
  'policy',
  'prefix',
  'count',
  'mode',
  'format',
  'provider',
  'store',
  'ref',
  'version',
  'id',
  'arn',
  // Names in code that hold something about a secret: parser state, requests, constants, indexes.
  'state',
  'string',
  'req',
  'request',
  'magic',
  'idx',
  'index',
  'kind',
  'pos',
  'start',
  'end',
  'list',
  'map',
  'types',
  'names',
  'source',
  'sources',
  'reader',
  'writer',
  'bytes',
  'max',
  'min',
  'label',
  'prompt',
  'placeholder',
  'fields',
  'param',
  'encryption',
  'algorithm',
  'method',
  'scheme',
  'mechanism'
])

/** Tokens anywhere in the name that say it is public (`PUBLIC_KEY`, `GPG_KEY` fingerprints). */
const PUBLIC_TOKENS = new Set(['public', 'pub', 'gpg', 'fingerprint', 'publishable'])

/** Names that are secrets by convention although their tokens say otherwise (Trivy DS-0031's list). */
const KNOWN_SECRET_NAMES = new Set([
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AZURE_CLIENT_SECRET',
  'GITHUB_TOKEN',
  'GH_TOKEN',
  'GH_ENTERPRISE_TOKEN',
  'GITHUB_ENTERPRISE_TOKEN',
  'OPENAI_API_KEY',
  'HF_TOKEN',
  'DIGITALOCEAN_ACCESS_TOKEN',
  'DOCKERHUB_PASSWORD',
  'FIREBASE_TOKEN',
  'CI_DEPLOY_PASSWORD',
  'GOOGLE_API_KEY',
  'HEROKU_API_KEY'
])

/** Split `DB_PASSWORD`, `dbPassword`, `db-password`, `db.password` into lower-case words. */
export function nameTokens(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
}

/** Whether a variable, key or field name says it holds a secret. */
export function isSecretName(name: string): boolean {
  const upper = name.toUpperCase()
  if (KNOWN_SECRET_NAMES.has(upper) || KNOWN_SECRET_NAMES.has(upper.replace(/^(VITE|REACT_APP)_/, '')))
    return true
  const tokens = nameTokens(name)
  if (!tokens.length || name === 'PWD' || name === 'OLDPWD') return false
  if (tokens.some(t => PUBLIC_TOKENS.has(t))) return false
  if (NOT_THE_SECRET.has(tokens[tokens.length - 1])) return false
  for (let i = 0; i < tokens.length; i++) {
    if (SECRET_TOKENS.has(tokens[i])) return true
    if (tokens[i] === 'key' && i > 0 && KEY_QUALIFIERS.has(tokens[i - 1])) return true
    if (/^(api|access|secret|private)key$/.test(tokens[i])) return true
  }
  return false
}

// Words of five or more letters match in any case; shorter ones only in one case. A random 36-character base62
// token holds `xxxx` in some mixing of cases about once in 30,000 draws, and a scan sees thousands of tokens
// (the window test found one): a real token must not pass for a placeholder.
const PLACEHOLDER_WORDS =
  /changeme|change[_-]me|example|placeholder|dummy|redacted|replace[_-]?me|insert[_-]|fixme|foobar|notasecret|not[_-]a[_-]secret|sample|your[_-]/i
const PLACEHOLDER_SHORT = /xxxx|XXXX|TODO|todo|\*\*\*|\.\.\./

/**
 * Whether a value is a stand-in rather than a secret: empty, a variable or template reference (`$VAR`,
 * `${VAR}`, `{{ .Var }}`, `%(var)s`, `<token>`), a run of one character (`xxxxxxxx`, `********`), a word that
 * says so (`changeme`, `your-token-here`, `example`), or a literal that is not a secret (`true`, `null`).
 */
export function isPlaceholder(value: string): boolean {
  const v = value.trim()
  if (!v) return true
  if (/\$\{?[A-Za-z_]|\$\(|\{\{.*\}\}|%\([A-Za-z_]+\)s|^<[^>]*>$|^\[[^\]]*\]$/.test(v)) return true
  if (/^(.)\1*$/.test(v)) return true
  if (/^(true|false|null|nil|none|undefined|yes|no|on|off|empty|secret|password|token)$/i.test(v)) return true
  return PLACEHOLDER_WORDS.test(v) || PLACEHOLDER_SHORT.test(v)
}
