// Run a workflow file under a real workflow engine: nektos/act (pinned and patched, scripts/act) in host mode,
// Node 24 first on PATH, act's artifact and cache servers on 127.0.0.1, in a throwaway git repository that
// holds a Go module, the workflow, and gantry's actions/ and dist/ (as `uses: ./actions/<name>` finds them).
// Every run is traced with strace: a connect() (or an addressed send) to anything but 127.0.0.1, ::1, a unix
// or netlink socket fails the run, so neither act nor a step it starts can reach the network unnoticed.

import { execFile, execFileSync, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { repoRoot } from './run-action.js'
import { vulnSource } from './vuln-go-app.js'

const exec = promisify(execFile)

/** The workflows the act tier runs. */
export const workflowsDir = path.join(repoRoot, '__tests__/act/workflows')

let actPath: string | undefined

/**
 * The act binary, built from source on first use (scripts/tools.sh, a few minutes cold, then cached). Throws
 * when it cannot be built: the tier fails, it never skips.
 */
export function actBinary(): string {
  if (actPath) return actPath
  try {
    actPath = execFileSync(path.join(repoRoot, 'scripts/tools.sh'), ['path', 'act'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 20 * 60_000
    }).trim()
  } catch (err) {
    const e = err as { stderr?: string; message: string }
    throw new Error(`act could not be built (scripts/tools.sh path act): ${e.stderr || e.message}`)
  }
  return actPath
}

function nodeBinDir(): string {
  const dir = path.join(repoRoot, '.tools/node24/node_modules/.bin')
  if (!existsSync(path.join(dir, 'node')))
    throw new Error(`Node 24 is not in ${dir}: run scripts/bootstrap.sh first`)
  return dir
}

function straceBinary(): string {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const p = path.join(dir, 'strace')
    if (dir && existsSync(p)) return p
  }
  throw new Error('strace is not installed: run scripts/act/deps.sh (as root), which scripts/test.sh runs')
}

// ---- connect() audit ----------------------------------------------------------------------------------------

export interface SocketCall {
  pid: number
  call: string
  family: string
  /** The IP address, or the unix socket path; '' when the call names none. */
  address: string
  line: string
}

/** The addressed socket calls in an `strace -f -e trace=connect,sendto,sendmsg` log. */
export function parseSocketCalls(text: string): SocketCall[] {
  const out: SocketCall[] = []
  for (const line of text.split('\n')) {
    const m = /^(\d+)\s+(connect|sendto|sendmsg|sendmmsg)\(/.exec(line)
    if (!m) continue
    const fam = /sa_family=(AF_\w+)/.exec(line)
    if (!fam) continue // sendto/sendmsg on a connected socket: no address of its own
    const v4 = /sin_addr=inet_addr\("([^"]*)"\)/.exec(line)
    const v6 = /inet_pton\(AF_INET6, "([^"]*)"/.exec(line)
    const unix = /sun_path=(@?"[^"]*"|@[^,}]*)/.exec(line)
    out.push({
      pid: Number(m[1]),
      call: m[2],
      family: fam[1],
      address: v4?.[1] ?? v6?.[1] ?? unix?.[1] ?? '',
      line
    })
  }
  return out
}

const LOCAL_FAMILIES = new Set(['AF_UNIX', 'AF_LOCAL', 'AF_NETLINK', 'AF_UNSPEC'])
const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1'])

/** The calls that could leave the machine: any IP address but the loopback ones, any other family. */
export function disallowedSocketCalls(calls: SocketCall[]): SocketCall[] {
  return calls.filter(c => {
    if (LOCAL_FAMILIES.has(c.family)) return false
    if (c.family === 'AF_INET' || c.family === 'AF_INET6') return !LOOPBACK.has(c.address)
    return true
  })
}

/** Run a command under the same strace as act (for checking the audit itself). */
export async function traced(
  argv: string[],
  opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}
): Promise<{ code: number; calls: SocketCall[] }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'gantry-strace-'))
  const log = path.join(dir, 'socket.log')
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn(straceBinary(), [...STRACE_ARGS, '-o', log, ...argv], {
      cwd: opts.cwd,
      env: opts.env ?? process.env,
      stdio: 'ignore'
    })
    child.on('error', reject)
    child.on('close', c => resolve(c ?? 1))
  })
  return { code, calls: parseSocketCalls(await readFile(log, 'utf8')) }
}

