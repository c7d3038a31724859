import { attributeTable } from './attribute-table.js'
import type { Support } from './support.js'

const label: Record<Support['status'], string> = {
  mapped: 'supported',
  checked: 'supported, checked',
  ignored: 'ignored (warning)',
  'not-applicable': 'no effect (info)',
  incompatible: 'error',
  covered: 'covered elsewhere',
}

function detail(support: Support): string {
  switch (support.status) {
    case 'mapped':
      return support.to
    case 'checked':
      return `${support.to}; rule \`${support.rule}\``
    case 'incompatible':
      return `\`${support.code}\`: ${support.why}`
    default:
      return support.why
  }
}

/**
 * The compatibility table as Markdown, generated from the same table the checker uses, so
 * docs/compatibility.md can never disagree with the code.
 */
export function renderCompatibilityMarkdown(): string {
  const lines = [
    '# Compose attributes on ECS/Fargate',
    '',
    'Generated from `packages/validate/src/attribute-table.ts` (a test keeps the two identical;',
    'regenerate with `UPDATE_GOLDEN=1 pnpm test`). Paths are over the normalised model; `*` is',
    'any service name, key or list index. An attribute not listed here is reported as',
    '`UNSUPPORTED_ATTRIBUTE`. `x-*` extensions are checked separately (see docs/diagnostics.md).',
    '',
    '| Attribute | On ECS/Fargate | Maps to, or why |',
    '| --- | --- | --- |',
  ]
  for (const [pattern, support] of attributeTable) {
    lines.push(`| \`${pattern}\` | ${label[support.status]} | ${detail(support).replace(/\|/g, '\\|')} |`)
  }
  return lines.join('\n') + '\n'
}
