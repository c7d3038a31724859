import { utf8Length, type Reporter } from '@composeform/model'
import type { EcsProject } from '@composeform/validate'
import { configSource, type ConfigSource } from '../config-source.js'

/** The most text one config may carry: task definitions hold at most 64 KiB in all. */
export const MAX_CONFIG_BYTES = 32 * 1024

/**
 * The sources of the top-level configs the services use. A config whose text would not fit
 * in a task definition is an error at the config (it is left out, so no template is made).
 */
export function configSources(project: EcsProject, reporter: Reporter): Map<string, ConfigSource> {
  const used = new Set(Object.values(project.model.services).flatMap((s) => (s.configs ?? []).map((c) => c.source)))
  const sources = new Map<string, ConfigSource>()
  for (const key of [...used].sort()) {
    const config = project.model.configs[key]
    if (config === undefined) continue
    const source = configSource(key, config, project.configContents)
    if (source === undefined) continue
    if ('value' in source) {
      const bytes = utf8Length(source.value)
      if (bytes > MAX_CONFIG_BYTES) {
        const path = ['configs', key]
        reporter.add({
          code: 'CONFIG_TOO_LARGE',
          message: `The config \`${key}\` is ${Math.ceil(bytes / 1024)} KiB; its text travels in the task definition, which holds at most 64 KiB, so composeform takes configs of up to ${MAX_CONFIG_BYTES / 1024} KiB.`,
          path,
          span: project.sources.span(path, { key: true }),
          hint: 'Keep it in an SSM parameter and reference it with `external: true` and `name:`, put it on a volume, or build it into the image.',
        })
        continue
      }
    }
    sources.set(key, source)
  }
  return sources
}

