/** EFS performance modes. */
export type EfsPerformanceMode = 'generalPurpose' | 'maxIO'
/** EFS throughput modes. */
export type EfsThroughputMode = 'bursting' | 'elastic' | 'provisioned'

/** The EFS settings a top-level volume's `driver_opts` asked for, validated. */
export interface EfsOptions {
  /** POSIX user the access point enforces for every file operation. */
  uid?: number
  gid?: number
  /** Octal permissions of the access point's root directory when EFS creates it, e.g. `0755`. */
  permissions?: string
  /** The directory of the file system the access point exposes as the volume's root. */
  rootDirectory?: string
  backupPolicy?: 'ENABLED' | 'DISABLED'
  /** `TransitionToIA`, e.g. `AFTER_30_DAYS`. */
  lifecyclePolicy?: string
  /** `TransitionToPrimaryStorageClass`: `AFTER_1_ACCESS`. */
  transitionToPrimary?: string
  performanceMode?: EfsPerformanceMode
  throughputMode?: EfsThroughputMode
  /** MiB/s, with `throughputMode: provisioned`. */
  provisionedThroughput?: number
  kmsKeyId?: string
}

/** A top-level volume that a service mounts: an EFS file system, created or existing. */
export interface EcsVolume {
  /** The key under the top-level `volumes:`. */
  key: string
  /** The compose name (`<project>_<key>` unless `name:` is set); the file system's Name tag. */
  name: string
  /** `external: true`: an existing file system, never created. */
  external: boolean
  /** For an external volume whose name is a file-system id (`fs-…`), that id. */
  fileSystemId?: string
  options: EfsOptions
  /** Owner of the root directory EFS creates when `driver_opts` gives no `uid`: the numeric `user` every mounting service shares. */
  owner?: { uid: number; gid: number }
  /** `labels`, sorted by key: extra tags of the file system. */
  labels: [string, string][]
  /** Sorted names of the services that mount it. */
  services: string[]
}