// seccomp-bpf: the traced processes stop only on these calls, so tracing a whole go build costs little.
const STRACE_ARGS = [
  '-f',
  '-qq',
  '--seccomp-bpf',
  '-e',
  'trace=connect,sendto,sendmsg,sendmmsg',
  '-e',
  'signal=none'
]

/** strace's own error line (it exits, and kills what it traces), or undefined. */
export function straceFailed(stderr: string): string | undefined {
  return /^\S*strace: ptrace\(.*$/m.exec(stderr)?.[0]
}

/** One act run under strace (its own process group, killed whole at the deadline). */
async function runActTraced(
  strace: string,
  act: string,
  args: string[],
  where: { cwd: string; env: Record<string, string>; sockets: string },
  opts: RunWorkflowOptions
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(strace, [...STRACE_ARGS, '-o', where.sockets, act, ...args], {
      cwd: where.cwd,
      env: where.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()))
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
    const timer = setTimeout(
      () => {
        try {
          process.kill(-child.pid!, 'SIGKILL')
        } catch {
          // already gone
        }
      },
      opts.timeoutMs ?? 15 * 60_000
    )
    child.on('error', reject)
    child.on('close', c => {
      clearTimeout(timer)
      resolve({ code: c ?? 1, stdout, stderr })
    })
  })
}

// ---- the repository -----------------------------------------------------------------------------------------

export interface ActRepo {
  dir: string
  git(args: string[], env?: Record<string, string>): string
}

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'act',
  GIT_AUTHOR_EMAIL: 'act@example.com',
  GIT_COMMITTER_NAME: 'act',
  GIT_COMMITTER_EMAIL: 'act@example.com',
  GIT_AUTHOR_DATE: '2026-03-04T05:06:07Z',
  GIT_COMMITTER_DATE: '2026-03-04T05:06:07Z'
}

/**
 * A git repository as a user's would look: the Go module at the root, the workflows in .github/workflows, and
 * gantry's actions/ and dist/ as symlinks to this checkout (act's checkout copies them as symlinks, and
 * `uses: ./actions/go-build` then runs `../../dist/go-build/index.js` through them). One commit on main.
 */
export async function makeActRepo(opts: {
  workflows: string[]
  module?: string
  /** Link gantry's actions/ and dist/ in (default true); a workflow naming gantry remotely needs neither. */
  gantry?: boolean
}): Promise<ActRepo> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'gantry-act-repo-'))
  await cp(path.join(repoRoot, opts.module ?? 'examples/hello'), dir, { recursive: true })
  if (opts.gantry ?? true) {
    await symlink(path.join(repoRoot, 'actions'), path.join(dir, 'actions'))
    await symlink(path.join(repoRoot, 'dist'), path.join(dir, 'dist'))
  }
  await mkdir(path.join(dir, '.github/workflows'), { recursive: true })
  for (const w of opts.workflows) await cp(path.join(workflowsDir, w), path.join(dir, '.github/workflows', w))
  const git = (args: string[], env: Record<string, string> = {}): string =>
    execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, ...GIT_ENV, ...env }
    }).trim()
  git(['init', '-q', '-b', 'main'])
  git(['add', '-A'])
  git(['commit', '-qm', 'feat: hello'])
  return { dir, git }
}

/**
 * Swap the repository's Go module for the vulnerable program (vuln-go-app.ts: golang.org/x/text v0.3.5),
 * amending its one commit, so history and tags made afterwards are as for examples/hello.
 */
export async function useVulnApp(repo: ActRepo): Promise<void> {
  for (const name of await readdir(repo.dir))
    if (!['.git', '.github', 'actions', 'dist'].includes(name))
      await rm(path.join(repo.dir, name), { recursive: true })
  const src = await vulnSource()
  for (const f of ['go.mod', 'go.sum', 'main.go'])
    await writeFile(path.join(repo.dir, f), await readFile(path.join(src.dir, f)))
  repo.git(['add', '-A'])
  repo.git(['commit', '-q', '--amend', '-m', 'feat: vulnapp'])
}

/**
 * gantry-dev/gantry@v1 as act sees it through `--local-repository` (RunWorkflowOptions.localRepositories):
 * the root action.yml and the reusable workflow (copies: act reads a remote file's bytes, not a symlink),
 * and this checkout's actions/ and dist/ (symlinks: act copies them as links, and the actions'
 * `../../dist/<name>/index.js` and the root action's `dist/release/index.js` resolve through them).
 */
