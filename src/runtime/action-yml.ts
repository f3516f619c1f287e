// action.yml from a stage value: name, description, branding, every input (description, required, default)
// and output, and the runs section (node24, the bundle, and the post step with its condition). Generated so
// the metadata can never drift from the code, and checked so no field but an input's default holds an
// expression: GitHub's runner refuses to load an action whose description contains `${{ }}`.

import type { InputSpec } from './inputs.js'
import type { OutputSpec } from './outputs.js'
import type { AnyStage } from './stage.js'

/** A YAML single-quoted scalar: the one quoting style every generated value uses. */
function q(text: string): string {
  return `'${text.replace(/'/g, "''")}'`
}

function noExpression(where: string, text: string): string {
  if (text.includes('${{'))
    throw new Error(`${where} contains \${{ }}: the runner only allows expressions in input defaults`)
  return text
}

/** Where a stage's action.yml lives: actions/<action>/, or the repository root for the root action. */
export function actionYmlPath(stage: AnyStage): string {
  return stage.root ? 'action.yml' : `actions/${stage.action}/action.yml`
}

export function renderActionYml(stage: AnyStage): string {
  const name = stage.root ? 'the root action' : `actions/${stage.action}`
  const lines = [
    `# Generated from src/stages by \`node dist/cli/index.js generate\`; edit the stage, not this file.`,
    `name: ${q(noExpression(`${name} name`, stage.title))}`,
    `description: ${q(noExpression(`${name} description`, stage.description))}`,
    `author: 'gantry'`
  ]
  if (stage.branding)
    lines.push('branding:', `  icon: ${q(stage.branding.icon)}`, `  color: ${q(stage.branding.color)}`)
  lines.push('inputs:')
  for (const [input, spec] of Object.entries<InputSpec>(stage.inputs)) {
    lines.push(`  ${input}:`)
    lines.push(`    description: ${q(noExpression(`${name} input ${input}`, spec.description))}`)
    lines.push(`    required: ${spec.required ? 'true' : 'false'}`)
    if (spec.default !== undefined) lines.push(`    default: ${q(spec.default)}`)
  }
  const outputs = Object.entries<OutputSpec>(stage.outputs)
  if (outputs.length) {
    lines.push('outputs:')
    for (const [output, spec] of outputs)
      lines.push(
        `  ${output}:`,
        `    description: ${q(noExpression(`${name} output ${output}`, spec.description))}`
      )
  }
  const bundle = `${stage.root ? '' : '../../'}dist/${stage.action}/index.js`
  lines.push('runs:', `  using: 'node24'`, `  main: ${q(bundle)}`)
  if (stage.post) lines.push(`  post: ${q(bundle)}`, `  post-if: ${q(stage.post.if)}`)
  return lines.join('\n') + '\n'
}
