// Run a bundled action exactly as a GitHub runner does: `node dist/<name>/index.js` with INPUT_* for each
// input, the GITHUB_* variables and files (output, summary, state, env, path), an event payload, and then
// read back what the step wrote. The post step runs the same entry with STATE_* from the main step.

import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

export interface Annotation {
  level: 'error' | 'warning' | 'notice' | 'debug'
  message: string
  properties: Record<string, string>
}

export interface ActionRun {
  code: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  /** Saved with core.saveState: pass as `state` to run the post step. */
  state: Record<string, string>
  /** Written with core.exportVariable. */
  exportedEnv: Record<string, string>
  addedPath: string[]
  annotations: Annotation[]
  /** Every line of stdout and stderr, for "no secret in any log line" checks. */
  log: string
}

export interface RunActionOptions {
  inputs?: Record<string, string>
  /** Extra environment (wins over the defaults below). */
  env?: Record<string, string | undefined>
  /** The step's working directory (also GITHUB_WORKSPACE unless env sets it). */
  cwd?: string
  event?: { name: string; payload?: Record<string, unknown> }
  ref?: string
  sha?: string
  repository?: string
  /** STATE_* values, from a main step's `state`, to run the post step. */
  state?: Record<string, string>
  timeoutMs?: number
  /** The bundle to run, relative to dist/ (default `<name>/index.js`). */
  entry?: string
}

const fresh = new Set<string>()

/**
 * Refuse to run a bundle built from other sources than the working tree's: dist/<entry>/sources.txt lists
 * the sha256 of every project file bundled into it (and package-lock.json).
 */
export function assertFreshBundle(entry: string): void {
  if (fresh.has(entry)) return
  const list = readFileSync(path.join(repoRoot, 'dist', entry, 'sources.txt'), 'utf8')
  const stale: string[] = []
  for (const line of list.split('\n').filter(Boolean)) {
    const [hash, file] = line.split('  ')
    let now = ''
    try {
      now = createHash('sha256')
        .update(readFileSync(path.join(repoRoot, file)))
        .digest('hex')
    } catch {
      now = 'missing'
    }
    if (now !== hash) stale.push(file)
  }
  if (stale.length)
    throw new Error(
      `dist/${entry} is older than its sources (${stale.slice(0, 5).join(', ')}${stale.length > 5 ? ', ...' : ''}): run npm run package`
    )
  fresh.add(entry)
}

/** The Node binary the bundles run under: the one running the tests (scripts/test.sh puts Node 24 first). */
export function nodeBinary(): string {
  return process.env.GANTRY_NODE || process.execPath
}

/** Parse a GITHUB_OUTPUT / GITHUB_STATE / GITHUB_ENV file (`name=value` and `name<<DELIM` heredocs). */
export function parseCommandFile(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (!line) continue
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name, delim] = heredoc
      const value: string[] = []
      for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i])
      out[name] = value.join('\n')
    } else {
      const eq = line.indexOf('=')
      if (eq > 0) out[line.slice(0, eq)] = line.slice(eq + 1)
    }
  }
  return out
}

function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}

export function parseAnnotations(stdout: string): Annotation[] {
  const out: Annotation[] = []
  for (const line of stdout.split('\n')) {
    const m = /^::(error|warning|notice|debug)(?: ([^:]*))?::(.*)$/.exec(line)
    if (!m) continue
    const properties: Record<string, string> = {}
    for (const kv of (m[2] ?? '').split(',').filter(Boolean)) {
      const eq = kv.indexOf('=')
      properties[kv.slice(0, eq)] = unescapeData(kv.slice(eq + 1))
        .replace(/%3A/g, ':')
        .replace(/%2C/g, ',')
    }
    out.push({ level: m[1] as Annotation['level'], message: unescapeData(m[3]), properties })
  }
  return out
}

/** A clean environment: the host's PATH and tool settings, without anything a runner would set per step. */
function baseEnv(): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [k, v] of Object.entries(process.env)) {
    if (v === undefined) continue
    if (/^(INPUT_|STATE_|GITHUB_|RUNNER_|ACTIONS_)/.test(k)) continue
    env[k] = v
  }
  return env
}

