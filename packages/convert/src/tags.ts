import type { Value } from '@composeform/model'

/** Compose's label keys, used as tag keys so that resources can be traced back to the project. */
export const PROJECT_TAG = 'com.docker.compose.project'
export const SERVICE_TAG = 'com.docker.compose.service'
export const NETWORK_TAG = 'com.docker.compose.network'

/** CloudFormation `Tags` from pairs, in the given order. */
export function tags(...pairs: [string, string][]): Value {
  return pairs.map(([Key, Value]) => ({ Key, Value }))
}
