// GANTRY-DF-010 and 011, the Go-specific rules: a stage that runs `go build`/`go install` without
// --platform=$BUILDPLATFORM in a multi-platform build (the compiler runs under QEMU once per target), and a Go
// build feeding a scratch or static-distroless final stage with cgo left on (the binary needs a libc the image
// does not have). The image stage's Dockerfile warning uses checkGoUnderQemu too.

import type { Instruction } from 'dockerfile-ast'
import type { Finding } from '../../model.js'
import { ruleFinding } from '../../rule.js'
import {
  contributingStages,
  expand,
  finalStage,
  lineOf,
  rootBase,
  stageChain,
  stageVars,
  type ParsedDockerfile,
  type Stage,
  type StageBase
} from '../dockerfile.js'
import { DF } from '../rules.js'
import { runCommands, type ShellCommand } from '../shell.js'
import { firstLine, locate, type CheckContext } from './context.js'

const isGoBuild = (c: ShellCommand) =>
  c.program === 'go' && ['build', 'install'].includes(c.words[1]?.text ?? '')

export interface GoBuild {
  ins: Instruction
  cmd: ShellCommand
  /** The commands before it in the same RUN. */
  before: ShellCommand[]
}

/** The `go build`/`go install` commands of a stage's own RUNs. */
export function goBuilds(df: ParsedDockerfile, stage: Stage): GoBuild[] {
  const out: GoBuild[] = []
  for (const ins of stage.instructions) {
    if (ins.getKeyword() !== 'RUN') continue
    const cmds = runCommands(df, ins)
    cmds.forEach((cmd, i) => {
      if (isGoBuild(cmd)) out.push({ ins, cmd, before: cmds.slice(0, i) })
    })
  }
  return out
}

/** scratch, or a base with no libc and no shell (distroless static, Chainguard static). */
export function isStaticBase(base: Exclude<StageBase, { kind: 'stage' }>): boolean {
  return (
    base.kind === 'scratch' ||
    /(^|\/)distroless\/static([-:@]|$)|^cgr\.dev\/chainguard\/static([:@]|$)/.test(base.ref)
  )
}

