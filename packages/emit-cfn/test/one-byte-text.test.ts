import { serialize } from 'node:v8'
import { ref, type ResourceGraph } from '@composeform/model'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { cfnYaml } from '../src/index.js'
import { graphOf, node } from './helpers.js'

// V8's serializer tags a string by how it is stored: '"' one byte per character, 'c' two.
const storedAsOneByte = (text: string): boolean => serialize(text)[2] === 0x22

test('an all-ASCII template is stored one byte per character, even with IDs V8 internalized in place', () => {
  // IDs made at run time and then used as object keys become "thin" strings, which made
  // Array.prototype.join return a two-byte string (twice the memory, slower to scan and write).
  const ids = Array.from({ length: 50 }, (_, i) => ['Service', String(i), 'TaskDefinition'].join(''))
  const graph: ResourceGraph = graphOf({ nodes: ids.map((id, i) => node(id, { Family: `f${i}`, Next: ref(ids[(i + 1) % ids.length]!) })) })
  const text = cfnYaml.emit(graph).value[0]!.contents
  assert.ok(/^[\x00-\x7f]*$/.test(text))
  assert.ok(storedAsOneByte(text), 'the template text is a one-byte string')
  assert.not.ok(storedAsOneByte('\u0101'), 'the check tells a two-byte string apart')
})

test.run()
