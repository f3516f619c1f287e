// actions/image: inputs -> (login) -> image core -> outputs and a summary table. The post step logs out
// when the main step logged in.

import * as core from '@actions/core'
import { actionHost, ciContext, readInputs, run, setOutputs } from './lib/runtime.js'
import { imageOptions, imageOutputs, imageSpec } from '../config/stages/image.js'
import { image } from '../image/index.js'
import { login, logout } from '../oci/login.js'
import type { LoginState } from '../oci/docker-config.js'

function humanSize(n: number): string {
  if (!n) return '—'
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`
  return `${(n / 1024 / 1024).toFixed(1)} MiB`
}

if (core.getState('isPost') === 'true') {
  await run(async () => {
    const saved = core.getState('login')
    if (saved) await logout(actionHost(), JSON.parse(saved) as LoginState)
  })
} else {
  await run(async () => {
    core.saveState('isPost', 'true')
    const host = actionHost()
    const options = imageOptions(readInputs(imageSpec), process.cwd())
    if (options.login) {
      const state = await login(host, options.login)
      core.saveState('login', JSON.stringify(state))
    }
    const result = await image(options, ciContext(), host)
    setOutputs(imageOutputs(result))
    await core.summary
      .addHeading('gantry image', 3)
      .addTable([
        [
          { data: 'platform', header: true },
          { data: 'digest', header: true },
          { data: 'size', header: true }
        ],
        ...result.platforms.map(p => [p.platform, `<code>${p.digest}</code>`, humanSize(p.size)])
      ])
      .addRaw(
        result.digest
          ? `\n\n**digest** <code>${result.digest}</code>${result.pushed ? '' : ' (not pushed)'}\n\n`
          : '\n'
      )
      .addRaw(
        result.refs.length ? `**refs**\n\n${result.refs.map(r => `- <code>${r}</code>`).join('\n')}\n` : ''
      )
      .write()
  })
}
