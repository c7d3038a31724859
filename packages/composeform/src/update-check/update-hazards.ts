import { isJsonObject, type JsonObject } from '@composeform/emit-cfn'
import { Reporter, type ComposeProject, type Diagnostic, type DiagnosticCode, type ResourceGraph } from '@composeform/model'
import { canonical, changedProperties } from './canonical.js'

const LISTENER = 'AWS::ElasticLoadBalancingV2::Listener'
const LOAD_BALANCER = 'AWS::ElasticLoadBalancingV2::LoadBalancer'
const RULE = 'AWS::ElasticLoadBalancingV2::ListenerRule'
const SERVICE = 'AWS::ECS::Service'
const TARGET_GROUP = 'AWS::ElasticLoadBalancingV2::TargetGroup'
const FILE_SYSTEM = 'AWS::EFS::FileSystem'
const UPDATES = 'docs/updates.md'

// The properties whose change makes CloudFormation replace a resource ("Update requires:
// Replacement" in its resource reference), for the types an edit can hurt that way.
const REPLACED_BY: Readonly<Record<string, readonly string[]>> = {
  'AWS::ECS::Cluster': ['ClusterName'],
  [SERVICE]: ['Cluster', 'LaunchType', 'Role', 'SchedulingStrategy', 'ServiceName'],
  'AWS::EFS::AccessPoint': ['FileSystemId', 'PosixUser', 'RootDirectory'],
  [FILE_SYSTEM]: ['AvailabilityZoneName', 'Encrypted', 'KmsKeyId', 'PerformanceMode'],
  [LOAD_BALANCER]: ['Name', 'Scheme', 'Type'],
  [TARGET_GROUP]: ['IpAddressType', 'Name', 'Port', 'Protocol', 'ProtocolVersion', 'TargetType', 'VpcId'],
}

interface Resource {
  id: string
  type: string
  properties: JsonObject
}

/**
 * What updating the deployed stack (its template: `previous`) to `current` would do that an
 * edit of the compose files does not say: UPDATE_FAILS, an error, where CloudFormation or the
 * service refuses the update and rolls it back (a listener that moves to another logical id on
 * the same port, a rule priority another rule holds, a load balancer replaced under target
 * groups that stay, an ECS service with Service Connect replaced, a Service Connect name that
 * moves to another service); UPDATE_REPLACES, a warning, where the update succeeds but replaces
 * something that holds state or traffic (a target group, the load balancer and its DNS name, an
 * EFS file system or access point, the cluster), or a renamed volume's file system leaves the
 * stack with its data while a new, empty one comes. Each is reported where the compose file made
 * the resource, when it did.
 */
