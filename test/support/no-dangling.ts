import { danglingReferences, type ResourceGraph } from '@composeform/model'

/** Throws when a reference in `graph` names an id it does not define: a converter bug, which `toGraph` does not look for at run time. */
export function assertNoDanglingReferences(graph: ResourceGraph): void {
  const dangling = danglingReferences(graph)
  if (dangling.length > 0) throw new Error(`dangling references: ${dangling.map((e) => `${e.from} → ${e.to}`).join(', ')}`)
}
