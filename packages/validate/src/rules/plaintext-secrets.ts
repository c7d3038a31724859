import type { RuleContext } from './rule-context.js'

// Names that hold a secret by convention (POSTGRES_PASSWORD, DB_PASS, JWT_SECRET, GITHUB_TOKEN, API_KEY).
const SECRET_NAME = /(passw(or)?d|(^|_)pass|_pwd|secret|token|api_?key|private_?key|access_?key|credentials?)$/i
// A URL that carries a password (postgres://user:pass@db/shop).
const URL_PASSWORD = /^[a-z][\w+.-]*:\/\/[^\s/:@]*:[^\s/@]+@/i

/**
 * True when a variable looks like a secret with its value written out: named like one, or a
 * URL with a password. Values left for the container (`$${VAR}`) are not values yet, and a
 * path names where a secret is (GOOGLE_APPLICATION_CREDENTIALS=/run/secrets/gcp.json), not
 * the secret.
 */
export function looksLikePlaintextSecret(name: string, value: string | null | undefined): boolean {
  return !!value && value[0] !== '/' && !value.includes('${') && (SECRET_NAME.test(name) || URL_PASSWORD.test(value))
}

/**
 * An environment variable that looks like a secret (`looksLikePlaintextSecret`): the value is
 * written in plain text into the task definition, where anyone who can read the stack or the
 * task sees it (PLAINTEXT_SECRET, a warning).
 */
export function checkPlaintextSecrets({ service, path, emit }: RuleContext): void {
  for (const [name, value] of Object.entries(service.environment ?? {})) {
    if (!looksLikePlaintextSecret(name, value)) continue
    emit.report(
      'PLAINTEXT_SECRET',
      [...path, 'environment', name],
      `\`${name}\` looks like a secret, and its value is written in plain text into the task definition and the template.`,
      `Keep it in a secret: \`secrets: [{source: ${name.toLowerCase()}, x-aws-env: ${name}}]\`, and at the top level \`secrets: {${name.toLowerCase()}: {environment: ${name}}}\` (or \`external: true\`).`,
      true,
    )
  }
}
