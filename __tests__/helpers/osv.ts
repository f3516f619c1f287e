// Small OSV records and zips for the database and matching tests: records are written by hand (the shapes
// the schema allows), zips with yazl, and hostile zips by patching a real one's headers.

import { writeFile } from 'node:fs/promises'
import yazl from 'yazl'
import type { OsvEvent, OsvRecord } from '../../src/scan/vulndb/osv.js'
import { VulnDb, VulnDbBuilder } from '../../src/scan/vulndb/vuln-db.js'
import { parseOsvRecord } from '../../src/scan/vulndb/osv.js'

/** A record with the required fields filled in. */
export function osv(id: string, rest: Partial<OsvRecord> = {}): OsvRecord {
  return { id, modified: '2024-01-01T00:00:00Z', ...rest }
}

/** One `affected` entry with a single range of `type`. */
export function affected(
  ecosystem: string,
  name: string,
  events: OsvEvent[],
  type = ecosystem === 'Go' ? 'SEMVER' : 'ECOSYSTEM',
  extra: Record<string, unknown> = {}
): NonNullable<OsvRecord['affected']>[number] {
  return { package: { ecosystem, name }, ranges: [{ type, events }], ...extra }
}

/** A database of records, each checked against gantry's OSV schema first (as the loaders do). */
export function dbOf(...records: OsvRecord[]): VulnDb {
  const b = new VulnDbBuilder()
  for (const r of records) {
    const parsed = parseOsvRecord(JSON.stringify(r))
    if (!parsed.ok) throw new Error(`test record ${r.id} is not valid: ${parsed.reason}`)
    b.add(parsed.record)
  }
  return b.build()
}

export interface ZipEntry {
  name: string
  data: Buffer | string
  compress?: boolean
}

/** A zip of the entries, in memory. */
export async function zipBuffer(entries: ZipEntry[]): Promise<Buffer> {
  const zip = new yazl.ZipFile()
  for (const e of entries)
    zip.addBuffer(Buffer.isBuffer(e.data) ? e.data : Buffer.from(e.data), e.name, {
      compress: e.compress ?? true,
      mtime: new Date(0)
    })
  zip.end()
  const chunks: Buffer[] = []
  for await (const c of zip.outputStream as AsyncIterable<Buffer>) chunks.push(c)
  return Buffer.concat(chunks)
}

export async function writeZip(file: string, entries: ZipEntry[]): Promise<void> {
  await writeFile(file, await zipBuffer(entries))
}

/** Replace every occurrence of `from` with `to` (same length) in a zip: entry names in both headers. */
export function patchBytes(zip: Buffer, from: string, to: string): Buffer {
  if (from.length !== to.length) throw new Error('patchBytes keeps lengths')
  const out = Buffer.from(zip)
  const needle = Buffer.from(from)
  for (let i = out.indexOf(needle); i >= 0; i = out.indexOf(needle, i + 1)) out.write(to, i)
  return out
}

/** Set the uncompressed size the central directory declares for every entry (a lying header). */
export function patchDeclaredSize(zip: Buffer, size: number): Buffer {
  const out = Buffer.from(zip)
  const sig = Buffer.from([0x50, 0x4b, 0x01, 0x02])
  for (let i = out.indexOf(sig); i >= 0; i = out.indexOf(sig, i + 4)) out.writeUInt32LE(size, i + 24)
  return out
}
