import type { ComposeModel } from '../compose-types.js'
import { child, isText, type Node } from '../yaml/node.js'
import type { Edit } from './edit.js'

/**
 * The edits `task_definition.task_role_arn` and `task_execution_role` make: the top-level
 * `x-aws-task_role` / `x-aws-execution_role`, the roles of every task (ecs-cli gave its one
 * task these roles), and the same extension of each service that sets its own, since
 * ecs-params.yml wins over the compose file. The ECS check validates the name or ARN where
 * ecs-params.yml wrote it.
 */
export function roleEdits(taskDefinition: Node | undefined, services: ComposeModel['services'], edits: Edit[]): void {
  for (const [key, attribute] of [['task_role_arn', 'x-aws-task_role'], ['task_execution_role', 'x-aws-execution_role']] as const) {
    const node = child(taskDefinition, key)
    if (!isText(node)) continue
    const from = ['task_definition', key]
    edits.push({ service: undefined, attribute: [attribute], value: node.value, node, from, replaces: [[attribute]] })
    for (const [name, service] of Object.entries(services)) {
      if (Object.hasOwn(service, attribute)) edits.push({ service: name, attribute: [attribute], value: node.value, node, from, replaces: [[attribute]] })
    }
  }
}
