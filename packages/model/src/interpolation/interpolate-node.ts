import type { Path } from '../diagnostic.js'
import type { ExpansionBudget } from '../load/expansion-budget.js'
import type { Reporter } from '../report.js'
import { clip } from '../syntax/result.js'
import type { MapEntry, Node, ScalarNode } from '../yaml/node.js'
import { castAt, castString } from './casts.js'
import { hasVariables, substitute, type Lookup } from './template.js'

/**
 * Interpolates every string value of a tree (never keys) with compose's `${...}` rules and
 * casts typed fields. Problems are reported at the value they concern; the value is then
 * left as written so that later checks still see something. What substitution adds is taken
 * from `budget`; once it is spent, values stay as written.
 */
export function interpolateNode(node: Node, lookup: Lookup, reporter: Reporter, path: Path = [], budget?: ExpansionBudget): Node {
  return interpolate(node, lookup, reporter, [...path], budget)
}

// `path` is extended and shortened during the walk; diagnostics get copies of it.
function interpolate(node: Node, lookup: Lookup, reporter: Reporter, path: (string | number)[], budget: ExpansionBudget | undefined): Node {
  switch (node.kind) {
    // Trees are never changed in place, so a collection whose values all stay is kept.
    case 'map': {
      let changed = false
      const values: Node[] = []
      for (const [key, entry] of node.entries) {
        path.push(key)
        const value = interpolate(entry.value, lookup, reporter, path, budget)
        path.pop()
        if (value !== entry.value) changed = true
        values.push(value)
      }
      if (!changed) return node
      const entries = new Map<string, MapEntry>()
      let i = 0
      for (const [key, entry] of node.entries) entries.set(key, { keySpan: entry.keySpan, value: values[i++]! })
      return { ...node, entries }
    }
    case 'seq': {
      let changed = false
      const items: Node[] = []
      for (let i = 0; i < node.items.length; i++) {
        path.push(i)
        const item = interpolate(node.items[i]!, lookup, reporter, path, budget)
        path.pop()
        if (item !== node.items[i]) changed = true
        items.push(item)
      }
      return changed ? { ...node, items } : node
    }
    case 'scalar':
      return typeof node.value === 'string' ? interpolateText(node as ScalarNode & { value: string }, lookup, reporter, path, budget) : node
  }
}

function interpolateText(node: ScalarNode & { value: string }, lookup: Lookup, reporter: Reporter, livePath: readonly (string | number)[], budget: ExpansionBudget | undefined): Node {
  let text = node.value
  if (hasVariables(text)) {
    if (budget?.exhausted) return node
    const result = substitute(text, lookup)
    const path = [...livePath]
    if (!result.ok) {
      const where = path.join('.')
      if (result.error.kind === 'required') {
        reporter.add({
          code: 'REQUIRED_VARIABLE',
          message: `Error while interpolating \`${where}\`: ${clip(result.error.message, 300)}.`,
          path,
          span: node.span,
          hint: `Set ${clip(result.error.variable, 100)} in the environment, in the project's .env file or with --env-file.`,
        })
      } else {
        reporter.add({
          code: 'INTERPOLATION_SYNTAX',
          message: `Invalid interpolation format for \`${where}\`: ${clip(result.error.message.replace(/^invalid interpolation format:\s*/, ''), 300)}.`,
          path,
          span: node.span,
          hint: 'You may need to escape any $ with another $ (write `$$` for a literal `$`).',
        })
      }
      return node
    }
    const growth = result.value.length - text.length
    if (budget && growth > 0 && !budget.spend(growth, { path, span: node.span }, 'Variables')) return node
    text = result.value
  }
  const cast = castAt(livePath)
  if (!cast) return text === node.value ? node : { ...node, value: text }
  const value = castString(cast, text)
  if (value === undefined) {
    const path = [...livePath]
    reporter.add({
      code: cast === 'bool' ? 'INVALID_BOOLEAN' : 'INVALID_NUMBER',
      message:
        cast === 'bool'
          ? `\`${path.join('.')}\` must be true or false, not \`${text}\`.`
          : `\`${path.join('.')}\` must be ${cast === 'int' ? 'a whole number' : 'a number'}, not \`${text}\`.`,
      path,
      span: node.span,
      hint: text !== node.value ? `The value came from interpolating \`${node.value}\`; check that variable.` : undefined,
    })
    return { ...node, value: text }
  }
  return { ...node, value }
}
