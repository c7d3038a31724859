import type { RuleContext } from './rule-context.js'

/**
 * A secret delivered as variables (`x-aws-env`) is written to no file, so its `target` is
 * ignored (a warning). The default target, `/run/secrets/<source>`, is filled in by the loader
 * and cannot be told from one written out; it is left alone.
 */
export function checkSecretVariables({ service, path, emit }: RuleContext): void {
  ;(service.secrets ?? []).forEach((reference, i) => {
    const env = reference['x-aws-env']
    if (env === null || (typeof env !== 'string' && typeof env !== 'object')) return
    if (reference.target === `/run/secrets/${reference.source}`) return
    const names = typeof env === 'string' ? [env] : Object.keys(env as Record<string, unknown>)
    const variables = `${names.length === 1 ? 'the variable' : 'the variables'} ${names.map((n) => `\`${n}\``).join(', ')}`
    emit.unsupported([...path, 'secrets', i, 'target'], `the secret \`${reference.source}\` is delivered as ${variables} (\`x-aws-env\`), not as a file`)
  })
}
