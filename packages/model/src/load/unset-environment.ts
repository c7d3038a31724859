import type { ComposeModel } from '../compose-types.js'
import type { Reporter } from '../report.js'
import type { SourceMap } from '../source-map.js'

/**
 * A note for each bare `environment` entry (`KEY:` or `- KEY`) whose variable is not set:
 * compose leaves it out of the container, and so does composeform, but not without a word.
 * Only services that are converted are looked at, once their environment is final.
 */
export function reportUnsetEnvironment(model: ComposeModel, sources: SourceMap, reporter: Reporter): void {
  for (const [name, service] of Object.entries(model.services)) {
    for (const [key, value] of Object.entries(service.environment ?? {})) {
      if (value !== null) continue
      const path = ['services', name, 'environment', key]
      reporter.add({
        code: 'ENVIRONMENT_VARIABLE_UNSET',
        message: `\`${key}\` is not set, so \`${name}\`'s container does not get it, as compose leaves it out.`,
        path,
        span: sources.span(path, { key: true }),
        hint: `Set ${key} in the environment or in .env to pass it on, or give it a value here (\`${key}: value\`).`,
      })
    }
  }
}
