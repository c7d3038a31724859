import { isLiteral, isPseudo, type LogicalId, type ResourceNode, type Value } from '@composeform/model'

/** Every id a value references (resources and parameters), pseudo parameters excluded. */
export function collectRefIds(value: Value): LogicalId[] {
  if (value === null || typeof value !== 'object') return []
  if (Array.isArray(value)) return value.flatMap((v: Value) => collectRefIds(v))
  const record = value as { readonly [key: string]: Value }
  if (typeof record.$ref === 'string') return isPseudo(record.$ref) ? [] : [record.$ref]
  if (isLiteral(record)) return []
  return Object.values(record).flatMap(collectRefIds)
}

/** The ids a resource's properties and metadata reference. */
export function valueRefIds(node: ResourceNode): LogicalId[] {
  return [...collectRefIds(node.properties as Value), ...(node.metadata ? collectRefIds(node.metadata as Value) : [])]
}
