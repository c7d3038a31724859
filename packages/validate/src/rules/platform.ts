import type { ComposeService } from '@composeform/model'
import type { RuntimePlatform } from '../ecs-project.js'
import type { RuleContext } from './rule-context.js'

const platforms: Record<string, RuntimePlatform> = {
  'linux/amd64': { operatingSystemFamily: 'LINUX', cpuArchitecture: 'X86_64' },
  'linux/x86_64': { operatingSystemFamily: 'LINUX', cpuArchitecture: 'X86_64' },
  'linux/arm64': { operatingSystemFamily: 'LINUX', cpuArchitecture: 'ARM64' },
  'linux/arm64/v8': { operatingSystemFamily: 'LINUX', cpuArchitecture: 'ARM64' },
  'linux/aarch64': { operatingSystemFamily: 'LINUX', cpuArchitecture: 'ARM64' },
  'windows/amd64': { operatingSystemFamily: 'WINDOWS_SERVER_2022_CORE', cpuArchitecture: 'X86_64' },
}

/** The default runtime platform: Linux on x86-64. */
export const DEFAULT_PLATFORM: RuntimePlatform = { operatingSystemFamily: 'LINUX', cpuArchitecture: 'X86_64' }

/** The runtime platform a service's `platform` names, when Fargate has it. */
export function knownPlatform(service: ComposeService): RuntimePlatform | undefined {
  return typeof service.platform === 'string' ? platforms[service.platform.toLowerCase()] : undefined
}

/** True when the service runs in a Windows task. */
export function runsOnWindows(service: ComposeService): boolean {
  const platform = knownPlatform(service)
  return platform !== undefined && platform.operatingSystemFamily !== 'LINUX'
}

/** `platform` → RuntimePlatform; the default is Linux on x86-64 (reported as info). */
export function checkPlatform({ service, path, emit }: RuleContext): RuntimePlatform {
  if (typeof service.platform !== 'string') {
    emit.report('DEFAULT_APPLIED', path, `\`${path[1]}\` sets no \`platform\`; it runs on Linux x86-64 (linux/amd64).`, 'Set `platform: linux/arm64` to run on Graviton, which costs less.', true)
    return DEFAULT_PLATFORM
  }
  const found = knownPlatform(service)
  if (found) return found
  emit.report(
    'PLATFORM_UNSUPPORTED',
    [...path, 'platform'],
    `Fargate cannot run the platform \`${service.platform}\`.`,
    'Use linux/amd64, linux/arm64 or windows/amd64.',
  )
  return DEFAULT_PLATFORM
}

const nonEmpty = (v: unknown): boolean => Array.isArray(v) && v.length > 0

/**
 * What a Windows task definition cannot carry: ECS rejects LinuxParameters (`init`,
 * `cap_add`, `cap_drop`), ReadonlyRootFilesystem, Ulimits, SystemControls and, on Fargate,
 * User for Windows containers, so convert leaves them out and each is reported here.
 */
export function checkWindowsSettings({ service, path, emit }: RuleContext): void {
  if (!runsOnWindows(service)) return
  if (service.init === true) emit.unsupported([...path, 'init'], 'ECS cannot run an init process in a Windows container')
  if (service.read_only === true) emit.unsupported([...path, 'read_only'], 'ECS cannot make a Windows container\'s root file system read-only')
  if (typeof service.user === 'string') emit.unsupported([...path, 'user'], 'Fargate cannot run a Windows container as another user')
  for (const key of ['cap_add', 'cap_drop'] as const) {
    if (nonEmpty(service[key])) emit.unsupported([...path, key], 'Windows containers have no Linux capabilities')
  }
  for (const key of ['ulimits', 'sysctls'] as const) {
    if (Object.keys(service[key] ?? {}).length > 0) emit.unsupported([...path, key], `ECS takes no ${key === 'ulimits' ? 'ulimits' : 'kernel parameters (sysctls)'} for Windows containers`)
  }
}
