import type { Path } from '../diagnostic.js'
import type { ExpansionBudget } from '../load/expansion-budget.js'
import { patternBranch, type PatternTree } from '../path-pattern.js'
import type { Reporter } from '../report.js'
import { clip } from '../syntax/result.js'
import { entryAt, firstEntries, type MapEntry, type Node, type ScalarNode } from '../yaml/node.js'
import { castString, castTree, type CastKind } from './casts.js'
import { hasVariables, substitute, type Lookup } from './template.js'

/**
 * Interpolates every string value of a tree (never keys) with compose's `${...}` rules and
 * casts typed fields. Problems are reported at the value they concern; the value is then
 * left as written so that later checks still see something. An unset variable without a
 * default becomes an empty string, as in compose, reported (like compose's warning) once per
 * variable. What substitution adds is taken from `budget`; once it is spent, values stay as
 * written.
 */
export function interpolateNode(node: Node, lookup: Lookup, reporter: Reporter, path: Path = [], budget?: ExpansionBudget): Node {
  let cast: PatternTree<CastKind> | undefined = castTree
  for (const part of path) cast = patternBranch(cast, part)
  return interpolate(node, { lookup, reporter, budget, unset: new Set() }, [...path], cast)
}

interface Walk {
  lookup: Lookup
  reporter: Reporter
  budget: ExpansionBudget | undefined
  /** The unset variables reported so far. */
  unset: Set<string>
}

// `path` is extended and shortened during the walk; diagnostics get copies of it. `cast` is
// the node of the cast table the path leads to. Trees are never changed in place, so a
// collection whose values all stay is kept, and nothing is allocated for it.
function interpolate(node: Node, walk: Walk, path: (string | number)[], cast: PatternTree<CastKind> | undefined): Node {
  switch (node.kind) {
    case 'map': {
      let entries: Map<string, MapEntry> | undefined
      let index = 0
      for (const [key, entry] of node.entries) {
        path.push(key)
        const value = interpolate(entry.value, walk, path, patternBranch(cast, key))
        path.pop()
        if (entries === undefined && value !== entry.value) entries = firstEntries(node.entries, index)
        entries?.set(key, value === entry.value ? entry : entryAt(entry, value))
        index++
      }
      return entries === undefined ? node : { ...node, entries }
    }
    case 'seq': {
      let items: Node[] | undefined
      for (let i = 0; i < node.items.length; i++) {
        path.push(i)
        const item = interpolate(node.items[i]!, walk, path, patternBranch(cast, i))
        path.pop()
        if (items === undefined && item !== node.items[i]) items = node.items.slice(0, i)
        items?.push(item)
      }
      return items === undefined ? node : { ...node, items }
    }
    case 'scalar':
      return typeof node.value === 'string' ? interpolateText(node as ScalarNode & { value: string }, walk, path, cast?.value) : node
  }
}

function interpolateText(node: ScalarNode & { value: string }, { lookup, reporter, budget, unset }: Walk, livePath: readonly (string | number)[], cast: CastKind | undefined): Node {
  let text = node.value
  if (hasVariables(text)) {
    if (budget?.exhausted) return node
    const path = [...livePath]
    const result = substitute(text, lookup, (name) => {
      if (unset.has(name)) return
      unset.add(name)
      reporter.add({
        code: 'VARIABLE_UNSET',
        message: `\`${name}\` is not set, so an empty string takes its place in \`${path.join('.')}\`.`,
        path,
        span: node,
        hint: `Set ${name} in the environment or in .env, or give it a default: \`\${${name}:-value}\`.`,
      })
    })
    if (!result.ok) {
      const where = path.join('.')
      if (result.error.kind === 'required') {
        reporter.add({
          code: 'REQUIRED_VARIABLE',
          message: `Error while interpolating \`${where}\`: ${clip(result.error.message, 300)}.`,
          path,
          span: node,
          hint: `Set ${clip(result.error.variable, 100)} in the environment, in the project's .env file or with --env-file.`,
        })
      } else {
        reporter.add({
          code: 'INTERPOLATION_SYNTAX',
          message: `Invalid interpolation format for \`${where}\`: ${clip(result.error.message.replace(/^invalid interpolation format:\s*/, ''), 300)}.`,
          path,
          span: node,
          hint: 'You may need to escape any $ with another $ (write `$$` for a literal `$`).',
        })
      }
      return node
    }
    const growth = result.value.length - text.length
    if (budget && growth > 0 && !budget.spend(growth, { path, span: node }, 'Variables')) return node
    text = result.value
  }
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
      span: node,
      hint: text !== node.value ? `The value came from interpolating \`${node.value}\`; check that variable.` : undefined,
    })
    return { ...node, value: text }
  }
  return { ...node, value }
}
