// Alpine package versions ordered as apk-tools orders them. The grammar (apk-package(5), APKBUILD's pkgver
// and pkgrel) is `number{.number}[letter]{_suffix[number]}[-rN]`; apk compares two versions token by token:
// numbers as integers (except a number after a dot that starts with 0, which compares like a decimal
// fraction: the run of zeros first, more zeros being smaller), letters by character, suffixes by rank
// (_alpha < _beta < _pre < _rc < none < _cvs < _svn < _git < _hg < _p), then suffix numbers, then the -rN
// revision. When one version runs out first it is the smaller, unless the other goes on with a pre-release
// suffix. Written from that description and apk-tools' `apk version -t` behaviour (the test vectors of
// osv-scalibr, generated with apk-tools, check it).

// Token kinds in the order apk ranks them: when two versions differ in the kind of the next token, the one
// whose next token has the higher kind is the smaller (END is highest: the shorter version is smaller).
const enum Kind {
  Invalid = -1,
  DotNumber = 0,
  Number = 1,
  Letter = 2,
  Suffix = 3,
  SuffixNumber = 4,
  Revision = 5,
  End = 6
}

const PRE_SUFFIXES = ['alpha', 'beta', 'pre', 'rc']
const POST_SUFFIXES = ['cvs', 'svn', 'git', 'hg', 'p']

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9'
const isLower = (c: string | undefined): boolean => c !== undefined && c >= 'a' && c <= 'z'

/** A cursor over one version string that yields (kind, value) tokens as apk reads them. */
class Tokens {
  pos = 0
  kind: Kind = Kind.Number
  constructor(private readonly s: string) {}

  private digits(): bigint {
    const start = this.pos
    while (isDigit(this.s[this.pos])) this.pos++
    return start === this.pos ? 0n : BigInt(this.s.slice(start, this.pos))
  }

  /** The value of the current token; advances to the next token and sets `kind` to its kind. */
  take(): bigint {
    if (this.pos >= this.s.length) {
      this.kind = Kind.End
      return 0n
    }
    let value: bigint
    let forced: Kind | undefined
    switch (this.kind) {
      case Kind.DotNumber: {
        // A component after a dot that starts with 0: the number of zeros, negated (so .01 < .1 and
        // .001 < .01), then the digits after them as a separate number token.
        if (this.s[this.pos] === '0') {
          const start = this.pos
          while (this.s[this.pos] === '0') this.pos++
          value = -BigInt(this.pos - start)
          forced = Kind.Number
          break
        }
        value = this.digits()
        break
      }
      case Kind.Number:
      case Kind.SuffixNumber:
      case Kind.Revision:
        value = this.digits()
        break
      case Kind.Letter:
        value = BigInt(this.s.charCodeAt(this.pos++))
        break
      case Kind.Suffix: {
        const rest = this.s.slice(this.pos)
        const pre = PRE_SUFFIXES.findIndex(p => rest.startsWith(p))
        const post = pre < 0 ? POST_SUFFIXES.findIndex(p => rest.startsWith(p)) : -1
        if (pre < 0 && post < 0) {
          this.kind = Kind.Invalid
          return -1n
        }
        value = pre >= 0 ? BigInt(pre - PRE_SUFFIXES.length) : BigInt(post)
        this.pos += pre >= 0 ? PRE_SUFFIXES[pre].length : POST_SUFFIXES[post].length
        break
      }
      default:
        this.kind = Kind.Invalid
        return -1n
    }
    if (this.pos >= this.s.length) this.kind = Kind.End
    else if (forced !== undefined) this.kind = forced
    else this.advance()
    return value
  }

  /** Read the separator (if any) before the next token and decide its kind. */
  private advance(): void {
    const c = this.s[this.pos]
    const prev = this.kind
    let next: Kind
    if ((prev === Kind.Number || prev === Kind.DotNumber) && isLower(c)) next = Kind.Letter
    else if (prev === Kind.Letter && isDigit(c)) next = Kind.Number
    else if (prev === Kind.Suffix && isDigit(c)) next = Kind.SuffixNumber
    else {
      this.pos++
      if (c === '.') next = Kind.DotNumber
      else if (c === '_') next = Kind.Suffix
      else if (c === '-' && this.s[this.pos] === 'r') {
        this.pos++
        next = Kind.Revision
      } else next = Kind.Invalid
    }
    // Tokens come in grammar order; going back is only allowed for another dotted number after a number,
    // another suffix after a suffix number, and digits after a letter.
    if (
      next < prev &&
      !(next === Kind.DotNumber && prev === Kind.Number) &&
      !(next === Kind.Suffix && prev === Kind.SuffixNumber) &&
      !(next === Kind.Number && prev === Kind.Letter)
    )
      next = Kind.Invalid
    this.kind = next
  }

  /** The value of the upcoming suffix without consuming it (negative for pre-release suffixes). */
  peekSuffix(): bigint {
    const copy = new Tokens(this.s)
    copy.pos = this.pos
    copy.kind = this.kind
    return copy.take()
  }
}

/** Compare two Alpine versions (-1, 0, 1). */
export function compareAlpine(a: string, b: string): number {
  const x = new Tokens(a)
  const y = new Tokens(b)
  let xv = 0n
  let yv = 0n
  while (x.kind === y.kind && x.kind !== Kind.End && x.kind !== Kind.Invalid && xv === yv) {
    xv = x.take()
    yv = y.take()
  }
  if (xv !== yv) return xv < yv ? -1 : 1
  if (x.kind === y.kind) return 0
  // Equal so far, but one goes on with a different kind of token: a pre-release suffix makes it smaller;
  // otherwise the one whose next token ranks higher (the end ranks highest) is the smaller.
  if (x.kind === Kind.Suffix && x.peekSuffix() < 0n) return -1
  if (y.kind === Kind.Suffix && y.peekSuffix() < 0n) return 1
  if (x.kind > y.kind) return -1
  if (y.kind > x.kind) return 1
  return 0
}
