import { EFS_DRIVER_OPTS } from './volumes/efs-driver-opts.js'
import { AWS_EXTENSIONS, type ExtensionPlace } from './x-aws/schemas/index.js'

const PLACE: Record<ExtensionPlace, string> = {
  project: 'top level',
  service: 'service',
  deploy: 'service `deploy`',
  update_config: '`deploy.update_config`',
  port: 'port (long syntax)',
  secret: 'top-level secret',
  service_secret: 'a service\'s secret (long syntax)',
  network: 'top-level network',
}

/**
 * docs/extensions.md: every `x-aws-*` extension with where it goes, what it does and its JSON
 * schema, generated from the schemas the checker validates with, so the two cannot disagree.
 */
export function renderExtensionsMarkdown(): string {
  const names = Object.keys(AWS_EXTENSIONS).sort() as (keyof typeof AWS_EXTENSIONS)[]
  const lines = [
    '# `x-aws-*` extensions',
    '',
    'Generated from `packages/validate/src/x-aws/schemas/` (a test keeps the two identical;',
    'regenerate with `UPDATE_GOLDEN=1 pnpm test`). Each value is checked against its schema',
    '(`X_AWS_INVALID`); an extension in the wrong place is `X_AWS_MISPLACED`, an unknown or',
    'misspelled one `X_AWS_UNKNOWN` with the nearest name. Where an extension may be written',
    'both at the top level and on a service, the service\'s value wins.',
    '',
    '| Extension | Where | What it does |',
    '| --- | --- | --- |',
    ...names.map((name) => {
      const e = AWS_EXTENSIONS[name]
      const deprecated = 'deprecated' in e ? ` **Deprecated:** ${e.deprecated}` : ''
      return `| [\`${name}\`](#${name}) | ${e.where.map((w) => PLACE[w]).join(', ')} | ${e.schema.description}${deprecated} |`
    }),
    '',
    `Volumes take no extension: their EFS settings are compose's own \`driver_opts\` (${EFS_DRIVER_OPTS.map((k) => `\`${k}\``).join(', ')}; see [volumes.md](volumes.md)).`,
    '',
  ]
  for (const name of names) {
    const e = AWS_EXTENSIONS[name]
    lines.push(`## <a id="${name}"></a>\`${name}\``, '', e.schema.description, '', '```json', JSON.stringify(e.schema, null, 2), '```', '')
  }
  return lines.join('\n')
}
