import { didYouMean } from '@composeform/model'
import type { ExtensionIssue } from './extension-issue.js'
import type { ExtensionSite } from './extension-sites.js'
import { belongs, destination, here } from './places.js'
import { AWS_EXTENSIONS, awsExtension, type AwsExtension } from './schemas/index.js'
import { joinWords } from '@composeform/model'
import { codeList, subject } from './wording.js'

const NEVER_SUPPORTED = "Docker's ECS integration never had it; change the generated template through `x-aws-cloudformation` instead."

// Names users meet in old docs, issues and unmerged pull requests of Docker's integration.
const RETIRED: Readonly<Record<string, string>> = {
  'x-aws-lb': 'It was renamed: use `x-aws-loadbalancer`.',
  'x-aws-subnets': NEVER_SUPPORTED,
  'x-aws-assign_public_ip': NEVER_SUPPORTED,
  'x-aws-certificate': NEVER_SUPPORTED,
  'x-aws-loadbalancer_https_certificate': NEVER_SUPPORTED,
  'x-aws-loadbalancer_urls': NEVER_SUPPORTED,
  'x-aws-iam': NEVER_SUPPORTED,
  'x-aws-cluster_fargate_type': NEVER_SUPPORTED,
}

const OWN_NAME = 'If it is your own extension, give it a name that does not start with `x-aws-`.'

/**
 * `X_AWS_UNKNOWN` (a warning: the key has no effect) for an `x-aws-*` key no extension has,
 * with the name it most likely means, or else the extensions that work where it is.
 */
export function unknownIssue(site: ExtensionSite): ExtensionIssue {
  const names = Object.keys(AWS_EXTENSIONS)
  const retired = Object.prototype.hasOwnProperty.call(RETIRED, site.key) ? RETIRED[site.key] : undefined
  const suggestion = suggestName(site.key, names)
  const usable = names.filter((name) => awsExtension(name)?.where.some((place) => place === site.kind))
  const hint =
    retired ??
    (suggestion !== undefined
      ? `Did you mean \`${suggestion}\`?`
      : usable.length > 0
        ? `The extensions that work ${here(site.kind)} are ${codeList(usable, 'and')}. ${OWN_NAME}`
        : `No \`x-aws-*\` extension works ${here(site.kind)}. ${OWN_NAME}`)
  const message = `${subject(site.path)} is not a known \`x-aws-*\` extension, so it has no effect.`
  return { code: 'X_AWS_UNKNOWN', severity: 'warning', path: site.path, atKey: true, message, hint }
}

// The shared `x-aws-` would make every name look close to every other, so only the rest is
// compared; a key whose rest matches exactly only has the prefix wrong (`x-aws_vpc`).
function suggestName(key: string, names: readonly string[]): string | undefined {
  const rest = (name: string): string => name.replace(/^x-aws[-_]/i, '')
  const samePrefixless = names.find((name) => rest(name) === rest(key))
  if (samePrefixless !== undefined) return samePrefixless
  const suggestion = didYouMean(rest(key), names.map(rest))
  return suggestion === undefined ? undefined : names.find((name) => rest(name) === suggestion)
}

/** `X_AWS_MISPLACED` (a warning) for a known extension where it has no effect, with where it belongs. */
export function misplacedIssue(site: ExtensionSite, extension: AwsExtension): ExtensionIssue {
  const message = `${subject(site.path)} has no effect here: \`${site.key}\` belongs ${belongs(extension.where)}.`
  const targets = extension.where.map((place) => destination(place, site.key, site.service))
  const hint = `Move it to ${joinWords(targets, 'or')}.`
  return { code: 'X_AWS_MISPLACED', severity: 'warning', path: site.path, atKey: true, message, hint }
}

/** `X_AWS_DEPRECATED` (a warning) for an extension that still works but has a replacement. */
export function deprecatedIssue(site: ExtensionSite, advice: string): ExtensionIssue {
  const message = `${subject(site.path)} is deprecated.`
  return { code: 'X_AWS_DEPRECATED', severity: 'warning', path: site.path, atKey: true, message, hint: advice }
}
