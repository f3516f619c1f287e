// The logger interface the core writes through. Adapters back it with @actions/core (annotations, groups,
// masking); the CLI backs it with plain stderr output.

import { formatDuration } from './format.js'
import { writeFenced } from './log-safe.js'

export interface Annotation {
  file?: string
  line?: number
  column?: number
  endLine?: number
  title?: string
}

export interface Logger {
  info(message: string): void
  debug(message: string): void
  warn(message: string, where?: Annotation): void
  error(message: string, where?: Annotation): void
  /** Run `fn` inside a collapsible group and log how long it took. */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>
  /** Never print this value again (passwords, tokens). */
  mask(secret: string): void
}

/** A logger that keeps every line, for tests and for capturing output of sub-steps. */
export class MemoryLogger implements Logger {
  readonly lines: { level: 'info' | 'debug' | 'warn' | 'error'; message: string; where?: Annotation }[] = []
  readonly secrets: string[] = []
  info(message: string): void {
    this.lines.push({ level: 'info', message })
  }
  debug(message: string): void {
    this.lines.push({ level: 'debug', message })
  }
  warn(message: string, where?: Annotation): void {
    this.lines.push({ level: 'warn', message, where })
  }
  error(message: string, where?: Annotation): void {
    this.lines.push({ level: 'error', message, where })
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.lines.push({ level: 'info', message: `[group] ${name}` })
    return fn()
  }
  mask(secret: string): void {
    if (secret) this.secrets.push(secret)
  }
  text(level?: 'info' | 'debug' | 'warn' | 'error'): string {
    return this.lines
      .filter(l => !level || l.level === level)
      .map(l => l.message)
      .join('\n')
  }
}

/**
 * Plain stderr logger for the CLI and scripts. Secrets registered with mask() are replaced by ***. The CLI
 * may run in a workflow step, where the runner reads stderr for workflow commands too: text that could start
 * one is fenced as the action logger does.
 */
export class ConsoleLogger implements Logger {
  private readonly secrets: string[] = []
  constructor(
    private readonly verbose = false,
    private readonly write: (line: string) => void = line => process.stderr.write(line + '\n')
  ) {}
  private redact(s: string): string {
    let out = s
    for (const secret of this.secrets) out = out.split(secret).join('***')
    return out
  }
  private out(s: string): void {
    writeFenced(this.redact(s), this.write)
  }
  private where(w?: Annotation): string {
    if (!w?.file) return ''
    return `${w.file}${w.line ? `:${w.line}` : ''}${w.column ? `:${w.column}` : ''}: `
  }
  info(message: string): void {
    this.out(message)
  }
  debug(message: string): void {
    if (this.verbose) this.out(`debug: ${message}`)
  }
  warn(message: string, where?: Annotation): void {
    this.out(`warning: ${this.where(where)}${message}`)
  }
  error(message: string, where?: Annotation): void {
    this.out(`error: ${this.where(where)}${message}`)
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.out(`==> ${name}`)
    const start = Date.now()
    try {
      return await fn()
    } finally {
      this.out(`<== ${name} (${formatDuration(Date.now() - start)})`)
    }
  }
  mask(secret: string): void {
    if (secret && !this.secrets.includes(secret)) this.secrets.push(secret)
  }
}
