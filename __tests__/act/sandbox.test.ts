// The act tier's guarantees about act itself: it is the pinned, patched build, the patch that stops it
// dialling out while it starts is in effect, and the connect() audit every run goes through does catch a
// call to a public address (a UDP connect, which sends no packet, so checking this leaks nothing).

import { execFileSync } from 'node:child_process'
import path from 'node:path'
import {
  actBinary,
  disallowedSocketCalls,
  expectSuccess,
  makeActRepo,
  parseSocketCalls,
  runWorkflow,
  straceFailed,
  traced
} from '../helpers/act.js'
import { repoRoot } from '../helpers/run-action.js'

const udpConnect = (host: string): string[] => [
  process.execPath,
  '-e',
  `const s = require('node:dgram').createSocket('${host.includes(':') ? 'udp6' : 'udp4'}');` +
    ` s.on('error', () => s.close()); s.connect(80, '${host}', () => s.close())`
]

test('act is the pinned build of scripts/act (version from build.sh)', () => {
  const version = execFileSync(path.join(repoRoot, 'scripts/act/build.sh'), ['version'], {
    encoding: 'utf8'
  }).trim()
  expect(version).toMatch(/^v0\.2\.87-gantry\d+$/)
  expect(execFileSync(actBinary(), ['--version'], { encoding: 'utf8' })).toContain(`act version ${version}`)
})

test('patched: act starts without any IP connect, and its server addresses default to 127.0.0.1', async () => {
  const help = execFileSync(actBinary(), ['--help'], {
    encoding: 'utf8',
    env: { ...process.env, ACT_DISABLE_VERSION_CHECK: '1' }
  })
  expect(help).toMatch(
    /--artifact-server-addr string\s+Defines the address to which the artifact server binds. \(default "127\.0\.0\.1"\)/
  )
  expect(help).toMatch(
    /--cache-server-addr string\s+Defines the address to which the cache server binds. \(default "127\.0\.0\.1"\)/
  )
  // --list builds the whole command and reads a workflow, as every run does before its first job.
  const { code, calls } = await traced(
    [actBinary(), '--list', '-W', path.join(repoRoot, '__tests__/act/workflows/plan-build.yml')],
    {
      env: { ...process.env, ACT_DISABLE_VERSION_CHECK: '1' }
    }
  )
  expect(code).toBe(0)
  expect(calls.filter(c => c.family === 'AF_INET' || c.family === 'AF_INET6')).toEqual([])
})

test('the audit flags a connect() to a public address and lets loopback and unix sockets through', async () => {
  const v4 = await traced(udpConnect('192.0.2.1'))
  expect(disallowedSocketCalls(v4.calls).map(c => c.address)).toEqual(['192.0.2.1'])
  const v6 = await traced(udpConnect('2001:db8::1'))
  expect(disallowedSocketCalls(v6.calls).map(c => `${c.family} ${c.address}`)).toEqual([
    'AF_INET6 2001:db8::1'
  ])
  const local = await traced(udpConnect('127.0.0.1'))
  expect(local.calls.map(c => c.address)).toContain('127.0.0.1')
  expect(disallowedSocketCalls(local.calls)).toEqual([])
})

test('the audit parses strace lines of every addressed call, and flags families it does not know', () => {
  const calls = parseSocketCalls(
    [
      '101 connect(3, {sa_family=AF_UNIX, sun_path="/run/docker.sock"}, 110) = 0',
      '101 connect(7, {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr("140.82.112.3")}, 16 <unfinished ...>',
      '102 <... connect resumed>) = -1 EINPROGRESS (Operation now in progress)',
      '102 sendto(5, "\\1\\2", 2, 0, {sa_family=AF_INET6, sin6_port=htons(53), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "::1", &sin6_addr), sin6_scope_id=0}, 28) = 2',
      '103 sendto(9, "x", 1, MSG_NOSIGNAL, NULL, 0) = 1',
      '104 connect(4, {sa_family=AF_PACKET, sll_protocol=htons(ETH_P_ALL)}, 20) = 0'
    ].join('\n')
  )
  expect(calls.map(c => `${c.pid} ${c.call} ${c.family} ${c.address}`)).toEqual([
    '101 connect AF_UNIX "/run/docker.sock"',
    '101 connect AF_INET 140.82.112.3',
    '102 sendto AF_INET6 ::1',
    '104 connect AF_PACKET '
  ])
  expect(disallowedSocketCalls(calls).map(c => c.pid)).toEqual([101, 104])
})

test("strace's own failure is told apart from act's output (runWorkflow runs act once more then)", () => {
  const line = '/usr/bin/strace: ptrace(PTRACE_LISTEN,pid:25054,sig:0): Input/output error'
  expect(straceFailed(`{"level":"info","msg":"Start server"}\n${line}\nError: context canceled\n`)).toBe(line)
  expect(straceFailed('Error: context canceled\n')).toBeUndefined()
  // a step that prints the word is not the tracer failing
  expect(straceFailed('{"msg":"calling ptrace(PTRACE_LISTEN) in a step"}\n')).toBeUndefined()
})

test('runWorkflow passes the event, inputs, secrets and env to the steps, and act masks the secret', async () => {
  const repo = await makeActRepo({ workflows: ['dispatch.yml'] })
  // Quotes, a dollar sign and a backslash: a dotenv file would mangle these.
  const secret = `k3y-"$HOME"\\n-${'x'.repeat(20)}`
  const run = await runWorkflow('dispatch.yml', {
    workdir: repo.dir,
    event: 'workflow_dispatch',
    inputs: { who: 'octocat' },
    secrets: { GREETING_KEY: secret },
    env: { GREETING_ENV: 'the env' }
  })
  expectSuccess(run)
  const step = run.job('echo')[0].step('show')
  expect(step.log).toContain('hello octocat from the env')
  expect(step.outputs['secret-length']).toBe(String(secret.length))
  expect(step.log).toContain('secret: ***\n')
  expect(run.log).not.toContain(secret)
})
