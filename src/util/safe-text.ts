// Untrusted text (file names from image layers, titles from vulnerability records, lines of files) on its
// way to a log, a job summary or a report: one line without control characters, and never the start of a
// workflow command (`::error::`, the legacy `##[`), which the runner would execute from any log line.

/** Control characters, DEL, C1 controls, line/paragraph separators and bidi overrides, as visible escapes. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g

/** One line: every unsafe character escaped (`\n`, `\x1b`, `\u202e`), cut to `max` characters with `…`. */
export function safeText(text: string, max = Infinity): string {
  const one = text.replace(UNSAFE, c => {
    if (c === '\n') return '\\n'
    if (c === '\r') return '\\r'
    if (c === '\t') return '\\t'
    const code = c.charCodeAt(0)
    return code < 0x100
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`
  })
  return one.length > max ? `${one.slice(0, Math.max(0, max - 1))}…` : one
}

/**
 * Multi-line text (a table, a markdown summary) whose lines may hold untrusted parts: a line that would
 * start a workflow command (after any indentation) has its first `:` or `#` spaced out so it no longer does.
 */
export function neutralizeCommands(text: string): string {
  return text.replace(/^(\s*)(::|##\[)/gm, (_m, ws: string, cmd: string) => `${ws}${cmd[0]} ${cmd.slice(1)}`)
}
