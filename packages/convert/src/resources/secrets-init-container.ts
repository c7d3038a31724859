import { boundedName } from '@composeform/model'
import type { Value } from '@composeform/model'
import type { SecretDelivery } from '../secret-delivery.js'
import type { ContainerDelivery } from '../task-delivery.js'
import { secretsInitScript, secretVariable } from '../secrets-init-script.js'
import { awslogsConfiguration } from './container-definition.js'
import { userText } from '../user-text.js'

/**
 * The image of the secrets init container: the Docker official busybox image, from ECR
 * Public (no Docker Hub pull limits, multi-arch for X86_64 and ARM64). Only `sh`, `mkdir`,
 * `printf` and `chmod` are used, so any busybox release will do.
 */
export const SECRETS_INIT_IMAGE = 'public.ecr.aws/docker/library/busybox:stable'

/**
 * The init container's name: Docker's, so log streams and scripts written for it still match;
 * for a service name near ECS's 255 characters, cut to them (see `boundedName`).
 */
export function secretsInitContainerName(service: string): string {
  return boundedName(`${service}_Secrets_InitContainer`, 255)
}

/**
 * The non-essential container that writes a service's secrets into their volumes before
 * the main container starts. ECS resolves each `ValueFrom` into an environment variable of
 * this container only; the script writes them out. Its root file system is read-only: it
 * writes nothing but the volumes.
 */
export function secretsInitContainer(service: string, delivery: SecretDelivery, image: string, projectName: string): Record<string, Value> {
  return {
    Name: secretsInitContainerName(service),
    Image: image,
    Essential: false,
    EntryPoint: ['/bin/sh', '-c'],
    Command: [secretsInitScript(delivery)],
    // Config texts are not secret: they travel as plain variables; everything else ECS resolves.
    ...environmentOf(delivery),
    ...secretsOf(delivery),
    MountPoints: delivery.mounts.map((m) => ({ SourceVolume: m.volume, ContainerPath: m.directory, ReadOnly: false })),
    ReadonlyRootFilesystem: true,
    LogConfiguration: awslogsConfiguration(projectName),
  }
}

/**
 * What a container of the task gains: its volumes read-only and a start after the init
 * container succeeded (when it writes files for it), and its `x-aws-env` variables, which ECS
 * resolves. `owner` names the task's init container.
 */
export function secretsContainerParts(owner: string, container: ContainerDelivery): { MountPoints: Value[]; DependsOn: Value[]; Secrets: Value[] } {
  return {
    MountPoints: container.mounts.map((m) => ({ SourceVolume: m.volume, ContainerPath: m.directory, ReadOnly: true })),
    DependsOn: container.waits ? [{ ContainerName: secretsInitContainerName(owner), Condition: 'SUCCESS' }] : [],
    Secrets: container.environment.map((v) => ({ Name: v.name, ValueFrom: v.valueFrom })),
  }
}

function environmentOf(delivery: SecretDelivery): Record<string, Value> {
  const environment = delivery.files.flatMap((file, i) => ('value' in file ? [{ Name: secretVariable(i), Value: userText(file.value) }] : []))
  return environment.length > 0 ? { Environment: environment } : {}
}

function secretsOf(delivery: SecretDelivery): Record<string, Value> {
  const secrets = delivery.files.flatMap((file, i) => ('valueFrom' in file ? [{ Name: secretVariable(i), ValueFrom: file.valueFrom }] : []))
  return secrets.length > 0 ? { Secrets: secrets } : {}
}
