import type { ComposeModel, Path } from '@composeform/model'
import type { Emit } from './emit.js'
import { attributeSupport } from './generated/attribute-support.js'
import type { RuntimeSupport } from './support.js'

interface TrieNode {
  support?: RuntimeSupport
  children: Map<string, TrieNode>
}

// The attribute table's run-time copy: the table itself carries the documentation's texts.
function buildTrie(table: typeof attributeSupport): TrieNode {
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

const trie = buildTrie(attributeSupport)

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
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) visit(path, i, value[i], node, emit)
    return
  }
  const record = value as Record<string, unknown>
  for (const key of Object.keys(record)) if (!key.startsWith('x-')) visit(path, key, record[key], node, emit)
}

// The child's path is built only when it is reported or walked into: most attributes are
// mapped leaves, and a path per attribute was most of this walk's garbage.
function visit(parent: Path, key: string | number, value: unknown, parentNode: TrieNode, emit: Emit): void {
  const node = parentNode.children.get(String(key)) ?? parentNode.children.get('*')
  if (!node) {
    if (!isEmpty(value)) emit.unsupported([...parent, key], 'composeform does not map it to ECS')
    return
  }
  const support = node.support
  if (!support) {
    visitChildren([...parent, key], value, node, emit)
    return
  }
  switch (support.status) {
    case 'mapped':
    case 'checked':
      if (node.children.size > 0) visitChildren([...parent, key], value, node, emit)
      return
    case 'ignored':
      if (!isEmpty(value)) emit.unsupported([...parent, key], support.why)
      return
    case 'not-applicable':
      if (!isEmpty(value)) emit.notApplicable([...parent, key], support.why)
      return
    case 'incompatible':
      if (!support.when || support.when(value)) emit.incompatible([...parent, key], support.code, support.why, support.hint)
      return
    case 'covered':
      return
  }
}
