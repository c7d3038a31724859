import { existsSync, readFileSync, writeFileSync } from 'node:fs'

const header = `# Benchmarks

Measured by the benchmark itself (\`bench/\`); each section is rewritten by the command that
names it. Ratios are measured within one run, on one machine; absolute times are only
indicative (a noisy 2-core machine).
`

/**
 * Replaces the section between `<!-- bench:<name>:start -->` and `<!-- bench:<name>:end -->`
 * of a Markdown file (creating the file or appending the section when missing), so that
 * `pnpm bench` and `pnpm bench:peer` each own their part of BENCHMARKS.md.
 */
export function writeSection(path: string, name: string, body: string): void {
  const start = `<!-- bench:${name}:start -->`
  const end = `<!-- bench:${name}:end -->`
  const block = `${start}\n${body.trim()}\n${end}`
  const text = existsSync(path) ? readFileSync(path, 'utf8') : header
  const from = text.indexOf(start)
  const to = text.indexOf(end)
  const next = from >= 0 && to > from ? text.slice(0, from) + block + text.slice(to + end.length) : `${text.trimEnd()}\n\n${block}\n`
  writeFileSync(path, next.endsWith('\n') ? next : `${next}\n`)
}

/** Formats milliseconds with three significant digits (`0.812`, `41.3`, `2310`). */
export function ms(value: number): string {
  if (value >= 100) return value.toFixed(0)
  if (value >= 10) return value.toFixed(1)
  if (value >= 1) return value.toFixed(2)
  return value.toFixed(3)
}

/** Formats a ratio (`2.4×`, `37×`). */
export function times(value: number): string {
  return `${value >= 10 ? value.toFixed(0) : value.toFixed(1)}×`
}

/** Formats bytes as KiB or MiB. */
export function bytes(value: number): string {
  return value >= 2 ** 20 ? `${(value / 2 ** 20).toFixed(1)} MiB` : `${(value / 1024).toFixed(0)} KiB`
}

/** A Markdown table from a header row and body rows. */
export function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n')
}
