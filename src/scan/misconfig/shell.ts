// The shell commands of a RUN, with the line each starts on: enough of POSIX sh to find `apk add`, `apt-get
// install`, `go build` and the variables set for them in `a && b; c | d` chains, `if … then … fi`, heredoc
// scripts and Dockerfile line continuations (comment lines inside a continued instruction are dropped, as
// Docker does). Not a full shell: expansions stay as written, redirections and their targets are skipped.

import type { Instruction } from 'dockerfile-ast'
import { lastAtOrBefore } from '../../util/compare.js'
import { instructionText, type ParsedDockerfile } from './dockerfile.js'

export interface Word {
  /** The word with quotes removed; `$VAR` and `$(…)` kept as written. */
  text: string
  /** 1-based, as in the Dockerfile. */
  line: number
  column: number
}

export interface ShellCommand {
  /**
   * The program (basename, `apk` for `/sbin/apk`) after assignments and prefixes such as sudo or env; empty for
   * a command that only assigns (`CGO_ENABLED=0;`).
   */
  program: string
  /** The program's word and its arguments. */
  words: Word[]
  /** `NAME=value` set for this command only (before it, or through `env`). */
  assignments: Map<string, string>
  line: number
  column: number
  endLine: number
}

const SEPARATORS = ['&&', '||', ';;', ';', '|', '&', '(', ')', '\n']
const KEYWORDS = new Set([
  'if',
  'then',
  'else',
  'elif',
  'fi',
  'do',
  'done',
  'while',
  'until',
  '!',
  '{',
  '}',
  'time'
])
const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s

/** The exec form of an instruction (`["a", "b"]`), or undefined for the shell form. */
export function execForm(df: ParsedDockerfile, ins: Instruction): string[] | undefined {
  const raw = instructionText(df, ins)
    .text.replace(/\\[ \t]*\r?\n/g, '')
    .trim()
  if (!raw.startsWith('[')) return undefined
  try {
    const v: unknown = JSON.parse(raw)
    return Array.isArray(v) && v.every(x => typeof x === 'string') ? (v as string[]) : undefined
  } catch {
    return undefined
  }
}

