// A Dockerfile as the rules see it: parsed with dockerfile-ast, checked for the syntax errors BuildKit rejects
// (one DockerfileSyntaxError with the line, never a crash), cut into build stages that know their base (an
// image, scratch or an earlier stage), with the variable expansion FROM and RUN use.

import { DockerfileParser, type Dockerfile, type Instruction } from 'dockerfile-ast'
import { UserError } from '../../util/errors.js'

/** dockerfile-ast's 0-based range (its type comes from vscode-languageserver-types, not a dependency here). */
export type Range = ReturnType<Instruction['getRange']>

/** A Dockerfile that docker build would reject: the message names the file and line. */
export class DockerfileSyntaxError extends UserError {
  constructor(
    readonly path: string,
    /** 1-based. */
    readonly line: number,
    readonly reason: string
  ) {
    super(`${path}:${line}: ${reason}`, {
      input: 'dockerfile',
      fix: 'correct that line (docker build stops on it too), or point the input at another Dockerfile.'
    })
    this.name = 'DockerfileSyntaxError'
  }
}

/** 1-based lines and columns (endColumn exclusive), as SARIF regions and Location use them. */
export interface Region {
  line: number
  column: number
  endLine: number
  endColumn: number
}

export type StageBase =
  | { kind: 'scratch' }
  | { kind: 'stage'; stage: Stage }
  /** `ref` with the global ARGs expanded; unresolved variables appear as `${NAME}`. */
  | { kind: 'image'; ref: string; unresolved: string[] }

export interface Stage {
  index: number
  /** The `AS` name, lower-cased (BuildKit compares stage names case-insensitively). */
  name?: string
  from: Instruction
  /** Everything after the FROM up to the next FROM. */
  instructions: Instruction[]
  base: StageBase
  /** The FROM's --platform value, as written. */
  platform?: string
}

export interface ParsedDockerfile {
  path: string
  text: string
  ast: Dockerfile
  stages: Stage[]
  /** ARGs declared before the first FROM, with build-arg overrides applied; undefined = no value. */
  globalArgs: Map<string, string | undefined>
  /** The build args given by the caller (`--build-arg`). */
  buildArgs: Record<string, string>
  escape: string
  /** Character offset of each line's start in `text`. */
  lineStarts: number[]
}

const KEYWORDS = new Set([
  'ADD',
  'ARG',
  'CMD',
  'COPY',
  'ENTRYPOINT',
  'ENV',
  'EXPOSE',
  'FROM',
  'HEALTHCHECK',
  'LABEL',
  'MAINTAINER',
  'ONBUILD',
  'RUN',
  'SHELL',
  'STOPSIGNAL',
  'USER',
  'VOLUME',
  'WORKDIR'
])

/** Instructions BuildKit rejects without arguments. */
const NEED_ARGS = new Set([
  'ADD',
  'ARG',
  'COPY',
  'ENV',
  'EXPOSE',
  'HEALTHCHECK',
  'LABEL',
  'MAINTAINER',
  'ONBUILD',
  'RUN',
  'SHELL',
  'STOPSIGNAL',
  'USER',
  'VOLUME',
  'WORKDIR'
])

export function region(range: Range): Region {
  return {
    line: range.start.line + 1,
    column: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1
  }
}

/** The 1-based line an instruction starts on. */
export const lineOf = (i: Instruction): number => i.getRange().start.line + 1

export function lineStartsOf(text: string): number[] {
  const starts = [0]
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 10) starts.push(i + 1)
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++
      starts.push(i + 1)
    }
  }
  return starts
}

/** Offset in the text of a dockerfile-ast position. */
export function offsetOf(df: ParsedDockerfile, pos: { line: number; character: number }): number {
  return (df.lineStarts[pos.line] ?? df.text.length) + pos.character
}

/**
 * Parse and check a Dockerfile. Throws DockerfileSyntaxError for what BuildKit's parser rejects: an unknown
 * instruction, an instruction before the first FROM other than ARG, no FROM, a FROM that is not
 * `image [AS name]`, an invalid stage name, an instruction without its arguments, COPY/ADD with fewer than
 * two, ENV without a value, HEALTHCHECK without CMD or NONE.
 */
