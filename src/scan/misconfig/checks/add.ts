// GANTRY-DF-003: ADD where COPY does the same: every source a local file or folder that is not a tar archive
// ADD would extract. URLs, git sources, archives, `--checksum`/`--keep-git-dir` and sources in variables are left
// alone.

import type { Finding } from '../../model.js'
import { ruleFinding } from '../../rule.js'
import { flagsOf, region } from '../dockerfile.js'
import { DF } from '../rules.js'
import { execForm } from '../shell.js'
import { locate, type CheckContext } from './context.js'

/** The archives ADD extracts (tar, plain or gzip/bzip2/xz/zstd-compressed), by their usual names. */
const ARCHIVE = /\.(tar|tar\.(gz|bz2|xz|zst|lz4)|tgz|tbz2?|txz|tzst)$/i
const REMOTE = /^[a-z][a-z0-9+.-]*:\/\/|^git@/i

export function checkAdd(ctx: CheckContext): Finding[] {
  const out: Finding[] = []
  for (const stage of ctx.df.stages)
    for (const ins of stage.instructions) {
      if (ins.getKeyword() !== 'ADD') continue
      if (flagsOf(ins).some(f => f.name === 'checksum' || f.name === 'keep-git-dir')) continue
      const args = execForm(ctx.df, ins) ?? ins.getArguments().map(a => a.getValue())
      const sources = args[0]?.startsWith('<<') ? [] : args.slice(0, -1)
      if (sources.some(s => REMOTE.test(s) || ARCHIVE.test(s) || s.includes('$'))) continue
      const what = sources.join(' ')
      out.push(
        ruleFinding(DF.addInsteadOfCopy, locate(ctx.df, region(ins.getRange())), {
          title: `ADD where COPY fits: ${what.length > 60 ? `${what.slice(0, 57)}…` : what}`
        })
      )
    }
  return out
}