/** The simple commands of a RUN (shell form, heredoc, or `["sh", "-c", script]`). */
export function runCommands(df: ParsedDockerfile, ins: Instruction): ShellCommand[] {
  const { text, offset } = instructionText(df, ins)
  const pos = positionAt(df)
  const exec = execForm(df, ins)
  if (exec) {
    const at = pos(offset + text.indexOf('['))
    const script = /^(\/bin\/)?(ba|a|da)?sh$/.test(exec[0]) && exec[1] === '-c' ? exec[2] : undefined
    if (script !== undefined)
      return tokenize(script, () => at, false)
        .map(shape)
        .filter(isCommand)
    const words = exec.map(t => ({ text: t, ...at }))
    return [shape(words)].filter(isCommand)
  }
  const heredoc = /^\s*<<(-?)\s*(["']?)([A-Za-z_][A-Za-z0-9_]*)\2[^\n]*\n/.exec(text)
  if (heredoc) {
    const bodyStart = heredoc[0].length
    const lines = text.slice(bodyStart).split('\n')
    const endIdx = lines.findIndex(l => (heredoc[1] ? l.replace(/^\t+/, '') : l) === heredoc[3])
    const body = lines.slice(0, endIdx < 0 ? lines.length : endIdx).join('\n')
    return tokenize(body, i => pos(offset + bodyStart + i), false)
      .map(shape)
      .filter(isCommand)
  }
  return tokenize(text, i => pos(offset + i), true, df.escape)
    .map(shape)
    .filter(isCommand)
}

function positionAt(df: ParsedDockerfile): (offset: number) => { line: number; column: number } {
  return offset => {
    const lo = lastAtOrBefore(df.lineStarts, offset)
    return { line: lo + 1, column: offset - df.lineStarts[lo] + 1 }
  }
}

const isCommand = (c: ShellCommand | undefined): c is ShellCommand => c !== undefined

/** A small shell lexer: words (quotes, escapes, substitutions kept) grouped into commands at separators. */
class Lexer {
  readonly commands: Word[][] = []
  private words: Word[] = []
  private word: { text: string; start: number } | undefined
  i = 0

  constructor(
    private readonly src: string,
    private readonly pos: (i: number) => { line: number; column: number },
    private readonly dockerfile: boolean,
    private readonly escape: string
  ) {}

  endWord(): void {
    if (this.word) this.words.push({ text: this.word.text, ...this.pos(this.word.start) })
    this.word = undefined
  }

  endCommand(): void {
    this.endWord()
    if (this.words.length) this.commands.push(this.words)
    this.words = []
  }

  append(s: string, at: number): void {
    if (!this.word) this.word = { text: '', start: at }
    this.word.text += s
  }

  get inWord(): boolean {
    return this.word !== undefined
  }

  /** At a Dockerfile continuation, the index after it (and after dropped comment/blank lines), else -1. */
  continuation(i: number): number {
    const src = this.src
    if (!this.dockerfile || src[i] !== this.escape) return -1
    const m = /^[ \t]*\r?\n/.exec(src.slice(i + 1, i + 200))
    if (!m) return -1
    let j = i + 1 + m[0].length
    for (;;) {
      const next = /^[ \t]*(#[^\n]*)?\r?\n/.exec(src.slice(j, j + 4096))
      if (!next) return j
      j += next[0].length
    }
  }

  /** A redirection: drop the operator, a file-descriptor number before it, and its target. */
  redirection(): void {
    const src = this.src
    this.endWord()
    if (this.words.length && /^\d+$/.test(this.words[this.words.length - 1].text)) this.words.pop()
    this.i++
    while (this.i < src.length && /[<>&|-]/.test(src[this.i])) this.i++
    while (src[this.i] === ' ' || src[this.i] === '\t') this.i++
    while (this.i < src.length && !/[\s;&|()<>]/.test(src[this.i])) this.i++
  }

  singleQuoted(): void {
    const src = this.src
    const start = this.i++
    let s = ''
    while (this.i < src.length && src[this.i] !== "'") {
      const k = this.continuation(this.i)
      if (k >= 0) this.i = k
      else s += src[this.i++]
    }
    this.i++
    this.append(s, this.word?.start ?? start)
  }

  doubleQuoted(): void {
    const src = this.src
    const start = this.i++
    let s = ''
    while (this.i < src.length && src[this.i] !== '"') {
      const k = this.continuation(this.i)
      if (k >= 0) {
        this.i = k
        continue
      }
      if (src[this.i] === '\\' && this.i + 1 < src.length && '"\\$`\n'.includes(src[this.i + 1])) {
        if (src[this.i + 1] !== '\n') s += src[this.i + 1]
        this.i += 2
        continue
      }
      s += src[this.i++]
    }
    this.i++
    this.append(s, this.word?.start ?? start)
  }

  /** The shell's escape: a newline after it joins lines, any other character is taken literally. */
  escaped(): void {
    const src = this.src
    if (src[this.i + 1] === '\n') this.i += 2
    else {
      this.append(src[this.i + 1] ?? '', this.i)
      this.i += 2
    }
  }

  /** Command substitution: kept as one piece of the word, with nested parentheses balanced. */
  substitution(): void {
    const src = this.src
    const start = this.i
    const close = src[this.i] === '`' ? '`' : ')'
    let depth = close === ')' ? 1 : 0
    this.i += close === '`' ? 1 : 2
    while (this.i < src.length) {
      if (close === '`' && src[this.i] === '`') break
      if (close === ')' && src[this.i] === '(') depth++
      if (close === ')' && src[this.i] === ')' && --depth === 0) break
      this.i++
    }
    this.i++
    this.append(src.slice(start, this.i), start)
  }
}

/** One step of the lexer at its position: a continuation, blank, comment, separator or piece of a word. */
function lexStep(lx: Lexer, src: string): void {
  const c = src[lx.i]
  const cont = lx.continuation(lx.i)
  if (cont >= 0) {
    lx.i = cont
  } else if (c === ' ' || c === '\t' || c === '\r') {
    lx.endWord()
    lx.i++
  } else if (c === '#' && !lx.inWord) {
    while (lx.i < src.length && src[lx.i] !== '\n') lx.i++
  } else {
    const sep = SEPARATORS.find(s => src.startsWith(s, lx.i))
    if (sep) {
      lx.endCommand()
      lx.i += sep.length
    } else if (c === '>' || (c === '<' && src[lx.i + 1] !== '(')) lx.redirection()
    else if (c === "'") lx.singleQuoted()
    else if (c === '"') lx.doubleQuoted()
    else if (c === '\\') lx.escaped()
    else if ((c === '$' && src[lx.i + 1] === '(') || c === '`') lx.substitution()
    else {
      lx.append(c, lx.i)
      lx.i++
    }
  }
}

/**
 * Split `src` into commands of words. `dockerfile` turns on Dockerfile line continuation (escape + newline
 * joins lines; comment and blank lines inside a continued instruction are dropped).
 */
function tokenize(
  src: string,
  pos: (i: number) => { line: number; column: number },
  dockerfile: boolean,
  escape = '\\'
): Word[][] {
  const lx = new Lexer(src, pos, dockerfile, escape)
  while (lx.i < src.length) lexStep(lx, src)
  lx.endCommand()
  return lx.commands
}

/** Strip assignments, shell keywords and prefixes (sudo, env, exec, command, nohup, nice) off a word list. */
function shape(all: Word[]): ShellCommand | undefined {
  const assignments = new Map<string, string>()
  let k = 0
  const take = () => all[k++]
  for (;;) {
    const w = all[k]
    if (!w) break
    const a = ASSIGNMENT.exec(w.text)
    if (a) {
      assignments.set(a[1], a[2])
      k++
      continue
    }
    if (KEYWORDS.has(w.text)) {
      k++
      continue
    }
    const base = w.text.replace(/^.*\//, '')
    if (base === 'sudo' || base === 'env' || base === 'exec' || base === 'command' || base === 'nohup') {
      take()
      while (all[k] && all[k].text.startsWith('-')) {
        const flag = take().text
        if ((base === 'sudo' && /^-[ugCDhpr]$/.test(flag)) || (base === 'env' && flag === '-u')) take()
      }
      continue
    }
    if (base === 'nice') {
      take()
      if (all[k]?.text === '-n') k += 2
      else if (all[k]?.text.startsWith('-')) k++
      continue
    }
    break
  }
  const words = all.slice(k)
  const last = all[all.length - 1]
  if (!last) return undefined
  const first = words[0] ?? all[0]
  return {
    program: words[0]?.text.replace(/^.*\//, '') ?? '',
    words,
    assignments,
    line: first.line,
    column: first.column,
    endLine: last.line
  }
}
