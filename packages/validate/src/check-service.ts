import type { ComposeModel, ComposeService } from '@composeform/model'
import type { EcsService } from './ecs-project.js'
import type { Emit } from './emit.js'
import { checkAutoscalingRange } from './rules/autoscaling-range.js'
import { checkCapabilities } from './rules/capabilities.js'
import { checkCapacity, checkExec } from './rules/capacity.js'
import { checkDependsOn } from './rules/depends-on.js'
import { checkDeployMode } from './rules/deploy-mode.js'
import { checkDeployment } from './rules/deployment.js'
import { checkEphemeralStorage } from './rules/ephemeral-storage.js'
import { checkExistingRoles } from './rules/existing-roles.js'
import { checkGpu } from './rules/gpu.js'
import { checkHealthcheck } from './rules/healthcheck.js'
import { checkImage } from './rules/image.js'
import { checkLogging } from './rules/logging.js'
import { checkNetworkMode } from './rules/network-mode.js'
import { checkPlatform, checkWindowsSettings } from './rules/platform.js'
import { checkPorts } from './rules/ports.js'
import { checkRestart } from './rules/restart.js'
import { checkServiceName } from './rules/service-name.js'
import { checkPlaintextSecrets } from './rules/plaintext-secrets.js'
import { checkSecretVariables } from './rules/secret-variables.js'
import type { RuleContext } from './rules/rule-context.js'
import type { TaskGroups } from './rules/task-groups.js'
import { checkStopTimeout } from './rules/stop-timeout.js'
import { checkContainerMemory } from './rules/container-memory.js'
import { checkSysctls } from './rules/sysctls.js'
import { chooseTaskSize } from './rules/task-size.js'
import { checkUlimits } from './rules/ulimits.js'
import { checkVolumes } from './rules/volumes.js'

/** The rules the attribute table names, so a test can check that every name exists. */
export const ruleNames = [
  'image', 'stop-timeout', 'platform', 'capabilities', 'ulimits', 'sysctls', 'healthcheck', 'logging',
  'restart', 'depends-on', 'network-mode', 'ports', 'volumes', 'deployment', 'deploy-mode', 'ephemeral-storage', 'gpu', 'secrets', 'container-memory',
] as const

/** Runs every rule for one service and collects the ECS decisions. */
export function checkService(name: string, service: ComposeService, model: ComposeModel, emit: Emit, groups: TaskGroups): EcsService {
  const ctx: RuleContext = { name, service, path: ['services', name], model, emit, groups }
  checkServiceName(ctx)
  checkImage(ctx)
  checkCapabilities(ctx)
  checkUlimits(ctx)
  checkSysctls(ctx)
  checkLogging(ctx)
  checkDependsOn(ctx)
  checkNetworkMode(ctx)
  checkVolumes(ctx)
  checkSecretVariables(ctx)
  checkPlaintextSecrets(ctx)
  checkDeployMode(ctx)
  const runtimePlatform = checkPlatform(ctx)
  checkWindowsSettings(ctx)
  // GPU services run on EC2, sized by their instance type instead of the Fargate table.
  const gpu = checkGpu(ctx, runtimePlatform)
  const { cpu, memory, request } = gpu ? { ...gpu, request: {} } : chooseTaskSize(ctx, runtimePlatform)
  const replicas = service.deploy?.replicas ?? (typeof service.scale === 'number' ? service.scale : undefined)
  if (replicas === undefined) emit.report('DEFAULT_APPLIED', ['services', name], `\`${name}\` sets no \`deploy.replicas\`; one task runs.`, undefined, true)
  const desiredCount = replicas ?? 1
  checkAutoscalingRange(ctx, replicas)
  checkContainerMemory(ctx)
  const stopTimeout = checkStopTimeout(ctx)
  const healthCheck = checkHealthcheck(ctx)
  const capacityProviderStrategy = gpu ? undefined : checkCapacity(ctx, runtimePlatform)
  const ephemeralStorageGiB = gpu ? undefined : checkEphemeralStorage(ctx)
  return {
    name,
    launchType: gpu ? 'EC2' : 'FARGATE',
    ...(gpu ? { gpu: gpu.capacity } : {}),
    cpu,
    memory,
    runtimePlatform,
    desiredCount,
    ...(stopTimeout !== undefined ? { stopTimeout } : {}),
    ...(healthCheck ? { healthCheck } : {}),
    ports: checkPorts(ctx),
    deployment: checkDeployment(ctx, desiredCount),
    oneShot: checkRestart(ctx),
    ...(capacityProviderStrategy ? { capacityProviderStrategy } : {}),
    enableExecuteCommand: checkExec(ctx),
    ...checkExistingRoles(ctx),
    ...(ephemeralStorageGiB !== undefined ? { ephemeralStorageGiB } : {}),
    request,
    task: name,
    sidecars: [],
  }
}
