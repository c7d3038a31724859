import type { GpuInstanceType } from '../ecs-project.js'

const type = (name: string, vcpus: number, memoryGiB: number, gpus: number, automatic = true): GpuInstanceType & { automatic: boolean } => ({
  name,
  vcpus,
  memoryMiB: memoryGiB * 1024,
  gpus,
  automatic,
})

/**
 * The NVIDIA GPU instance types composeform chooses from (x86-64, which the ECS GPU-optimised
 * AMI needs): vCPUs, memory and GPUs as listed in "Amazon EC2 instance type specifications —
 * Accelerated computing" (https://docs.aws.amazon.com/ec2/latest/instancetypes/ac.html) and on
 * https://aws.amazon.com/ec2/instance-types/g4/, /g5/, /g6/ and /p3/. Ordered by GPUs, then
 * vCPUs, then memory, then family (the older, cheaper T4 first, then L4, then A10G), so the
 * first type that fits is the smallest. p3 (V100) costs several times a g-type of the same
 * size, so it is chosen only when `node.machine` names it (`automatic: false`).
 */
export const GPU_INSTANCE_TYPES: readonly (GpuInstanceType & { automatic: boolean })[] = [
  type('g4dn.xlarge', 4, 16, 1),
  type('g6.xlarge', 4, 16, 1),
  type('g5.xlarge', 4, 16, 1),
  type('g4dn.2xlarge', 8, 32, 1),
  type('g6.2xlarge', 8, 32, 1),
  type('g5.2xlarge', 8, 32, 1),
  type('p3.2xlarge', 8, 61, 1, false),
  type('g4dn.4xlarge', 16, 64, 1),
  type('g6.4xlarge', 16, 64, 1),
  type('g5.4xlarge', 16, 64, 1),
  type('g4dn.8xlarge', 32, 128, 1),
  type('g6.8xlarge', 32, 128, 1),
  type('g5.8xlarge', 32, 128, 1),
  type('g4dn.16xlarge', 64, 256, 1),
  type('g6.16xlarge', 64, 256, 1),
  type('g5.16xlarge', 64, 256, 1),
  type('p3.8xlarge', 32, 244, 4, false),
  type('g4dn.12xlarge', 48, 192, 4),
  type('g6.12xlarge', 48, 192, 4),
  type('g5.12xlarge', 48, 192, 4),
  type('g6.24xlarge', 96, 384, 4),
  type('g5.24xlarge', 96, 384, 4),
  type('p3.16xlarge', 64, 488, 8, false),
  type('g4dn.metal', 96, 384, 8),
  type('g6.48xlarge', 192, 768, 8),
  type('g5.48xlarge', 192, 768, 8),
]

/** MiB the ECS agent is told to keep for the OS and itself (`ECS_RESERVED_MEMORY` in the instance's user data). */
export const ECS_RESERVED_MEMORY_MIB = 256

/**
 * Memory a task can have on an instance: the installed memory less what the kernel and
 * platform take before the agent registers (the ECS guide's m4.large registers 7985 of
 * 8192 MiB; 5 % covers that with room) and less `ECS_RESERVED_MEMORY`.
 */
export function taskMemoryOf(instance: GpuInstanceType): number {
  return Math.floor(instance.memoryMiB * 0.95) - ECS_RESERVED_MEMORY_MIB
}

/** CPU units a task can have on an instance: all of its vCPUs (the agent reserves no CPU). */
export function taskCpuOf(instance: GpuInstanceType): number {
  return instance.vcpus * 1024
}
