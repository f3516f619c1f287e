// Shared by the build benchmarks: run a command and measure its wall time, the CPU seconds of its whole
// process tree and its peak memory (the tree's summed RSS sampled every 100 ms, and the largest process),
// and its output lines with their times.

import { spawn } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { setInterval, clearInterval } from 'node:timers'
import { performance } from 'node:perf_hooks'

const PAGE = 4096
function treeRss(rootPid) {
  const kids = new Map()
  const rss = new Map()
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue
    let stat
    try {
      stat = readFileSync(`/proc/${d}/stat`, 'latin1')
    } catch {
      continue
    }
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    const pid = Number(d)
    const ppid = Number(f[1])
    rss.set(pid, Number(f[21]) * PAGE)
    if (!kids.has(ppid)) kids.set(ppid, [])
    kids.get(ppid).push(pid)
  }
  let sum = 0
  const stack = [rootPid]
  while (stack.length) {
    const pid = stack.pop()
    sum += rss.get(pid) ?? 0
    stack.push(...(kids.get(pid) ?? []))
  }
  return sum
}

/** opts.lines: also return every output line with the seconds since the start ({ t, text }). */
export async function measure(cmd, argv, cwd, env, benchDir, opts = {}) {
  const timeFile = path.join(benchDir, 'time.out')
  const t0 = performance.now()
  const child = spawn('/usr/bin/time', ['-f', '%M %U %S', '-o', timeFile, cmd, ...argv], {
    cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let log = ''
  const lines = []
  const collect = stream => {
    let partial = ''
    stream.on('data', d => {
      log = (log + d).slice(-20000)
      const parts = (partial + d).split('\n')
      partial = parts.pop()
      const t = (performance.now() - t0) / 1000
      if (opts.lines) for (const text of parts) if (lines.length < 20000) lines.push({ t, text })
    })
  }
  collect(child.stdout)
  collect(child.stderr)
  let peak = 0
  const poll = setInterval(() => {
    peak = Math.max(peak, treeRss(child.pid))
  }, 100)
  const code = await new Promise(resolve => child.on('close', resolve))
  clearInterval(poll)
  const seconds = (performance.now() - t0) / 1000
  if (code !== 0) throw new Error(`${cmd} ${argv.join(' ')} failed (${code}):\n${log}`)
  // /usr/bin/time: the largest process's max RSS (KiB) and the CPU seconds of the whole tree, which the
  // machine's other load disturbs far less than the wall time.
  const [kib, user, sys] = readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(' ').map(Number)
  return {
    seconds,
    cpuSeconds: user + sys,
    peakTreeRss: peak,
    maxProcessRss: kib * 1024,
    ...(opts.lines ? { lines } : {})
  }
}

export const median = xs => {
  const s = [...xs].sort((a, b) => a - b)
  const n = s.length
  return n === 0 ? NaN : n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2
}
