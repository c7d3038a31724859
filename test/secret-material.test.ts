// No emitted file and no diagnostic ever carries a secret's value: every fixture with secrets
// is converted with every emitter (and split into nested stacks), and all output is scanned
// for the material of its file- and environment-sourced secrets.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { builtInEmitters, convert, type ComposeModel } from 'composeform'

const fixtures = join(import.meta.dirname, '..', 'fixtures')

function filesOf(name: string): Record<string, string> {
  const dir = join(fixtures, name)
  return Object.fromEntries(readdirSync(dir).filter((f) => statSync(join(dir, f)).isFile()).map((f) => [f, readFileSync(join(dir, f), 'utf8')]))
}

/** A fixture's inputs and the values of its file- and environment-sourced secrets. */
function secretCase(name: string): { name: string; sources: Record<string, string>; environment: Record<string, string>; material: string[] } | undefined {
  const sources = filesOf(name)
  if (sources['model.json'] === undefined) return undefined
  const model = JSON.parse(sources['model.json']) as ComposeModel
  const options = JSON.parse(sources['options.json'] ?? '{}') as { environment?: Record<string, string> }
  // Environment-sourced secrets get a distinctive value unless the fixture sets one.
  const environment: Record<string, string> = { ...options.environment }
  const material: string[] = []
  for (const [key, secret] of Object.entries(model.secrets)) {
    if (typeof secret.environment === 'string') {
      environment[secret.environment] ??= `env-secret-${key}-Qx7vZ3`
      material.push(environment[secret.environment]!)
    }
    const text = typeof secret.file === 'string' ? sources[secret.file.replace(/^\.\//, '')] : undefined
    if (text !== undefined) material.push(text, text.trim())
  }
  const usable = material.filter((m) => m.length >= 6)
  return usable.length > 0 ? { name, sources, environment, material: usable } : undefined
}

const cases = readdirSync(fixtures).sort().flatMap((name) => secretCase(name) ?? [])

test('there are fixtures with secret material to scan', () => {
  assert.ok(cases.length >= 3, cases.map((c) => c.name).join(', '))
})

for (const { name, sources, environment, material } of cases) {
  test(`${name}: no output of any emitter, and no diagnostic, contains a secret's value`, () => {
    const emit = builtInEmitters.map((e) => e.name)
    for (const nestedStacks of [false, true]) {
      const result = convert({ sources, environment, emit, nestedStacks })
      const outputs = [...result.files.map((f) => [f.path, f.contents] as const), ['diagnostics', JSON.stringify(result.diagnostics)] as const]
      for (const [path, contents] of outputs) {
        for (const value of material) assert.not.ok(contents.includes(value), `${path} contains the value of a secret`)
      }
    }
  })
}

test.run()
