import type { SecretDelivery } from './secret-delivery.js'
import { shellQuote } from './shell-quote.js'

/** The environment variable the init container receives file `index`'s value in. */
export function secretVariable(index: number): string {
  return `SECRET_${index}`
}

/**
 * The `sh -c` script of the secrets init container: create the directories key files live
 * in, write each value exactly (`printf '%s'`: no added newline, no escapes interpreted),
 * then make the files read-only for everyone. 0444 rather than 0400 because the main
 * container may run as another user than the init container (root). `set -eu` makes a
 * failed write or a missing variable fail the container, and with it the task start.
 */
export function secretsInitScript(delivery: SecretDelivery): string {
  const lines = ['set -eu']
  if (delivery.directories.length > 0) lines.push(`mkdir -p ${delivery.directories.map(shellQuote).join(' ')}`)
  delivery.files.forEach((file, i) => lines.push(`printf '%s' "$${secretVariable(i)}" > ${shellQuote(file.path)}`))
  lines.push(`chmod 0444 ${delivery.files.map((f) => shellQuote(f.path)).join(' ')}`)
  return lines.join('\n')
}
