/**
 * A Mermaid node or subgraph id: `prefix` and `_`, then the name with every character other
 * than an ASCII letter or digit written as `_<hex>_`. The prefix keeps ids clear of Mermaid's
 * keywords (`end`, `graph`) and of each other; the escape keeps distinct names distinct.
 */
export function mermaidId(prefix: string, name: string): string {
  return `${prefix}_${name.replace(/[^A-Za-z0-9]/g, (c) => `_${c.codePointAt(0)!.toString(16)}_`)}`
}

/** Text for inside a quoted Mermaid label: quotes and markup characters as entity codes. */
export function mermaidLabel(text: string): string {
  return text.replace(/["#<>&]/g, (c) => `#${c.codePointAt(0)};`)
}
