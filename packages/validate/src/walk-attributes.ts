import type { ComposeModel, Path } from '@composeform/model'
import { attributeTable } from './attribute-table.js'
import type { Emit } from './emit.js'
import type { Support } from './support.js'

interface TrieNode {
  support?: Support
  children: Map<string, TrieNode>
}

function buildTrie(table: typeof attributeTable): TrieNode {
  const root: TrieNode = { children: new Map() }
  for (const [pattern, support] of table) {
    let node = root
    for (const part of pattern.split('.')) {
      let next = node.children.get(part)
      if (!next) node.children.set(part, (next = { children: new Map() }))
      node = next
    }
    node.support = support
  }
  return root
}

const trie = buildTrie(attributeTable)

const isEmpty = (v: unknown): boolean =>
  v === undefined || v === null || v === false || (Array.isArray(v) && v.length === 0) || (typeof v === 'object' && v !== null && Object.keys(v).length === 0)

/**
 * Walks every attribute of the model against the attribute table and reports what ECS
 * ignores, what only docker compose uses, and what cannot work on Fargate. Attributes the
 * table does not know are reported as unsupported. `x-*` keys are left to the x-aws checker.
 */
export function walkAttributes(model: ComposeModel, emit: Emit): void {
  const sections = ['services', 'networks', 'volumes', 'secrets', 'configs'] as const
  for (const section of sections) {
    const sectionNode = trie.children.get(section)?.children.get('*')
    if (!sectionNode) continue
    for (const [name, value] of Object.entries(model[section])) visitChildren([section, name], value, sectionNode, emit)
  }
}

function visitChildren(path: Path, value: unknown, node: TrieNode, emit: Emit): void {
  if (value === null || typeof value !== 'object') return
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value)
  for (const [key, child] of entries) {
    if (typeof key === 'string' && key.startsWith('x-')) continue
    const childNode = node.children.get(String(key)) ?? node.children.get('*')
    const at = [...path, key]
    if (!childNode) {
      if (!isEmpty(child)) emit.unsupported(at, 'composeform does not map it to ECS')
      continue
    }
    visit(at, child, childNode, emit)
  }
}

function visit(path: Path, value: unknown, node: TrieNode, emit: Emit): void {
  const support = node.support
  if (!support) {
    visitChildren(path, value, node, emit)
    return
  }
  switch (support.status) {
    case 'mapped':
    case 'checked':
      if (node.children.size > 0) visitChildren(path, value, node, emit)
      return
    case 'ignored':
      if (!isEmpty(value)) emit.unsupported(path, support.why)
      return
    case 'not-applicable':
      if (!isEmpty(value)) emit.notApplicable(path, support.why)
      return
    case 'incompatible':
      if (!support.when || support.when(value)) emit.incompatible(path, support.code, support.why, support.hint)
      return
    case 'covered':
      return
  }
}
