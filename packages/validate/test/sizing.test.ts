import { test } from 'uvu'
import * as assert from 'uvu/assert'
import fc from 'fast-check'
import { FARGATE_SIZES, fargateSizesFor } from '../src/sizing/fargate-sizes.js'
import type { FargatePlatform, FargateSize, FargateSizeRow } from '../src/sizing/fargate-sizes.js'
import { chooseFargateSize, vcpusToUnits } from '../src/sizing/choose-size.js'
import type { SizeChoice, SizeRequest } from '../src/sizing/choose-size.js'
import { formatRequest, formatSize } from '../src/sizing/format-size.js'

const MiB = 1024 * 1024
const GiB = 1024 * MiB

const LINUX: FargatePlatform = { os: 'linux', arch: 'x86_64' }
const LINUX_ARM: FargatePlatform = { os: 'linux', arch: 'arm64' }
const WINDOWS: FargatePlatform = { os: 'windows', arch: 'x86_64' }
const WINDOWS_ARM: FargatePlatform = { os: 'windows', arch: 'arm64' }
const PLATFORMS = [LINUX, LINUX_ARM, WINDOWS, WINDOWS_ARM] as const

function chosen(request: SizeRequest, platform: FargatePlatform = LINUX): Extract<SizeChoice, { ok: true }> {
  const r = chooseFargateSize(request, platform)
  if (!r.ok) throw new Error(`expected a size for ${JSON.stringify(request)}, got none (largest ${formatSize(r.largest)})`)
  return r
}

function size(request: SizeRequest, platform: FargatePlatform = LINUX): FargateSize {
  return chosen(request, platform).size
}

function noFit(request: SizeRequest, platform: FargatePlatform = LINUX): FargateSize {
  const r = chooseFargateSize(request, platform)
  if (r.ok) throw new Error(`expected no size for ${JSON.stringify(request)}, got ${formatSize(r.size)}`)
  return r.largest
}

/** Every size in the table, in choosing order (CPU first, then memory). */
function flatten(rows: readonly FargateSizeRow[]): FargateSize[] {
  return rows.flatMap((r) => r.memory.map((memory) => ({ cpu: r.cpu, memory })))
}

// ---- the table ------------------------------------------------------------

test('Linux table: the documented rows, exactly', () => {
  const range = (from: number, to: number, step: number): number[] =>
    Array.from({ length: (to - from) / step + 1 }, (_, i) => from + i * step)
  assert.equal(
    FARGATE_SIZES.map((r) => ({ cpu: r.cpu, memory: [...r.memory] })),
    [
      { cpu: 256, memory: [512, 1024, 2048] },
      { cpu: 512, memory: [1024, 2048, 3072, 4096] },
      { cpu: 1024, memory: [2048, 3072, 4096, 5120, 6144, 7168, 8192] },
      { cpu: 2048, memory: range(4096, 16384, 1024) },
      { cpu: 4096, memory: range(8192, 30720, 1024) },
      { cpu: 8192, memory: range(16384, 61440, 4096) },
      { cpu: 16384, memory: range(32768, 122880, 8192) },
    ],
  )
  assert.is(flatten(FARGATE_SIZES).length, 3 + 4 + 7 + 13 + 23 + 12 + 12)
})

test('tables are sorted by cpu, then memory, and frozen', () => {
  for (const p of PLATFORMS) {
    const sizes = flatten(fargateSizesFor(p))
    for (let i = 1; i < sizes.length; i++) {
      const a = sizes[i - 1]!
      const b = sizes[i]!
      assert.ok(a.cpu < b.cpu || (a.cpu === b.cpu && a.memory < b.memory), `${formatSize(a)} before ${formatSize(b)}`)
    }
  }
  assert.ok(Object.isFrozen(FARGATE_SIZES))
  assert.ok(FARGATE_SIZES.every((r) => Object.isFrozen(r) && Object.isFrozen(r.memory)))
  assert.throws(() => (FARGATE_SIZES as FargateSizeRow[]).push({ cpu: 1, memory: [1] }), TypeError)
})