export async function gantryRepository(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'gantry-act-gantry-'))
  await mkdir(path.join(dir, '.github/workflows'), { recursive: true })
  await cp(
    path.join(repoRoot, '.github/workflows/release.yml'),
    path.join(dir, '.github/workflows/release.yml')
  )
  await cp(path.join(repoRoot, 'action.yml'), path.join(dir, 'action.yml'))
  await symlink(path.join(repoRoot, 'actions'), path.join(dir, 'actions'))
  await symlink(path.join(repoRoot, 'dist'), path.join(dir, 'dist'))
  return dir
}

/** A push event payload: act takes GITHUB_REF from `ref`, and gantry the default branch from `repository`. */
export function pushEvent(ref: string): Record<string, unknown> {
  return { ref, repository: { default_branch: 'main', full_name: 'octo-org/hello' } }
}

/** Fail with act's whole log when the run did not succeed. */
export function expectSuccess(run: WorkflowRun): void {
  if (run.code !== 0) throw new Error(`act exited ${run.code}:\n${run.log}`)
}

// ---- running a workflow -------------------------------------------------------------------------------------

export interface ActEntry {
  level: string
  msg: string
  job?: string
  jobID?: string
  matrix?: Record<string, unknown>
  stage?: string
  step?: string
  stepID?: string[]
  stepResult?: string
  jobResult?: string
  raw_output?: boolean
  command?: string
  name?: string
  arg?: string
  /** What a step wrote to GITHUB_STEP_SUMMARY (act logs it with command `summary`). */
  content?: string
}

export interface StepRun {
  /** The step's id (or act's index for a step without one). */
  id: string
  name: string
  /** Pre, Main or Post. */
  stage: string
  result?: string
  /** What the step wrote to GITHUB_OUTPUT (or ::set-output). */
  outputs: Record<string, string>
  /** The step's own output lines. */
  log: string
  /** What the step wrote to GITHUB_STEP_SUMMARY. */
  summary: string
}

export interface JobRun {
  /** act's name of the job run: the workflow's name, the job and, for matrix jobs, a suffix. */
  name: string
  id: string
  matrix: Record<string, unknown>
  result?: string
  steps: StepRun[]
  /** A step by id and stage (Main by default); throws when it did not run. */
  step(id: string, stage?: string): StepRun
}

export interface WorkflowRun {
  code: number
  /** Every message act printed, in order, then its stderr. */
  log: string
  entries: ActEntry[]
  jobs: JobRun[]
  /** The runs of a job id (several for a matrix); throws when there is none. */
  job(id: string): JobRun[]
  /** Every addressed socket call act and the processes it started made. */
  socketCalls: SocketCall[]
  /** The run's scratch folder (home, act's caches, the event file). */
  dir: string
}

export interface RunWorkflowOptions {
  /** The repository (makeActRepo) to run in. */
  workdir: string
  /** The event name (default push). */
  event?: string
  /** The event payload act puts in GITHUB_EVENT_PATH; `ref` and `repository.default_branch` matter. */
  eventPayload?: Record<string, unknown>
  /** Workflow-level environment (act --env). */
  env?: Record<string, string>
  secrets?: Record<string, string>
  /** workflow_dispatch inputs (put in the event payload's `inputs` and in act's input file). */
  inputs?: Record<string, string>
  /** GITHUB_REPOSITORY (default octo-org/hello); act would otherwise read it from a github.com remote. */
  repository?: string
  /** Run only this job. */
  job?: string
  /** act's cache server storage: pass the same folder to two runs to restore what the first saved. */
  cacheDir?: string
  /** Start act's cache server (default true). */
  cacheServer?: boolean
  /** Start act's artifact server (default true); it is also what sets ACTIONS_RUNTIME_TOKEN. */
  artifactServer?: boolean
  /** More variables for act's own process, which host-mode steps inherit. */
  processEnv?: Record<string, string>
  /** The `vars` context (act --var-file); a reusable workflow's `with:` may read vars but not env. */
  vars?: Record<string, string>
  /**
   * Remote actions and reusable workflows served from local folders (act --local-repository), by
   * `owner/repo@ref`: the folder stands for the repository's root at that ref. Anything remote not mapped
   * here would be cloned from github.com, which the audit refuses.
   */
  localRepositories?: Record<string, string>
  /** More `runs-on` labels that mean "this host" (ubuntu-latest always does). */
  runnerLabels?: string[]
  timeoutMs?: number
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer()
    s.on('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo
      s.close(() => resolve(port))
    })
  })
}

