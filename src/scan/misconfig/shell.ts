// The shell commands of a RUN, with the line each starts on: enough of POSIX sh to find `apk add`, `apt-get
// install`, `go build` and the variables set for them in `a && b; c | d` chains, `if … then … fi`, heredoc
// scripts and Dockerfile line continuations (comment lines inside a continued instruction are dropped, as
// Docker does). Not a full shell: expansions stay as written, redirections and their targets are skipped.

import type { Instruction } from 'dockerfile-ast'
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
    let lo = 0
    let hi = df.lineStarts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (df.lineStarts[mid] <= offset) lo = mid
      else hi = mid - 1
    }
    return { line: lo + 1, column: offset - df.lineStarts[lo] + 1 }
  }
}

const isCommand = (c: ShellCommand | undefined): c is ShellCommand => c !== undefined

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
  const commands: Word[][] = []
  let words: Word[] = []
  let word: { text: string; start: number } | undefined
  const endWord = () => {
    if (word) words.push({ text: word.text, ...pos(word.start) })
    word = undefined
  }
  const endCommand = () => {
    endWord()
    if (words.length) commands.push(words)
    words = []
  }
  const append = (s: string, at: number) => {
    if (!word) word = { text: '', start: at }
    word.text += s
  }
  /** At a Dockerfile continuation, the index after it (and after dropped comment/blank lines), else -1. */
  const continuation = (i: number): number => {
    if (!dockerfile || src[i] !== escape) return -1
    const m = /^[ \t]*\r?\n/.exec(src.slice(i + 1, i + 200))
    if (!m) return -1
    let j = i + 1 + m[0].length
    for (;;) {
      const next = /^[ \t]*(#[^\n]*)?\r?\n/.exec(src.slice(j, j + 4096))
      if (!next) return j
      j += next[0].length
    }
  }
  let i = 0
  while (i < src.length) {
    const c = src[i]
    const cont = continuation(i)
    if (cont >= 0) {
      i = cont
      continue
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      endWord()
      i++
      continue
    }
    if (c === '#' && !word) {
      while (i < src.length && src[i] !== '\n') i++
      continue
    }
    const sep = SEPARATORS.find(s => src.startsWith(s, i))
    if (sep) {
      endCommand()
      i += sep.length
      continue
    }
    if (c === '>' || (c === '<' && src[i + 1] !== '(')) {
      // A redirection: drop the operator and its target.
      endWord()
      if (words.length && /^\d+$/.test(words[words.length - 1].text)) words.pop()
      i++
      while (i < src.length && /[<>&|-]/.test(src[i])) i++
      while (src[i] === ' ' || src[i] === '\t') i++
      while (i < src.length && !/[\s;&|()<>]/.test(src[i])) i++
      continue
    }
    if (c === "'") {
      const start = i
      i++
      let s = ''
      while (i < src.length && src[i] !== "'") {
        const k = continuation(i)
        if (k >= 0) i = k
        else s += src[i++]
      }
      i++
      append(s, word?.start ?? start)
      continue
    }
    if (c === '"') {
      const start = i
      i++
      let s = ''
      while (i < src.length && src[i] !== '"') {
        const k = continuation(i)
        if (k >= 0) {
          i = k
          continue
        }
        if (src[i] === '\\' && i + 1 < src.length && '"\\$`\n'.includes(src[i + 1])) {
          if (src[i + 1] !== '\n') s += src[i + 1]
          i += 2
          continue
        }
        s += src[i++]
      }
      i++
      append(s, word?.start ?? start)
      continue
    }
    if (c === '\\') {
      // The shell's escape: a newline after it joins lines, any other character is taken literally.
      if (src[i + 1] === '\n') i += 2
      else {
        append(src[i + 1] ?? '', i)
        i += 2
      }
      continue
    }
    if ((c === '$' && src[i + 1] === '(') || c === '`') {
      // Command substitution: kept as one piece of the word, with nested parentheses balanced.
      const start = i
      let depth = 0
      const close = c === '`' ? '`' : ')'
      i += c === '`' ? 1 : 2
      if (close === ')') depth = 1
      while (i < src.length) {
        if (close === '`' && src[i] === '`') break
        if (close === ')' && src[i] === '(') depth++
        if (close === ')' && src[i] === ')' && --depth === 0) break
        i++
      }
      i++
      append(src.slice(start, i), start)
      continue
    }
    append(c, i)
    i++
  }
  endCommand()
  return commands
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
