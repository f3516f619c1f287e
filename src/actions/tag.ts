// actions/tag: the version, the git tag, image tags, OCI labels and the changelog. Inputs -> release/tag ->
// outputs and a summary of the version decision and the image tags.

import * as core from '@actions/core'
import { actionHost, ciContext, readInputs, run, setOutputs } from './lib/runtime.js'
import { tagOptions, tagOutputs, tagSpec } from '../config/stages/tag.js'
import { tag } from '../release/tag.js'

await run(async () => {
  const host = actionHost()
  const result = await tag(tagOptions(readInputs(tagSpec), process.cwd()), ciContext(), host)
  setOutputs(tagOutputs(result))
  const code = (s: string): string => `<code>${s.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</code>`
  await core.summary
    .addHeading('gantry tag', 3)
    .addTable([
      [
        { data: 'previous', header: true },
        { data: 'next', header: true },
        { data: 'why', header: true },
        { data: 'tag', header: true }
      ],
      [
        result.previousVersion || '(none)',
        `<b>${result.version}</b>`,
        result.reason.replace(/&/g, '&amp;').replace(/</g, '&lt;'),
        `${code(result.tag)}: ${result.tagAction}`
      ]
    ])
    .addRaw(
      result.tagNames.length
        ? `\n**Image tags:** ${result.tagNames.map(code).join(' ')}\n`
        : '\n**Image tags:** none\n'
    )
    .addRaw(result.notes.map(n => `\n> ${n}\n`).join(''))
    .write()
})