let goEnvCache: Record<string, string> | undefined

/** The test process's Go caches: steps build warm, as on a developer's machine, although HOME is a temp dir. */
async function goEnv(): Promise<Record<string, string>> {
  if (!goEnvCache) {
    const { stdout } = await exec('go', ['env', '-json', 'GOCACHE', 'GOMODCACHE', 'GOPATH'])
    goEnvCache = JSON.parse(stdout) as Record<string, string>
  }
  return goEnvCache
}

/** The host's environment without anything a runner sets per job (act sets those). */
function baseEnv(): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [k, v] of Object.entries(process.env)) {
    if (v === undefined || /^(INPUT_|STATE_|GITHUB_|RUNNER_|ACTIONS_|ACT_)/.test(k)) continue
    env[k] = v
  }
  return env
}

function parseEntries(stdout: string): ActEntry[] {
  const out: ActEntry[] = []
  for (const line of stdout.split('\n')) {
    if (!line.trim()) continue
    try {
      out.push(JSON.parse(line) as ActEntry)
    } catch {
      out.push({ level: 'info', msg: line })
    }
  }
  return out
}

function collectJobs(entries: ActEntry[]): JobRun[] {
  const jobs = new Map<string, JobRun>()
  for (const e of entries) {
    if (!e.job || !e.jobID) continue
    let j = jobs.get(e.job)
    if (!j) {
      const steps: StepRun[] = []
      j = {
        name: e.job,
        id: e.jobID,
        matrix: e.matrix ?? {},
        steps,
        step(id: string, stage = 'Main'): StepRun {
          const s = steps.find(x => x.id === id && x.stage === stage)
          if (!s) throw new Error(`job ${e.job} has no ${stage} step ${id}`)
          return s
        }
      }
      jobs.set(e.job, j)
    }
    if (e.jobResult) j.result = e.jobResult
    if (!e.stepID || !e.stage) continue
    const id = e.stepID.join('/')
    let s = j.steps.find(x => x.id === id && x.stage === e.stage)
    if (!s) {
      s = { id, name: e.step ?? id, stage: e.stage, outputs: {}, log: '', summary: '' }
      j.steps.push(s)
    }
    if (e.stepResult) s.result = e.stepResult
    if (e.raw_output) s.log += e.msg.endsWith('\n') ? e.msg : `${e.msg}\n`
    if (e.command === 'set-output' && e.name !== undefined) s.outputs[e.name] = e.arg ?? ''
    if (e.command === 'summary' && e.content !== undefined) s.summary += e.content
  }
  return [...jobs.values()]
}

/**
 * Run one workflow file (its name under .github/workflows of the repository) with act and return what
 * happened. Throws when act or a process it started reached for an address other than the loopback ones.
 */
