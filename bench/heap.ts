import { GCProfiler, getHeapStatistics } from 'node:v8'

/** Heap used before and at the peak of one call, in bytes. */
export interface HeapPeak {
  /** Used heap after a full GC, just before the call (loaded code, the input text). */
  baseline: number
  /** The most heap that was in use at any moment of the call. */
  peak: number
}

const usedBefore = (stat: { beforeGC: { heapStatistics: object } }): number => {
  // Node reports these in camelCase, though @types/node declares snake_case.
  const s = stat.beforeGC.heapStatistics as Record<string, number | undefined>
  return s.usedHeapSize ?? s.used_heap_size ?? 0
}

/**
 * Peak used heap of one synchronous call. Used heap only grows between collections, so its
 * maximum is reached just before some GC or at the end; `GCProfiler` records the used size
 * before every GC, including scavenges. Needs `--expose-gc` for a clean baseline.
 */
export function peakHeap(fn: () => unknown): HeapPeak {
  const gc = (globalThis as { gc?: () => void }).gc
  if (!gc) throw new Error('peak heap needs node --expose-gc')
  gc()
  gc()
  const baseline = getHeapStatistics().used_heap_size
  const profiler = new GCProfiler()
  profiler.start()
  let result: unknown = fn()
  const end = getHeapStatistics().used_heap_size
  const data = profiler.stop()
  result = undefined
  void result
  return { baseline, peak: Math.max(end, ...data.statistics.map(usedBefore)) }
}
