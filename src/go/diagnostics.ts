// Compiler output -> structured diagnostics (`file.go:12:5: message`), so the adapters can put each error on
// its file and line (::error file=...,line=...,col=...::).

import path from 'node:path'

export interface Diagnostic {
  /** Relative to the workspace (the repository root), forward slashes; absolute when outside it. */
  file: string
  line: number
  column?: number
  message: string
}

// go build prints `path/file.go:12:5: msg` (and vet-style `./file.go:12: msg`); lines starting with `#` name
// the package, and indented lines continue the previous message.
const LINE =
  /^(?<file>(?:[A-Za-z]:)?[^\s:][^:]*\.(?:go|s|c|h|mod|sum)):(?<line>\d+)(?::(?<col>\d+))?: (?<msg>.+)$/

/**
 * Parse go build's stderr. `cwd` is where go ran (relative paths in the output are relative to it); file
 * names in the result are relative to `workspace`.
 */
export function parseDiagnostics(stderr: string, cwd: string, workspace: string): Diagnostic[] {
  const out: Diagnostic[] = []
  for (const raw of stderr.split(/\r?\n/)) {
    const m = LINE.exec(raw.trim())
    if (m?.groups) {
      const abs = path.resolve(cwd, m.groups.file)
      const rel = path.relative(workspace, abs)
      out.push({
        file: rel.startsWith('..') || path.isAbsolute(rel) ? abs : rel.split(path.sep).join('/'),
        line: Number(m.groups.line),
        column: m.groups.col ? Number(m.groups.col) : undefined,
        message: m.groups.msg
      })
    } else if (/^\s+\S/.test(raw) && out.length) {
      out[out.length - 1].message += `\n${raw.trim()}`
    }
  }
  return out
}

/** Drop repeats (the same error reported for several targets). */
export function uniqueDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>()
  return list.filter(d => {
    const k = `${d.file}:${d.line}:${d.column ?? ''}:${d.message}`
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}
