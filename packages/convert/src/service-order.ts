import type { Path, Reporter, SourceMap } from '@composeform/model'
import type { EcsProject } from '@composeform/validate'

/**
 * The tasks each task's ECS service is created after: the owners of what its containers
 * `depends_on` in other tasks. Compose's `depends_on` has no cycle, but grouping services into
 * tasks can make one (a sidecar of `web` waits for `cache`, which waits for `web`); the
 * ordering edges are then added in sorted order and one that would close a cycle is dropped,
 * with a warning where it is written — between ECS services `depends_on` only orders creation.
 */
export function serviceOrder(project: EcsProject, reporter: Reporter, sources: SourceMap): Map<string, string[]> {
  const wanted: { from: string; to: string; member: string; target: string }[] = []
  for (const name of Object.keys(project.services).sort()) {
    const from = project.services[name]!.task
    for (const target of Object.keys(project.model.services[name]!.depends_on ?? {}).sort()) {
      const to = project.services[target]?.task
      if (to !== undefined && to !== from) wanted.push({ from, to, member: name, target })
    }
  }
  const order = new Map<string, Set<string>>()
  const reaches = (start: string, goal: string): boolean => {
    const seen = new Set<string>()
    const stack = [start]
    while (stack.length > 0) {
      const current = stack.pop()!
      if (current === goal) return true
      if (seen.has(current)) continue
      seen.add(current)
      stack.push(...(order.get(current) ?? []))
    }
    return false
  }
  for (const edge of wanted.sort((a, b) => (`${a.from} ${a.to} ${a.member}` < `${b.from} ${b.to} ${b.member}` ? -1 : 1))) {
    if (order.get(edge.from)?.has(edge.to)) continue
    if (reaches(edge.to, edge.from)) {
      const path: Path = ['services', edge.member, 'depends_on', edge.target]
      reporter.add({
        code: 'DEPENDS_ON_ORDER_DROPPED',
        message: `\`${edge.member}\` runs in \`${edge.from}\`'s task and depends on \`${edge.target}\`, whose task is created after \`${edge.from}\`'s already; this ordering is dropped to avoid a cycle.`,
        path,
        span: sources.span(path, { key: true }),
        hint: `Run \`${edge.member}\` in a task of its own, or let the services retry their connections at start-up.`,
      })
      continue
    }
    order.set(edge.from, new Set([...(order.get(edge.from) ?? []), edge.to]))
  }
  return new Map([...order].map(([k, v]) => [k, [...v].sort()]))
}
