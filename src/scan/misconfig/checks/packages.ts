// GANTRY-DF-004/005/006: package-manager leftovers in the image: `apk add` without --no-cache, `apt-get install`
// without --no-install-recommends, apt lists not removed in the same RUN. Only the stages the final image is
// built on are checked (a build stage's caches are discarded with it), and a RUN that keeps the cache in a
// BuildKit cache mount is fine.

import type { Instruction } from 'dockerfile-ast'
import type { Finding } from '../../model.js'
import { ruleFinding } from '../../rule.js'
import { finalStage, flagsOf, stageChain, type ParsedDockerfile } from '../dockerfile.js'
import { DF } from '../rules.js'
import { runCommands, type ShellCommand } from '../shell.js'
import { locate, type CheckContext } from './context.js'

/** Options that take a value (`-X url`), so the value is not taken for the subcommand. */
const APK_VALUE_OPTS = new Set([
  '-X',
  '--repository',
  '-p',
  '--root',
  '--arch',
  '--keys-dir',
  '--cache-dir',
  '--repositories-file'
])
const APT_VALUE_OPTS = new Set(['-o', '--option', '-t', '--target-release', '-c', '--config-file'])

/** The subcommand of `apk --update add x` (`add`) or `apt-get -y -o A=B install x` (`install`). */
export function subcommand(cmd: ShellCommand, valueOpts: Set<string>): string | undefined {
  for (let i = 1; i < cmd.words.length; i++) {
    const w = cmd.words[i].text
    if (valueOpts.has(w)) i++
    else if (!w.startsWith('-')) return w
  }
  return undefined
}

/** Targets of the RUN's `--mount=type=cache,target=…` flags. */
function cacheMounts(ins: Instruction): string[] {
  const out: string[] = []
  for (const f of flagsOf(ins)) {
    if (f.name !== 'mount' || !f.value) continue
    const opts = new Map(
      f.value.split(',').map(kv => [kv.split('=')[0], kv.slice(kv.indexOf('=') + 1)] as const)
    )
    const target = opts.get('target') ?? opts.get('dst') ?? opts.get('destination')
    if (opts.get('type') === 'cache' && target) out.push(target.replace(/\/+$/, ''))
  }
  return out
}

const removes = (cmds: ShellCommand[], dir: string) =>
  cmds.some(
    c =>
      (c.program === 'rm' || c.program === 'find') &&
      c.words.slice(1).some(w => w.text === dir || w.text.startsWith(`${dir}/`))
  )

const isApt = (c: ShellCommand) => c.program === 'apt-get' || c.program === 'apt'
const noRecommendsConfigured = (df: ParsedDockerfile) =>
  /APT::Install-Recommends\s*"?\s*(0|false)/i.test(df.text)

export function checkPackages(ctx: CheckContext): Finding[] {
  const { df } = ctx
  const out: Finding[] = []
  const stages = stageChain(finalStage(df)).reverse()
  for (const stage of stages)
    for (const ins of stage.instructions) {
      if (ins.getKeyword() !== 'RUN') continue
      const cmds = runCommands(df, ins)
      const mounts = cacheMounts(ins)
      const at = (c: ShellCommand) => locate(df, { line: c.line, column: c.column })
      for (const c of cmds) {
        if (c.program === 'apk' && subcommand(c, APK_VALUE_OPTS) === 'add') {
          const words = c.words.map(w => w.text)
          const cached = mounts.some(m => m === '/var/cache/apk' || m === '/etc/apk/cache')
          if (!words.includes('--no-cache') && !cached && !removes(cmds, '/var/cache/apk'))
            out.push(ruleFinding(DF.apkCache, at(c)))
        }
        if (isApt(c) && subcommand(c, APT_VALUE_OPTS) === 'install') {
          const words = c.words.map(w => w.text)
          const off = words.some(w =>
            /^--no-install-recommends$|^APT::Install-Recommends=(0|false)$/i.test(w)
          )
          if (!off && !noRecommendsConfigured(df))
            out.push(
              ruleFinding(DF.aptRecommends, at(c), {
                title: `${c.program} install without --no-install-recommends`
              })
            )
        }
      }
      const apt = cmds.find(
        c => isApt(c) && ['update', 'install'].includes(subcommand(c, APT_VALUE_OPTS) ?? '')
      )
      const listsCached = mounts.some(m => m === '/var/lib/apt' || m === '/var/lib/apt/lists')
      if (apt && !listsCached && !removes(cmds, '/var/lib/apt/lists'))
        out.push(ruleFinding(DF.aptLists, at(apt)))
    }
  return out
}
