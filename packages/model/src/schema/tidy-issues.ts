import { formatPath } from '../diagnostic.js'
import type { SchemaIssue } from './check-schema.js'
import { ownValue } from './json-value.js'

/**
 * Drops issues that add nothing: exact repeats, and other complaints about a value whose type
 * is already wrong (a number given for `cgroup` is not also "not `host` or `private`").
 */
export function dropRedundantIssues(issues: readonly SchemaIssue[]): SchemaIssue[] {
  const mistyped = new Set(issues.filter((i) => i.code === 'SCHEMA_TYPE').map((i) => JSON.stringify(i.path)))
  const seen = new Set<string>()
  return issues.filter((issue) => {
    const at = JSON.stringify(issue.path)
    if (issue.code !== 'SCHEMA_TYPE' && !issue.atKey && mistyped.has(at)) return false
    const key = JSON.stringify([issue.code, at, issue.atKey, issue.message])
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/**
 * Sorts issues by path in document order: keys in the order the mapping has them, list items
 * by index, a mapping before what is inside it. Ties go by code, then message.
 */
export function sortIssues(issues: readonly SchemaIssue[], document: unknown): SchemaIssue[] {
  const keyOrder = new WeakMap<object, Map<string, number>>()
  const positionOf = (container: unknown, part: string | number): number => {
    if (typeof part === 'number') return part
    if (typeof container !== 'object' || container === null) return Number.MAX_SAFE_INTEGER
    let order = keyOrder.get(container)
    if (order === undefined) {
      order = new Map(Object.keys(container).map((key, index) => [key, index]))
      keyOrder.set(container, order)
    }
    return order.get(part) ?? Number.MAX_SAFE_INTEGER
  }
  const positions = (path: readonly (string | number)[]): number[] => {
    const result: number[] = []
    let node = document
    for (const part of path) {
      result.push(positionOf(node, part))
      node = ownValue(node, part)
    }
    return result
  }
  const keyed = issues.map((issue) => ({ issue, at: positions(issue.path), text: formatPath(issue.path) }))
  keyed.sort((a, b) => {
    const length = Math.min(a.at.length, b.at.length)
    for (let i = 0; i < length; i++) {
      if (a.at[i] !== b.at[i]) return a.at[i]! - b.at[i]!
    }
    if (a.at.length !== b.at.length) return a.at.length - b.at.length
    if (a.text !== b.text) return a.text < b.text ? -1 : 1
    if (a.issue.atKey !== b.issue.atKey) return a.issue.atKey ? -1 : 1
    if (a.issue.code !== b.issue.code) return a.issue.code < b.issue.code ? -1 : 1
    return a.issue.message < b.issue.message ? -1 : a.issue.message > b.issue.message ? 1 : 0
  })
  return keyed.map((k) => k.issue)
}
