import { SourceMap, type SourceMapPayload } from 'node:module'

/** The parts of a V8 `.cpuprofile` the analysis reads. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }[]
  samples: number[]
  timeDeltas: number[]
}

/** Self time of one function or file inside the measured window. */
export interface HotSpot {
  /** `path:line` of the function (the .ts line, through tsx's source maps), or the file. */
  where: string
  /** The function's name; anonymous ones are named after their caller. */
  name: string
  selfMs: number
  /** Share of all samples in the measured window, GC included. */
  percent: number
}

/** What the profile says about where the pipeline spends its time. */
export interface ProfileAnalysis {
  windowMs: number
  gcPercent: number
  functions: HotSpot[]
  /** Total (self + callees) time of the workspace's own functions: the pipeline's phases. */
  inclusive: HotSpot[]
  files: HotSpot[]
  /** Self time per package (ours, `yaml`, `ajv`, native built-ins, …). */
  packages: HotSpot[]
}

/** Shortens a script URL to a workspace path, `pkg@version/path` for dependencies, or `(native)`. */
export function shortUrl(url: string, root: string): string {
  if (url === '') return '(native)'
  const pnpm = /node_modules\/\.pnpm\/([^/]+)\/node_modules\/(?:@[^/]+\/)?[^/]+\/(.*)$/.exec(url)
  if (pnpm) return `${pnpm[1]!.replace(/^(@[^+]+)\+/, '$1/')}/${pnpm[2]}`
  const rootUrl = `file://${root}/`
  return url.startsWith(rootUrl) ? url.slice(rootUrl.length) : url
}

/** The package a short URL belongs to. */
export function packageOf(where: string): string {
  const workspace = /^packages\/([^/]+)\//.exec(where)
  if (workspace) return workspace[1] === 'composeform' ? 'composeform' : `@composeform/${workspace[1]}`
  if (where.startsWith('bench/')) return 'bench'
  if (where.startsWith('node:')) return 'node internals'
  if (where.startsWith('(')) return where
  return where.split('/')[0]!.replace(/@[^@]*$/, '') || where
}

function top(map: Map<string, { name: string; where: string; us: number }>, total: number, count: number): HotSpot[] {
  return [...map.values()]
    .sort((a, b) => b.us - a.us)
    .slice(0, count)
    .map((h) => ({ where: h.where, name: h.name, selfMs: h.us / 1000, percent: (100 * h.us) / total }))
}

/**
 * Self time per function, file and package, over the window between the first and last
 * sample inside `region` (a function name). GC samples in that window count toward the total.
 */
export function analyseProfile(profile: CpuProfile, region: string, root: string, maps: Record<string, SourceMapPayload>, count = 15): ProfileAnalysis {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const parent = new Map<number, number>()
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const inRegion = new Map<number, boolean>()
  const isInRegion = (id: number): boolean => {
    const known = inRegion.get(id)
    if (known !== undefined) return known
    const node = byId.get(id)!
    const p = parent.get(id)
    const value = node.callFrame.functionName === region || (p !== undefined && isInRegion(p))
    inRegion.set(id, value)
    return value
  }
  const namedCaller = (id: number): string => {
    for (let p = parent.get(id); p !== undefined; p = parent.get(p)) {
      const name = byId.get(p)!.callFrame.functionName
      if (name && !name.startsWith('(')) return name
    }
    return '?'
  }
  const sourceMaps = new Map<string, SourceMap>()
  const lineOf = (url: string, line: number, column: number): number => {
    const payload = maps[url]
    if (!payload) return line + 1
    let map = sourceMaps.get(url)
    if (!map) sourceMaps.set(url, (map = new SourceMap(payload)))
    const entry = map.findEntry(line, column) as { originalLine?: number }
    return entry.originalLine !== undefined ? entry.originalLine + 1 : line + 1
  }
  const first = profile.samples.findIndex((id) => isInRegion(id))
  let last = profile.samples.length - 1
  while (last > first && !isInRegion(profile.samples[last]!)) last--
  const functions = new Map<string, { name: string; where: string; us: number }>()
  const files = new Map<string, { name: string; where: string; us: number }>()
  const packages = new Map<string, { name: string; where: string; us: number }>()
  const add = (map: typeof functions, key: string, name: string, where: string, us: number) => {
    const entry = map.get(key) ?? { name, where, us: 0 }
    entry.us += us
    map.set(key, entry)
  }
  const inclusive = new Map<string, { name: string; where: string; us: number }>()
  const frameKey = new Map<number, { key: string; name: string; where: string; ours: boolean }>()
  const describe = (id: number) => {
    let known = frameKey.get(id)
    if (known) return known
    const frame = byId.get(id)!.callFrame
    const file = shortUrl(frame.url, root)
    const name = frame.functionName || `(anonymous in ${namedCaller(id)})`
    const where = frame.url ? `${file}:${lineOf(frame.url, frame.lineNumber, frame.columnNumber)}` : file
    known = { key: `${where} ${name}`, name, where, ours: file.startsWith('packages/') && frame.functionName !== '' }
    frameKey.set(id, known)
    return known
  }
  let total = 0
  let gc = 0
  for (let i = first; i <= last && first >= 0; i++) {
    const us = profile.timeDeltas[i + 1] ?? 0
    const node = byId.get(profile.samples[i]!)!
    total += us
    const frame = node.callFrame
    if (frame.functionName === '(garbage collector)') gc += us
    if (!isInRegion(node.id)) continue
    const file = shortUrl(frame.url, root)
    const { key, name, where } = describe(node.id)
    add(functions, key, name, where, us)
    const onStack = new Set<string>()
    for (let id: number | undefined = node.id; id !== undefined && isInRegion(id); id = parent.get(id)) {
      const d = describe(id)
      if (d.ours && !onStack.has(d.key)) {
        onStack.add(d.key)
        add(inclusive, d.key, d.name, d.where, us)
      }
    }
    add(files, file, '', file, us)
    add(packages, packageOf(file), packageOf(file), '', us)
  }
  if (gc > 0) add(packages, '(garbage collector)', '(garbage collector)', '', gc)
  return { windowMs: total / 1000, gcPercent: total > 0 ? (100 * gc) / total : 0, functions: top(functions, total, count), inclusive: top(inclusive, total, Math.max(20, count)), files: top(files, total, 10), packages: top(packages, total, 12) }
}
