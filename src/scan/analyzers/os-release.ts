// Parses os-release (etc/os-release, usr/lib/os-release): the OS family and release that decide which
// vulnerability database ecosystem an image's OS packages belong to (`Alpine:v3.20`, `Debian:12`).

export interface OsRelease {
  /** ID, lower-case: `alpine`, `debian`, `ubuntu`, `wolfi`. */
  family: string
  /** VERSION_ID as written (`3.20.3`, `12`); empty when the file has none (Debian testing, sid). */
  version: string
  name?: string
}

/** KEY=value lines with shell quoting, as the os-release manual page defines the format. */
export function parseOsRelease(text: string): OsRelease | undefined {
  const vars: Record<string, string> = {}
  for (const raw of text.split('\n')) {
    const line = raw.trim()
    if (!line || line.startsWith('#')) continue
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line)
    if (m) vars[m[1]] = unquote(m[2])
  }
  const family = vars.ID?.toLowerCase()
  if (!family) return undefined
  const name = vars.PRETTY_NAME || vars.NAME
  return { family, version: vars.VERSION_ID ?? '', ...(name ? { name } : {}) }
}

function unquote(v: string): string {
  const q = v[0]
  if ((q === '"' || q === "'") && v.endsWith(q) && v.length >= 2) {
    const body = v.slice(1, -1)
    return q === '"' ? body.replace(/\\([$"`\\])/g, '$1') : body
  }
  return v
}

/**
 * The OSV ecosystem for the packages of an apk or dpkg database: Alpine and Debian by release
 * (`Alpine:v3.20` from VERSION_ID major.minor, `Debian:12`), the bare family when the release is unknown;
 * another distribution using the same package manager (Wolfi, Ubuntu) gets its own name, which the database
 * may not carry.
 */
export function osEcosystem(db: 'apk' | 'dpkg', os: OsRelease | undefined): string {
  const base = db === 'apk' ? 'alpine' : 'debian'
  const family = os?.family ?? base
  if (family !== base) return family.charAt(0).toUpperCase() + family.slice(1)
  if (db === 'apk') {
    const m = /^(\d+)\.(\d+)/.exec(os?.version ?? '')
    return m ? `Alpine:v${m[1]}.${m[2]}` : 'Alpine'
  }
  const m = /^(\d+)/.exec(os?.version ?? '')
  return m ? `Debian:${m[1]}` : 'Debian'
}
