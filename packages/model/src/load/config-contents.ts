import type { ComposeModel } from '../compose-types.js'
import { normalizePath } from '../posix-path.js'
import type { SourceMap } from '../source-map.js'
import { isWithin } from './confine.js'
import type { LoadContext } from './context.js'
import { readLimited } from './read-limited.js'

/**
 * The text of every top-level config a service uses and the template must carry: `content`
 * as written, `environment` from the project's variables, `file` read through the host
 * (inside the project only, like `env_file`). External configs are not read: they exist in
 * the account. A missing variable or file is an error at the config.
 */
export function readConfigContents(model: ComposeModel, env: ReadonlyMap<string, string>, sources: SourceMap, ctx: LoadContext): Record<string, string> {
  const used = new Set(Object.values(model.services).flatMap((s) => (s.configs ?? []).map((c) => c.source)))
  const contents: Record<string, string> = {}
  for (const key of [...used].sort()) {
    const config = model.configs[key]
    if (!config || config.external === true) continue
    const path = ['configs', key]
    if (typeof config.content === 'string') {
      contents[key] = config.content
    } else if (typeof config.environment === 'string') {
      const value = env.get(config.environment)
      if (value === undefined) {
        const at = [...path, 'environment']
        ctx.reporter.add({
          code: 'CONFIG_ENVIRONMENT_UNSET',
          message: `The config \`${key}\` comes from the variable \`${config.environment}\`, which is not set.`,
          path: at,
          span: sources.span(at),
          hint: `Set ${config.environment} in the environment or in .env.`,
        })
        continue
      }
      contents[key] = value
    } else if (typeof config.file === 'string') {
      const at = [...path, 'file']
      const span = sources.span(at)
      const file = normalizePath(config.file)
      if (config.file.startsWith('~') || !ctx.roots.some((root) => isWithin(file, root))) {
        ctx.reporter.add({
          code: 'PATH_OUTSIDE_PROJECT',
          message: `The config file \`${config.file.slice(0, 200)}\` is outside the project directory; composeform reads only files inside it.`,
          path: at,
          span,
          hint: 'Move the file into the project directory and name it with a relative path.',
        })
        continue
      }
      const text = readLimited(file, 'config', ctx, { path: at, span })
      if (text === 'refused') continue
      if (text === undefined) {
        ctx.reporter.add({ code: 'FILE_NOT_FOUND', message: `The config file \`${config.file}\` does not exist.`, path: at, span, hint: 'Create it, or fix the path (relative to the compose file).' })
        continue
      }
      contents[key] = text
    }
  }
  return contents
}
