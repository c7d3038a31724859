import { ref, shortText, sub, type LogicalId, type Value } from '@composeform/model'
import type { EcsProject, EcsVolume } from '@composeform/validate'
import type { DeployEnvironment } from '../environment.js'
import type { GraphBuilder } from '../graph-builder.js'
import { normalizeName, type LogicalIds } from '../logical-id.js'
import { NAME_TAG, PROJECT_TAG, tags, tagsWithLabels, type TagReporting } from '../tags.js'
import { mountTargetSlots, type MountTargetSlot } from './mount-targets.js'

/** The compose volume key, as the tag Docker's integration put on file systems. */
export const VOLUME_TAG = 'com.docker.compose.volume'

/** Where the created file systems' directory lives when `driver_opts` names none. */
export const DEFAULT_ROOT_DIRECTORY = '/data'

/** What the services that mount a volume need from its file system. */
export interface FileSystemMount {
  volume: EcsVolume
  fileSystemId: Value
  fileSystemArn: Value
  accessPoint: LogicalId
  /** The group of the mount targets, which takes NFS from each mounting service's group; absent for an existing file system. */
  securityGroup?: LogicalId
  mountTargets: { id: LogicalId; condition?: string }[]
  /** True when the access point enforces no POSIX user, so a root container needs root access (no root squashing). */
  needsRootAccess: boolean
}

/**
 * For every volume a service mounts: an encrypted `<V>Filesystem` (kept when the stack is
 * deleted or the resource replaced) with a mount target in every subnet and a security group
 * of its own — or, for `external: true`, the existing file system's id as the parameter
 * `<V>FileSystemId` (mount targets are the existing system's) — and an access point
 * `<V>AccessPoint` whose root directory EFS creates owned by the volume's user, so non-root
 * containers can write.
 */
export function addFileSystems(project: EcsProject, env: DeployEnvironment, builder: GraphBuilder, ids: LogicalIds, reporting: TagReporting): Map<string, FileSystemMount> {
  const mounts = new Map<string, FileSystemMount>()
  let slots: MountTargetSlot[] | undefined
  for (const key of Object.keys(project.volumes).sort()) {
    const volume = project.volumes[key]!
    const base = normalizeName(key)
    const origin = ['volumes', key]
    if (!ids.claim(`${base}Filesystem`, `volumes.${key}`, origin)) continue
    const volumeTags = tagsWithLabels([[PROJECT_TAG, project.name], [VOLUME_TAG, key], [NAME_TAG, volume.name]], volume.labels, { ...reporting, path: [...origin, 'labels'] })
    let fileSystemId: Value
    let fileSystemArn: Value
    let securityGroup: LogicalId | undefined
    const mountTargets: { id: LogicalId; condition?: string }[] = []
    if (volume.external) {
      const parameter = `${base}FileSystemId`
      builder.parameter({
        id: parameter,
        type: 'String',
        description: `Id (fs-…) of the existing EFS file system for the volume ${key}; its mount targets must accept NFS from the services that mount it.`,
        ...(volume.fileSystemId ? { default: volume.fileSystemId } : {}),
      })
      fileSystemId = ref(parameter)
      fileSystemArn = sub('arn:', ref('AWS::Partition'), ':elasticfilesystem:', ref('AWS::Region'), ':', ref('AWS::AccountId'), ':file-system/', ref(parameter))
    } else {
      const id = `${base}Filesystem`
      const o = volume.options
      builder.add({
        id,
        type: 'AWS::EFS::FileSystem',
        properties: {
          Encrypted: true,
          ...(o.kmsKeyId ? { KmsKeyId: o.kmsKeyId } : {}),
          ...(o.performanceMode ? { PerformanceMode: o.performanceMode } : {}),
          ...(o.throughputMode ? { ThroughputMode: o.throughputMode } : {}),
          ...(o.provisionedThroughput !== undefined ? { ProvisionedThroughputInMibps: o.provisionedThroughput } : {}),
          ...(o.backupPolicy ? { BackupPolicy: { Status: o.backupPolicy } } : {}),
          ...(o.lifecyclePolicy || o.transitionToPrimary
            ? {
                LifecyclePolicies: [
                  ...(o.lifecyclePolicy ? [{ TransitionToIA: o.lifecyclePolicy }] : []),
                  ...(o.transitionToPrimary ? [{ TransitionToPrimaryStorageClass: o.transitionToPrimary }] : []),
                ],
              }
            : {}),
          FileSystemTags: volumeTags,
        },
        dependsOn: [],
        deletionPolicy: 'Retain',
        updateReplacePolicy: 'Retain',
        origin,
      })
      fileSystemId = ref(id)
      fileSystemArn = ref(id, 'Arn')
      securityGroup = `${base}NFSSecurityGroup`
      builder.add({
        id: securityGroup,
        type: 'AWS::EC2::SecurityGroup',
        properties: {
          GroupDescription: `${shortText(project.name)} ${shortText(key)} volume: NFS from the services that mount it only`,
          VpcId: env.vpc,
          Tags: tags([PROJECT_TAG, project.name], [VOLUME_TAG, key]),
        },
        dependsOn: [],
        origin,
      })
      slots ??= mountTargetSlots(env, builder)
      for (const slot of slots) {
        const targetId = `${base}NFSMountTarget${slot.suffix}`
        builder.add({
          id: targetId,
          type: 'AWS::EFS::MountTarget',
          ...(slot.condition ? { condition: slot.condition } : {}),
          properties: { FileSystemId: fileSystemId, SubnetId: slot.subnet, SecurityGroups: [ref(securityGroup, 'GroupId')] },
          dependsOn: [],
          origin,
        })
        mountTargets.push(slot.condition ? { id: targetId, condition: slot.condition } : { id: targetId })
      }
    }
    const accessPoint = `${base}AccessPoint`
    builder.add({ id: accessPoint, type: 'AWS::EFS::AccessPoint', properties: accessPointProperties(volume, fileSystemId, volumeTags), dependsOn: [], origin })
    mounts.set(key, { volume, fileSystemId, fileSystemArn, accessPoint, ...(securityGroup ? { securityGroup } : {}), mountTargets, needsRootAccess: volume.options.uid === undefined })
  }
  return mounts
}

/**
 * The access point: `PosixUser` when `uid` is set (every file operation runs as that user),
 * and a root directory EFS creates on first use owned by that user — or by the services'
 * shared numeric `user` — so the volume is writable without running as root. An existing
 * file system keeps its root unless `root_directory` is given, so its data stays visible.
 */
function accessPointProperties(volume: EcsVolume, fileSystemId: Value, accessPointTags: Value): Record<string, Value> {
  const o = volume.options
  const owner = o.uid !== undefined ? { uid: o.uid, gid: o.gid ?? o.uid } : (volume.owner ?? { uid: 0, gid: 0 })
  const path = o.rootDirectory ?? (volume.external ? undefined : DEFAULT_ROOT_DIRECTORY)
  const creationInfo = { OwnerUid: String(owner.uid), OwnerGid: String(owner.gid), Permissions: o.permissions ?? '0755' }
  return {
    FileSystemId: fileSystemId,
    ...(o.uid !== undefined ? { PosixUser: { Uid: String(o.uid), Gid: String(o.gid ?? o.uid) } } : {}),
    ...(path !== undefined && path !== '/' ? { RootDirectory: { Path: path, CreationInfo: creationInfo } } : {}),
    AccessPointTags: accessPointTags,
  }
}
