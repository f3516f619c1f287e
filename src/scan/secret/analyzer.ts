// The secret scanner as a file analyzer, so it rides on the inventory's one pass over the layers (and over
// `paths`): it wants text files the path rules do not skip, reads each once from the walker's bounded
// buffer, and returns the findings with masked matches. The walker adds the layer and platform to each.

import type { FileAnalyzer } from '../analyzers/analyzer.js'
import { looksExecutable } from '../analyzers/builtin.js'
import type { Finding } from '../model.js'
import { scanSecretsSync } from './scan.js'
import { DEFAULT_MAX_SECRET_FILE_SIZE, looksBinary, secretSkipReason } from './skip.js'

export const SECRET_ANALYZER = 'secret'

// Formats known to be binary from their first bytes: a large one is not worth a "skipped" note.
const KNOWN_BINARY = [
  [0x1f, 0x8b], // gzip
  [0x50, 0x4b, 0x03, 0x04], // zip, jar
  [0x28, 0xb5, 0x2f, 0xfd], // zstd
  [0xfd, 0x37, 0x7a, 0x58, 0x5a], // xz
  [0x42, 0x5a, 0x68], // bzip2
  [0x89, 0x50, 0x4e, 0x47], // png
  [0xff, 0xd8, 0xff], // jpeg
  [0x00, 0x61, 0x73, 0x6d] // wasm
]

function knownBinary(head: Buffer): boolean {
  return looksExecutable(head) || KNOWN_BINARY.some(m => m.every((b, i) => head[i] === b))
}

/**
 * The analyzer: a file over `maxFileSize` that is not a known binary format is wanted, so the walker notes it
 * as skipped (a 1 GiB file is never read); binaries by their head and skipped paths are not wanted at all,
 * except a file the user named.
 */
export function secretAnalyzer(maxFileSize = DEFAULT_MAX_SECRET_FILE_SIZE): FileAnalyzer<Finding[]> {
  return {
    name: SECRET_ANALYZER,
    maxBytes: maxFileSize,
    wants: f => {
      // A file named in `paths` is scanned even where a folder walk would skip its path (README.md, testdata/).
      const path = f.named ? '' : f.path
      if (f.size > maxFileSize) return !knownBinary(f.head) && !secretSkipReason(path)
      return !secretSkipReason(path, f.size, maxFileSize) && !looksBinary(f.head)
    },
    analyze: async f => {
      const data = await f.data.readAt(0, f.size, 'contents')
      const { findings } = scanSecretsSync(data, f.path, { skipPaths: false, maxFileSize })
      return findings.length ? findings : undefined
    }
  }
}
