import type { InstanceReview, RoleReview, SecurityReview, ServiceReview } from './types.js'

/**
 * The review as aligned plain text for a terminal or a pull-request comment: sections in a
 * fixed order, rows sorted, columns padded with spaces, `none` for an empty section.
 */
export function renderSecurityReview(review: SecurityReview): string {
  const out: string[] = []
  const section = (title: string, rows: readonly (readonly string[])[]): void => {
    out.push(title)
    out.push(...(rows.length === 0 ? ['  none'] : table(rows, '  ')))
    out.push('')
  }
  section('Attention', review.attention.map((a) => [a.kind, a.id, a.message]))
  section('Load balancers', review.loadBalancers.map((lb) => [lb.id, lb.type, lb.scheme, lb.condition ? `when ${lb.condition}` : '']))
  section(
    'Listeners',
    review.listeners.flatMap((l) => [
      [l.id, `${l.protocol} ${l.port}`, l.redirect ? `redirects to ${l.redirect}` : l.encrypted ? 'encrypted' : 'not encrypted', l.certificates.length > 0 ? `certificate ${l.certificates.join(', ')}` : '', l.services.length > 0 ? `→ ${l.services.join(', ')}` : ''],
      // In the last column, so that rules do not widen the others.
      ...l.routes.map((route) => ['', '', '', '', `  ${route}`]),
    ]),
  )
  section('Ingress', review.ingress.map((r) => [r.id, r.ports, `to ${r.group}`, `from ${r.source}`, r.condition ? `when ${r.condition}` : '']))
  out.push('Services')
  if (review.services.length === 0) out.push('  none')
  for (const service of review.services) out.push(...serviceLines(service))
  out.push('')
  section('Secrets created', review.secrets.map((s) => [s.id, `value from ${s.value}`]))
  section('NoEcho parameters', review.noEchoParameters.map((p) => [p]))
  section('Logs', review.logs.map((l) => [l.id, l.name, l.retentionDays === undefined ? 'kept forever' : `kept ${l.retentionDays} days`]))
  section('Encryption at rest', review.encryption.map((e) => [e.id, e.type, `Encrypted: ${e.encrypted}`, e.kmsKey ? `key ${e.kmsKey}` : '']))
  // Only a template with EC2 capacity has this section; the others' reviews stay as they were.
  if (review.instances.length > 0) {
    out.push('EC2 instances')
    for (const instance of review.instances) out.push(...instanceLines(instance))
    out.push('')
  }
  return out.join('\n').replace(/\n+$/, '\n')
}

function serviceLines(service: ServiceReview): string[] {
  const rows: string[][] = [
    ['public IP', service.publicIp],
    ['security groups', service.securityGroups.join(', ') || 'none'],
    ['listeners', service.listeners.join(', ') || 'none'],
    ['deployment', `circuit breaker ${service.deployment.circuitBreaker ? 'on' : 'off'}, rollback ${service.deployment.rollback ? 'on' : 'off'}`],
    ...roleRows('execution role', service.executionRole),
    ...roleRows('task role', service.taskRole),
  ]
  if (service.secrets.length === 0) rows.push(['secrets', 'none'])
  service.secrets.forEach((s, i) => rows.push([i === 0 ? 'secrets' : '', s.file ? `${s.file} from ${s.from}` : `${s.name} from ${s.from}, ${s.delivery === 'file' ? `as a file in ${s.paths.join(', ')}` : `as a variable of ${s.container}`}`]))
  if (service.registryCredentials.length > 0) rows.push(['registry credentials', service.registryCredentials.join(', ')])
  return [`  ${service.name} (${service.id})`, ...table(rows, '    ')]
}

function instanceLines(instance: InstanceReview): string[] {
  const rows: string[][] = [
    ['metadata service', instance.imdsV2 ? 'IMDSv2 required' : 'IMDSv1 allowed'],
    ['public IP', instance.publicIp],
    ['volumes', instance.volumesEncrypted ? 'encrypted' : 'not all encrypted'],
    ...roleRows('instance role', instance.role),
  ]
  return [`  ${instance.id}`, ...table(rows, '    ')]
}

function roleRows(label: string, role: RoleReview | undefined): string[][] {
  if (!role) return [[label, 'none']]
  const rows: string[][] = [[label, role.existing ? `${role.id} (existing: what it allows is not in this template)` : role.id]]
  for (const policy of role.managedPolicies) rows.push(['', `managed policy ${policy}`])
  for (const s of role.statements) rows.push(['', `${s.effect} ${s.actions.join(', ')} on ${s.resources.join(', ')}`])
  return rows
}

// Columns padded to their widest cell; trailing empty cells and spaces dropped.
function table(rows: readonly (readonly string[])[], indent: string): string[] {
  const widths: number[] = []
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)))
  return rows.map((row) => (indent + row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ')).trimEnd())
}
