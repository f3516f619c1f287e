// The loaded vulnerability database: OSV records indexed by (ecosystem family, package name) for the
// matcher, and by id for alias lookups (a GO- record's GHSA- alias carries the severity). Built once by the
// loaders, read-only afterwards.

import { ecosystemFamily } from '../versions/ecosystem.js'
import type { OsvRecord } from './osv.js'

const key = (family: string, name: string): string => `${family}\u0000${name}`

export class VulnDb {
  private readonly byPackage = new Map<string, OsvRecord[]>()

  constructor(private readonly byId: ReadonlyMap<string, OsvRecord>) {
    for (const record of byId.values()) {
      const seen = new Set<string>()
      for (const a of record.affected ?? []) {
        if (!a.package) continue
        const k = key(ecosystemFamily(a.package.ecosystem), a.package.name)
        if (seen.has(k)) continue
        seen.add(k)
        const list = this.byPackage.get(k)
        if (list) list.push(record)
        else this.byPackage.set(k, [record])
      }
    }
  }

  /** Records with an affected entry for this package in any release of the ecosystem's family. */
  lookup(ecosystem: string, name: string): readonly OsvRecord[] {
    return this.byPackage.get(key(ecosystemFamily(ecosystem), name)) ?? []
  }

  get(id: string): OsvRecord | undefined {
    return this.byId.get(id)
  }

  get size(): number {
    return this.byId.size
  }

  /** Every record, ordered by id. */
  records(): OsvRecord[] {
    return [...this.byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  }
}

/** Collects records from several sources; the same id twice keeps the most recently modified copy. */
export class VulnDbBuilder {
  private readonly byId = new Map<string, OsvRecord>()
  duplicates = 0

  add(record: OsvRecord): void {
    const prev = this.byId.get(record.id)
    if (prev) {
      this.duplicates++
      // RFC 3339 strings in UTC order as text; the first copy wins a tie.
      if (record.modified <= prev.modified) return
    }
    this.byId.set(record.id, record)
  }

  build(): VulnDb {
    return new VulnDb(this.byId)
  }
}
