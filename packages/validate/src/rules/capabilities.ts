import { runsOnWindows } from './platform.js'
import type { RuleContext } from './rule-context.js'

/** Fargate lets a task add exactly one capability. */
const allowed = new Set(['SYS_PTRACE', 'CAP_SYS_PTRACE'])

/** `cap_add`: anything but SYS_PTRACE is an error on Fargate (on Linux; Windows has none). */
export function checkCapabilities({ service, path, emit }: RuleContext): void {
  // A Windows task has no capabilities at all: checkWindowsSettings reports `cap_add` whole.
  if (runsOnWindows(service)) return
  const caps = Array.isArray(service.cap_add) ? (service.cap_add as unknown[]) : []
  caps.forEach((cap, i) => {
    if (allowed.has(String(cap).toUpperCase())) return
    emit.report(
      'CAPABILITY_UNSUPPORTED',
      [...path, 'cap_add', i],
      `Fargate does not allow adding the capability \`${cap}\`; only SYS_PTRACE can be added.`,
      'Remove it; if the container really needs it, it needs EC2 capacity instead of Fargate.',
    )
  })
}
