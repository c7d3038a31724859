import type { ComposeModel, ComposeService } from '@composeform/model'
import type { ExistingRole } from '../ecs-project.js'
import type { RuleContext } from './rule-context.js'

type RoleExtension = 'x-aws-task_role' | 'x-aws-execution_role'

/** The existing roles a service's tasks use: `x-aws-task_role` and `x-aws-execution_role`. */
export interface ExistingRoles {
  taskRole?: ExistingRole
  executionRole?: ExistingRole
}

// The permissions these extensions add go to a role composeform creates.
const TASK_ROLE_ADDITIONS = ['x-aws-role', 'x-aws-policies'] as const

/**
 * `x-aws-task_role` and `x-aws-execution_role` of the service, else of the project. A task has
 * one of each, its owner's: a sidecar's own different value is ignored (a warning), and
 * `x-aws-role` / `x-aws-policies` on any container of a task with an existing task role are
 * an error, since composeform does not change a role it did not create.
 */
export function checkExistingRoles({ name, service, model, emit, groups }: RuleContext): ExistingRoles {
  const owner = groups.ownerOf(name)
  const ownerService = model.services[owner] ?? service
  const task = existingRole(ownerService, owner, model, 'x-aws-task_role')
  const execution = existingRole(ownerService, owner, model, 'x-aws-execution_role')
  if (owner !== name) {
    for (const [key, used] of [['x-aws-task_role', task], ['x-aws-execution_role', execution]] as const) {
      const own = existingRole(service, name, model, key)
      if (!Object.hasOwn(service, key) || own?.role === used?.role) continue
      emit.report('SIDECAR_SETTING_IGNORED', ['services', name, key], `\`${name}\` runs in \`${owner}\`'s task, so its \`${key}\` is ignored: the task uses ${used ? `\`${used.role}\`` : 'the role composeform creates'}.`, `Set it on \`${owner}\`, or remove it here.`, true)
    }
  }
  if (task) {
    for (const key of TASK_ROLE_ADDITIONS) {
      if (!Object.hasOwn(service, key)) continue
      emit.report(
        'EXISTING_ROLE_CONFLICT',
        ['services', name, key],
        `\`${key}\` adds permissions to a task role composeform creates, but ${owner === name ? `\`${name}\`'s` : `\`${owner}\`'s`} task runs as the existing role \`${task.role}\`, which composeform does not change.`,
        `Give \`${task.role}\` these permissions in IAM and remove \`${key}\`, or remove \`x-aws-task_role\` to let composeform create the role.`,
        true,
      )
    }
  }
  return { ...(task ? { taskRole: task } : {}), ...(execution ? { executionRole: execution } : {}) }
}

function existingRole(service: ComposeService, name: string, model: ComposeModel, key: RoleExtension): ExistingRole | undefined {
  const own = Object.hasOwn(service, key)
  const value = own ? service[key] : model.extensions[key]
  // A value of the wrong kind is X_AWS_INVALID, reported by the extension check.
  return typeof value === 'string' ? { role: value, origin: own ? ['services', name, key] : [key] } : undefined
}
