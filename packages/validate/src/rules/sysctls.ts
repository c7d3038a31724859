import type { RuleContext } from './rule-context.js'
import { runsOnWindows } from './platform.js'

// Fargate accepts only namespaced kernel parameters: the IPC ones and the network ones.
const ipc = new Set(['kernel.msgmax', 'kernel.msgmnb', 'kernel.msgmni', 'kernel.sem', 'kernel.shmall', 'kernel.shmmax', 'kernel.shmmni', 'kernel.shm_rmid_forced'])

/** True for a sysctl Fargate lets a task set. */
export function isFargateSysctl(name: string): boolean {
  return ipc.has(name) || name.startsWith('fs.mqueue.') || name.startsWith('net.')
}

/** `sysctls`: only namespaced parameters (net.*, fs.mqueue.*, the IPC kernel.* ones) on Fargate. */
export function checkSysctls({ service, path, emit }: RuleContext): void {
  // A Windows task carries none: the Windows settings rule reports them as a whole.
  if (runsOnWindows(service)) return
  for (const name of Object.keys(service.sysctls ?? {})) {
    if (isFargateSysctl(name)) continue
    emit.report(
      'SYSCTL_UNSUPPORTED',
      [...path, 'sysctls', name],
      `Fargate does not let a task set \`${name}\`; only namespaced parameters (net.*, fs.mqueue.*, kernel.msg*, kernel.sem, kernel.shm*) can be set.`,
      'Remove it; host-wide kernel parameters need EC2 capacity.',
      true,
    )
  }
}
