// go.mod, read the way Go's modfile package reads it: `//` comments, quoted ("…" with Go escapes) and raw
// (`…`) strings, factored blocks (`require ( … )`), and the module, go, toolchain, require, replace and
// exclude directives with their line numbers (for annotations and SARIF locations). One reader for every
// stage: go-build, tag (the /vN rule) and scan (which go.mod line names a module).

import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { UserError } from '../util/errors.js'

export interface ModVersion {
  path: string
  version?: string
}

export interface GoModRequire extends ModVersion {
  version: string
  indirect: boolean
  line: number
}

export interface GoMod {
  module?: { path: string; line: number }
  /** The `go` line (`1.22`, `1.22.3`), the minimum Go version. */
  go?: string
  toolchain?: string
  /** Lines of the go and toolchain directives (a stdlib finding points at the one that picks Go). */
  goLine?: number
  toolchainLine?: number
  require: GoModRequire[]
  replace: { old: ModVersion; new: ModVersion; line: number }[]
  exclude: (ModVersion & { line: number })[]
}

interface Token {
  text: string
  line: number
}

/** Split one go.mod line into tokens; a `//` comment ends it (its text is returned for `// indirect`). */
function tokenize(line: string, lineNo: number, file: string): { tokens: Token[]; comment: string } {
  const tokens: Token[] = []
  let i = 0
  while (i < line.length) {
    const c = line[i]
    if (c === ' ' || c === '\t' || c === '\r') {
      i++
    } else if (line.startsWith('//', i)) {
      return { tokens, comment: line.slice(i + 2).trim() }
    } else if (c === '"') {
      let j = i + 1
      let text = ''
      for (; j < line.length && line[j] !== '"'; j++) {
        if (line[j] === '\\' && j + 1 < line.length) {
          j++
          text += line[j] === 'n' ? '\n' : line[j] === 't' ? '\t' : line[j]
        } else text += line[j]
      }
      if (j >= line.length) throw bad(file, lineNo, 'unterminated quoted string')
      tokens.push({ text, line: lineNo })
      i = j + 1
    } else if (c === '`') {
      const j = line.indexOf('`', i + 1)
      if (j < 0) throw bad(file, lineNo, 'unterminated raw string')
      tokens.push({ text: line.slice(i + 1, j), line: lineNo })
      i = j + 1
    } else if (c === '(' || c === ')') {
      tokens.push({ text: c, line: lineNo })
      i++
    } else {
      let j = i
      while (j < line.length && !' \t\r()"`'.includes(line[j]) && !line.startsWith('//', j)) j++
      tokens.push({ text: line.slice(i, j), line: lineNo })
      i = j
    }
  }
  return { tokens, comment: '' }
}

function bad(file: string, line: number, what: string): UserError {
  return new UserError(`${file}:${line}: ${what}.`, {
    input: 'working-directory',
    fix: 'fix go.mod (go mod edit -fmt shows what Go accepts).'
  })
}

function modVersion(tokens: Token[], file: string): ModVersion {
  if (!tokens.length || tokens.length > 2) throw bad(file, tokens[0]?.line ?? 0, 'expected a module path')
  return tokens.length === 2 ? { path: tokens[0].text, version: tokens[1].text } : { path: tokens[0].text }
}

function apply(mod: GoMod, verb: string, args: Token[], comment: string, line: number, file: string): void {
  switch (verb) {
    case 'module':
      if (args.length !== 1) throw bad(file, line, 'the module directive takes one path')
      mod.module = { path: args[0].text, line }
      break
    case 'go':
      if (args.length !== 1) throw bad(file, line, 'the go directive takes one version')
      mod.go = args[0].text
      mod.goLine = line
      break
    case 'toolchain':
      if (args.length !== 1) throw bad(file, line, 'the toolchain directive takes one name')
      mod.toolchain = args[0].text
      mod.toolchainLine = line
      break
    case 'require':
      if (args.length !== 2) throw bad(file, line, 'a requirement is a module path and a version')
      mod.require.push({
        path: args[0].text,
        version: args[1].text,
        indirect: /^indirect\b/.test(comment),
        line
      })
      break
    case 'replace': {
      const arrow = args.findIndex(t => t.text === '=>')
      if (arrow < 1) throw bad(file, line, 'a replacement is old [version] => new [version]')
      mod.replace.push({
        old: modVersion(args.slice(0, arrow), file),
        new: modVersion(args.slice(arrow + 1), file),
        line
      })
      break
    }
    case 'exclude':
      if (args.length !== 2) throw bad(file, line, 'an exclusion is a module path and a version')
      mod.exclude.push({ path: args[0].text, version: args[1].text, line })
      break
    default:
      // retract, godebug, tool, ignore and directives of later Go versions: not needed here.
      break
  }
}

/** Parse go.mod text; `file` names it in errors. */
export function parseGoMod(text: string, file = 'go.mod'): GoMod {
  const mod: GoMod = { require: [], replace: [], exclude: [] }
  let block: string | undefined
  const lines = text.split('\n')
  for (let n = 0; n < lines.length; n++) {
    const lineNo = n + 1
    const { tokens, comment } = tokenize(lines[n], lineNo, file)
    if (!tokens.length) continue
    if (block !== undefined) {
      if (tokens.length === 1 && tokens[0].text === ')') {
        block = undefined
        continue
      }
      apply(mod, block, tokens, comment, lineNo, file)
      continue
    }
    const [verb, ...args] = tokens
    if (args.length === 1 && args[0].text === '(') {
      block = verb.text
      continue
    }
    apply(mod, verb.text, args, comment, lineNo, file)
  }
  if (block !== undefined) throw bad(file, lines.length, `the ${block} block is not closed`)
  return mod
}

/** Read and parse `<dir>/go.mod`; undefined when there is none. */
export async function readGoMod(dir: string): Promise<GoMod | undefined> {
  const file = path.join(dir, 'go.mod')
  const text = await readFile(file, 'utf8').catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return undefined
    throw err
  })
  return text === undefined ? undefined : parseGoMod(text, file)
}
