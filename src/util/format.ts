// Formatting shared by logs, summaries and reports: byte sizes, durations and RFC 3339 timestamps.

/** `1.5 KiB`, `12.3 MiB`: binary units, one decimal. */
export function formatBytes(n: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB']
  let v = n
  let i = 0
  while (Math.abs(v) >= 1024 && i < units.length - 1) {
    v /= 1024
    i++
  }
  return i === 0 ? `${v} B` : `${v.toFixed(1)} ${units[i]}`
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`
  const m = Math.floor(ms / 60_000)
  return `${m} min ${Math.round((ms % 60_000) / 1000)} s`
}

/** RFC 3339 in UTC with second precision (`2024-05-01T12:00:00Z`), from a Date or Unix seconds. */
export function rfc3339(t: Date | number): string {
  const d = typeof t === 'number' ? new Date(t * 1000) : t
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z')
}
