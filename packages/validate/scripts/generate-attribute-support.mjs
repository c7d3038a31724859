#!/usr/bin/env node
// Writes the run-time copy of the attribute table that the checker walks: every pattern with
// what the walk needs (status; reason, code and hint where it reports), without the
// documentation's texts, so that a bundle of the checker does not carry them.
//
//   node packages/validate/scripts/generate-attribute-support.mjs          writes src/generated/attribute-support.{js,d.ts}
//   node packages/validate/scripts/generate-attribute-support.mjs --check  exits 1 when the checked-in files are stale
//
// The table (src/attribute-table.ts) is the one source of truth: this script loads it through
// tsx's `tsImport`, and tests, which already run under tsx, pass it in directly.

import { fileURLToPath } from 'node:url'
import { writeOrCheckGenerated } from '../../model/scripts/generated-files.mjs'

/** The module holding `attributeTable`, and the one holding the conditions it names. */
export const TABLE_FILE = fileURLToPath(new URL('../src/attribute-table.ts', import.meta.url))
export const CONDITIONS_FILE = fileURLToPath(new URL('../src/attribute-conditions.ts', import.meta.url))
/** Where the run-time table and its declaration are written. */
export const SUPPORT_FILE = fileURLToPath(new URL('../src/generated/attribute-support.js', import.meta.url))
export const SUPPORT_DECLARATION_FILE = fileURLToPath(new URL('../src/generated/attribute-support.d.ts', import.meta.url))

/**
 * The generated module and its declaration for `table`; `conditions` names the `when`
 * functions an entry may carry. Deterministic: the same table gives the same bytes.
 *
 * @param {readonly (readonly [string, Record<string, unknown>])[]} table
 * @param {Readonly<Record<string, Function>>} conditions
 * @returns {{ js: string, dts: string }}
 */
export function generateAttributeSupport(table, conditions) {
  const used = new Set()
  const rows = table.map(([pattern, support]) => {
    const { status } = support
    const fields = status === 'mapped' || status === 'checked' || status === 'covered' ? { status } : status === 'incompatible' ? { status, code: support.code, why: support.why, hint: support.hint } : { status, why: support.why }
    let text = JSON.stringify(fields)
    if (support.when) {
      // By identity, or by source when the two modules were loaded apart (tsImport).
      const name = Object.keys(conditions).find((key) => conditions[key] === support.when || String(conditions[key]) === String(support.when))
      if (name === undefined) throw new Error(`${pattern}: its \`when\` is not one of attributeConditions`)
      used.add(name)
      text = `${text.slice(0, -1)},"when":attributeConditions.${name}}`
    }
    return `  [${JSON.stringify(pattern)}, ${text}],`
  })
  const js = [
    '// Generated from src/attribute-table.ts by scripts/generate-attribute-support.mjs; do not edit.',
    ...(used.size > 0 ? ["import { attributeConditions } from '../attribute-conditions.js'"] : []),
    '',
    '/** The attribute table as the checker walks it: each pattern with its run-time support. */',
    'export const attributeSupport = [',
    ...rows,
    ']',
    '',
  ].join('\n')
  const dts = [
    '// Generated from src/attribute-table.ts by scripts/generate-attribute-support.mjs; do not edit.',
    "import type { PathPattern } from '@composeform/model'",
    "import type { RuntimeSupport } from '../support.js'",
    '',
    '/** The attribute table as the checker walks it: each pattern with its run-time support. */',
    'export declare const attributeSupport: readonly (readonly [PathPattern, RuntimeSupport])[]',
    '',
  ].join('\n')
  return { js, dts }
}

async function main(argv) {
  const { tsImport } = await import('tsx/esm/api')
  const { attributeTable } = await tsImport(TABLE_FILE, import.meta.url)
  const { attributeConditions } = await tsImport(CONDITIONS_FILE, import.meta.url)
  const { js, dts } = generateAttributeSupport(attributeTable, attributeConditions)
  const files = [
    [SUPPORT_FILE, js],
    [SUPPORT_DECLARATION_FILE, dts],
  ]
  if (writeOrCheckGenerated(files, argv, 'node packages/validate/scripts/generate-attribute-support.mjs')) console.log(`wrote ${SUPPORT_FILE} and ${SUPPORT_DECLARATION_FILE}`)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main(process.argv.slice(2))
