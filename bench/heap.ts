import { GCProfiler, getHeapStatistics } from 'node:v8'

/** Heap used before and at the peak of one call, in bytes. */
export interface HeapPeak {
  /** Used heap after a full GC, just before the call (loaded code, the input text). */
  baseline: number
  /** The most heap that was in use at any moment of the call. */
  peak: number
  /** Bytes the call allocated: what the heap grew by, plus what each GC during it freed. */
  allocated: number
}

const used = (statistics: object): number => {
  // Node reports these in camelCase, though @types/node declares snake_case.
  const s = statistics as Record<string, number | undefined>
  return s.usedHeapSize ?? s.used_heap_size ?? 0
}

/**
 * Peak used heap of one synchronous call, and what it allocated. Used heap only grows between collections, so its
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
  const freed = data.statistics.reduce((sum, stat) => sum + used(stat.beforeGC.heapStatistics) - used(stat.afterGC.heapStatistics), 0)
  return { baseline, peak: Math.max(end, ...data.statistics.map((stat) => used(stat.beforeGC.heapStatistics))), allocated: end - baseline + freed }
}
