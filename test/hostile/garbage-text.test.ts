import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { convertBounded, describe, errorCodes } from './support/run-bounded.js'
import { assertWellFormed } from './support/well-formed.js'

const web = 'services:\n  web:\n    image: nginx\n'

/** Deterministic pseudo-random bytes (a linear congruential generator), so failures replay. */
function randomBytes(length: number, seed: number): Buffer {
  const out = Buffer.alloc(length)
  let state = seed
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0
    out[i] = state >>> 24
  }
  return out
}

function run(text: string) {
  const sources = { 'compose.yaml': text }
  const { result } = convertBounded(sources)
  assertWellFormed(result, sources)
  return result
}

test('random bytes read as latin1 and as UTF-8 (with replacement characters) end in diagnostics', () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    const bytes = randomBytes(200_000, seed)
    for (const encoding of ['latin1', 'utf8'] as const) {
      const result = run(bytes.toString(encoding))
      assert.ok(errorCodes(result).length > 0 && errorCodes(result).length <= 52, `${encoding}/${seed}: ${errorCodes(result).length} errors`)
    }
  }
})

test('random bytes after a valid start, and a valid file after random bytes', () => {
  const bytes = randomBytes(50_000, 9).toString('latin1')
  assert.ok(errorCodes(run(web + bytes)).length > 0)
  assert.ok(errorCodes(run(bytes + '\n' + web)).length > 0)
})

test('lone surrogates and U+FFFE/U+FFFF are kept or refused, never thrown on', () => {
  run(web + '    labels:\n      a: "\uD800"\n      b: "\uDFFF x \uFFFE \uFFFF"\n')
  run(web + '    labels:\n      "\uD800": x\n')
})

test('NUL bytes: in a value, in a key, in a service name, alone', () => {
  for (const text of [web + '    environment:\n      A: "a\0b"\n', web + '    labels:\n      "a\0b": x\n', 'services:\n  "w\0eb":\n    image: nginx\n', '\0', '\0\0\0\n\0']) {
    run(text)
  }
  assert.ok(errorCodes(run('services:\n  w\0eb:\n    image: nginx\n')).length > 0, 'a NUL in a service name')
})

test('a BOM is ignored, and positions after it still point into the file', () => {
  const result = run('\uFEFF' + web + '    ports: ["70000"]\n')
  assert.equal(errorCodes(result), ['INVALID_PORT'])
  assert.is(result.diagnostics[0]!.location?.start.line, 4)
  assert.equal(errorCodes(run('\uFEFF' + web)), [])
  run('\uFEFF\uFEFF' + web)
  run(web + '\uFEFF    ports: ["80"]\n')
})

test('tabs used as indentation are YAML_SYNTAX at the tab', () => {
  const result = run('services:\n\tweb:\n\t\timage: nginx\n')
  assert.ok(errorCodes(result).every((c) => c === 'YAML_SYNTAX') && errorCodes(result).length > 0)
  assert.is(result.diagnostics[0]!.location?.start.line, 2)
})

test('duplicate keys name the whole key, at the second occurrence', () => {
  const result = run(web + '    image: redis\n')
  assert.equal(errorCodes(result), ['DUPLICATE_KEY'])
  assert.is(result.diagnostics[0]!.message, 'The key `image` appears twice in this mapping.')
  assert.equal(result.diagnostics[0]!.location?.start, { line: 4, column: 5, offset: 38 })
  assert.equal(result.diagnostics[0]!.location?.end, { line: 4, column: 10, offset: 43 })
})

test('duplicate keys: top level, flow mappings, numbers and strings, inside an anchor used twice', () => {
  assert.equal(errorCodes(run(web + 'services: {}\n')), ['DUPLICATE_KEY'])
  assert.equal(errorCodes(run(web + '    labels: {a: 1, b: 2, a: 3}\n')), ['DUPLICATE_KEY'])
  assert.equal(errorCodes(run(web + '    labels: {1: a, "1": b}\n')), ['DUPLICATE_KEY'])
  assert.equal(errorCodes(run('x-a: &a {k: 1, k: 2}\n' + web + '    labels: *a\n    annotations: *a\n')), ['DUPLICATE_KEY'])
})

test('unknown tags, and core tags that give platform-dependent values, are UNKNOWN_TAG', () => {
  for (const tag of ['!Ref x', '!!binary aGVsbG8=', '!!timestamp 2001-12-14', '!!js/function "f"', '!!python/object:os.system x', '!<tag:evil.com,2000:x> y']) {
    const result = run(web + `    labels:\n      a: ${tag}\n`)
    assert.ok(errorCodes(result).includes('UNKNOWN_TAG'), `${tag}: ${describe(result)}`)
  }
  assert.ok(errorCodes(run('%TAG ! tag:evil.com,2000:\n---\n' + web + '    labels: {a: !x y}\n')).includes('UNKNOWN_TAG'))
  assert.ok(errorCodes(run(web + '    labels: !!set {a, b}\n')).includes('UNKNOWN_TAG'))
})

test('core tags work; a value that does not fit its tag is YAML_SYNTAX', () => {
  const ok = run(web + '    labels: !!map {a: !!str 1, b: !!int "2", c: !!float 3, d: !!bool true}\n')
  assert.equal(errorCodes(ok), [], describe(ok))
  assert.equal(ok.project.model.services['web']?.labels, { a: '1', b: '2', c: '3', d: 'true' })
  assert.equal(errorCodes(run(web + '    labels: {a: !!int "x"}\n')), ['YAML_SYNTAX'])
})

test('aliases to anchors that do not exist yet, or to the value around them, are YAML_SYNTAX', () => {
  assert.equal(errorCodes(run('x-a: *b\nx-b: &b 1\n' + web)), ['YAML_SYNTAX'])
  assert.equal(errorCodes(run('x-a: *nowhere\n' + web)), ['YAML_SYNTAX'])
  assert.equal(errorCodes(run('x-a: &a [1, *a]\n' + web)), ['YAML_SYNTAX'])
  assert.equal(errorCodes(run('x-a: &a {k: {j: *a}}\n' + web)), ['YAML_SYNTAX'])
})

test('the YAML parser’s message quoting a 5 MB token is cut short', () => {
  const result = run('[a]\n' + 'x'.repeat(900_000) + '\n')
  assert.ok(result.diagnostics.every((d) => d.message.length <= 300), describe(result))
})

test('documents: several, empty ones, a scalar one, `...` and `---` only', () => {
  assert.equal(errorCodes(run('---\n' + web + '---\nservices:\n  web:\n    ports: ["80"]\n')), [])
  for (const text of ['', '\n\n', '---\n', '...\n', '--- 42\n', '---\n---\n---\n', '- a\n', '"just a string"\n', '~\n']) {
    assert.ok(errorCodes(run(text)).length > 0, JSON.stringify(text))
  }
})

test('CR-only and CRLF line ends', () => {
  assert.equal(errorCodes(run(web.replace(/\n/g, '\r\n'))), [])
  run(web.replace(/\n/g, '\r') + '    ports: ["70000"]\r')
})

test.run()