export async function runWorkflow(workflow: string, opts: RunWorkflowOptions): Promise<WorkflowRun> {
  const act = actBinary()
  const strace = straceBinary()
  const dir = await mkdtemp(path.join(os.tmpdir(), 'gantry-act-run-'))
  const home = path.join(dir, 'home')
  await mkdir(home, { recursive: true })
  const files = {
    event: path.join(dir, 'event.json'),
    // act reads a .yml file of these as YAML (a .env file through godotenv, which expands $VARS and drops
    // some escapes); JSON is YAML, so values arrive exactly as given.
    secrets: path.join(dir, 'secrets.yml'),
    vars: path.join(dir, 'vars.yml'),
    envFile: path.join(dir, 'env.yml'),
    inputs: path.join(dir, 'inputs.yml'),
    sockets: path.join(dir, 'socket.log')
  }
  // A GITHUB_TOKEN secret stops act from asking `gh auth token`; act masks every secret in its log, so a
  // short dummy value would blot out ordinary words.
  const secrets = { GITHUB_TOKEN: `dummy-${randomBytes(16).toString('hex')}`, ...opts.secrets }
  // A workflow_dispatch run's inputs are in its payload (where GitHub puts them, and where act reads them for
  // that event); the input file gives them to other events' `inputs` context too.
  const payload = { ...opts.eventPayload }
  if (opts.inputs)
    payload.inputs = { ...(payload.inputs as Record<string, string> | undefined), ...opts.inputs }
  await writeFile(files.event, JSON.stringify(payload))
  await writeFile(files.secrets, JSON.stringify(secrets), { mode: 0o600 })
  await writeFile(files.vars, JSON.stringify(opts.vars ?? {}))
  await writeFile(files.envFile, '{}')
  await writeFile(files.inputs, JSON.stringify(opts.inputs ?? {}))

  const args = [
    opts.event ?? 'push',
    '--json',
    '-W',
    path.join('.github/workflows', workflow),
    '-P',
    'ubuntu-latest=-self-hosted',
    '--eventpath',
    files.event,
    '--secret-file',
    files.secrets,
    '--var-file',
    files.vars,
    '--env-file',
    files.envFile,
    '--input-file',
    files.inputs,
    '--env',
    `GITHUB_REPOSITORY=${opts.repository ?? 'octo-org/hello'}`,
    '--action-cache-path',
    path.join(dir, 'actions'),
    '--action-offline-mode',
    '--pull=false',
    '--container-daemon-socket',
    '-'
  ]
  for (const [k, v] of Object.entries(opts.env ?? {})) args.push('--env', `${k}=${v}`)
  for (const label of opts.runnerLabels ?? []) args.push('-P', `${label}=-self-hosted`)
  for (const [repo, dir] of Object.entries(opts.localRepositories ?? {}))
    args.push('--local-repository', `${repo}=${dir}`)
  if (opts.job) args.push('--job', opts.job)
  if (opts.artifactServer ?? true)
    args.push(
      '--artifact-server-addr',
      '127.0.0.1',
      '--artifact-server-port',
      String(await freePort()),
      '--artifact-server-path',
      path.join(dir, 'artifacts')
    )
  if (opts.cacheServer ?? true)
    args.push(
      '--cache-server-addr',
      '127.0.0.1',
      '--cache-server-port',
      '0',
      '--cache-server-path',
      opts.cacheDir ?? path.join(dir, 'cache')
    )
  else args.push('--no-cache-server')

  const go = await goEnv()
  const env: Record<string, string> = {
    ...baseEnv(),
    GOCACHE: go.GOCACHE,
    GOMODCACHE: go.GOMODCACHE,
    GOPATH: go.GOPATH,
    ...opts.processEnv,
    PATH: `${nodeBinDir()}${path.delimiter}${process.env.PATH ?? ''}`,
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
    ACT_DISABLE_VERSION_CHECK: '1',
    GOTOOLCHAIN: 'local',
    GOTELEMETRY: 'off'
  }

  let attempt = await runActTraced(
    strace,
    act,
    args,
    { cwd: opts.workdir, env, sockets: files.sockets },
    opts
  )
  const socketLogs = [files.sockets]
  // strace 6.1 (Debian bookworm) sometimes fails on its own, "ptrace(PTRACE_LISTEN,...): Input/output error",
  // and exits; --seccomp-bpf implies --kill-on-exit, so act is stopped in the middle of a step. That is the
  // tracer failing, not the workflow: run the workflow once more (traced again, with its own log), and say so.
  if (straceFailed(attempt.stderr)) {
    const sockets = `${files.sockets}.2`
    socketLogs.push(sockets)
    const first = straceFailed(attempt.stderr)
    attempt = await runActTraced(strace, act, args, { cwd: opts.workdir, env, sockets }, opts)
    attempt.stderr = `(act was run twice: strace failed on its own the first time: ${first})\n${attempt.stderr}`
  }
  const { code, stdout, stderr } = attempt
  const entries = parseEntries(stdout)
  const jobs = collectJobs(entries)
  const socketCalls: SocketCall[] = []
  for (const log of socketLogs)
    socketCalls.push(...parseSocketCalls(await readFile(log, 'utf8').catch(() => '')))
  const log = `${entries.map(e => e.msg.replace(/\n$/, '')).join('\n')}\n${stderr}`
  const bad = disallowedSocketCalls(socketCalls)
  if (bad.length)
    throw new Error(
      `act or a step reached beyond 127.0.0.1 (${files.sockets}):\n${bad.map(b => b.line).join('\n')}\n--- act log ---\n${log}`
    )
  return {
    code,
    log,
    entries,
    jobs,
    job(id: string): JobRun[] {
      const runs = jobs.filter(j => j.id === id)
      if (!runs.length) throw new Error(`no job ${id} ran; jobs: ${jobs.map(j => j.name).join(', ')}\n${log}`)
      return runs
    },
    socketCalls,
    dir
  }
}
