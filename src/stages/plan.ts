// The plan stage (actions/plan, `gantry plan`): the target matrix, validated against the toolchain.

import path from 'node:path'
import { defineStage } from '../runtime/stage.js'
import type { InputSpecs } from '../runtime/inputs.js'
import type { OutputSpecs } from '../runtime/outputs.js'
import { plan, type MatrixEntry } from '../go/plan.js'

const inputs = {
  targets: {
    kind: 'list',
    description:
      'Targets, one per line or comma-separated: os/arch[/variant] in OCI form (linux/arm/v7), the words default, first-class or all, and !os/arch to exclude.',
    default: 'default'
  },
  'working-directory': {
    kind: 'string',
    description: 'The Go module folder (holds go.mod).',
    default: '.'
  }
} as const satisfies InputSpecs

const outputs = {
  matrix: {
    encode: 'json',
    description:
      'JSON {"include":[...]} for strategy.matrix; each entry has goos, goarch, variant, the Go variant variable (goarm, goamd64, ...), platform and id.'
  },
  targets: { encode: 'json', description: 'JSON array of the OCI platform strings of every target.' },
  platforms: {
    encode: 'csv',
    description: 'Comma-separated OCI platforms of the linux targets, ready for the image action.'
  }
} as const satisfies OutputSpecs

/** The Go variant variables of a matrix entry, as `GOARM=7`. */
function envOf(e: MatrixEntry): string {
  const out = [`GOOS=${e.goos}`, `GOARCH=${e.goarch}`]
  for (const [k, v] of Object.entries(e))
    if (/^go[a-z0-9]+$/.test(k) && k !== 'goos' && k !== 'goarch') out.push(`${k.toUpperCase()}=${v}`)
  return out.join(' ')
}

export const planStage = defineStage({
  name: 'plan',
  action: 'plan',
  title: 'gantry plan',
  description:
    'Resolve Go build targets (GOOS/GOARCH/variant ⇄ OCI platform) against the toolchain and emit a build matrix.',
  summary: 'resolve the targets and print the build matrix',
  branding: { icon: 'grid', color: 'blue' },
  inputs,
  outputs,
  parse: (i, env) => ({
    targets: i.targets,
    workingDirectory: path.resolve(env.cwd, i['working-directory'])
  }),
  run: (options, ctx) => plan(options, ctx.host),
  output: r => ({ matrix: r.matrix, targets: r.platforms, platforms: r.imagePlatforms }),
  report: r => ({
    title: 'gantry plan',
    table: {
      columns: ['platform', 'id', 'env'],
      rows: r.matrix.include.map(e => [e.platform, e.id, envOf(e)])
    },
    notes: r.warnings
  })
})
