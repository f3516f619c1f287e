// Where a module appears in a go.mod file, by line: the `module`, `go` and `toolchain` directives, and the
// `require` and `replace` entries (single-line and block forms, quoted paths, comments), so a finding
// about a Go module can point at the line that chose its version.

export interface GoModLines {
  module?: { path: string; line: number }
  go?: number
  toolchain?: number
  /** Module path → line of its require entry. */
  requires: Map<string, number>
  /** Module path on either side of `=>` → line of the replace entry. */
  replaces: Map<string, number>
}

export function goModLines(text: string): GoModLines {
  const out: GoModLines = { requires: new Map(), replaces: new Map() }
  let block: string | undefined
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1
    const words = tokens(raw)
    if (!words.length) return
    if (block) {
      if (words[0] === ')') block = undefined
      else entry(block, words, line, out)
      return
    }
    const [verb, ...rest] = words
    if (rest[0] === '(') {
      block = verb
      return
    }
    if (verb === 'module' && rest[0]) out.module = { path: rest[0], line }
    else if (verb === 'go') out.go = line
    else if (verb === 'toolchain') out.toolchain = line
    else entry(verb, rest, line, out)
  })
  return out
}

function entry(verb: string, words: string[], line: number, out: GoModLines): void {
  if (verb === 'require' && words[0]) {
    if (!out.requires.has(words[0])) out.requires.set(words[0], line)
  } else if (verb === 'replace') {
    const arrow = words.indexOf('=>')
    if (arrow < 1) return
    for (const p of [words[0], words[arrow + 1]]) if (p && !out.replaces.has(p)) out.replaces.set(p, line)
  }
}

/** Words of a go.mod line: `//` comments dropped, Go-quoted and back-quoted strings unquoted. */
function tokens(raw: string): string[] {
  const out: string[] = []
  const re = /"((?:[^"\\]|\\.)*)"|`([^`]*)`|(\/\/.*$)|(=>|[()])|([^\s"`()]+)/g
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    if (m[3] !== undefined) break
    out.push(m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : (m[2] ?? m[4] ?? m[5]))
  }
  return out
}
