import { test } from 'uvu'
import * as assert from 'uvu/assert'
import fc from 'fast-check'
import { convertText } from './support/pipeline.js'

const name = fc.stringMatching(/^[a-z][a-z0-9]{0,8}$/)
const service = fc.record(
  {
    image: fc.constantFrom('nginx', 'redis:7', 'acme/api:1.2'),
    ports: fc.uniqueArray(fc.integer({ min: 1, max: 9000 }), { maxLength: 2 }).map((ps) => ps.map((p) => `${p + 1000}:${p}`)),
    expose: fc.array(fc.integer({ min: 1, max: 65535 }).map(String), { maxLength: 2 }),
    environment: fc.dictionary(fc.stringMatching(/^[A-Z][A-Z_]{0,6}$/), fc.string({ maxLength: 8 }), { maxKeys: 4 }),
    labels: fc.dictionary(fc.stringMatching(/^[a-z][a-z.]{0,8}$/), fc.string({ maxLength: 6 }), { maxKeys: 3 }),
    deploy: fc.record({ replicas: fc.integer({ min: 1, max: 5 }) }),
  },
  { requiredKeys: ['image'] },
)
const project = fc.dictionary(name, service, { minKeys: 1, maxKeys: 4 })

/** The same value with every object's keys in a shuffled order (seeded by `seed`). */
function shuffleKeys(value: unknown, seed: number): unknown {
  if (Array.isArray(value)) return value.map((v, i) => shuffleKeys(v, seed + i))
  if (value === null || typeof value !== 'object') return value
  const keys = Object.keys(value)
  for (let i = keys.length - 1; i > 0; i--) {
    const j = (seed * 31 + i * 17) % (i + 1)
    ;[keys[i], keys[j]] = [keys[j]!, keys[i]!]
  }
  return Object.fromEntries(keys.map((k, i) => [k, shuffleKeys((value as Record<string, unknown>)[k], seed + i + 1)]))
}

test('conversion is deterministic and independent of map key order', () => {
  fc.assert(
    fc.property(project, fc.integer({ min: 1, max: 1000 }), (services, seed) => {
      // Unique published ports across services, so that the project is valid.
      let next = 20000
      for (const s of Object.values(services)) s.ports = (s.ports ?? []).map((p) => `${next++}:${p.split(':')[1]}`)
      const doc = { services }
      const first = convertText(JSON.stringify(doc))
      const again = convertText(JSON.stringify(doc))
      const shuffled = convertText(JSON.stringify(shuffleKeys(doc, seed)))
      assert.ok(first.json, JSON.stringify(first.diagnostics.filter((d) => d.severity === 'error')))
      assert.is(again.json, first.json)
      assert.is(again.yaml, first.yaml)
      assert.is(shuffled.json, first.json)
      assert.is(shuffled.yaml, first.yaml)
    }),
    { seed: 7, numRuns: 60 },
  )
})

test.run()
