import { fail, ok, quote, type Parsed } from '../syntax/result.js'

const MiB = 1024 * 1024

/**
 * `task_size.cpu_limit` as a number of vCPUs: CPU units as ECS takes them (`256`, `"1024"`)
 * or vCPUs with the unit (`"1 vCPU"`, `"0.25 vcpu"`).
 */
export function parseTaskCpu(value: string | number): Parsed<number> {
  const text = String(value).trim()
  const units = /^\d+$/.exec(text)
  if (units) return Number(text) > 0 ? ok(Number(text) / 1024) : fail(`${quote(text)} CPU units is no task size`, 'Write CPU units such as `256`, or vCPUs such as `0.25 vCPU`.')
  const vcpu = /^(\d+(?:\.\d+)?)\s*vcpu$/i.exec(text)
  if (vcpu && Number(vcpu[1]) > 0) return ok(Number(vcpu[1]))
  return fail(`${quote(text)} is not a task CPU size`, 'Write CPU units such as `256`, or vCPUs such as `0.25 vCPU`.')
}

/**
 * `task_size.mem_limit` in bytes: MiB as ECS takes them (`512`, `"2048"`), or with a unit
 * (`"1GB"`, `"0.5 GB"`, `"512 MB"`; ECS means binary units).
 */
export function parseTaskMemory(value: string | number): Parsed<number> {
  const text = String(value).trim()
  if (/^\d+$/.test(text)) return Number(text) > 0 ? ok(Number(text) * MiB) : fail(`${quote(text)} MiB is no task size`, 'Write MiB such as `512`, or `1GB`.')
  const sized = /^(\d+(?:\.\d+)?)\s*(GB|GiB|MB|MiB)$/i.exec(text)
  if (sized && Number(sized[1]) > 0) return ok(Math.round(Number(sized[1]) * (/^g/i.test(sized[2]!) ? 1024 : 1) * MiB))
  return fail(`${quote(text)} is not a task memory size`, 'Write MiB such as `512`, or `1GB`.')
}
