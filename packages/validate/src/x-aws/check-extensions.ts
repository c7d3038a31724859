import type { ComposeModel } from '@composeform/model'
import { checkExtensionValue } from './check-value.js'
import type { ExtensionIssue } from './extension-issue.js'
import { findAwsExtensionSites, type ExtensionSite } from './extension-sites.js'
import { deprecatedIssue, misplacedIssue, unknownIssue } from './key-issues.js'
import { AWS_EXTENSIONS, isAwsExtensionName, type AwsExtension } from './schemas/index.js'

export type { ExtensionIssue, ExtensionIssueCode } from './extension-issue.js'

/**
 * Every `x-aws-*` key anywhere in the model: validated against its schema, or reported as
 * unknown (did-you-mean over all known names) or misplaced (a known extension in the wrong
 * place, hint saying where it belongs). A deprecated extension gets a warning and is still
 * validated; a misplaced one is not, since it has no effect where it is.
 *
 * Uses the ahead-of-time compiled validators (no `new Function`, so it runs under a strict
 * Content-Security-Policy). Issues come in walk order (top level, services, networks, volumes,
 * secrets, configs), and within one value in document order. Never throws for JSON-shaped input.
 */
export function checkAwsExtensions(model: ComposeModel): ExtensionIssue[] {
  return findAwsExtensionSites(model).flatMap(checkSite)
}

function checkSite(site: ExtensionSite): ExtensionIssue[] {
  if (!isAwsExtensionName(site.key)) return [unknownIssue(site)]
  const extension: AwsExtension = AWS_EXTENSIONS[site.key]
  if (!extension.where.some((place) => place === site.kind)) return [misplacedIssue(site, extension)]
  const deprecation = extension.deprecated === undefined ? [] : [deprecatedIssue(site, extension.deprecated)]
  return [...deprecation, ...checkExtensionValue(site.key, site.path, site.value)]
}
