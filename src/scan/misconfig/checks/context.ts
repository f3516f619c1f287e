// What every Dockerfile check gets, and how it places a finding on the file.

import type { Location } from '../../model.js'
import type { ParsedDockerfile, Region } from '../dockerfile.js'

export interface CheckContext {
  df: ParsedDockerfile
  /** How many platforms the build targets; undefined when the caller does not know. */
  platforms?: number
}

/** A Location for a region of the Dockerfile (one line, or several for a multi-line instruction). */
export function locate(
  df: ParsedDockerfile,
  r: Region | { line: number; column?: number; endColumn?: number }
): Location {
  const loc: Location = { path: df.path, line: r.line }
  if ('endLine' in r && r.endLine !== r.line) loc.endLine = r.endLine
  if (r.column !== undefined) loc.column = r.column
  if (r.endColumn !== undefined) loc.endColumn = r.endColumn
  return loc
}

/** The first line of an instruction: where its keyword is, to the end of that line. */
export function firstLine(df: ParsedDockerfile, line: number): Region {
  const start = df.lineStarts[line - 1] ?? 0
  const next = df.lineStarts[line] ?? df.text.length + 1
  const text = df.text.slice(start, next).replace(/\r?\n$/, '')
  return { line, column: 1, endLine: line, endColumn: text.length + 1 }
}
