// gantry image: build (and push) a multi-arch image from prebuilt binaries, or merge per-platform pushes.
// A login given by registry/username/password lasts for this command only.

import type { Command } from '../command.js'
import { stageByName } from '../../config/stages/index.js'
import { imageOptions, imageOutputs } from '../../config/stages/image.js'
import { image } from '../../image/index.js'
import { login, logout } from '../../oci/login.js'

export const imageCommand: Command = {
  stage: stageByName('image')!,
  summary: 'build a multi-arch image from prebuilt binaries (buildx), push it, or merge digests',
  async run(options, ctx) {
    const opts = imageOptions(options, ctx.cwd)
    const state = opts.login ? await login(ctx.host, opts.login) : undefined
    try {
      const result = await image(opts, ctx.ci, ctx.host)
      for (const p of result.platforms) ctx.host.logger.info(`${p.platform.padEnd(16)} ${p.digest}`)
      ctx.stdout(JSON.stringify(imageOutputs(result), null, 2) + '\n')
    } finally {
      if (state) await logout(ctx.host, state)
    }
  }
}
