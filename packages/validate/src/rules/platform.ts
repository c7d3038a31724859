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

/** `platform` → RuntimePlatform; the default is Linux on x86-64 (reported as info). */
export function checkPlatform({ service, path, emit }: RuleContext): RuntimePlatform {
  const platform = typeof service.platform === 'string' ? service.platform.toLowerCase() : undefined
  if (platform === undefined) {
    emit.report('DEFAULT_APPLIED', path, `\`${path[1]}\` sets no \`platform\`; it runs on Linux x86-64 (linux/amd64).`, 'Set `platform: linux/arm64` to run on Graviton, which costs less.', true)
    return DEFAULT_PLATFORM
  }
  const found = platforms[platform]
  if (found) return found
  emit.report(
    'PLATFORM_UNSUPPORTED',
    [...path, 'platform'],
    `Fargate cannot run the platform \`${service.platform}\`.`,
    'Use linux/amd64, linux/arm64 or windows/amd64.',
  )
  return DEFAULT_PLATFORM
}
