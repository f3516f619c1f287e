// `-X importpath.name=value` sets a package-level string variable at link time, and the linker says nothing
// when the variable does not exist: glow declares main.Version, the default ldflags set main.version, and its
// binaries report "unknown". -s strips the symbol table, so the binary cannot be asked afterwards; instead
// the package's Go files are read for the variable (a small scanner of top-level `var` declarations).

import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { splitFlags } from './ldflags.js'

export interface LinkerVar {
  /** The import path (`main` for the main package being linked). */
  pkg: string
  name: string
}

/** The variables the `-X` flags of rendered ldflags set (`-X a.b=c`, `-X=a.b=c`, `--X`). */
export function linkerVars(ldflags: string): LinkerVar[] {
  const words = splitFlags(ldflags)
  const out: LinkerVar[] = []
  for (let i = 0; i < words.length; i++) {
    const w = words[i]
    let def: string | undefined
    if (w === '-X' || w === '--X') def = words[++i]
    else if (/^--?X=/.test(w)) def = w.slice(w.indexOf('=') + 1)
    if (!def) continue
    const sym = def.split('=')[0]
    const dot = sym.lastIndexOf('.')
    if (dot > 0 && dot < sym.length - 1) out.push({ pkg: sym.slice(0, dot), name: sym.slice(dot + 1) })
  }
  return out
}

type Token = { kind: 'ident' | 'punct' | 'newline'; text: string }

/** Go tokens enough to see declarations: identifiers, punctuation, newlines; comments and literals skipped. */
function tokens(src: string): Token[] {
  const out: Token[] = []
  let i = 0
  while (i < src.length) {
    const c = src[i]
    if (c === '\n') {
      out.push({ kind: 'newline', text: '\n' })
      i++
    } else if (/\s/.test(c)) i++
    else if (src.startsWith('//', i)) i = src.indexOf('\n', i) < 0 ? src.length : src.indexOf('\n', i)
    else if (src.startsWith('/*', i)) {
      const end = src.indexOf('*/', i + 2)
      if (src.slice(i, end < 0 ? src.length : end).includes('\n')) out.push({ kind: 'newline', text: '\n' })
      i = end < 0 ? src.length : end + 2
    } else if (c === '`') i = src.indexOf('`', i + 1) < 0 ? src.length : src.indexOf('`', i + 1) + 1
    else if (c === '"' || c === "'") {
      let j = i + 1
      while (j < src.length && src[j] !== c && src[j] !== '\n') j += src[j] === '\\' ? 2 : 1
      out.push({ kind: 'ident', text: '_literal' })
      i = j + 1
    } else if (/[\p{L}_]/u.test(c)) {
      const m = /^[\p{L}\p{Nd}_]+/u.exec(src.slice(i, i + 256))!
      out.push({ kind: 'ident', text: m[0] })
      i += m[0].length
    } else {
      out.push({ kind: 'punct', text: c })
      i++
    }
  }
  return out
}

/** The names a var spec starting at `i` declares: an identifier list up to its type or `=`. */
function specNames(t: Token[], i: number): string[] {
  const names: string[] = []
  while (t[i]?.kind === 'ident') {
    names.push(t[i].text)
    if (t[i + 1]?.text !== ',') break
    i += 2
  }
  return names
}

/** Every package-level variable a Go source file declares (`var x T`, `var ( a, b = ... )`). */
export function declaredVars(src: string): Set<string> {
  const t = tokens(src)
  const found = new Set<string>()
  let depth = 0
  for (let i = 0; i < t.length; i++) {
    const tok = t[i]
    if ('({['.includes(tok.text) && tok.kind === 'punct') depth++
    else if (')}]'.includes(tok.text) && tok.kind === 'punct') depth--
    else if (depth === 0 && tok.kind === 'ident' && tok.text === 'var') {
      if (t[i + 1]?.text !== '(') {
        for (const n of specNames(t, i + 1)) found.add(n)
        continue
      }
      // A var block: a spec starts after the opening parenthesis and after each newline or ; at its level.
      let level = 0
      let start = true
      for (i = i + 1; i < t.length; i++) {
        const x = t[i]
        if (x.kind === 'punct' && '({['.includes(x.text)) level++
        else if (x.kind === 'punct' && ')}]'.includes(x.text) && --level === 0) break
        if (level === 1 && start && x.kind === 'ident') for (const n of specNames(t, i)) found.add(n)
        start = level === 1 && (x.kind === 'newline' || x.text === ';' || x.text === '(')
      }
    }
  }
  return found
}

/** The package-level variables of a package, read from its Go files (every build context's). */
export async function packageVars(dir: string, files: readonly string[]): Promise<Set<string>> {
  const all = new Set<string>()
  for (const f of files) {
    const src = await readFile(path.join(dir, f), 'utf8').catch(() => '')
    for (const v of declaredVars(src)) all.add(v)
  }
  return all
}

/** The warning for -X variables a package does not declare, naming near spellings when there are some. */
export function missingVarsWarning(
  vars: readonly LinkerVar[],
  where: string,
  declared: ReadonlySet<string>
): string {
  const near = new Map<string, string>()
  for (const v of vars) {
    const n = [...declared].find(d => d.toLowerCase() === v.name.toLowerCase())
    if (n) near.set(v.name, n)
  }
  const flags = vars.map(v => `-X ${v.pkg}.${v.name}`).join(', ')
  const names = vars.map(v => v.name + (near.has(v.name) ? ` (it has ${near.get(v.name)})` : '')).join(', ')
  const fix = near.size
    ? ` Write ${[...near.entries()].map(([, n]) => `-X ${vars[0].pkg}.${n}=...`).join(' ')} in ldflags.`
    : ''
  return `ldflags set ${flags}, but ${where} declares no variable ${names}: the linker ignores ${vars.length > 1 ? 'them' : 'it'}, so the binaries do not carry ${vars.length > 1 ? 'those values' : 'that value'}.${fix}`
}
