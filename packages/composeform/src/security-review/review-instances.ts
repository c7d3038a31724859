import { describeValue, listOf, objectOf, referencedIds, type ParameterTable } from './describe-value.js'
import { reviewRole } from './review-role.js'
import type { TemplateResource } from './template-resources.js'
import type { InstanceReview } from './types.js'

/**
 * The EC2 instances the template launches (GPU capacity): per launch template, whether the
 * instance metadata service needs session tokens (IMDSv2), whether instances get public IPs,
 * whether their volumes are encrypted, and the role of their instance profile.
 */
export function reviewInstances(resources: readonly TemplateResource[], byId: ReadonlyMap<string, TemplateResource>, parameters: ParameterTable): InstanceReview[] {
  return resources
    .filter((r) => r.type === 'AWS::EC2::LaunchTemplate')
    .map((template) => {
      const data = objectOf(template.properties['LaunchTemplateData'] ?? null)
      const metadata = objectOf(data['MetadataOptions'] ?? null)
      const interfaces = listOf(data['NetworkInterfaces'])
      const volumes = listOf(data['BlockDeviceMappings']).map((m) => objectOf(objectOf(m)['Ebs'] ?? null))
      const profile = byId.get(referencedIds(objectOf(data['IamInstanceProfile'] ?? null)['Arn'] ?? null)[0] ?? '')
      const role = profile ? byId.get(referencedIds(profile.properties['Roles'] ?? null)[0] ?? '') : undefined
      const publicIp = interfaces.length > 0 ? describeValue(objectOf(interfaces[0]!)['AssociatePublicIpAddress'] ?? null, parameters) : 'not set'
      return {
        id: template.id,
        imdsV2: metadata['HttpTokens'] === 'required',
        publicIp,
        volumesEncrypted: volumes.length > 0 && volumes.every((v) => v['Encrypted'] === true),
        ...(role ? { role: reviewRole(role, parameters) } : {}),
      }
    })
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}
