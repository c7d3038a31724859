import { boundedName, ref, shortText, type ComposeService, type LogicalId, type Value } from '@composeform/model'
import type { GraphBuilder } from '../graph-builder.js'
import type { FileSystemMount } from './file-systems.js'
import { waitForMountTargets, type MountTargetWait } from './mount-targets.js'

/** What one service's task gains from the volumes it mounts. */
export interface ServiceVolumes {
  /** Task `Volumes` entries: EFS through the access point, or task storage for anonymous volumes. */
  taskVolumes: Value[]
  /** Each container's `MountPoints`, by service name. */
  mountPoints: Map<string, Value[]>
  /** Inline task-role policies: mount (and write) each file system, through its access point only. */
  taskRolePolicies: Value[]
  /** The file systems' mount targets, which the ECS service waits for. */
  wait: MountTargetWait
  /** The created file systems it mounts (their groups take NFS from the service's group). */
  fileSystems: FileSystemMount[]
}

/** A name ECS accepts for a task volume (letters, digits, `-`, `_`), unique within the task. */
function volumeName(wanted: string, taken: Set<string>): string {
  const base = wanted.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 240)
  let name = base
  for (let n = 2; taken.has(name); n++) name = `${base}_${n}`
  taken.add(name)
  return name
}

/**
 * The task side of the volumes of a task's containers (one service, or an owner and its
 * sidecars). A named volume is its file system through the volume's access point, with TLS
 * in transit and IAM authorisation, one task volume however many containers mount it; a task
 * that only reads it gets neither write nor root access. An anonymous volume is task storage
 * of its container, gone with the task (the checker warned). `taken` holds the task's other
 * volume names.
 */
export function serviceVolumes(base: string, members: readonly { name: string; service: ComposeService }[], fileSystems: Map<string, FileSystemMount>, taken: Set<string>): ServiceVolumes {
  const taskVolumes: Value[] = []
  const mountPoints = new Map<string, Value[]>()
  const used = new Map<string, { mount: FileSystemMount; name: string; writes: boolean }>()
  let anonymous = 0
  for (const member of members) {
    const points: Value[] = []
    mountPoints.set(member.name, points)
    for (const v of member.service.volumes ?? []) {
      if (v.type !== 'volume') continue
      const readOnly = v.read_only === true
      if (!v.source) {
        const name = volumeName(`anonymous-${++anonymous}`, taken)
        taskVolumes.push({ Name: name })
        points.push({ SourceVolume: name, ContainerPath: v.target, ReadOnly: readOnly })
        continue
      }
      const mount = fileSystems.get(v.source)
      if (!mount) continue // its logical ID collided, which was reported
      let entry = used.get(v.source)
      if (!entry) {
        entry = { mount, name: volumeName(v.source, taken), writes: false }
        used.set(v.source, entry)
        taskVolumes.push({
          Name: entry.name,
          EFSVolumeConfiguration: {
            FilesystemId: mount.fileSystemId,
            TransitEncryption: 'ENABLED',
            AuthorizationConfig: { AccessPointId: ref(mount.accessPoint), IAM: 'ENABLED' },
          },
        })
      }
      entry.writes ||= !readOnly
      points.push({ SourceVolume: entry.name, ContainerPath: v.target, ReadOnly: readOnly })
    }
  }
  const keys = [...used.keys()].sort()
  const taskRolePolicies = keys.map((key) => {
    const { mount, writes } = used.get(key)!
    const actions = ['elasticfilesystem:ClientMount', ...(writes ? ['elasticfilesystem:ClientWrite'] : []), ...(writes && mount.needsRootAccess ? ['elasticfilesystem:ClientRootAccess'] : [])]
    return {
      // Two names in one: IAM takes inline policy names of at most 128 characters.
      PolicyName: boundedName(`${base}${mount.accessPoint.replace(/AccessPoint$/, '')}VolumeMountPolicy`, 128),
      PolicyDocument: {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Action: actions,
            Resource: mount.fileSystemArn,
            Condition: { StringEquals: { 'elasticfilesystem:AccessPointArn': ref(mount.accessPoint, 'Arn') } },
          },
        ],
      },
    }
  })
  const mounted = keys.map((k) => used.get(k)!.mount)
  return { taskVolumes, mountPoints, taskRolePolicies, wait: waitForMountTargets(mounted.flatMap((m) => m.mountTargets)), fileSystems: mounted.filter((m) => m.securityGroup) }
}

/** NFS (TCP 2049) into each created file system's group from the service's own group: `<V>NFSFrom<S>Ingress`. */
export function addNfsIngress(base: string, name: string, serviceGroup: Value, fileSystems: readonly FileSystemMount[], builder: GraphBuilder): void {
  for (const mount of fileSystems) {
    const group: LogicalId = mount.securityGroup!
    builder.add({
      id: `${group.replace(/SecurityGroup$/, '')}From${base}Ingress`,
      type: 'AWS::EC2::SecurityGroupIngress',
      properties: {
        Description: `NFS from ${shortText(name)}`,
        GroupId: ref(group, 'GroupId'),
        IpProtocol: 'tcp',
        FromPort: 2049,
        ToPort: 2049,
        SourceSecurityGroupId: serviceGroup,
      },
      dependsOn: [],
      origin: ['services', name, 'volumes'],
    })
  }
}
