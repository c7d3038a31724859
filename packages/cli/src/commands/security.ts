import { renderSecurityReview, reviewSecurity } from 'composeform'
import type { CommonOptions } from '../args.js'

/** Why `--security` cannot be used on this command line, or undefined when it can. */
export function securityUsageProblem(command: string, options: CommonOptions): string | undefined {
  if (!options.security) return undefined
  if (command !== 'check') return '--security goes with `check`'
  if (options.format !== undefined && options.format !== 'text' && options.format !== 'json') return `check --security takes --format text or json, not \`${options.format}\``
  return undefined
}

/** `composeform check --security`: the review of the template convert writes, as text or JSON. */
export function renderSecurity(template: Parameters<typeof reviewSecurity>[0], format: string | undefined): string {
  const review = reviewSecurity(template)
  return format === 'json' ? JSON.stringify(review, null, 2) + '\n' : renderSecurityReview(review)
}