export function parseDockerfile(
  text: string,
  path: string,
  buildArgs: Record<string, string> = {}
): ParsedDockerfile {
  const fail = (line: number, reason: string): never => {
    throw new DockerfileSyntaxError(path, line, reason)
  }
  // Docker ignores a UTF-8 byte order mark; dockerfile-ast would read it as part of the first keyword.
  if (text.startsWith('\uFEFF')) text = text.slice(1)
  if (text.includes('\0'))
    fail(
      Math.max(1, text.slice(0, text.indexOf('\0')).split('\n').length),
      'a NUL byte: this is not a text file'
    )
  let ast: Dockerfile
  try {
    ast = DockerfileParser.parse(text)
  } catch (err) {
    return fail(1, `it cannot be parsed (${(err as Error).message})`)
  }
  const instructions = ast.getInstructions()
  const globalArgs = new Map<string, string | undefined>()
  const stages: Stage[] = []
  let current: Stage | undefined
  for (const ins of instructions) {
    const kw = ins.getKeyword()
    const line = lineOf(ins)
    if (!KEYWORDS.has(kw)) fail(line, `unknown instruction ${JSON.stringify(ins.getInstruction())}`)
    const args = ins.getArguments()
    if (NEED_ARGS.has(kw) && !args.length) fail(line, `${kw} needs arguments`)
    if (kw === 'FROM') {
      current = fromStage(ins, stages, globalArgs, buildArgs, fail)
      stages.push(current)
      continue
    }
    if (!current) {
      if (kw !== 'ARG') fail(line, `${kw} before the first FROM (only ARG may come before it)`)
      for (const p of properties(ins)) {
        const value = buildArgs[p.name] ?? p.value ?? undefined
        globalArgs.set(p.name, value === undefined ? undefined : expand(value, globalArgs).value)
      }
      continue
    }
    if ((kw === 'COPY' || kw === 'ADD') && args.length < 2)
      fail(line, `${kw} needs a source and a destination`)
    if (kw === 'ENV') {
      const props = properties(ins)
      const bare = props.find(p => p.value === null && p.operator === null)
      if (bare && props.length > 1) fail(line, `ENV ${bare.name} has no "=" (write NAME=value)`)
      if (bare) fail(line, `ENV ${bare.name} has no value`)
    }
    if (kw === 'HEALTHCHECK' && !/^(CMD|NONE)$/i.test(args[0].getValue()))
      fail(line, 'HEALTHCHECK takes CMD … or NONE')
    current.instructions.push(ins)
  }
  if (!stages.length) fail(1, 'there is no FROM instruction')
  return {
    path,
    text,
    ast,
    stages,
    globalArgs,
    buildArgs,
    escape: ast.getEscapeCharacter(),
    lineStarts: lineStartsOf(text)
  }
}

function fromStage(
  ins: Instruction,
  stages: Stage[],
  globalArgs: Map<string, string | undefined>,
  buildArgs: Record<string, string>,
  fail: (line: number, reason: string) => never
): Stage {
  const line = lineOf(ins)
  const args = ins.getArguments().map(a => a.getValue())
  if (!(args.length === 1 || (args.length === 3 && args[1].toLowerCase() === 'as')))
    fail(line, 'FROM takes an image and optionally "AS name"')
  const name = args[2]?.toLowerCase()
  if (name !== undefined && !/^[a-z][a-z0-9._-]*$/.test(name))
    fail(line, `${JSON.stringify(args[2])} is not a valid stage name (a letter, then letters, digits, - _ .)`)
  const flags = 'getFlags' in ins ? (ins as unknown as { getFlags(): FlagLike[] }).getFlags() : []
  const platform = flags.find(f => f.getName() === 'platform')?.getValue() ?? undefined
  const vars = new Map(globalArgs)
  for (const [k, v] of Object.entries(buildArgs)) if (!vars.has(k)) vars.set(k, v)
  const { value, unresolved } = expand(args[0], vars)
  let base: StageBase
  const earlier = stages.find(s => s.name !== undefined && s.name === value.toLowerCase())
  if (earlier) base = { kind: 'stage', stage: earlier }
  else if (value.toLowerCase() === 'scratch') base = { kind: 'scratch' }
  else base = { kind: 'image', ref: value, unresolved }
  return { index: stages.length, name, from: ins, instructions: [], base, platform }
}

interface FlagLike {
  getName(): string
  getValue(): string | null
}

export interface PropertyLike {
  name: string
  value: string | null
  operator: string | null
  range: Range
  valueRange: Range | null
}

/** ENV and ARG name/value pairs. */
export function properties(ins: Instruction): PropertyLike[] {
  const getter = (ins as unknown as { getProperties?: () => PropertyApi[] }).getProperties
  if (!getter) return []
  return getter.call(ins).map(p => ({
    name: p.getName(),
    value: p.getValue(),
    operator: p.getAssignmentOperator(),
    range: p.getRange(),
    valueRange: p.getValueRange()
  }))
}

interface PropertyApi {
  getName(): string
  getValue(): string | null
  getAssignmentOperator(): string | null
  getRange(): Range
  getValueRange(): Range | null
}

