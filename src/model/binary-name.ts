// The one rule for a binary's file name, shared by go-build (the binary input, the name it writes into
// artifacts.json) and every stage that reads artifacts.json (the name becomes a path in the build context
// and a word of the generated Dockerfile): letters, digits, dot, dash and underscore, not starting with a dot
// or a dash, so it can never be a path, an option, or more than one word.

import { UserError } from '../util/errors.js'
import { oneLine } from '../util/log-safe.js'

/** The pattern, also used by the artifacts.json JSON Schema. */
export const BINARY_NAME_PATTERN = '^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$'
const BINARY_NAME = new RegExp(BINARY_NAME_PATTERN)

export function isBinaryName(name: string): boolean {
  return BINARY_NAME.test(name)
}

/** The name, or a UserError naming `input` (one line, whatever the name holds). */
export function checkBinaryName(name: string, input: string): string {
  if (!isBinaryName(name))
    throw new UserError(`"${oneLine(name)}" is not a usable file name.`, {
      input,
      fix: 'use letters, digits, dot, dash and underscore only (at most 255), starting with a letter or digit.'
    })
  return name
}
