// Debian package versions ordered as dpkg orders them, written from Debian Policy §5.6.12 ("Version"):
// `[epoch:]upstream_version[-debian_revision]`; epochs compare as numbers, then the upstream version, then the
// revision (absent means "0"), each with the same string rule: alternate runs of non-digits (compared
// character by character, `~` before everything, even the end of the string, then letters, then the other
// characters) and runs of digits (compared as numbers, an empty run being 0).

export interface DebianVersion {
  epoch: string
  upstream: string
  revision: string
}

/**
 * Split a version into its three parts. Lenient where dpkg would refuse (a non-numeric "epoch" stays part of
 * the upstream version), so that any string still has a place in the order.
 */
export function parseDebianVersion(text: string): DebianVersion {
  const v = text.trim()
  let epoch = '0'
  let rest = v
  const colon = v.indexOf(':')
  if (colon > 0 && /^\d+$/.test(v.slice(0, colon))) {
    epoch = v.slice(0, colon)
    rest = v.slice(colon + 1)
  }
  const hyphen = rest.lastIndexOf('-')
  if (hyphen < 0) return { epoch, upstream: rest, revision: '0' }
  return { epoch, upstream: rest.slice(0, hyphen), revision: rest.slice(hyphen + 1) }
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57
const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122)

// The weight of one character in a non-digit run; the end of the run (NaN from charCodeAt) weighs 0.
function weight(c: number): number {
  if (Number.isNaN(c)) return 0
  if (c === 126 /* ~ */) return -1
  if (isLetter(c)) return c
  return c + 256
}

// Digit runs compare as numbers of any length: drop leading zeros, then the longer one is larger.
function compareDigits(a: string, b: string): number {
  const x = a.replace(/^0+/, '')
  const y = b.replace(/^0+/, '')
  if (x.length !== y.length) return x.length < y.length ? -1 : 1
  return x < y ? -1 : x > y ? 1 : 0
}

/** Policy's comparison of one part (upstream or revision). */
export function compareDebianPart(a: string, b: string): number {
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    // The non-digit prefix: compared with weights, so `~` sorts before the end of the run.
    while ((i < a.length && !isDigit(a.charCodeAt(i))) || (j < b.length && !isDigit(b.charCodeAt(j)))) {
      const ca = i < a.length && !isDigit(a.charCodeAt(i)) ? a.charCodeAt(i) : NaN
      const cb = j < b.length && !isDigit(b.charCodeAt(j)) ? b.charCodeAt(j) : NaN
      const d = weight(ca) - weight(cb)
      if (d) return d < 0 ? -1 : 1
      if (!Number.isNaN(ca)) i++
      if (!Number.isNaN(cb)) j++
    }
    const si = i
    while (i < a.length && isDigit(a.charCodeAt(i))) i++
    const sj = j
    while (j < b.length && isDigit(b.charCodeAt(j))) j++
    const d = compareDigits(a.slice(si, i), b.slice(sj, j))
    if (d) return d
  }
  return 0
}

/** Compare two Debian versions (-1, 0, 1). */
export function compareDebian(a: string, b: string): number {
  const x = parseDebianVersion(a)
  const y = parseDebianVersion(b)
  return (
    compareDigits(x.epoch, y.epoch) ||
    compareDebianPart(x.upstream, y.upstream) ||
    compareDebianPart(x.revision, y.revision)
  )
}