export function updateHazards(previous: JsonObject, current: JsonObject, graph: ResourceGraph, project: ComposeProject): Diagnostic[] {
  const reporter = new Reporter('emit')
  const before = resources(previous)
  const after = resources(current)
  const origins = new Map(graph.nodes.map((node) => [node.id, node.origin]))
  const report = (code: DiagnosticCode, id: string, message: string, hint: string) => {
    const path = origins.get(id) ?? []
    reporter.add({ code, message, path, span: project.sources.span(path, { key: true }), hint })
  }
  const replaced = new Map<string, string[]>()
  for (const [id, now] of after) {
    const was = before.get(id)
    const names = REPLACED_BY[now.type]
    if (!was || was.type !== now.type || !names) continue
    const changes = changedProperties(was.properties, now.properties, names)
    if (changes.length > 0) replaced.set(id, changes)
  }
  const ofType = (map: Map<string, Resource>, type: string) => [...map.values()].filter((r) => r.type === type)
  const loadBalancerReplaced = [...replaced.keys()].some((id) => after.get(id)!.type === LOAD_BALANCER)

  // A listener on a port that another listener holds in the deployed stack (on a replaced load
  // balancer the new listeners go on the new one).
  for (const listener of ofType(after, LISTENER)) {
    if (before.has(listener.id) || loadBalancerReplaced) continue
    const port = canonical(listener.properties['Port'])
    // One load balancer per template, whichever expression names it (the redirect listener names only the created one).
    const holder = ofType(before, LISTENER).find((old) => !after.has(old.id) && canonical(old.properties['Port']) === port)
    if (!holder) continue
    const shown = String(listener.properties['Port'])
    // The redirect to HTTPS was written nowhere: shown at the HTTPS port it serves.
    const written = (id: string) => (origins.get(id) ?? []).length > 0
    const at = written(listener.id) ? listener.id : (ofType(after, LISTENER).find((l) => l.properties['Protocol'] === 'HTTPS' && written(l.id))?.id ?? listener.id)
    report('UPDATE_FAILS', at, `Port ${shown}'s listener is \`${listener.id}\` now and \`${holder.id}\` in the deployed stack: CloudFormation creates the new one before it deletes the old one, and the load balancer refuses a second listener on port ${shown}.`, `Deploy once without this port (its listener goes), then with it (${UPDATES}).`)
  }

  // A rule priority that another rule of the listener holds in the deployed stack.
  for (const rule of ofType(after, RULE)) {
    const priority = canonical(rule.properties['Priority'])
    const listener = canonical(rule.properties['ListenerArn'])
    if (priority === canonical(before.get(rule.id)?.properties['Priority'])) continue
    const peers = ofType(before, RULE).filter((old) => canonical(old.properties['ListenerArn']) === listener)
    const holder = peers.find((old) => old.id !== rule.id && canonical(old.properties['Priority']) === priority)
    if (!holder) continue
    // By the service whose `x-aws-rule` made the rule, where this graph still has it.
    const owner = (id: string) => origins.get(id)?.[1] ?? id
    const deployed = peers.map((old) => `${owner(old.id)}: ${old.properties['Priority']}`).join(', ')
    report('UPDATE_FAILS', rule.id, `\`${rule.id}\` takes priority ${rule.properties['Priority']}, which \`${holder.id}\` holds in the deployed stack: the load balancer refuses a priority in use.`, `Keep the deployed priorities (${deployed}) with \`priority\` in each \`x-aws-rule\` (${UPDATES}).`)
  }

  // A Service Connect name that moves to another ECS service (a service made a sidecar, a port
  // name given to another service): ECS refuses a name the namespace has for another service.
  const holders = new Map<string, string>()
  for (const service of ofType(before, SERVICE)) for (const name of discoveryNames(service)) holders.set(name, service.id)
  for (const service of ofType(after, SERVICE)) {
    const taken = discoveryNames(service).find((name) => holders.has(name) && holders.get(name) !== service.id)
    if (taken === undefined) continue
    report('UPDATE_FAILS', service.id, `\`${service.id}\` takes the Service Connect name \`${taken}\`, which \`${holders.get(taken)}\` holds in the deployed stack: ECS refuses a name another service uses.`, `Deploy once without that port (or without \`${holders.get(taken)}\`), then with the port where it is now (${UPDATES}).`)
  }

  // A volume renamed: its file system leaves the stack (kept with its data: DeletionPolicy Retain), and a new, empty one comes.
  const gone = ofType(before, FILE_SYSTEM).filter((fs) => !after.has(fs.id)).map((fs) => `\`${fs.id}\``)
  for (const fs of gone.length > 0 ? ofType(after, FILE_SYSTEM) : []) {
    if (!before.has(fs.id)) report('UPDATE_REPLACES', fs.id, `The file system \`${fs.id}\` is new and empty, and the deployed ${gone.join(', ')} leaves the stack, kept with its data.`, 'Keep the volume\'s key, copy the data over (AWS DataSync), or mount the kept one: `external: true` and `name: fs-…`.')
  }

  for (const [id, changes] of replaced) {
    const resource = after.get(id)!
    const what = changes.join(', ')
    switch (resource.type) {
      case LOAD_BALANCER: {
        const kept = ofType(after, TARGET_GROUP).find((group) => before.has(group.id) && !replaced.has(group.id))
        // The project's own load balancer was written nowhere: shown at the first port it listens for.
        const at = ofType(after, LISTENER).find((listener) => (origins.get(listener.id) ?? []).length > 0)?.id ?? id
        if (kept) report('UPDATE_FAILS', kept.id, `The load balancer is replaced (${what}), but the target group \`${kept.id}\` stays, and a target group serves one load balancer only.`, `Deploy once without the published ports, then with the new load balancer (${UPDATES}).`)
        else report('UPDATE_REPLACES', at, `The load balancer is replaced (${what}): it gets a new DNS name (output \`LoadBalancerDnsName\`).`, 'Point DNS records at the new name once the update is done.')
        break
      }
      case TARGET_GROUP:
        if (!loadBalancerReplaced) report('UPDATE_REPLACES', id, `The target group \`${id}\` is replaced (${what}): the listener forwards to the new, empty group until the new tasks pass their health checks.`, 'Deploy when a short outage is acceptable.')
        break
      case SERVICE:
        if (resource.properties['ServiceConnectConfiguration'] !== undefined) {
          report('UPDATE_FAILS', id, `\`${id}\` is replaced (${what}), and the new ECS service cannot take the Service Connect names the deployed one holds.`, `Rename the service in the same change, or remove it in one deployment and add it back in the next (${UPDATES}).`)
        } else report('UPDATE_REPLACES', id, `\`${id}\` is replaced (${what}): ECS starts a new service beside the deployed one, then deletes that.`, 'Nothing to do if the service may run twice for a moment.')
        break
      case FILE_SYSTEM:
        report('UPDATE_REPLACES', id, `The file system \`${id}\` is replaced (${what}): the services mount a new, empty one, and the deployed one is kept with its data.`, 'Copy the data over (AWS DataSync), or keep the options it was created with.')
        break
      case 'AWS::EFS::AccessPoint':
        if (changes.some((change) => change.startsWith('`FileSystemId`'))) break
        {
          // The directory an access point shows as its root: `/` of the file system unless it names one.
          const directory = (r: Resource | undefined) => {
            const root = r?.properties['RootDirectory']
            return isJsonObject(root) && root['Path'] !== undefined ? root['Path'] : '/'
          }
          const [was, now] = [directory(before.get(id)), directory(resource)]
          if (canonical(was) !== canonical(now)) report('UPDATE_REPLACES', id, `The access point \`${id}\` is replaced (${what}): the services see the directory \`${now}\`, new and empty, while the data stays in \`${was}\`.`, 'Move the data there from a task first, or keep `root_directory`.')
          else report('UPDATE_REPLACES', id, `The access point \`${id}\` is replaced (${what}), but its directory keeps the owner it was created with: writes as another user fail.`, "Change the directory's owner once from a task, or keep the user.")
        }
        break
      case 'AWS::ECS::Cluster':
        report('UPDATE_REPLACES', id, `The cluster is replaced (${what}): every service starts anew in the new cluster.`, 'Keep the project name the stack was deployed with (a top-level `name:`, `-p` or COMPOSE_PROJECT_NAME).')
    }
  }
  return reporter.finish(project.sources.files)
}

function discoveryNames(service: Resource): string[] {
  const config = service.properties['ServiceConnectConfiguration']
  const entries = isJsonObject(config) && Array.isArray(config['Services']) ? config['Services'] : []
  return entries.flatMap((entry) => (isJsonObject(entry) && typeof entry['DiscoveryName'] === 'string' ? [entry['DiscoveryName']] : []))
}

function resources(template: JsonObject): Map<string, Resource> {
  const map = new Map<string, Resource>()
  for (const [id, value] of Object.entries(isJsonObject(template['Resources']) ? template['Resources'] : {})) {
    if (!isJsonObject(value) || typeof value['Type'] !== 'string') continue
    map.set(id, { id, type: value['Type'], properties: isJsonObject(value['Properties']) ? value['Properties'] : {} })
  }
  return map
}
