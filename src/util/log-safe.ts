// Text that did not come from gantry (commit messages, event payloads, files, registry errors) must never
// start a workflow command in a runner's log: the runner treats any line whose trimmed text starts with `::`
// as a command, and it splits lines at CR as well as LF. These helpers make such text inert.

import { randomBytes } from 'node:crypto'

// C0 controls but TAB, DEL, C1 controls, and the Unicode line and paragraph separators.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g

/** One line of text: control characters (CR, LF, ESC, ...) become visible escapes such as `\r`. */
export function oneLine(text: string): string {
  return text.replace(CONTROL, c => {
    if (c === '\n') return '\\n'
    if (c === '\r') return '\\r'
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
  })
}

/** oneLine, cut to at most `max` characters (the last one an ellipsis): for table cells and titles. */
export function clipLine(text: string, max: number): string {
  const one = oneLine(text)
  return one.length > max ? `${one.slice(0, Math.max(0, max - 1))}…` : one
}

/**
 * Multi-line text gantry assembles (a report table) from parts that may not be gantry's: a line that would
 * start a workflow command (`::`, or the legacy `##[`, after any indentation) has its first character
 * spaced out, so the runner leaves it alone.
 */
export function neutralizeCommands(text: string): string {
  return text.replace(/^(\s*)(::|##\[)/gm, (_m, ws: string, cmd: string) => `${ws}${cmd[0]} ${cmd.slice(1)}`)
}

/** Does some line of this text, split as the runner splits it, begin a workflow command? */
export function mayStartCommand(text: string): boolean {
  return /(^|[\r\n\u2028\u2029\u0085])[\s]*::/.test(text)
}

/** A fresh token for `::stop-commands::<token>` ... `::<token>::`. */
export function stopCommandsToken(): string {
  return `gantry-${randomBytes(12).toString('hex')}`
}

/**
 * Another program's output (go's stderr) inside a message, one quoted line per line: control characters
 * escaped and `> ` in front, so no line can start a workflow command even where the runner trims spaces.
 */
export function quoteLines(text: string, max = 8): string {
  const lines = text.trim().split(/\r?\n/).filter(Boolean).slice(-max)
  return lines.map(l => `> ${oneLine(l)}`).join('\n')
}

/**
 * Write text that did not come from gantry (a generated file, a tool's output, a git message) so that no
 * line of it can run a workflow command: when it could, it goes between `::stop-commands::<token>` and
 * `::<token>::` with a fresh token, so the runner treats every line in between as plain text.
 */
export function writeFenced(message: string, write: (line: string) => void): void {
  if (!mayStartCommand(message) && !/[\r\u2028\u2029\u0085]/.test(message)) return write(message)
  const token = stopCommandsToken()
  write(`::stop-commands::${token}`)
  write(message)
  write(`::${token}::`)
}
