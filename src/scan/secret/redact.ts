// The one way a secret is shown: masked. A finding, a note or a log line carries this form, never the match.

/**
 * `prefix` (a public, fixed part such as `ghp_` or `AKIA`) stays readable; the rest becomes `*****`, followed by
 * the last four characters only when at least 24 secret characters follow the prefix, so that what is shown is
 * a small fraction of a long random value (enough to tell two tokens apart) and nothing of a short one.
 */
export function maskSecret(secret: string, prefix = ''): string {
  const head = prefix && secret.startsWith(prefix) ? prefix : ''
  const rest = secret.slice(head.length)
  return `${head}*****${rest.length >= 24 ? rest.slice(-4) : ''}`
}
