import type { ResourceNode } from '@composeform/model'

/** The compose service a resource came from (`origin` `['services', name, …]`), if any. */
export function composeServiceOf(node: ResourceNode): string | undefined {
  const [section, name] = node.origin ?? []
  return section === 'services' && typeof name === 'string' ? name : undefined
}

/**
 * The file name stem for a resource: its compose service's name, or its logical id when it
 * has none or the name could leave the folder (`..`).
 */
export function fileStem(node: ResourceNode): string {
  const name = composeServiceOf(node)
  return name !== undefined && /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name) ? name : node.id
}