test('platforms: ARM64 Linux has the full table; Windows has 1, 2 and 4 vCPU only', () => {
  assert.is(fargateSizesFor(LINUX), FARGATE_SIZES)
  assert.is(fargateSizesFor(LINUX_ARM), FARGATE_SIZES)
  assert.equal(fargateSizesFor(WINDOWS).map((r) => r.cpu), [1024, 2048, 4096])
  for (const r of fargateSizesFor(WINDOWS)) {
    assert.equal(r.memory, FARGATE_SIZES.find((l) => l.cpu === r.cpu)?.memory)
  }
  // Windows on ARM64 is not a Fargate platform; it gets the Windows sizes and the caller reports it.
  assert.is(fargateSizesFor(WINDOWS_ARM), fargateSizesFor(WINDOWS))
})

// ---- worked examples ------------------------------------------------------

test('no request → the smallest size', () => {
  assert.equal(chooseFargateSize({}, LINUX), { ok: true, size: { cpu: 256, memory: 512 }, rounded: false, oversized: false })
})

test('worked examples', () => {
  assert.equal(size({ cpus: 0.5, memoryBytes: 2048 * MiB }), { cpu: 512, memory: 2048 })
  assert.equal(size({ cpus: 4, memoryBytes: 8192 * MiB }), { cpu: 4096, memory: 8192 })
  assert.equal(size({ cpus: 1 }), { cpu: 1024, memory: 2048 })
  assert.equal(size({ memoryBytes: 4 * GiB }), { cpu: 512, memory: 4096 })
  assert.equal(size({ memoryBytes: 40 * GiB }), { cpu: 8192, memory: 40960 })
  assert.equal(size({ cpus: 0.3 }), { cpu: 512, memory: 1024 })
  assert.equal(size({ cpus: 4.1 }), { cpu: 8192, memory: 16384 })
  assert.equal(size({ cpus: 16, memoryBytes: 120 * GiB }), { cpu: 16384, memory: 122880 })
})

test('0.3 vCPU + 700 MiB → 512/1024, with its texts', () => {
  const request = { cpus: 0.3, memoryBytes: 700 * MiB }
  const r = chosen(request)
  assert.equal(r.size, { cpu: 512, memory: 1024 })
  assert.is(formatRequest(request), '0.3 vCPU / 700 MiB')
  assert.is(formatSize(r.size), '0.5 vCPU / 1 GiB')
  assert.ok(r.rounded)
  assert.not.ok(r.oversized)
})

test('too big → not ok, with the largest size', () => {
  assert.equal(chooseFargateSize({ cpus: 17 }, LINUX), { ok: false, largest: { cpu: 16384, memory: 122880 } })
  assert.equal(noFit({ memoryBytes: 200 * GiB }), { cpu: 16384, memory: 122880 })
  assert.equal(noFit({ cpus: 16, memoryBytes: 120 * GiB + 1 }), { cpu: 16384, memory: 122880 })
})

test('a row without enough memory is skipped for the next CPU row', () => {
  assert.equal(size({ cpus: 0.25, memoryBytes: 3 * GiB }), { cpu: 512, memory: 3072 })
  assert.equal(size({ cpus: 1, memoryBytes: 9 * GiB }), { cpu: 2048, memory: 9216 })
  assert.equal(size({ cpus: 2, memoryBytes: 31 * GiB }), { cpu: 8192, memory: 32768 })
  assert.equal(size({ cpus: 8, memoryBytes: 61 * GiB }), { cpu: 16384, memory: 65536 })
})