export async function runAction(name: string, opts: RunActionOptions = {}): Promise<ActionRun> {
  const tmp = await mkdtemp(path.join(os.tmpdir(), `gantry-run-${name}-`))
  const files = {
    output: path.join(tmp, 'output'),
    summary: path.join(tmp, 'summary'),
    state: path.join(tmp, 'state'),
    env: path.join(tmp, 'env'),
    path: path.join(tmp, 'path')
  }
  await Promise.all(Object.values(files).map(f => writeFile(f, '')))
  const cwd = opts.cwd ?? repoRoot
  const env: Record<string, string> = {
    ...baseEnv(),
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_STATE: files.state,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    GITHUB_WORKSPACE: cwd,
    RUNNER_TEMP: tmp,
    RUNNER_OS: process.platform === 'win32' ? 'Windows' : process.platform === 'darwin' ? 'macOS' : 'Linux',
    RUNNER_ARCH: process.arch === 'arm64' ? 'ARM64' : 'X64',
    GITHUB_REF: opts.ref ?? 'refs/heads/main',
    GITHUB_SHA: opts.sha ?? '0000000000000000000000000000000000000000',
    GITHUB_REPOSITORY: opts.repository ?? 'octo-org/hello',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_NUMBER: '1',
    GITHUB_EVENT_NAME: opts.event?.name ?? 'push',
    GITHUB_ACTOR: 'octocat'
  }
  const eventPath = path.join(tmp, 'event.json')
  await writeFile(eventPath, JSON.stringify(opts.event?.payload ?? {}))
  env.GITHUB_EVENT_PATH = eventPath
  for (const [k, v] of Object.entries(opts.inputs ?? {}))
    env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v
  for (const [k, v] of Object.entries(opts.state ?? {})) env[`STATE_${k}`] = v
  for (const [k, v] of Object.entries(opts.env ?? {})) {
    if (v === undefined) delete env[k]
    else env[k] = v
  }
  const entry = path.join(repoRoot, 'dist', opts.entry ?? `${name}/index.js`)
  assertFreshBundle(path.basename(path.dirname(entry)))
  const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>(
    (resolve, reject) => {
      const child = spawn(nodeBinary(), [entry], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
      let stdout = ''
      let stderr = ''
      child.stdout.on('data', (c: Buffer) => (stdout += c.toString()))
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
      const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 20 * 60_000)
      child.on('error', reject)
      child.on('close', c => {
        clearTimeout(timer)
        resolve({ code: c ?? 1, stdout, stderr })
      })
    }
  )
  const read = (f: string): Promise<string> => readFile(f, 'utf8')
  const [output, summary, state, exported, addedPath] = await Promise.all([
    read(files.output),
    read(files.summary),
    read(files.state),
    read(files.env),
    read(files.path)
  ])
  return {
    code,
    stdout,
    stderr,
    outputs: parseCommandFile(output),
    summary,
    state: { ...(opts.state ?? {}), ...parseCommandFile(state) },
    exportedEnv: parseCommandFile(exported),
    addedPath: addedPath.split('\n').filter(Boolean),
    annotations: parseAnnotations(stdout),
    log: `${stdout}\n${stderr}`
  }
}

export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

/** Run the bundled CLI (`node dist/cli/index.js ...args`); `input` is written to its stdin. */
export async function runCli(
  args: string[],
  opts: { cwd?: string; env?: Record<string, string | undefined>; timeoutMs?: number; input?: string } = {}
): Promise<CliRun> {
  const env = { ...baseEnv() }
  for (const [k, v] of Object.entries(opts.env ?? {})) {
    if (v === undefined) delete env[k]
    else env[k] = v
  }
  assertFreshBundle('cli')
  return new Promise((resolve, reject) => {
    const child = spawn(nodeBinary(), [path.join(repoRoot, 'dist/cli/index.js'), ...args], {
      cwd: opts.cwd ?? repoRoot,
      env,
      stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe']
    })
    if (opts.input !== undefined) child.stdin!.end(opts.input)
    let stdout = ''
    let stderr = ''
    child.stdout!.on('data', (c: Buffer) => (stdout += c.toString()))
    child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()))
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 20 * 60_000)
    child.on('error', reject)
    child.on('close', c => {
      clearTimeout(timer)
      resolve({ code: c ?? 1, stdout, stderr })
    })
  })
}
