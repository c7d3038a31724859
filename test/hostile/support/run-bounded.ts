import { convert, type ConvertOptions, type ConvertResult } from 'composeform'
import * as assert from 'uvu/assert'

/** Wall-clock bound per hostile case: a safety bound, not a performance target. */
export const MAX_MILLISECONDS = 10_000
/** Heap growth bound per case (what the result keeps plus garbage not yet collected). */
export const MAX_HEAP_GROWTH = 512 * 1024 * 1024

/** What one bounded run measured. */
export interface BoundedRun {
  result: ConvertResult
  milliseconds: number
  heapGrowth: number
}

/**
 * Runs the whole pipeline on in-memory files, both CloudFormation emitters by default, and
 * asserts that it returned (no exception, no stack overflow) within the time and heap bounds.
 */
export function convertBounded(
  sources: Readonly<Record<string, string>>,
  options: Omit<ConvertOptions, 'sources'> = {},
  limits: { milliseconds?: number; heapGrowth?: number } = {},
): BoundedRun {
  const heapBefore = process.memoryUsage().heapUsed
  const started = performance.now()
  let result: ConvertResult
  try {
    result = convert({ emit: ['cfn-json', 'cfn-yaml'], ...options, sources })
  } catch (error) {
    throw new Error(`convert threw on hostile input: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
  }
  const milliseconds = performance.now() - started
  const heapGrowth = process.memoryUsage().heapUsed - heapBefore
  const maxMilliseconds = limits.milliseconds ?? MAX_MILLISECONDS
  const maxHeap = limits.heapGrowth ?? MAX_HEAP_GROWTH
  assert.ok(milliseconds < maxMilliseconds, `took ${Math.round(milliseconds)} ms, more than ${maxMilliseconds} ms`)
  assert.ok(heapGrowth < maxHeap, `heap grew by ${Math.round(heapGrowth / 1048576)} MiB, more than ${Math.round(maxHeap / 1048576)} MiB`)
  return { result, milliseconds, heapGrowth }
}

/** The codes of a result's diagnostics with severity error, in order. */
export function errorCodes(result: ConvertResult): string[] {
  return result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)
}

/** The diagnostics of a result that are not notes (errors and warnings), as `CODE message` lines, for assertion messages. */
export function describe(result: ConvertResult): string {
  return result.diagnostics
    .filter((d) => d.severity !== 'info')
    .map((d) => `${d.code} ${d.message.slice(0, 160)}`)
    .join('\n')
}