/** Whether the build targets several platforms: known from the caller, or said by the Dockerfile's TARGET* args. */
function multiPlatform(ctx: CheckContext): boolean {
  if (ctx.platforms !== undefined) return ctx.platforms > 1
  return /\$\{?TARGET(PLATFORM|OS|ARCH|VARIANT)\b/.test(ctx.df.text)
}

export function checkGoUnderQemu(ctx: CheckContext): Finding[] {
  const { df } = ctx
  if (!multiPlatform(ctx)) return []
  const out: Finding[] = []
  for (const stage of df.stages) {
    if (!goBuilds(df, stage).length) continue
    // A stage built on another stage runs on that stage's platform.
    const platform = stageChain(stage).find(s => s.platform !== undefined)?.platform
    if (platform !== undefined && (/BUILDPLATFORM/.test(platform) || !/TARGET/.test(platform))) continue
    const n = ctx.platforms
    const count = n === undefined ? 'every target platform' : `each of the ${n} target platforms`
    out.push(
      ruleFinding(DF.goUnderQemu, locate(df, firstLine(df, lineOf(stage.from))), {
        title: `Stage ${stage.name ?? stage.index} compiles Go under QEMU emulation`,
        description:
          `This stage compiles Go for ${count} under QEMU emulation, because its FROM has no --platform=$BUILDPLATFORM. ` +
          'Cross-compile instead: FROM --platform=$BUILDPLATFORM golang… AS build, then ARG TARGETOS TARGETARCH and ' +
          'RUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build …; or build the binaries with go-build and drop the dockerfile input. ' +
          'Not doing so costs minutes to tens of minutes per platform instead of seconds, and emulated compilers crash at random.'
      })
    )
  }
  return out
}

/** A C toolchain installed in the stage chain (Go turns cgo on by default only when it finds one). */
function hasCCompiler(df: ParsedDockerfile, stage: Stage): boolean {
  const base = rootBase(stage)
  // Debian-based golang images ship gcc; Alpine-based ones do not.
  if (base.kind === 'image' && /(^|\/)golang(:|@|$)/.test(base.ref) && !/alpine/.test(base.ref)) return true
  if (base.kind === 'image' && !/(^|\/)(golang|alpine)(:|@|$)/.test(base.ref)) return true
  return stageChain(stage).some(s =>
    s.instructions.some(
      i =>
        i.getKeyword() === 'RUN' &&
        runCommands(df, i).some(
          c =>
            ['apk', 'apt-get', 'apt'].includes(c.program) &&
            c.words.some(w => /^(gcc|clang|build-base|build-essential|musl-dev|g\+\+)$/.test(w.text))
        )
    )
  )
}

const CGO = 'CGO_ENABLED='

/** `CGO_ENABLED=x` among a command's words (`export CGO_ENABLED=0`, `go env -w CGO_ENABLED=0`). */
const cgoWord = (c: ShellCommand) => c.words.find(w => w.text.startsWith(CGO))?.text.slice(CGO.length)
const isGoEnvWrite = (c: ShellCommand) =>
  c.program === 'go' && c.words[1]?.text === 'env' && c.words.some(w => w.text === '-w')

/**
 * CGO_ENABLED as the go command sees it, in Go's order of precedence: set on the command, set earlier in the
 * same RUN (export, a plain assignment, go env -w), the environment (ENV, ARG), then `go env -w` in an earlier
 * RUN. `known: false` when it comes from a variable whose value the Dockerfile does not say.
 */
function cgoSetting(df: ParsedDockerfile, stage: Stage, build: GoBuild): { known: boolean; value?: string } {
  const { cmd, before, ins } = build
  let raw = cmd.assignments.get('CGO_ENABLED')
  if (raw === undefined)
    for (const c of before) {
      if (c.program === 'export' || isGoEnvWrite(c)) raw = cgoWord(c) ?? raw
      else if (c.program === '') raw = c.assignments.get('CGO_ENABLED') ?? raw
    }
  const vars = stageVars(df, stage, lineOf(ins))
  if (raw === undefined && vars.has('CGO_ENABLED')) {
    raw = vars.get('CGO_ENABLED')
    if (raw === undefined) return { known: false }
  }
  if (raw === undefined) {
    const earlier = stageChain(stage)
      .flatMap(s => s.instructions.filter(i => i.getKeyword() === 'RUN' && lineOf(i) < lineOf(ins)))
      .flatMap(i => runCommands(df, i))
      .filter(isGoEnvWrite)
    for (const c of earlier) raw = cgoWord(c) ?? raw
  }
  if (raw === undefined) return { known: true }
  const { value, unresolved } = expand(raw, vars)
  return unresolved.length ? { known: false } : { known: true, value: value || undefined }
}

export function checkCgoStatic(ctx: CheckContext): Finding[] {
  const { df } = ctx
  const final = finalStage(df)
  const base = rootBase(final)
  if (!isStaticBase(base)) return []
  const baseName = base.kind === 'scratch' ? 'scratch' : base.ref
  const out: Finding[] = []
  for (const stage of contributingStages(df, final))
    for (const build of goBuilds(df, stage)) {
      const { cmd } = build
      if (/-extldflags[= ]+["']?[^"']*-static/.test(cmd.words.map(w => w.text).join(' '))) continue
      const cgo = cgoSetting(df, stage, build)
      if (!cgo.known || cgo.value === '0') continue
      if (cgo.value === undefined && !hasCCompiler(df, stage)) continue
      out.push(
        ruleFinding(DF.cgoStatic, locate(df, { line: cmd.line, column: cmd.column }), {
          title: `go ${cmd.words[1].text} with ${cgo.value === undefined ? 'CGO_ENABLED unset' : `CGO_ENABLED=${cgo.value}`} for a ${baseName} image`
        })
      )
    }
  return out
}