test('memory: bytes round up to whole MiB, and steps round up within the row', () => {
  assert.equal(size({ memoryBytes: 512 * MiB }), { cpu: 256, memory: 512 })
  assert.equal(size({ memoryBytes: 512 * MiB + 1 }), { cpu: 256, memory: 1024 })
  assert.equal(size({ memoryBytes: 1 }), { cpu: 256, memory: 512 })
  assert.equal(size({ cpus: 8, memoryBytes: 17 * GiB }), { cpu: 8192, memory: 20480 })
  assert.equal(size({ cpus: 16, memoryBytes: 33 * GiB }), { cpu: 16384, memory: 40960 })
})

// ---- vCPU → units ---------------------------------------------------------

test('vcpusToUnits: 1024 per vCPU, rounded up', () => {
  assert.is(vcpusToUnits(0.25), 256) // Docker's converter said 250
  assert.is(vcpusToUnits(0.5), 512)
  assert.is(vcpusToUnits(1), 1024)
  assert.is(vcpusToUnits(16), 16384)
  assert.is(vcpusToUnits(0.3), 308)
  assert.is(vcpusToUnits(4.1), 4199)
  assert.is(vcpusToUnits(1 / 1024), 1)
  assert.is(vcpusToUnits(1e-9), 1)
  assert.is(vcpusToUnits(Infinity), Infinity)
  assert.ok(Number.isNaN(vcpusToUnits(NaN)))
})

test('exact vCPU boundaries are not rounded past', () => {
  assert.equal(size({ cpus: 0.25 }), { cpu: 256, memory: 512 })
  assert.equal(size({ cpus: 0.25 + 1 / 1024 }), { cpu: 512, memory: 1024 })
  assert.equal(size({ cpus: 4 }), { cpu: 4096, memory: 8192 })
  assert.equal(size({ cpus: 8 }), { cpu: 8192, memory: 16384 })
})

// ---- rounded / oversized --------------------------------------------------

test('rounded: only asked dimensions count', () => {
  assert.not.ok(chosen({}).rounded)
  assert.not.ok(chosen({ cpus: 0.25, memoryBytes: 512 * MiB }).rounded)
  assert.not.ok(chosen({ memoryBytes: 4 * GiB }).rounded) // cpu 512 was not asked
  assert.not.ok(chosen({ cpus: 1 }).rounded) // memory 2048 was not asked
  assert.ok(chosen({ cpus: 0.3 }).rounded)
  assert.ok(chosen({ cpus: 1, memoryBytes: 1000 * MiB }).rounded)
  assert.ok(chosen({ memoryBytes: 512 * MiB + 1 }).rounded)
})

test('oversized: more than twice an asked dimension', () => {
  // memory 1024 > 2 × 100 MiB; cpu 512 ≤ 2 × 307.2 units
  assert.ok(chosen({ cpus: 0.3, memoryBytes: 100 * MiB }).oversized)
  // only cpu asked: 512 ≤ 2 × 307.2, and memory does not count
  assert.not.ok(chosen({ cpus: 0.3 }).oversized)
  // only memory asked: 100 MiB → 512 MiB > 200; the 256 cpu does not count
  assert.ok(chosen({ memoryBytes: 100 * MiB }).oversized)
  // exactly twice is not more than twice
  assert.not.ok(chosen({ memoryBytes: 256 * MiB }).oversized)
  assert.ok(chosen({ memoryBytes: 256 * MiB - 1 }).oversized)
  assert.not.ok(chosen({ cpus: 0.125 }).oversized) // 256 = 2 × 128
  assert.ok(chosen({ cpus: 0.1 }).oversized) // 256 > 2 × 102.4
  // 1 vCPU + 20 GiB must go to 4 vCPU: cpu oversized, memory exact
  const big = chosen({ cpus: 1, memoryBytes: 20 * GiB })
  assert.equal(big.size, { cpu: 4096, memory: 20480 })
  assert.ok(big.oversized)
  assert.not.ok(chosen({}).oversized)
})

// ---- platforms ------------------------------------------------------------

