// Run a program with an argv array (never a shell string), capture its output with a bound on memory, and
// optionally stream lines as they come.

import { spawn } from 'node:child_process'

export interface ExecOptions {
  cwd?: string
  /** The complete environment of the child. Defaults to the host's environment. */
  env?: Readonly<Record<string, string | undefined>>
  /** Written to the child's stdin, then closed. */
  input?: string | Buffer
  /** Do not throw on a non-zero exit; return the result. */
  ignoreReturnCode?: boolean
  /** Called with each complete line of stdout / stderr as it arrives. */
  onStdoutLine?: (line: string) => void
  onStderrLine?: (line: string) => void
  /** Keep at most this many bytes of each stream (the tail). Default 16 MiB. */
  maxBuffer?: number
  /** Kill the child after this many milliseconds. */
  timeoutMs?: number
}

export interface ExecResult {
  code: number
  stdout: string
  stderr: string
  /** True when maxBuffer cut the captured output. */
  truncated: boolean
}

export type ExecFn = (file: string, args: readonly string[], opts?: ExecOptions) => Promise<ExecResult>

export class ExecError extends Error {
  constructor(
    readonly file: string,
    readonly args: readonly string[],
    readonly result: ExecResult
  ) {
    const tail = (result.stderr || result.stdout).trim().split('\n').slice(-20).join('\n')
    super(`${file} ${args.join(' ')} exited with code ${result.code}${tail ? `:\n${tail}` : ''}`)
    this.name = 'ExecError'
  }
}

class Tail {
  private chunks: Buffer[] = []
  private size = 0
  truncated = false
  private partial = ''
  constructor(
    private readonly max: number,
    private readonly onLine?: (line: string) => void
  ) {}
  push(chunk: Buffer): void {
    this.chunks.push(chunk)
    this.size += chunk.length
    while (this.size > this.max && this.chunks.length > 1) {
      this.size -= this.chunks.shift()!.length
      this.truncated = true
    }
    if (this.onLine) {
      const text = this.partial + chunk.toString('utf8')
      const lines = text.split(/\r?\n/)
      this.partial = lines.pop() ?? ''
      for (const line of lines) this.onLine(line)
    }
  }
  finish(): string {
    if (this.onLine && this.partial) this.onLine(this.partial)
    this.partial = ''
    let buf = Buffer.concat(this.chunks)
    if (buf.length > this.max) {
      buf = buf.subarray(buf.length - this.max)
      this.truncated = true
    }
    return buf.toString('utf8')
  }
}

export function createExec(defaultEnv: Readonly<Record<string, string | undefined>>): ExecFn {
  return (file, args, opts = {}) =>
    new Promise<ExecResult>((resolve, reject) => {
      const env = Object.fromEntries(
        Object.entries(opts.env ?? defaultEnv).filter((e): e is [string, string] => e[1] !== undefined)
      )
      const child = spawn(file, [...args], {
        cwd: opts.cwd,
        env,
        stdio: ['pipe', 'pipe', 'pipe'],
        windowsHide: true
      })
      const max = opts.maxBuffer ?? 16 * 1024 * 1024
      const out = new Tail(max, opts.onStdoutLine)
      const err = new Tail(max, opts.onStderrLine)
      let timer: NodeJS.Timeout | undefined
      if (opts.timeoutMs) timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs)
      child.stdout.on('data', (c: Buffer) => out.push(c))
      child.stderr.on('data', (c: Buffer) => err.push(c))
      child.on('error', e => {
        if (timer) clearTimeout(timer)
        reject(
          (e as NodeJS.ErrnoException).code === 'ENOENT'
            ? Object.assign(new Error(`${file}: command not found (is it installed and on PATH?)`), {
                code: 'ENOENT'
              })
            : e
        )
      })
      child.on('close', (code, signal) => {
        if (timer) clearTimeout(timer)
        const result: ExecResult = {
          code: code ?? (signal ? 128 : 1),
          stdout: out.finish(),
          stderr: err.finish(),
          truncated: out.truncated || err.truncated
        }
        if (result.code !== 0 && !opts.ignoreReturnCode) reject(new ExecError(file, args, result))
        else resolve(result)
      })
      child.stdin.on('error', () => {
        /* the child may exit before reading its input */
      })
      if (opts.input !== undefined) child.stdin.end(opts.input)
      else child.stdin.end()
    })
}
