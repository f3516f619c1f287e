// A stage's outputs as declared values: each output's `encode` says how its value becomes the string an
// action output is (JSON for structure, one item per line for lists), so the four stages encode alike. The
// CLI prints the same outputs as one JSON object, with JSON outputs nested rather than as strings.

export type OutputEncoding = 'text' | 'json' | 'lines' | 'csv' | 'bool'

export interface OutputSpec {
  description: string
  encode: OutputEncoding
}

export type OutputSpecs = Readonly<Record<string, OutputSpec>>

type ValueOf<O> = O extends { encode: 'json' }
  ? unknown
  : O extends { encode: 'lines' | 'csv' }
    ? readonly string[]
    : O extends { encode: 'bool' }
      ? boolean
      : string

/** The values a stage's `outputs(result)` returns; undefined leaves the output unset. */
export type OutputValues<O extends OutputSpecs> = { [K in keyof O]: ValueOf<O[K]> | undefined }

export function encodeOutput(spec: OutputSpec, value: unknown): string {
  switch (spec.encode) {
    case 'json':
      return JSON.stringify(value)
    case 'lines':
      return (value as readonly string[]).join('\n')
    case 'csv':
      return (value as readonly string[]).join(',')
    case 'bool':
      return value ? 'true' : 'false'
    default:
      return String(value)
  }
}

/** Every output as the string an action sets, in declaration order; unset outputs are left out. */
export function encodeOutputs<O extends OutputSpecs>(
  specs: O,
  values: OutputValues<O>
): [name: string, value: string][] {
  const out: [string, string][] = []
  for (const [name, spec] of Object.entries(specs)) {
    const v = values[name]
    if (v !== undefined) out.push([name, encodeOutput(spec, v)])
  }
  return out
}

/** The CLI's JSON object of the outputs: JSON outputs nested as values, the others as their strings. */
export function outputsObject<O extends OutputSpecs>(
  specs: O,
  values: OutputValues<O>
): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [name, spec] of Object.entries(specs)) {
    const v = values[name]
    if (v === undefined) continue
    out[name] = spec.encode === 'json' ? v : encodeOutput(spec, v)
  }
  return out
}
