import { serialize } from 'node:v8'
import { ref, type ResourceGraph } from '@composeform/model'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { cfnYaml } from '../src/index.js'
import { YamlWriter } from '../src/yaml-writer.js'
import { graphOf, node } from './helpers.js'

// V8's serializer tags a string by how it is stored: '"' one byte per character, 'c' two.
const storedAsOneByte = (text: string): boolean => serialize(text)[2] === 0x22

// Strings made at run time, like logical IDs.
const made = (count: number, suffix: string): string[] => Array.from({ length: count }, (_, i) => ['Service', String(i), suffix].join(''))

// A string used as an object key when an equal one is internalized already becomes "thin" (a
// pointer to that one), and `Array.prototype.join` of pieces with a thin one returns a two-byte
// string: twice the memory, slower to scan and write. Whether V8 does so, rather than
// internalizing the string itself, depends on the state of its caches, hence the warm-up.
function thinStrings(count: number, suffix: string): string[] {
  const internalize = (strings: string[], equal: string[]) =>
    strings.forEach((s, i) => {
      const keyed: Record<string, number> = {}
      keyed[equal[i]!] = 0
      keyed[s] = 1
    })
  internalize(made(300, `${suffix}Warm`), made(300, `${suffix}Warm`))
  const strings = made(count, suffix)
  internalize(strings, made(count, suffix))
  return strings
}

// A scavenge replaces every reference to a thin string with the string it points to, so a
// thin string lasts only until the next one.
const isThin = (text: string): boolean => !storedAsOneByte(['a', text].join(''))

test('the YAML writer never passes a thin string on: thin values in, a one-byte text out', () => {
  let tried = 0
  for (let attempt = 0; attempt < 10 && tried < 3; attempt++) {
    const values = thinStrings(100, `Attempt${attempt}`)
    if (!isThin(values[99]!)) continue
    const text = new YamlWriter(true).write({ AWSTemplateFormatVersion: '2010-09-09', Resources: { R: { Type: 'AWS::S3::Bucket', Properties: { Names: values } } } })
    // A collection in between would have made them ordinary strings: no conclusion.
    if (!isThin(values[99]!)) continue
    tried++
    assert.ok(storedAsOneByte(text), 'the template text is a one-byte string')
  }
  assert.ok(tried > 0, 'thin strings lasted through a write at least once')
  assert.not.ok(storedAsOneByte('\u0101'), 'the check tells a two-byte string apart')
})

test('an all-ASCII template of many chunks is stored one byte per character', () => {
  const ids = made(3000, 'TaskDefinition')
  const graph: ResourceGraph = graphOf({ nodes: ids.map((id, i) => node(id, { Family: id, Next: ref(ids[(i + 1) % ids.length]!) })) })
  const text = cfnYaml.emit(graph).value[0]!.contents
  assert.ok(text.length > 16 * 8192, 'a text of many chunks')
  assert.ok(/^[\x00-\x7f]*$/.test(text))
  assert.ok(storedAsOneByte(text), 'the template text is a one-byte string')
})

test.run()
