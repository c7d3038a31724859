import type { ResolveOptions } from './resolve-options.js'

/** The partition of a region: `aws-cn` for China, `aws-us-gov` for GovCloud, else `aws`. */
export function partitionOf(region: string | undefined): string {
  if (region?.startsWith('cn-')) return 'aws-cn'
  if (region?.startsWith('us-gov-')) return 'aws-us-gov'
  return 'aws'
}

/**
 * The value of a pseudo parameter from the options, or `undefined` when only a deployment
 * knows it. A value in `parameters` wins; `AWS::Partition` and `AWS::URLSuffix` follow the
 * region (`aws`, `amazonaws.com` without one).
 */
export function pseudoValue(id: string, options: Partial<ResolveOptions>): string | undefined {
  const given = options.parameters
  if (given !== undefined && Object.hasOwn(given, id)) return given[id]
  const region = options.region ?? (given !== undefined && Object.hasOwn(given, 'AWS::Region') ? given['AWS::Region'] : undefined)
  switch (id) {
    case 'AWS::Region':
      return region
    case 'AWS::Partition':
      return partitionOf(region)
    case 'AWS::URLSuffix':
      return partitionOf(region) === 'aws-cn' ? 'amazonaws.com.cn' : 'amazonaws.com'
    default:
      return undefined
  }
}
