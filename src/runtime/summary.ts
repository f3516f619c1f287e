// The small model a stage's summary returns, and its two renderings: HTML for the job summary
// (GITHUB_STEP_SUMMARY) and aligned plain text for a terminal. Every piece of text is escaped for the
// rendering it ends up in, so a commit header or an image label can never inject markup.

/** Text, code, bold text, or a run of them (`v1.2.0: created`). */
export type Cell = string | { code: string } | { bold: string } | readonly Cell[]

export interface SummaryModel {
  title: string
  /** One table: column headings and rows. */
  table?: { columns: string[]; rows: Cell[][] }
  /** Label/value lines after the table (`digest: sha256:…`). */
  facts?: { label: string; value: Cell }[]
  /** Plain paragraphs. */
  paragraphs?: string[]
  /** Warnings and notes, shown as quotes. */
  notes?: string[]
  /** Summaries of inner steps, after this one (the one-step release shows the scan's findings so). */
  sections?: SummaryModel[]
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

function cellHtml(c: Cell): string {
  if (typeof c === 'string') return escapeHtml(c)
  if (isRun(c)) return c.map(cellHtml).join('')
  if ('code' in c) return `<code>${escapeHtml(c.code)}</code>`
  return `<b>${escapeHtml(c.bold)}</b>`
}

function cellText(c: Cell): string {
  if (typeof c === 'string') return c
  if (isRun(c)) return c.map(cellText).join('')
  return 'code' in c ? c.code : c.bold
}

function isRun(c: Cell): c is readonly Cell[] {
  return Array.isArray(c)
}

/** The job summary: a heading, a table, facts, paragraphs and notes, as GitHub renders HTML in markdown. */
export function renderHtml(s: SummaryModel): string {
  const out = [`<h3>${escapeHtml(s.title)}</h3>`]
  if (s.table) {
    const head = `<tr>${s.table.columns.map(c => `<th>${escapeHtml(c)}</th>`).join('')}</tr>`
    const rows = s.table.rows.map(r => `<tr>${r.map(c => `<td>${cellHtml(c)}</td>`).join('')}</tr>`)
    out.push(`<table>${head}${rows.join('')}</table>`)
  }
  for (const f of s.facts ?? []) out.push(`<p><b>${escapeHtml(f.label)}</b> ${cellHtml(f.value)}</p>`)
  for (const p of s.paragraphs ?? []) out.push(`<p>${escapeHtml(p)}</p>`)
  for (const n of s.notes ?? []) out.push(`<blockquote>${escapeHtml(n)}</blockquote>`)
  for (const section of s.sections ?? []) out.push(renderHtml(section).trimEnd())
  return out.join('\n') + '\n'
}

/** The same summary for a terminal: aligned columns, one fact per line. */
export function renderText(s: SummaryModel): string {
  const lines = [s.title]
  if (s.table) {
    const rows = [s.table.columns, ...s.table.rows.map(r => r.map(cellText))]
    const widths = s.table.columns.map((_, i) => Math.max(...rows.map(r => (r[i] ?? '').length)))
    for (const r of rows)
      lines.push(
        '  ' +
          r
            .map((c, i) => c.padEnd(widths[i]))
            .join('  ')
            .trimEnd()
      )
  }
  for (const f of s.facts ?? []) lines.push(`${f.label} ${cellText(f.value)}`)
  for (const p of s.paragraphs ?? []) lines.push(p)
  for (const n of s.notes ?? []) lines.push(`note: ${n}`)
  for (const section of s.sections ?? []) lines.push('', renderText(section))
  return lines.join('\n')
}