test('Windows: at least 1 vCPU, at most 4 vCPU / 30 GiB', () => {
  assert.equal(chooseFargateSize({}, WINDOWS), { ok: true, size: { cpu: 1024, memory: 2048 }, rounded: false, oversized: false })
  assert.equal(size({ cpus: 0.3 }, WINDOWS), { cpu: 1024, memory: 2048 })
  assert.equal(size({ cpus: 0.3, memoryBytes: 700 * MiB }, WINDOWS), { cpu: 1024, memory: 2048 })
  assert.equal(size({ memoryBytes: 4 * GiB }, WINDOWS), { cpu: 1024, memory: 4096 })
  assert.equal(size({ cpus: 4, memoryBytes: 30 * GiB }, WINDOWS), { cpu: 4096, memory: 30720 })
  assert.equal(noFit({ cpus: 4.1 }, WINDOWS), { cpu: 4096, memory: 30720 })
  assert.equal(noFit({ cpus: 8 }, WINDOWS), { cpu: 4096, memory: 30720 })
  assert.equal(noFit({ memoryBytes: 31 * GiB }, WINDOWS), { cpu: 4096, memory: 30720 })
  assert.equal(noFit({ memoryBytes: 40 * GiB }, WINDOWS_ARM), { cpu: 4096, memory: 30720 })
})

test('Linux ARM64 chooses exactly like Linux x86_64', () => {
  for (const request of [{}, { cpus: 0.3 }, { cpus: 4.1 }, { memoryBytes: 40 * GiB }, { cpus: 16, memoryBytes: 120 * GiB }, { cpus: 17 }]) {
    assert.equal(chooseFargateSize(request, LINUX_ARM), chooseFargateSize(request, LINUX))
  }
})

// ---- odd numbers ----------------------------------------------------------

test('zero, negative and NaN count as not asked; Infinity fits nothing', () => {
  const smallest = { ok: true, size: { cpu: 256, memory: 512 }, rounded: false, oversized: false }
  assert.equal(chooseFargateSize({ cpus: 0, memoryBytes: 0 }, LINUX), smallest)
  assert.equal(chooseFargateSize({ cpus: -1, memoryBytes: -5 }, LINUX), smallest)
  assert.equal(chooseFargateSize({ cpus: NaN, memoryBytes: NaN }, LINUX), smallest)
  assert.equal(chooseFargateSize({ cpus: -Infinity, memoryBytes: -Infinity }, LINUX), smallest)
  assert.equal(size({ cpus: -1, memoryBytes: 4 * GiB }), { cpu: 512, memory: 4096 })
  assert.equal(noFit({ cpus: Infinity }), { cpu: 16384, memory: 122880 })
  assert.equal(noFit({ memoryBytes: Infinity }), { cpu: 16384, memory: 122880 })
  assert.equal(noFit({ cpus: Number.MAX_VALUE }), { cpu: 16384, memory: 122880 })
})

// ---- formatting -----------------------------------------------------------

test('formatSize', () => {
  assert.is(formatSize({ cpu: 512, memory: 1024 }), '0.5 vCPU / 1 GiB')
  assert.is(formatSize({ cpu: 256, memory: 512 }), '0.25 vCPU / 512 MiB')
  assert.is(formatSize({ cpu: 16384, memory: 122880 }), '16 vCPU / 120 GiB')
  assert.is(formatSize({ cpu: 1024, memory: 3072 }), '1 vCPU / 3 GiB')
  assert.is(formatSize({ cpu: 308, memory: 700 }), '0.30078125 vCPU / 700 MiB')
  for (const s of flatten(FARGATE_SIZES)) assert.match(formatSize(s), /^(0\.25|0\.5|1|2|4|8|16) vCPU \/ \d+ (MiB|GiB)$/)
})

