import type { RuleContext } from './rule-context.js'

// ECS container names: letters, digits, `_` and `-`, at most 255.
const CONTAINER_NAME = /^[A-Za-z0-9_-]{1,255}$/

/** A service is its task's container of the same name: a name ECS does not take (a dot, say) is an error. */
export function checkServiceName({ name, path, emit }: RuleContext): void {
  if (CONTAINER_NAME.test(name)) return
  emit.report(
    'SERVICE_NAME_INVALID',
    path,
    `\`${name.length > 40 ? `${name.slice(0, 40)}…` : name}\` cannot name an ECS container: container names take letters, digits, \`_\` and \`-\`, at most 255.`,
    'Rename the service (`my.app` → `my-app`).',
    true,
  )
}