/** Flags of an instruction (`--platform`, `--from`, `--mount`, `--chmod`), with their values. */
export function flagsOf(ins: Instruction): { name: string; value: string | null }[] {
  const getter = (ins as unknown as { getFlags?: () => FlagLike[] }).getFlags
  return getter ? getter.call(ins).map(f => ({ name: f.getName(), value: f.getValue() })) : []
}

/**
 * Expand `$NAME`, `${NAME}`, `${NAME:-default}`, `${NAME:+alt}` with known values. A variable without a value
 * stays as `${NAME}` and is listed in `unresolved`, so callers can tell where an unknown part sits.
 */
export function expand(
  s: string,
  vars: Map<string, string | undefined>
): { value: string; unresolved: string[] } {
  const unresolved: string[] = []
  const value = s.replace(
    /\\\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
    (m, braced?: string, op?: string, word?: string, bare?: string) => {
      if (m === '\\$') return '$'
      const name = (braced ?? bare) as string
      const v = vars.get(name)
      const set = v !== undefined && (v !== '' || !op?.startsWith(':'))
      if (op?.endsWith('-')) return set ? (v as string) : (word ?? '')
      if (op?.endsWith('+')) return set ? (word ?? '') : ''
      if (v !== undefined) return v
      unresolved.push(name)
      return `\${${name}}`
    }
  )
  return { value, unresolved }
}

export function finalStage(df: ParsedDockerfile): Stage {
  return df.stages[df.stages.length - 1]
}

/** The stage and the stages it is built on (`FROM build`), nearest first: together they make its filesystem. */
export function stageChain(stage: Stage): Stage[] {
  const out: Stage[] = []
  for (
    let s: Stage | undefined = stage;
    s && !out.includes(s);
    s = s.base.kind === 'stage' ? s.base.stage : undefined
  )
    out.push(s)
  return out
}

/** The image or scratch a stage finally rests on, through stage references. */
export function rootBase(stage: Stage): Exclude<StageBase, { kind: 'stage' }> {
  const chain = stageChain(stage)
  return chain[chain.length - 1].base as Exclude<StageBase, { kind: 'stage' }>
}

/** The stage a `COPY --from=` names: a stage name or index; undefined for an image. */
export function stageNamed(df: ParsedDockerfile, ref: string): Stage | undefined {
  const lower = ref.toLowerCase()
  if (/^\d+$/.test(lower)) return df.stages[Number(lower)]
  return df.stages.find(s => s.name === lower)
}

/**
 * The stages whose files can reach `stage`: its chain, and through `COPY --from` (transitively) every stage it
 * copies from, with their chains. The final stage's set is what the image is built from.
 */
export function contributingStages(df: ParsedDockerfile, stage: Stage): Stage[] {
  const seen = new Set<Stage>()
  const visit = (s: Stage) => {
    for (const c of stageChain(s)) {
      if (seen.has(c)) continue
      seen.add(c)
      for (const ins of c.instructions) {
        if (ins.getKeyword() !== 'COPY' && ins.getKeyword() !== 'ADD') continue
        const from = flagsOf(ins).find(f => f.name === 'from')?.value
        const src = from ? stageNamed(df, from) : undefined
        if (src && src.index < c.index) visit(src)
      }
    }
  }
  visit(stage)
  return [...seen].sort((a, b) => a.index - b.index)
}

/**
 * The variables a RUN at `line` sees in `stage`: ENV from its chain, the stage's own ARGs (an ARG without a
 * value takes the global ARG's or the build arg's), in order. Unknown values are undefined.
 */
export function stageVars(df: ParsedDockerfile, stage: Stage, line: number): Map<string, string | undefined> {
  const vars = new Map<string, string | undefined>()
  const chain = stageChain(stage).reverse()
  for (const s of chain) {
    for (const ins of s.instructions) {
      if (s === stage && lineOf(ins) >= line) break
      const kw = ins.getKeyword()
      if (kw === 'ENV') for (const p of properties(ins)) vars.set(p.name, expand(p.value ?? '', vars).value)
      if (kw === 'ARG' && s === stage)
        for (const p of properties(ins)) {
          const given = df.buildArgs[p.name] ?? (p.value === null ? df.globalArgs.get(p.name) : p.value)
          vars.set(p.name, given === undefined ? undefined : expand(given, vars).value)
        }
    }
  }
  return vars
}

/** The text of an instruction from `start` (an offset) to its end, and the offset it starts at. */
export function instructionText(df: ParsedDockerfile, ins: Instruction): { text: string; offset: number } {
  const flags = (ins as unknown as { getFlags?: () => { getRange(): Range }[] }).getFlags?.call(ins) ?? []
  let start = offsetOf(df, ins.getInstructionRange().end)
  for (const f of flags) start = Math.max(start, offsetOf(df, f.getRange().end))
  const end = offsetOf(df, ins.getRange().end)
  return { text: df.text.slice(start, end), offset: start }
}