test('formatRequest shows only what was asked', () => {
  assert.is(formatRequest({ cpus: 0.3, memoryBytes: 700 * MiB }), '0.3 vCPU / 700 MiB')
  assert.is(formatRequest({ cpus: 0.3 }), '0.3 vCPU')
  assert.is(formatRequest({ memoryBytes: 700 * MiB }), '700 MiB')
  assert.is(formatRequest({ memoryBytes: 4 * GiB }), '4 GiB')
  assert.is(formatRequest({ memoryBytes: 1536 * MiB }), '1536 MiB')
  assert.is(formatRequest({ memoryBytes: 1000 }), '1000 B')
  assert.is(formatRequest({ memoryBytes: 2048 }), '2 KiB')
  assert.is(formatRequest({ cpus: 0, memoryBytes: -1 }), 'no size requested')
  assert.is(formatRequest({}), 'no size requested')
  // CPU units from ecs-params (99999 / 1024) in six digits, which still tell 16.0001 from 16.
  assert.is(formatRequest({ cpus: 99999 / 1024 }), '97.6553 vCPU')
  assert.is(formatRequest({ cpus: 16.0001 }), '16.0001 vCPU')
})

// ---- properties -----------------------------------------------------------

const arbPlatform = fc.constantFrom(...PLATFORMS)

test('property: the chosen size is valid, big enough, and the first that fits', () => {
  // Half the values sit on or one step either side of a table value, where rounding mistakes show.
  const linux = flatten(FARGATE_SIZES)
  const near = (values: number[], deltas: number[], max: number): fc.Arbitrary<number> =>
    fc.tuple(fc.constantFrom(...values), fc.constantFrom(...deltas)).map(([v, d]) => Math.min(v + d, max))
  const cpus = fc.oneof(
    fc.double({ min: 0, max: 16, minExcluded: true, noNaN: true }),
    near([...new Set(linux.map((s) => s.cpu / 1024))], [-1 / 1024, 0, 0.25 / 1024, 1 / 1024], 16),
  )
  const memoryBytes = fc.oneof(
    fc.double({ min: 0, max: 120 * GiB, minExcluded: true, noNaN: true }),
    near([...new Set(linux.map((s) => s.memory * MiB))], [-1, 0, 1], 120 * GiB),
  )
  const request = fc.record({ cpus, memoryBytes }, { requiredKeys: [] })
  fc.assert(
    fc.property(request, arbPlatform, (req, platform) => {
      const sizes = flatten(fargateSizesFor(platform))
      const fits = (s: FargateSize): boolean =>
        (req.cpus === undefined || s.cpu >= req.cpus * 1024) && (req.memoryBytes === undefined || s.memory * MiB >= req.memoryBytes)
      const first = sizes.findIndex(fits)
      const r = chooseFargateSize(req, platform)
      if (!r.ok) {
        assert.is(first, -1, 'not ok although a size fits')
        assert.equal(r.largest, sizes[sizes.length - 1])
        return
      }
      const at = sizes.findIndex((s) => s.cpu === r.size.cpu && s.memory === r.size.memory)
      assert.ok(at >= 0, `${formatSize(r.size)} is not in the ${platform.os} table`)
      assert.ok(fits(r.size), `${formatSize(r.size)} is smaller than ${formatRequest(req)}`)
      assert.is(at, first, `${formatSize(sizes[first] ?? r.size)} fits and comes before ${formatSize(r.size)}`)
    }),
    { seed: 42, numRuns: 500 },
  )
})

test('property: any numbers at all never throw, and an ok size is in the table', () => {
  const anyNumber = fc.oneof(fc.double(), fc.constantFrom(0, -0, NaN, Infinity, -Infinity, Number.MAX_VALUE, Number.MIN_VALUE))
  fc.assert(
    fc.property(fc.record({ cpus: anyNumber, memoryBytes: anyNumber }, { requiredKeys: [] }), arbPlatform, (req, platform) => {
      const r = chooseFargateSize(req, platform)
      const sizes = flatten(fargateSizesFor(platform))
      const got = r.ok ? r.size : r.largest
      assert.ok(sizes.some((s) => s.cpu === got.cpu && s.memory === got.memory))
      assert.type(formatRequest(req), 'string')
    }),
    { seed: 42, numRuns: 500 },
  )
})

test.run()
